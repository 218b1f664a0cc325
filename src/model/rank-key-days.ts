/**
 * Ranks the days of a set of rows by salience (model/day-salience.ts), most salient first. Ties go to
 * the day more articles point at, then the day with more rows, then the earlier day, so the order is
 * total and the same on every run.
 *
 * Written as steps (model/steps.ts) so the page can rank a table it holds in slices. It folds each row
 * straight into per-day, per-article votes, with no object per mention; the result is the same as
 * daySalience over collectDayEvidence (rank-key-days.test.ts) plus the share for the day before. A million
 * generated rows take about 2 CPU-seconds in Node on a loaded two-core machine, as the mention-list version
 * did: the time goes to the map look-ups per row, not to the objects.
 */
import {
  DayNumbers,
  isDayRowInRange,
  isInRange,
  visitRowMentions,
  type DayRange,
  type KeyDayRow,
  type MentionKind,
} from './day-evidence';
import {
  addVoteToSums,
  DAY_SALIENCE_WEIGHTS,
  mentionWeightOf,
  salienceOfSums,
  type DaySalienceWeights,
  type SalienceParts,
  type VoteSums,
} from './day-salience';
import { dayToIso, type DayNumber } from './day';
import type { Factuality } from './event-record';
import { runSteps, type Steps } from './steps';

export interface RankedDay {
  /** ISO YYYY-MM-DD. */
  day: string;
  score: number;
  /** Distinct articles that point at the day. */
  articles: number;
  /** Ids of the day-precision rows on the day, in input order. */
  ids: string[];
}

/** Rows folded in per pause: a row costs well under a microsecond here. */
const ROWS_PER_STEP = 4096;
/** Days scored per pause. */
const DAYS_PER_STEP = 256;

/** Articles published on each day, counted once per article, from articlePublicationDays. */
export function articlesPerPublicationDay(published: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const day of published.values()) out.set(day, (out.get(day) ?? 0) + 1);
  return out;
}

/**
 * The story's typical day: the median number of articles over the publication days inside `range`
 * (articlesPerPublicationDay), 1 when there are none. The burst discount starts above it (burstCount in
 * day-salience.ts). A median, not a mean, so a few bursts do not raise the bar they are measured against.
 */
export function typicalPublicationDay(published: ReadonlyMap<string, number>, range: DayRange = {}): number {
  const counts: number[] = [];
  for (const [day, n] of published) if (isInRange(day, range)) counts.push(n);
  if (counts.length === 0) return 1;
  counts.sort((a, b) => a - b);
  const mid = counts.length >> 1;
  return counts.length % 2 === 1 ? (counts[mid] ?? 1) : ((counts[mid - 1] ?? 1) + (counts[mid] ?? 1)) / 2;
}

/** Most salient first, then more articles, more rows, earlier day. */
export function compareRankedDays(a: RankedDay, b: RankedDay): number {
  return (
    b.score - a.score ||
    b.articles - a.articles ||
    b.ids.length - a.ids.length ||
    (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)
  );
}

export function rankKeyDays(
  records: readonly KeyDayRow[],
  range: DayRange = {},
  weights: DaySalienceWeights = DAY_SALIENCE_WEIGHTS,
): RankedDay[] {
  return runSteps(rankKeyDaysSteps(records, range, weights));
}

/**
 * Rows by position: an array, or rows made on demand (the table worker reads each from compact columns,
 * twice, rather than keeping a million objects alive while it ranks).
 */
export interface KeyDayRowList {
  readonly length: number;
  at(i: number): KeyDayRow | undefined;
}

/** rankKeyDays with pauses between batches of rows, of votes and of days. */
export function* rankKeyDaysSteps(
  records: KeyDayRowList,
  range: DayRange = {},
  weights: DaySalienceWeights = DAY_SALIENCE_WEIGHTS,
): Steps<RankedDay[]> {
  // Each article's publication day: the first non-empty ref_date of its rows (articlePublicationDays).
  const articleDays = new Map<string, string>();
  for (let i = 0; i < records.length; i++) {
    const r = records.at(i);
    if (r && r.ref_date !== '' && !articleDays.has(r.article_id)) articleDays.set(r.article_id, r.ref_date);
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  const published = articlesPerPublicationDay(articleDays);
  const typicalDay = typicalPublicationDay(published, range);

  // Days as small numbers; one vote slot per (article, day) in growable columns, found through a map of
  // the day's articles.
  const dayOf = new Map<string, number>();
  const dayNames: string[] = [];
  const dayIds: string[][] = [];
  const slotsOfDay: Map<string, number>[] = [];
  let slotOf = new Map<string, number>();
  const votes = new VoteColumns();
  const days = new DayNumbers();
  let day = 0;
  const visit = (
    article: string,
    lagDays: number | null,
    kind: MentionKind,
    sentence: number | null,
    factuality: Factuality,
  ): void => {
    const weight = mentionWeightOf(kind, lagDays, sentence, factuality, weights);
    const slot = slotOf.get(article);
    if (slot === undefined) slotOf.set(article, votes.add(day, weight, kind));
    else votes.fold(slot, weight, kind);
  };
  let lastStart: string | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records.at(i);
    if (r && isDayRowInRange(r, range)) {
      // Rows come grouped by day more often than not: skip the lookup then.
      if (r.start !== lastStart) {
        let d = dayOf.get(r.start);
        if (d === undefined) {
          d = dayNames.length;
          dayOf.set(r.start, d);
          dayNames.push(r.start);
          dayIds.push([]);
          slotsOfDay.push(new Map());
        }
        day = d;
        slotOf = slotsOfDay[d] ?? slotOf;
        lastStart = r.start;
      }
      dayIds[day]?.push(r.id);
      visitRowMentions(r, days.of(r.start), articleDays, days, visit);
    }
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }

  const sums: VoteSums[] = dayNames.map(() => ({ dated: 0, publication: 0, publicationArticles: 0 }));
  const articles = new Uint32Array(dayNames.length);
  for (let slot = 0; slot < votes.size; slot++) {
    const d = votes.day[slot] ?? 0;
    const s = sums[d];
    if (s) addVoteToSums(s, votes.weight[slot] ?? 0, votes.kindOf(slot), votes.count[slot] ?? 1, weights);
    articles[d] = (articles[d] ?? 0) + 1;
    if (slot % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  const parts = dayNames.map((name, d) =>
    salienceOfSums(sums[d] ?? EMPTY_SUMS, published.get(name) ?? 0, typicalDay, weights),
  );
  yield;
  // The undated votes of each next day, of which the day before gets a share: a candidate day's own, else
  // the news-day vote of the articles published that day (salienceOfSums with no votes).
  const undatedOn = (iso: string): number => {
    const d = dayOf.get(iso);
    return d !== undefined
      ? (parts[d]?.undated ?? 0)
      : salienceOfSums(EMPTY_SUMS, published.get(iso) ?? 0, typicalDay, weights).undated;
  };
  const ranked: RankedDay[] = [];
  for (const [d, name] of dayNames.entries()) {
    const { dated, undated } = parts[d] ?? EMPTY_PARTS;
    const dayNumber = days.of(name);
    const next =
      weights.dayBefore > 0 && dayNumber !== null ? undatedOn(dayToIso((dayNumber + 1) as DayNumber)) : 0;
    const score = dated + undated + weights.dayBefore * next;
    ranked.push({ day: name, score, articles: articles[d] ?? 0, ids: dayIds[d] ?? [] });
    if (d % DAYS_PER_STEP === DAYS_PER_STEP - 1) yield;
  }
  yield;
  return ranked.sort(compareRankedDays);
}

const EMPTY_SUMS: VoteSums = { dated: 0, publication: 0, publicationArticles: 0 };
const EMPTY_PARTS: SalienceParts = { dated: 0, undated: 0 };

/** Article votes (ArticleVote) as columns: a million rows make about as many votes, so no object each. */
class VoteColumns {
  size = 0;
  day = new Uint32Array(1024);
  weight = new Float64Array(1024);
  count = new Uint32Array(1024);
  /** 1 for 'publication', 0 for 'explicit'. */
  private publication = new Uint8Array(1024);

  /** A new vote of one mention; returns its slot. */
  add(day: number, weight: number, kind: MentionKind): number {
    if (this.size === this.day.length) this.grow();
    const slot = this.size++;
    this.day[slot] = day;
    this.weight[slot] = weight;
    this.count[slot] = 1;
    this.publication[slot] = kind === 'publication' ? 1 : 0;
    return slot;
  }

  /** One more mention of the same article and day: counted, and kept when it is the strongest (addToVote). */
  fold(slot: number, weight: number, kind: MentionKind): void {
    this.count[slot] = (this.count[slot] ?? 0) + 1;
    if (weight > (this.weight[slot] ?? 0)) {
      this.weight[slot] = weight;
      this.publication[slot] = kind === 'publication' ? 1 : 0;
    }
  }

  kindOf(slot: number): MentionKind {
    return this.publication[slot] === 1 ? 'publication' : 'explicit';
  }

  private grow(): void {
    const n = this.day.length * 2;
    const widen = <T extends Uint32Array | Float64Array | Uint8Array>(a: T, next: T): T => {
      next.set(a);
      return next;
    };
    this.day = widen(this.day, new Uint32Array(n));
    this.weight = widen(this.weight, new Float64Array(n));
    this.count = widen(this.count, new Uint32Array(n));
    this.publication = widen(this.publication, new Uint8Array(n));
  }
}
