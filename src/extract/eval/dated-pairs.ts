/**
 * Scores extracted rows against the gold (sentence, date) pairs of a CAT document: which calendar
 * stretches the annotators tied the events of each sentence to, and whether the extractor put a row
 * from that sentence on exactly that stretch. Also checks the row's actor against the gold agent
 * (PropBank Arg0). Pure: the caller runs the extractor and hands over its rows.
 *
 * Only sentences with at least one EVENT_MENTION are annotated (MEANTIME annotates the title and the
 * first few sentences), so rows from other sentences are neither right nor wrong and are left out.
 */
import type { EventRecord } from '../../model/event-record';
import type { ArticleFile, ManifestEntry } from '../index';
import { splitArticles } from '../split-articles';
import { markableSentence, markableText, type CatDocument } from './cat-document';
import { timexInterval, type DayInterval } from './timex-interval';

/**
 * Relations that put the event inside, on or at an edge of the timex. BEFORE/AFTER give only one open
 * bound and MEASURE is a duration, so neither says on which days the event was.
 */
const ANCHORING_RELTYPES: ReadonlySet<string> = new Set([
  'SIMULTANEOUS',
  'IS_INCLUDED',
  'INCLUDES',
  'DURING',
  'BEGINS',
  'ENDS',
  'BEGUN_BY',
  'ENDED_BY',
]);
const CALENDAR_TIMEX_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME']);

/** A gold agent: the words of the Arg0 mention and every name that counts as naming it. */
export interface GoldAgent {
  text: string;
  /** NAM mentions of the same entity instance in the document, plus the instance's description. */
  names: string[];
}

export interface GoldEvent {
  mentionId: string;
  text: string;
  agents: GoldAgent[];
}

/** One (sentence, calendar interval) pair with the event mentions behind it. */
export interface GoldItem {
  sentence: number;
  interval: DayInterval;
  /** The TIMEX3 values that gave this interval. */
  values: string[];
  /** True when one of the timexes is the document's creation time (the publication date). */
  viaCreationTime: boolean;
  /** True when a timex has no tokens: the annotators inferred the date rather than read it. */
  implicit: boolean;
  events: GoldEvent[];
}

/** Sentences that carry at least one event mention: the only ones the annotators covered. */
export function annotatedSentences(doc: CatDocument): Set<number> {
  const out = new Set<number>();
  for (const e of doc.eventMentions) {
    const s = markableSentence(doc, e.tokenIds);
    if (s !== null) out.add(s);
  }
  return out;
}

/** SemEval track A files carry event mentions but no TLINKs; they cannot be scored for dates. */
export function hasTemporalRelations(doc: CatDocument): boolean {
  return doc.tlinks.length > 0;
}

/** The publication day, from the CREATION_TIME timex; '' when the document has none. */
export function creationDay(doc: CatDocument): string {
  const dct = doc.timexes.find((t) => t.functionInDocument === 'CREATION_TIME');
  return dct ? (timexInterval(dct.value)?.start ?? '') : '';
}

/**
 * What the extractor is given for a document: its text as one file, and a manifest row per article
 * the splitter finds (one in every corpus file today) so that the publication date is the gold
 * creation time, never a guess from the dateline.
 */
export function extractorInput(doc: CatDocument): { file: ArticleFile; manifest: ManifestEntry[] } {
  const fileName = `${doc.name || doc.id}.txt`;
  const published = creationDay(doc);
  const title = doc.sentences.find((s) => s.index === 0)?.text ?? '';
  const manifest = splitArticles(doc.text).articles.map((a) => ({
    file: fileName,
    article: a.index,
    title,
    published,
    url: doc.url,
  }));
  return { file: { fileName, text: doc.text }, manifest };
}

/** "IPHONE (GENERIC)" describes the iPhone; the bracket is an annotation convention, not a name. */
function cleanDescription(description: string): string {
  return description.replace(/\s*\([A-Z ]+\)\s*$/, '').trim();
}

function agentsOf(doc: CatDocument, eventId: string): GoldAgent[] {
  const mentions = new Map(doc.entityMentions.map((m) => [m.id, m]));
  const instances = new Map(doc.instances.map((i) => [i.id, i]));
  const out: GoldAgent[] = [];
  for (const p of doc.participants) {
    if (p.source !== eventId || p.semRole !== 'Arg0') continue;
    const mention = mentions.get(p.target);
    if (!mention) continue;
    const names = new Set<string>();
    const text = markableText(doc, mention.tokenIds);
    if (mention.syntacticType.includes('NAM')) names.add(text);
    for (const r of doc.refersTo) {
      if (!r.sources.includes(mention.id)) continue;
      const instance = instances.get(r.target);
      if (!instance || instance.kind !== 'ENTITY') continue;
      const description = cleanDescription(instance.description);
      if (description !== '') names.add(description);
      for (const id of r.sources) {
        const other = mentions.get(id);
        if (other?.syntacticType.includes('NAM')) names.add(markableText(doc, other.tokenIds));
      }
    }
    out.push({ text, names: [...names].filter((n) => n.trim() !== '') });
  }
  return out;
}

/**
 * The gold items of a document, in sentence order. A TLINK counts in either direction; a timex
 * whose value names no calendar stretch (PRESENT_REF, durations) gives none.
 */
export function goldItems(doc: CatDocument): GoldItem[] {
  const events = new Map(doc.eventMentions.map((e) => [e.id, e]));
  const timexes = new Map(
    doc.timexes.flatMap((t) => {
      const interval = CALENDAR_TIMEX_TYPES.has(t.type) ? timexInterval(t.value) : null;
      return interval ? [[t.id, { timex: t, interval }] as const] : [];
    }),
  );
  const items = new Map<string, GoldItem>();
  for (const link of doc.tlinks) {
    if (!ANCHORING_RELTYPES.has(link.relType)) continue;
    const pairs: [string, string][] = [
      [link.source, link.target],
      [link.target, link.source],
    ];
    for (const [eventId, timexId] of pairs) {
      const event = events.get(eventId);
      const anchor = timexes.get(timexId);
      if (!event || !anchor) continue;
      const sentence = markableSentence(doc, event.tokenIds);
      if (sentence === null) continue;
      const key = `${sentence} ${anchor.interval.start} ${anchor.interval.end}`;
      let item = items.get(key);
      if (!item) {
        item = {
          sentence,
          interval: anchor.interval,
          values: [],
          viaCreationTime: false,
          implicit: false,
          events: [],
        };
        items.set(key, item);
      }
      if (!item.values.includes(anchor.timex.value)) item.values.push(anchor.timex.value);
      if (anchor.timex.functionInDocument === 'CREATION_TIME') item.viaCreationTime = true;
      if (anchor.timex.tokenIds.length === 0) item.implicit = true;
      if (!item.events.some((e) => e.mentionId === event.id))
        item.events.push({
          mentionId: event.id,
          text: markableText(doc, event.tokenIds),
          agents: agentsOf(doc, event.id),
        });
    }
  }
  return [...items.values()].sort(
    (a, b) =>
      a.sentence - b.sentence ||
      a.interval.start.localeCompare(b.interval.start) ||
      a.interval.end.localeCompare(b.interval.end),
  );
}

/** How a row was placed in a gold sentence. */
export type Placement = 'offset' | 'text' | 'none';

export interface PlacedRow {
  row: EventRecord;
  /** CAT sentence number, or null when the row's sentence is not found in the document. */
  sentence: number | null;
  placement: Placement;
}

interface Paragraph {
  articleStart: number;
  docStart: number;
  length: number;
}

/**
 * Rows carry offsets into the article text the splitter made (title and dateline removed, captions
 * first), not into the text we gave the extractor. Every CAT sentence is its own paragraph there, so
 * re-running the splitter and finding each of its paragraphs in the document translates the offsets;
 * a row whose translated slice is not its sentence falls back to finding the sentence's text.
 */
export function placeRows(doc: CatDocument, rows: readonly EventRecord[]): PlacedRow[] {
  const articles = splitArticles(doc.text).articles.map((article) => {
    const paragraphs: Paragraph[] = [];
    let articleStart = 0;
    let cursor = 0;
    for (const paragraph of article.text.split('\n\n')) {
      const at = doc.text.indexOf(paragraph, cursor);
      if (at >= 0) {
        paragraphs.push({ articleStart, docStart: at, length: paragraph.length });
        cursor = at + paragraph.length;
      }
      articleStart += paragraph.length + 2;
    }
    return paragraphs;
  });
  const sentenceAt = (offset: number): number | null =>
    doc.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? null;

  return rows.map((row) => {
    const index = Number(/#(\d+)$/.exec(row.article_id)?.[1] ?? '1');
    const paragraphs = articles[index - 1] ?? [];
    const start = row.char_start;
    const end = row.char_end;
    if (start !== null && end !== null) {
      const p = paragraphs.find((x) => x.articleStart <= start && start < x.articleStart + x.length);
      if (p) {
        const docStart = p.docStart + start - p.articleStart;
        if (doc.text.slice(docStart, docStart + end - start) === row.sentence) {
          const sentence = sentenceAt(docStart);
          if (sentence !== null) return { row, sentence, placement: 'offset' };
        }
      }
    }
    const byText = row.sentence === '' ? undefined : doc.sentences.find((s) => s.text.includes(row.sentence));
    return byText
      ? { row, sentence: byText.index, placement: 'text' }
      : { row, sentence: null, placement: 'none' };
  });
}

/** Lowercased words with dots dropped first, so "U.S." is "us" and "Apple Inc." is "apple inc". */
function words(name: string): string {
  const w = name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return w === '' ? '' : ` ${w} `;
}

/**
 * Two names name the same thing when one holds the other as whole words, ignoring case:
 * "Steve Jobs" and "Jobs", "Apple Inc." and "Apple", but not "Apple" and "Pineapple".
 */
export function namesMatch(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x === '' || y === '') return false;
  return x.includes(y) || y.includes(x);
}

export function namesAny(candidates: readonly string[], targets: readonly string[]): boolean {
  return candidates.some((c) => targets.some((t) => namesMatch(c, t)));
}

/**
 * The names a row gives its agent. `names` (the actor's label, the people the sentence named) match
 * by whole-word containment; `aliases` must equal the agent's name, because short aliases sit inside
 * unrelated names: "America" (United States) in "Bank of America".
 */
export type RowNames = (row: EventRecord) => { names: string[]; aliases: string[] };

/** True when the row names one of the agent names. */
export function rowNamesAgent(row: EventRecord, rowNames: RowNames, agents: readonly string[]): boolean {
  const { names, aliases } = rowNames(row);
  if (namesAny(names, agents)) return true;
  return aliases.some((a) => words(a) !== '' && agents.some((t) => words(t) === words(a)));
}

export interface PairMatch {
  gold: number;
  row: number;
  exact: boolean;
  /** Null when the gold item has no agent with a name, so the actor cannot be scored. */
  actorCorrect: boolean | null;
}

export interface SentenceResult {
  sentence: number;
  text: string;
  gold: GoldItem[];
  rows: EventRecord[];
  /** Exact matches first, then nested ones among what was left. */
  matches: PairMatch[];
}

export interface PairCounts {
  gold: number;
  rows: number;
  exact: number;
  lenient: number;
  actorScored: number;
  actorCorrect: number;
}

export const EMPTY_PAIR_COUNTS: PairCounts = {
  gold: 0,
  rows: 0,
  exact: 0,
  lenient: 0,
  actorScored: 0,
  actorCorrect: 0,
};

export function addPairCounts(a: PairCounts, b: PairCounts): PairCounts {
  return {
    gold: a.gold + b.gold,
    rows: a.rows + b.rows,
    exact: a.exact + b.exact,
    lenient: a.lenient + b.lenient,
    actorScored: a.actorScored + b.actorScored,
    actorCorrect: a.actorCorrect + b.actorCorrect,
  };
}

export interface DocumentScore {
  counts: PairCounts;
  /** Annotated sentences with gold items or rows, in order. */
  sentences: SentenceResult[];
  /** Rows from sentences nobody annotated: not scored. */
  outsideRows: number;
  /**
   * Scored rows from annotated sentences that have no gold item at all: often a date the annotators
   * did not link (an event with only a BEFORE/AFTER link), so worth reading before changing a rule.
   */
  rowsWithoutGold: number;
  /** Rows whose sentence could not be found in the document. */
  unplacedRows: number;
  placements: Record<Placement, number>;
}

function isNested(a: DayInterval, b: DayInterval): boolean {
  const within = (x: DayInterval, y: DayInterval) => x.start >= y.start && x.end <= y.end;
  return within(a, b) || within(b, a);
}

function agentNames(item: GoldItem): string[] {
  return item.events.flatMap((e) => e.agents.flatMap((a) => a.names));
}

function matchSentence(
  gold: readonly GoldItem[],
  rows: readonly EventRecord[],
  rowNames: RowNames,
): PairMatch[] {
  const matches: PairMatch[] = [];
  const usedRows = new Set<number>();
  const usedGold = new Set<number>();
  const pass = (exact: boolean): void => {
    for (const [g, item] of gold.entries()) {
      if (usedGold.has(g)) continue;
      const names = agentNames(item);
      const candidates = rows.flatMap((row, r) => {
        if (usedRows.has(r)) return [];
        const same = row.start === item.interval.start && row.end === item.interval.end;
        const fits = exact ? same : isNested({ start: row.start, end: row.end }, item.interval);
        return fits ? [r] : [];
      });
      // Of several rows on the same dates, the one naming the gold agent is the one that matches it.
      const namesAgent = (r: number) => {
        const row = rows[r];
        return row !== undefined && names.length > 0 && rowNamesAgent(row, rowNames, names);
      };
      const r = candidates.find(namesAgent) ?? candidates[0];
      if (r === undefined) continue;
      usedRows.add(r);
      usedGold.add(g);
      matches.push({ gold: g, row: r, exact, actorCorrect: names.length > 0 ? namesAgent(r) : null });
    }
  };
  pass(true);
  pass(false);
  return matches;
}

/** Scores one document's rows against its gold items. */
export function scoreDocument(
  doc: CatDocument,
  rows: readonly EventRecord[],
  rowNames: RowNames,
): DocumentScore {
  const annotated = annotatedSentences(doc);
  const gold = goldItems(doc);
  const placed = placeRows(doc, rows);
  const placements: Record<Placement, number> = { offset: 0, text: 0, none: 0 };
  for (const p of placed) placements[p.placement]++;
  let counts = { ...EMPTY_PAIR_COUNTS };
  let rowsWithoutGold = 0;
  const sentences: SentenceResult[] = [];
  for (const s of doc.sentences) {
    if (!annotated.has(s.index)) continue;
    const g = gold.filter((x) => x.sentence === s.index);
    const r = placed.filter((p) => p.sentence === s.index).map((p) => p.row);
    if (g.length === 0 && r.length === 0) continue;
    if (g.length === 0) rowsWithoutGold += r.length;
    const matches = matchSentence(g, r, rowNames);
    const exact = matches.filter((m) => m.exact);
    const scored = exact.filter((m) => m.actorCorrect !== null);
    counts = addPairCounts(counts, {
      gold: g.length,
      rows: r.length,
      exact: exact.length,
      lenient: matches.length,
      actorScored: scored.length,
      actorCorrect: scored.filter((m) => m.actorCorrect === true).length,
    });
    sentences.push({ sentence: s.index, text: s.text, gold: g, rows: r, matches });
  }
  return {
    counts,
    sentences,
    outsideRows: placed.filter((p) => p.sentence !== null && !annotated.has(p.sentence)).length,
    rowsWithoutGold,
    unplacedRows: placements.none,
    placements,
  };
}

export interface PairMetrics {
  precision: number;
  recall: number;
  f1: number;
  lenientPrecision: number;
  lenientRecall: number;
  lenientF1: number;
  /** Share of exact matches with a named gold agent whose row names it; NaN when there are none. */
  actorAccuracy: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function pairMetrics(c: PairCounts): PairMetrics {
  const precision = ratio(c.exact, c.rows);
  const recall = ratio(c.exact, c.gold);
  const lenientPrecision = ratio(c.lenient, c.rows);
  const lenientRecall = ratio(c.lenient, c.gold);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    lenientPrecision,
    lenientRecall,
    lenientF1: harmonic(lenientPrecision, lenientRecall),
    actorAccuracy: c.actorScored === 0 ? NaN : c.actorCorrect / c.actorScored,
  };
}

/** Agents can be whole coordinated lists ("the Bank of Canada, the Bank of England, ..."); 40 characters name them. */
const MAX_AGENT_CHARS = 40;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function showInterval(i: DayInterval): string {
  return i.start === i.end ? i.start : `${i.start}..${i.end}`;
}

function showGold(item: GoldItem, dct: string): string {
  const tags = [
    item.interval.start === dct && item.interval.end === dct ? 'pub' : '',
    item.implicit ? 'implicit' : '',
  ].filter((t) => t !== '');
  const agents = [
    ...new Set(
      item.events.flatMap((e) =>
        e.agents.map((a) => {
          const text = clip(a.text, MAX_AGENT_CHARS);
          const name = a.names.find((n) => n !== a.text);
          return name && !a.names.includes(a.text) ? `${text}=${name}` : text;
        }),
      ),
    ),
  ];
  return [
    showInterval(item.interval),
    tags.length > 0 ? `(${tags.join(',')})` : '',
    item.events.map((e) => e.text).join(', '),
    agents.length > 0 ? `Arg0: ${agents.join('; ')}` : '',
  ]
    .filter((s) => s !== '')
    .join('  ');
}

function showRow(row: EventRecord, actorLabel: (id: string) => string): string {
  const actor = row.actor === '' ? '-' : actorLabel(row.actor);
  const people = row.people.length > 0 ? ` [${row.people.join('; ')}]` : '';
  const when = row.date_text === '' ? row.date_basis : `"${row.date_text}"`;
  return `${showInterval(row)}  ${actor}${people}  ${row.type}  ${when}  "${row.title}"`;
}

/**
 * The sentence, then one line per gold item and per row: "ok" an exact match, "~" a nested one,
 * "MISS" a gold item no row has, "SPUR" a row no gold item has. "actor?" flags a match whose row does
 * not name the gold agent. Written for an engineer deciding what to fix next, so one screen line each.
 */
export function formatSentence(
  result: SentenceResult,
  dct: string,
  actorLabel: (id: string) => string,
): string[] {
  const lines = [`  [s${result.sentence}] ${result.text}`];
  const byGold = new Map(result.matches.map((m) => [m.gold, m]));
  const matchedRows = new Set(result.matches.map((m) => m.row));
  for (const [g, item] of result.gold.entries()) {
    const m = byGold.get(g);
    const row = m ? result.rows[m.row] : undefined;
    if (!m || !row) {
      lines.push(`    MISS  gold ${showGold(item, dct)}`);
      continue;
    }
    const flag = m.exact ? 'ok  ' : '~   ';
    const actor = m.actorCorrect === false ? '  actor?' : '';
    lines.push(
      `    ${flag}  gold ${showGold(item, dct)}`,
      `          row  ${showRow(row, actorLabel)}${actor}`,
    );
  }
  for (const [r, row] of result.rows.entries()) {
    if (!matchedRows.has(r)) lines.push(`    SPUR  row  ${showRow(row, actorLabel)}`);
  }
  return lines;
}
