/**
 * What the rows say about each calendar day: which articles point at it, how (a date phrase of their
 * own or only their publication day), from how far later, and from where in the article. This is the
 * raw material of key-day ranking (model/day-salience.ts); it weighs nothing itself.
 *
 * Only day-precision rows make evidence. A month or year row cannot say which of its days mattered, and
 * a key day must be a day a reader can check, so coarser rows never add a day here.
 */
import { parseIsoDay } from './day';
import type { EventRecord, Factuality } from './event-record';

/** How a row came by its day: a date phrase of its own, or only the article's publication day. */
export type MentionKind = 'explicit' | 'publication';

/** One article pointing at one day, as one row (or one other report of a merged row) says. */
export interface DayMention {
  /** Article id, as in `article_id` / `also_reported_in`. */
  article: string;
  /** Days from the mentioned day to the article's publication: 1 for "yesterday", -3 for a plan; null when unknown. */
  lagDays: number | null;
  kind: MentionKind;
  /** 0-based sentence index in the article; null when unknown (other reports of a merged row). */
  sentence: number | null;
  factuality: Factuality;
}

/** Everything the rows say about one day. */
export interface DayEvidence {
  /** ISO YYYY-MM-DD. */
  day: string;
  /** Ids of the day-precision rows on this day, in input order. */
  ids: string[];
  /** One entry per (row, article) pair: a merged row reported in three articles gives three. */
  mentions: DayMention[];
}

/**
 * The fields day evidence reads from a row. An EventRecord is one; the table worker builds these from
 * compact columns (it holds no row text), so ranking there needs no title or sentence.
 */
export type KeyDayRow = Pick<
  EventRecord,
  | 'id'
  | 'start'
  | 'precision'
  | 'article_id'
  | 'ref_date'
  | 'date_basis'
  | 'sentence_index'
  | 'factuality'
  | 'also_reported_in'
>;

/** Inclusive ISO day bounds; either side may be left open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** The publication-bound bases: the row has no date phrase and sits at its article's day. */
const PUBLICATION_BASES: ReadonlySet<string> = new Set(['publication']);

/** Each article's publication day, from the `ref_date` of its rows; the first non-empty one wins. */
export function articlePublicationDays(records: readonly KeyDayRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) if (r.ref_date !== '' && !out.has(r.article_id)) out.set(r.article_id, r.ref_date);
  return out;
}

export function isInRange(day: string, range: DayRange): boolean {
  return (range.from === undefined || day >= range.from) && (range.to === undefined || day <= range.to);
}

/**
 * Memoised day numbers of ISO days: a corpus has a few thousand distinct days and 10^5 rows or more, so
 * each is parsed once.
 */
export class DayNumbers {
  private readonly numbers = new Map<string, number | null>();

  of(day: string): number | null {
    let n = this.numbers.get(day);
    if (n === undefined) {
      n = parseIsoDay(day);
      this.numbers.set(day, n);
    }
    return n;
  }
}

/** Receives one article's mention of a day; fields as in DayMention. */
export type MentionVisitor = (
  article: string,
  lagDays: number | null,
  kind: MentionKind,
  sentence: number | null,
  factuality: Factuality,
) => void;

/**
 * Calls `visit` once per article a day-precision row speaks for: its own article, then each other report
 * of a merged row. `dayNumber` is the row's day as a number (DayNumbers). Makes no objects, so ranking a
 * million rows allocates per day and article, not per mention.
 */
export function visitRowMentions(
  r: KeyDayRow,
  dayNumber: number | null,
  published: ReadonlyMap<string, string>,
  days: DayNumbers,
  visit: MentionVisitor,
): void {
  const kind: MentionKind = PUBLICATION_BASES.has(r.date_basis) ? 'publication' : 'explicit';
  const own = days.of(r.ref_date || (published.get(r.article_id) ?? ''));
  visit(r.article_id, lagOf(own, dayNumber), kind, r.sentence_index, r.factuality);
  for (const other of r.also_reported_in) {
    if (other === '' || other === r.article_id) continue;
    const otherPublished = published.get(other) ?? '';
    // Another article that dates the same event to its own publication day is that article's lead;
    // one published on another day must have named the day.
    const otherKind = kind === 'publication' && otherPublished === r.start ? 'publication' : 'explicit';
    visit(other, lagOf(days.of(otherPublished), dayNumber), otherKind, null, r.factuality);
  }
}

/** Days from `dayNumber` to the publication day `publishedNumber`; null when either is unknown. */
function lagOf(publishedNumber: number | null, dayNumber: number | null): number | null {
  return publishedNumber === null || dayNumber === null ? null : publishedNumber - dayNumber;
}

/** Whether a row can be evidence for a day in `range`: day precision, inside the range. */
export function isDayRowInRange(r: KeyDayRow, range: DayRange): boolean {
  return r.precision === 'day' && isInRange(r.start, range);
}

/**
 * Day evidence for every day that has at least one day-precision row inside `range`, sorted by day.
 * `published` maps article ids to publication days (articlePublicationDays); pass it when it is at hand.
 */
export function collectDayEvidence(
  records: readonly KeyDayRow[],
  range: DayRange = {},
  published: ReadonlyMap<string, string> = articlePublicationDays(records),
): DayEvidence[] {
  const byDay = new Map<string, DayEvidence>();
  const days = new DayNumbers();
  for (const r of records) {
    if (!isDayRowInRange(r, range)) continue;
    let evidence = byDay.get(r.start);
    if (!evidence) {
      evidence = { day: r.start, ids: [], mentions: [] };
      byDay.set(r.start, evidence);
    }
    evidence.ids.push(r.id);
    const mentions = evidence.mentions;
    visitRowMentions(r, days.of(r.start), published, days, (article, lagDays, kind, sentence, factuality) =>
      mentions.push({ article, lagDays, kind, sentence, factuality }),
    );
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
