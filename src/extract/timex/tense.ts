/**
 * Local tense around an expression, from cue words in the same sentence. News uses a bare
 * "Friday" or "in May" for the most recent one when it reports ("said on Friday") and for the
 * coming one when it announces ("will meet on Friday"), so the nearest cue decides. This is a word
 * scan, not a parser: it looks at most WINDOW_CHARS either side and stops at sentence ends, so the
 * cost per expression is bounded and the tagger stays linear in the text length.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import {
  BOUNDARY_PARTICIPLES,
  COMPARISON_WORDS,
  DO_FORMS,
  FIGURE_VERBS,
  FUTURE_MODALS,
  FUTURE_WORDS,
  GOVERNING_PREPOSITIONS,
  MODALS,
  NEGATED_PERFECT_FILLERS,
  NEGATION,
  NOUN_DETERMINERS,
  NOT_PAST_ED,
  PAST_OF_PLAN,
  PAST_WORDS,
  PLAN_PARTICIPLES,
  PLAN_VERBS,
  PLURAL_PRESENT,
  PRESENT_BE,
  PRESENT_WORDS,
  REPORTING,
  REPORT_FILLER_WORDS,
} from '../lexicon/timex-tense-cues';
import type { Tense } from './candidate';
import { alternation } from './word-patterns';

/** About a dozen words either side: enough for "is set to hold talks in Seoul on Friday". */
const WINDOW_CHARS = 90;

/** 'report' is a reporting verb: past, but only for the date right next to it ("said Tuesday"). */
type Cue = Tense | 'report';

/** How close a reporting verb must be to date the expression: "said on Wednesday", "said in May". */
const REPORT_REACH_CHARS = 12;

/**
 * Words that may stand between a reporting verb and the date it dates: "said in a statement late
 * Tuesday", "told reporters on Friday", "announced at a news conference Monday". 48 characters
 * holds the longest of these ("said in a statement released late").
 */
const REPORT_FILLER_RE = new RegExp(`^(?:[\\s,]+|\\b(?:${alternation(REPORT_FILLER_WORDS)})\\b)*$`, 'i');
const REPORT_FILLER_MAX_CHARS = 48;

/** A "that" clause right after the expression: what was said, not when. */
const REPORTED_THAT_RE = /^\s*,?\s*that\b/i;

const WORD_RE = /[A-Za-z']+/g;

function cueOf(words: readonly string[], i: number): Cue | null {
  const w = words[i] ?? '';
  const prev = words[i - 1] ?? '';
  const prev2 = words[i - 2] ?? '';
  if (REPORTING.has(w) && prev !== 'be') return 'report';
  if (w === 'set') {
    if (words[i + 1] !== 'to') return null;
    return PAST_OF_PLAN.has(prev) ? 'past' : 'future';
  }
  if (w === 'to') return PLAN_VERBS.has(words[i + 1] ?? '') ? 'future' : null;
  // "grew faster than expected", "as planned": a comparison with a forecast, not a plan.
  if (COMPARISON_WORDS.has(prev) && PLAN_PARTICIPLES.has(w)) return null;
  // "announced the plan on March 1": a plan named as a thing is no cue; "its plans to open" still is.
  if ((w === 'plan' || w === 'plans') && NOUN_DETERMINERS.has(prev) && words[i + 1] !== 'to') return null;
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) {
    // "was expected", "were due", "had planned": a plan reported in the past tense.
    return PAST_OF_PLAN.has(prev) && !FUTURE_MODALS.has(w) ? 'past' : 'future';
  }
  if (PRESENT_WORDS.has(w)) return 'present';
  if (PLURAL_PRESENT.has(w)) return MODALS.has(prev) || DO_FORMS.has(prev) ? null : 'present';
  // "could last until Friday" is the verb, not "last week": the modal before it is the cue.
  if (w === 'last' && MODALS.has(prev)) return null;
  const pastLike = PAST_WORDS.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  if (!pastLike) return null;
  if (NEGATION.has(prev) || (NEGATION.has(prev2) && NEGATED_PERFECT_FILLERS.has(prev))) return null;
  // "will be announced", "to be held": a participle after "be" takes the tense of what precedes it.
  if (prev === 'be') return FUTURE_WORDS.has(prev2) || prev2 === 'to' ? 'future' : null;
  // "are handed out every year" is a present passive, "were held" a past one.
  if (PRESENT_BE.has(prev)) return 'present';
  return 'past';
}

/**
 * Whether text[i] ends a sentence. A period ends one only before a space or the end, and not after a
 * known abbreviation or a single letter ("U.S.", "a.m.", "J.P."): "$23.50", "Mr. Lutz" and "Jan. 6"
 * keep their sentence whole.
 */
export function isSentenceBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '!' || ch === '?' || ch === '\n' || ch === ';') return true;
  if (ch !== '.') return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'”’)]/.test(next)) return false;
  let j = i;
  while (j > 0 && /[A-Za-z0-9]/.test(text[j - 1] ?? '')) j--;
  const word = text.slice(j, i);
  if (/^[A-Za-z]$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function wordsIn(segment: string): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(segment); m; m = WORD_RE.exec(segment)) {
    words.push(m[0].toLowerCase());
    at.push(m.index);
  }
  return { words, at };
}

/** The nearest cue and which side of the expression it sits on. */
export interface TenseReading {
  tense: Tense;
  /** True when the deciding cue follows the expression ("The figures for September will be ..."). */
  after: boolean;
  /** True when a reporting verb ("said", "announced") stands anywhere in the window: the sentence reports. */
  reported: boolean;
}

/** The tense of the nearest cue word to [start, end) within its sentence, and where that cue is. */
export function readTense(text: string, start: number, end: number): TenseReading {
  let from = start;
  const minFrom = Math.max(0, start - WINDOW_CHARS);
  while (from > minFrom && !isSentenceBreak(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + WINDOW_CHARS);
  while (to < maxTo && !isSentenceBreak(text, to)) to++;

  let best = 'none' as Cue;
  let bestDistance = Infinity;
  // A cue that governs the expression (an adjacent reporting verb or period participle) wins outright.
  let after = false;
  let reported = false;
  let reportedBefore = false;
  const before = wordsIn(text.slice(from, start));
  const last = before.words.length - 1;
  before.words.forEach((w, i) => {
    const wordStart = from + (before.at[i] ?? 0);
    const distance = start - wordStart;
    const cue = cueOf(before.words, i);
    const adjacent = i === last || (i === last - 1 && GOVERNING_PREPOSITIONS.has(before.words[last] ?? ''));
    if (adjacent && BOUNDARY_PARTICIPLES.has(w)) {
      // The participle governs the expression: "futures expiring in December rose" names no tense.
      best = 'present';
      bestDistance = -1;
      return;
    }
    if (cue === 'report') {
      reported = true;
      if (!FIGURE_VERBS.has(w)) reportedBefore = true;
    }
    if (cue === 'report' && distance > REPORT_REACH_CHARS) {
      const gap = text.slice(wordStart + w.length, start);
      if (gap.length > REPORT_FILLER_MAX_CHARS || !REPORT_FILLER_RE.test(gap)) return;
      // A reporting verb that dates the expression outranks any other cue in the sentence.
      best = 'report';
      bestDistance = -1;
      return;
    }
    // "said on Tuesday it would cut", "decided on Wednesday to hold": a past verb right before the
    // expression governs it; the tense of the clause after it is another event's.
    if (adjacent && (cue === 'past' || cue === 'report')) {
      best = cue;
      bestDistance = -1;
      return;
    }
    if (cue && distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  });
  // "told families of hostages on Monday that Israel would ...": the date sits between a reporting verb
  // and its "that" clause, so it dates the telling, and the reported clause's "would" is not its tense.
  if (reportedBefore && REPORTED_THAT_RE.test(text.slice(end, Math.min(to, end + 8)))) {
    return { tense: 'past', after: false, reported: true };
  }
  // Cues after the expression count a little less: "on Friday, officials met" is still past,
  // but in "will ... on Friday, after talks ended" the verb before should win.
  const following = wordsIn(text.slice(end, to));
  const clauseEnd = text.slice(end, to).search(/[,—–]/);
  following.words.forEach((_, i) => {
    const cue = cueOf(following.words, i);
    const at = following.at[i] ?? 0;
    // Past a comma the verb usually belongs to the main clause: "who is seeking a second term in
    // November, has proposed" keeps the relative clause's present tense.
    const distance = at * (clauseEnd >= 0 && at > clauseEnd && bestDistance < Infinity ? 3 : 1.5);
    if (cue === 'report') reported = true;
    if (cue === 'report' && distance > REPORT_REACH_CHARS) return;
    if (cue && distance < bestDistance) {
      best = cue;
      bestDistance = distance;
      after = true;
    }
  });
  return { tense: best === 'report' ? 'past' : best, after, reported };
}

/** The tense of the nearest cue word to [start, end) within its sentence, or 'none'. */
export function tenseAt(text: string, start: number, end: number): Tense {
  return readTense(text, start, end).tense;
}
