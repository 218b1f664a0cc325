/**
 * The temporal tagger: finds TIMEX3 expressions in news text and resolves their values against the
 * document creation time (DCT). Rule files propose candidates (regex + context checks), modifiers.ts
 * widens them over "early"/"about"/"the end of", select.ts keeps the longest non-overlapping ones,
 * and resolution walks them in document order so anaphoric expressions count from the last date.
 * chrono-source.ts then fills gaps the rules left (dotted dates, ISO timestamps) without ever
 * overriding a rule candidate, and date-time-merge.ts joins a written date to its clock time.
 * Pure and linear: each rule scans the text once; nothing here reads a clock or the environment.
 * The words the rules match are data in ../lexicon/timex-*.ts; word-patterns.ts writes them into
 * the rules' regexes once, at module load.
 */
import type { Timex } from '../../model/timex';
import { REPORTED_ON_VERBS } from '../lexicon/timex-anchoring-cues';
import {
  CLOCK_APPROXIMATORS,
  DAY_CLOCK_JOINERS,
  LOCAL_TIME_PHRASES,
  NAMED_TIMES,
} from '../lexicon/timex-clock-words';
import { anchorFromValue } from './anchor';
import { type CalDay, parseIsoDay } from './calendar';
import type { Anchor, Candidate, ResolveContext, Rule } from './candidate';
import { chronoCandidates } from './chrono-source';
import { mergeDateTime } from './date-time-merge';
import { applyModifiers } from './modifiers';
import { CLOCK_RULES } from './rules-clock';
import { DURATION_RULES } from './rules-durations';
import { EXPLICIT_RULES } from './rules-explicit';
import { PERIOD_RULES } from './rules-periods';
import { HOLIDAY_RULES } from './rules-holidays';
import { RELATIVE_RULES } from './rules-relative';
import { selectCandidates } from './select';
import { type TenseReading, readTense } from './tense';
import { alternation, escapeWord } from './word-patterns';

export interface TagOptions {
  /** Document creation time, ISO YYYY-MM-DD: the "today" relative expressions count from. */
  dct: string;
}

/** A reporting verb right before a day ("police said Tuesday", "told reporters on Monday"). */
const REPORTED_ON_RE = new RegExp(
  `\\b(?:${REPORTED_ON_VERBS.map(([verb, { takesObject }]) => `${escapeWord(verb)}${takesObject ? '\\s+(?:\\w+\\s+){0,3}' : ''}`).join('|')})\\s+(?:on\\s+)?$`,
  'i',
);

const RULES: readonly Rule[] = [
  ...EXPLICIT_RULES,
  ...PERIOD_RULES,
  ...HOLIDAY_RULES,
  ...RELATIVE_RULES,
  ...CLOCK_RULES,
  ...DURATION_RULES,
];

function collect(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of RULES) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = rule.build(m, text);
      if (c) out.push(c);
    }
  }
  return out;
}

/** A bare clock time, with an approximation word at most: "9:45 a.m.", "about 12:15 pm", "noon". */
const BARE_CLOCK_RE = new RegExp(
  `^(?:(?:${alternation(CLOCK_APPROXIMATORS)})\\s+)?(?:\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?|AM|PM)|\\d{1,2}:\\d{2}|${alternation([...NAMED_TIMES.keys()])})(?:\\s+[A-Z]{2,4}|${LOCAL_TIME_PHRASES.map((phrase) => `\\s+${escapeWord(phrase)}`).join('|')})?$`,
  'i',
);
/** What may join a day and its clock time: "Wednesday morning at 9:45 a.m.", "Saturday, 4:45pm". */
const DAY_THEN_CLOCK_GAP_RE = new RegExp(`^\\s*,?\\s*(?:${alternation(DAY_CLOCK_JOINERS)})?\\s*$`, 'i');
/** What may join a clock time and its day: "2 p.m. on Thursday", "12:15 pm Thursday". */
const CLOCK_THEN_DAY_GAP_RE = /^\s*,?\s*(?:on\s+)?$/i;
const DAY_VALUE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;

function dayOfValue(value: string): CalDay | null {
  const m = DAY_VALUE_RE.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** A quarter or half that had ended by the DCT: what business copy reports on. */
function isReportingPeriod(a: Anchor, dct: CalDay): boolean {
  if (a.month !== undefined || a.week !== undefined) return false;
  const lastMonth = a.quarter !== undefined ? a.quarter * 3 : a.half !== undefined ? a.half * 6 : null;
  if (lastMonth === null) return false;
  return a.year < dct.year || (a.year === dct.year && lastMonth < dct.month);
}

/**
 * Every temporal expression in `text`, sorted by start and non-overlapping. Offsets are UTF-16 code
 * units, end exclusive. Throws RangeError only for a malformed `dct`.
 */
export function tagTimex(text: string, options: TagOptions): Timex[] {
  const dct = parseIsoDay(options.dct);
  if (!dct) throw new RangeError(`tagTimex: dct must be a real YYYY-MM-DD day, got "${options.dct}"`);
  const fromRules = selectCandidates(applyModifiers(collect(text), text), text.length);
  const taken = new Uint8Array(text.length);
  for (const c of fromRules) taken.fill(1, c.start, c.end);
  const fromChrono = chronoCandidates(text, taken, dct);
  const all =
    fromChrono.length > 0 ? selectCandidates([...fromRules, ...fromChrono], text.length) : fromRules;
  const chosen = mergeDateTime(text, all);
  const out: Timex[] = [];
  let anchor: Anchor | null = null;
  let dayAnchor: CalDay | null = null;
  let reportedPeriod: Anchor | null = null;
  let reportDay: CalDay | null = null;
  let previous: ResolveContext['previous'] = null;
  let lastDay: { end: number; day: CalDay } | null = null;
  const contextFor = (c: Candidate, ownDay: CalDay | null): ResolveContext => {
    let reading: TenseReading | undefined;
    const read = () => (reading ??= readTense(text, c.start, c.end));
    return {
      dct,
      anchor,
      dayAnchor: ownDay ?? dayAnchor,
      reportedPeriod,
      reportDay: ownDay ?? reportDay,
      previous,
      tense: () => read().tense,
      cueAfter: () => read().after,
      reported: () => read().reported,
    };
  };
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i];
    if (!c) continue;
    // A clock time right next to a day takes that day, whatever the article dated last: "said on
    // Wednesday morning at 9:45 a.m.", "resume at 2 p.m. on Thursday".
    let ownDay: CalDay | null = null;
    if (BARE_CLOCK_RE.test(text.slice(c.start, c.end))) {
      const next = chosen[i + 1];
      if (lastDay && DAY_THEN_CLOCK_GAP_RE.test(text.slice(lastDay.end, c.start))) {
        ownDay = lastDay.day;
      } else if (next && CLOCK_THEN_DAY_GAP_RE.test(text.slice(c.end, next.start))) {
        const nextValue = next.resolve(contextFor(next, null))?.value;
        ownDay = nextValue !== undefined ? dayOfValue(nextValue) : null;
      }
    }
    const resolution = c.resolve(contextFor(c, ownDay));
    if (!resolution) continue;
    const mod = resolution.mod ?? c.mod;
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: resolution.type,
      value: resolution.value,
      ...(mod ? { mod } : {}),
      relative: resolution.relative ?? true,
    });
    const ownDayOfThis =
      resolution.type === 'DATE' || resolution.type === 'TIME' ? dayOfValue(resolution.value) : null;
    lastDay = ownDayOfThis ? { end: c.end, day: ownDayOfThis } : null;
    const resolved =
      resolution.type === 'DATE' || resolution.type === 'TIME' ? anchorFromValue(resolution.value) : null;
    if (!resolved) continue;
    previous = { end: c.end, anchor: resolved, absolute: resolution.relative === false };
    if (resolution.comparison) continue;
    // "police said Tuesday" dates the statement, not the story: a later "the next day" skips it.
    const isDay = resolved.day !== undefined;
    if (isDay && REPORTED_ON_RE.test(text.slice(Math.max(0, c.start - 40), c.start))) {
      if (resolved.month !== undefined && resolved.day !== undefined) {
        reportDay = { year: resolved.year, month: resolved.month, day: resolved.day };
      }
      continue;
    }
    if (isReportingPeriod(resolved, dct)) reportedPeriod = resolved;
    anchor = resolved;
    if (resolved.month !== undefined && resolved.day !== undefined) {
      dayAnchor = { year: resolved.year, month: resolved.month, day: resolved.day };
    }
  }
  return out;
}

export type { Timex } from '../../model/timex';
