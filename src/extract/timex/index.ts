/**
 * The temporal tagger: finds TIMEX3 expressions in news text and resolves their values against the
 * document creation time (DCT). Rule files propose candidates (regex + context checks), modifiers.ts
 * widens them over "early"/"about"/"the end of", select.ts keeps the longest non-overlapping ones,
 * and resolution walks them in document order so anaphoric expressions count from the last date.
 * Pure and linear: each rule scans the text once; nothing here reads a clock or the environment.
 */
import type { Timex } from '../../model/timex';
import { anchorFromValue } from './anchor';
import { parseIsoDay } from './calendar';
import type { Anchor, Candidate, Rule, Tense } from './candidate';
import { applyModifiers } from './modifiers';
import { CLOCK_RULES } from './rules-clock';
import { DURATION_RULES } from './rules-durations';
import { EXPLICIT_RULES } from './rules-explicit';
import { PERIOD_RULES } from './rules-periods';
import { RELATIVE_RULES } from './rules-relative';
import { selectCandidates } from './select';
import { tenseAt } from './tense';

export interface TagOptions {
  /** Document creation time, ISO YYYY-MM-DD: the "today" relative expressions count from. */
  dct: string;
}

const RULES: readonly Rule[] = [
  ...EXPLICIT_RULES,
  ...PERIOD_RULES,
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

/**
 * Every temporal expression in `text`, sorted by start and non-overlapping. Offsets are UTF-16 code
 * units, end exclusive. Throws RangeError only for a malformed `dct`.
 */
export function tagTimex(text: string, options: TagOptions): Timex[] {
  const dct = parseIsoDay(options.dct);
  if (!dct) throw new RangeError(`tagTimex: dct must be a real YYYY-MM-DD day, got "${options.dct}"`);
  const chosen = selectCandidates(applyModifiers(collect(text), text), text.length);
  const out: Timex[] = [];
  let anchor: Anchor | null = null;
  for (const c of chosen) {
    let tense: Tense | undefined;
    const resolution = c.resolve({
      dct,
      anchor,
      tense: () => (tense ??= tenseAt(text, c.start, c.end)),
    });
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
    if (resolution.type === 'DATE' || resolution.type === 'TIME') {
      anchor = anchorFromValue(resolution.value) ?? anchor;
    }
  }
  return out;
}

export type { Timex } from '../../model/timex';
