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
  'may',
  'might',
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
  'set',
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
  'said',
  'told',
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
  'announced',
  'reported',
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

const WORD_RE = /[A-Za-z']+/g;

function cueOf(word: string): Tense {
  const w = word.toLowerCase();
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return 'none';
}

function isSentenceBreak(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ';';
}

/** The tense of the nearest cue word to [start, end) within its sentence, or 'none'. */
export function tenseAt(text: string, start: number, end: number): Tense {
  let from = start;
  const minFrom = Math.max(0, start - WINDOW_CHARS);
  while (from > minFrom && !isSentenceBreak(text[from - 1])) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + WINDOW_CHARS);
  while (to < maxTo && !isSentenceBreak(text[to])) to++;

  let best: Tense = 'none';
  let bestDistance = Infinity;
  const consider = (segment: string, offset: number, distanceOf: (index: number) => number) => {
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(segment); m; m = WORD_RE.exec(segment)) {
      const cue = cueOf(m[0]);
      if (cue === 'none') continue;
      const distance = distanceOf(offset + m.index);
      if (distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    }
  };
  consider(text.slice(from, start), from, (i) => start - i);
  // Cues after the expression count a little less: "on Friday, officials said" is still past,
  // but "said ... will ... on Friday" should follow the nearer verb before it.
  consider(text.slice(end, to), end, (i) => (i - end) * 1.5);
  return best;
}
