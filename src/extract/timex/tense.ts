/**
 * Local tense around an expression, from cue words in the same sentence. News uses a bare
 * "Friday" or "in May" for the most recent one when it reports ("said on Friday") and for the
 * coming one when it announces ("will meet on Friday"), so the nearest cue decides. This is a word
 * scan, not a parser: it looks at most WINDOW_CHARS either side and stops at sentence ends, so the
 * cost per expression is bounded and the tagger stays linear in the text length.
 */
import type { Tense } from './candidate';

/** About a dozen words either side: enough for "is set to hold talks in Seoul on Friday". */
const WINDOW_CHARS = 90;

const FUTURE_WORDS = new Set([
  'will',
  "won't",
  'wont',
  'shall',
  'must',
  'may',
  'might',
  'would',
  'should',
  'could',
  "'ll",
  'next',
  'upcoming',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'planning',
  'expected',
  'expects',
  'expect',
  'due',
  'going',
  'intends',
  'aims',
  'tomorrow',
  'coming',
  'forecast',
  'forecasts',
  'projected',
]);

const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'earlier',
  'previously',
  'yesterday',
  'since',
  'began',
  'took',
  'met',
  'made',
  'came',
  'went',
  'gave',
  'held',
  'saw',
  'fell',
  'rose',
  'won',
  'lost',
  'left',
  'led',
  'sent',
  'spoke',
  'wrote',
  'became',
  'fought',
  'ran',
  'broke',
  'struck',
  'shot',
  'hit',
  'killed',
]);

/** -ed words that usually mark a plan, not a past event ("scheduled", "expected" are future cues). */
const NOT_PAST_ED = new Set([
  'scheduled',
  'planned',
  'expected',
  'projected',
  'proposed',
  'need',
  'indeed',
  'speed',
  'united',
  'red',
  'bed',
  'hundred',
  'based',
  'related',
  'limited',
  'armed',
  'advanced',
  'detailed',
  'concerned',
  'interested',
  'married',
  'used',
]);

/** Reporting verbs say when something was said, not when it happens: they are no tense cue. */
const REPORTING = new Set([
  'said',
  'says',
  'told',
  'announced',
  'reported',
  'added',
  'noted',
  'stated',
  'wrote',
  'confirmed',
  'estimated',
]);

/** Present-tense verbs that, when nearest, leave the direction open ("is possible Thursday"). */
const PRESENT_WORDS = new Set([
  'is',
  'are',
  'am',
  'begins',
  'opens',
  'starts',
  'ends',
  'meets',
  'holds',
  'reports',
  'releases',
  'runs',
  'closes',
  'arrives',
  'leaves',
  'returns',
  'expires',
  'resumes',
  'remains',
]);

/** Verbs that, after "to", name a plan: "agreed to meet on Friday", "promised to leave by Oct. 31". */
const PLAN_VERBS = new Set([
  'take',
  'hold',
  'meet',
  'begin',
  'start',
  'launch',
  'visit',
  'travel',
  'sign',
  'vote',
  'announce',
  'release',
  'open',
  'close',
  'end',
  'leave',
  'return',
  'complete',
  'finish',
  'deliver',
  'reach',
  'host',
  'attend',
  'resume',
  'publish',
  'report',
  'decide',
  'rule',
  'introduce',
  'raise',
  'cut',
  'expand',
  'stay',
  'arrive',
  'testify',
  'speak',
  'address',
]);

/** 'report' is a reporting verb: past, but only for the date right next to it ("said Tuesday"). */
type Cue = Tense | 'present' | 'report';

/** How close a reporting verb must be to date the expression: "said on Wednesday", "said in May". */
const REPORT_REACH_CHARS = 12;

const WORD_RE = /[A-Za-z']+/g;

function cueOf(words: readonly string[], i: number): Cue | null {
  const w = words[i] ?? '';
  const prev = words[i - 1] ?? '';
  const prev2 = words[i - 2] ?? '';
  if (REPORTING.has(w)) return 'report';
  if (w === 'set') return words[i + 1] === 'to' ? 'future' : null;
  if (w === 'to') return PLAN_VERBS.has(words[i + 1] ?? '') ? 'future' : null;
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return 'future';
  if (PRESENT_WORDS.has(w)) return 'present';
  const pastLike = PAST_WORDS.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  if (!pastLike) return null;
  // "will be announced", "to be held": a participle after "be" takes the tense of what precedes it.
  if (prev === 'be') return FUTURE_WORDS.has(prev2) || prev2 === 'to' ? 'future' : null;
  // "are handed out every year" is a present passive, "were held" a past one.
  if (prev === 'is' || prev === 'are' || prev === 'am') return 'present';
  return 'past';
}

function isSentenceBreak(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ';';
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

/** The tense of the nearest cue word to [start, end) within its sentence, or 'none'. */
export function tenseAt(text: string, start: number, end: number): Tense {
  let from = start;
  const minFrom = Math.max(0, start - WINDOW_CHARS);
  while (from > minFrom && !isSentenceBreak(text[from - 1])) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + WINDOW_CHARS);
  while (to < maxTo && !isSentenceBreak(text[to])) to++;

  let best = 'none' as Cue;
  let bestDistance = Infinity;
  const before = wordsIn(text.slice(from, start));
  before.words.forEach((_, i) => {
    const cue = cueOf(before.words, i);
    const distance = start - (from + (before.at[i] ?? 0));
    if (cue === 'report' && distance > REPORT_REACH_CHARS) return;
    if (cue && distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  });
  // Cues after the expression count a little less: "on Friday, officials met" is still past,
  // but in "will ... on Friday, after talks ended" the verb before should win.
  const after = wordsIn(text.slice(end, to));
  after.words.forEach((_, i) => {
    const cue = cueOf(after.words, i);
    const distance = (after.at[i] ?? 0) * 1.5;
    if (cue === 'report' && distance > REPORT_REACH_CHARS) return;
    if (cue && distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  });
  if (best === 'report') return 'past';
  return best === 'present' ? 'none' : best;
}
