/**
 * chrono-node as a second source of candidates, for the forms the rule files do not cover: dotted
 * and year-first numeric dates ("14.03.2022", "2022/06/05"), ISO timestamps ("2022-06-05T14:30Z"),
 * and other numeric forms chrono knows.
 *
 * chrono runs only on short windows around trigger patterns that no rule candidate covers, so its
 * cost is paid per trigger, not per character, and the tagger stays linear. Its results go through
 * our refiners, which drop what news text makes it misread ("$2.50 a share" as 2:50, "Sun
 * Microsystems" as Sunday, modal "may", bare numbers, "G20", scores). Components are read as plain
 * numbers (never through a Date), and a year chrono only guessed is chosen by our own tense rules.
 */
import * as chrono from 'chrono-node';
import { NAME_LIKE_WEEKDAY_ABBREVIATIONS } from '../lexicon/timex-weekdays';
import type { Candidate, Resolution } from './candidate';
import { type CalDay, dayValue, isValidDay, pad } from './calendar';
import { resolveMonthDayYear } from './resolve';
import { alternation } from './word-patterns';

type ChronoResult = chrono.ParsingResult;

/** Characters of context either side of a trigger: enough for "Updated Sat, 05 Jun 2022 14:30 GMT". */
const WINDOW_CHARS = 32;

/**
 * What makes a window worth parsing: numbers joined by dots, slashes or dashes into a date
 * (dotted European, year-first, ISO with a time). US "6/5/2022" and ISO days alone are rule-covered.
 */
const TRIGGER_RE =
  /(?<![\w.,/-])(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})(?![\w/])/g;

/** "$2.50 a share", "2.50 points": a decimal number chrono took for a clock time. */
function isPriceLike(result: ChronoResult, text: string): boolean {
  const before = text.slice(Math.max(0, result.index - 2), result.index);
  if (/[$£€¥]\s*$/.test(before)) return true;
  return /^\d+[.,]\d+(?:\s+a)?$/.test(result.text) && !result.start.isCertain('day');
}

const NAME_LIKE_WEEKDAY_RE = new RegExp(`^(?:${alternation(NAME_LIKE_WEEKDAY_ABBREVIATIONS)})\\.?$`, 'i');

/** "Sun Microsystems", "Sat Nav", "Wed. night" misread: a bare weekday abbreviation or a capitalised name. */
function isNameLike(result: ChronoResult, text: string): boolean {
  const word = result.text.trim();
  if (NAME_LIKE_WEEKDAY_RE.test(word)) return true;
  const after = text.slice(result.index + result.text.length, result.index + result.text.length + 3);
  return /^[A-Z][a-z]+$/.test(word) && /^\s[A-Z]/.test(after) && !result.start.isCertain('day');
}

/** Modal "may" and the month name with nothing to pin it down. */
function isModalMay(result: ChronoResult): boolean {
  return /^may$/i.test(result.text.trim());
}

/** Bare numbers ("by 2030" is the rules' job), "G20", "Boeing 747", and scores like "3-2". */
function isBareNumber(result: ChronoResult, text: string): boolean {
  const before = text[result.index - 1] ?? ' ';
  if (/[A-Za-z]/.test(before) && /^\d/.test(result.text)) return true;
  if (/^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(result.text.trim())) return true;
  return /^\d+$/.test(result.text.trim());
}

/** Keeps only results with a calendar day or a clock time chrono actually read from the text. */
function isUnanchored(result: ChronoResult): boolean {
  const start = result.start;
  return !start.isCertain('day') && !start.isCertain('hour');
}

/** Our refiners, run after chrono's own, in the order cheapest first. */
export const NEWS_REFINERS: readonly chrono.Refiner[] = [
  {
    refine: (context, results) =>
      results.filter(
        (r) =>
          !isPriceLike(r, context.text) &&
          !isNameLike(r, context.text) &&
          !isModalMay(r) &&
          !isBareNumber(r, context.text) &&
          !isUnanchored(r),
      ),
  },
];

function buildChrono(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.refiners.push(...NEWS_REFINERS);
  return parser;
}

const NEWS_CHRONO = buildChrono();

/** A chrono result read as TIMEX3: a TIME when the hour was written, else a DATE with a day. */
function resolutionOf(result: ChronoResult, ctx: Parameters<Candidate['resolve']>[0]): Resolution | null {
  const s = result.start;
  const month = s.get('month');
  const day = s.get('day');
  if (month === null || day === null) return null;
  const year = s.isCertain('year') ? s.get('year') : resolveMonthDayYear(month, day, ctx);
  if (year === null) return null;
  const date: CalDay = { year, month, day };
  if (!isValidDay(date)) return null;
  const relative = !s.isCertain('year');
  if (s.isCertain('hour')) {
    const hour = s.get('hour') ?? 0;
    const minute = s.get('minute') ?? 0;
    return { type: 'TIME', value: `${dayValue(date)}T${pad(hour)}:${pad(minute)}`, relative };
  }
  return { type: 'DATE', value: dayValue(date), relative };
}

function toCandidate(result: ChronoResult, offset: number): Candidate {
  const start = offset + result.index;
  return {
    start,
    end: start + result.text.length,
    kind: 'point',
    // Below every rule: chrono only fills gaps the rules left.
    rank: 0,
    resolve: (ctx) => resolutionOf(result, ctx),
  };
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

/** Parses text[from, to) with the news-refined chrono at noon UTC of the DCT. */
function parseWindow(text: string, from: number, to: number, dct: CalDay): ChronoResult[] {
  const instant = new Date(Date.UTC(dct.year, dct.month - 1, dct.day, 12));
  // chrono's public parse returns ParsedResult; the refined results are ParsingResult instances.
  return NEWS_CHRONO.parse(text.slice(from, to), { instant, timezone: 0 }) as ChronoResult[];
}

/** Longest window handed to chrono at once: a run of triggers (a table of dates) is cut into pieces. */
const MAX_WINDOW_CHARS = 1000;

/** Adds the free results of one window that overlap one of its triggers. */
function collectWindow(
  text: string,
  from: number,
  to: number,
  triggers: readonly [number, number][],
  taken: Uint8Array,
  dct: CalDay,
  out: Candidate[],
): void {
  for (const result of parseWindow(text, from, to, dct)) {
    const c = toCandidate(result, from);
    const onTrigger = triggers.some(([start, end]) => c.start < end && start < c.end);
    if (onTrigger && isFree(taken, c.start, c.end)) out.push(c);
  }
}

/**
 * Candidates chrono finds in windows around triggers that `taken` (one byte per character, set
 * where a rule candidate was chosen) leaves free. Nearby triggers share one window, so each
 * character is parsed about once. Every returned candidate lies on free characters.
 */
export function chronoCandidates(text: string, taken: Uint8Array, dct: CalDay): Candidate[] {
  const out: Candidate[] = [];
  let triggers: [number, number][] = [];
  let from = 0;
  let to = 0;
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (!isFree(taken, m.index, end)) continue;
    const start = Math.max(0, m.index - WINDOW_CHARS);
    if (triggers.length > 0 && (start > to || to - from > MAX_WINDOW_CHARS)) {
      collectWindow(text, from, to, triggers, taken, dct, out);
      triggers = [];
    }
    if (triggers.length === 0) from = start;
    triggers.push([m.index, end]);
    to = Math.min(text.length, end + WINDOW_CHARS);
  }
  if (triggers.length > 0) collectWindow(text, from, to, triggers, taken, dct, out);
  return out;
}
