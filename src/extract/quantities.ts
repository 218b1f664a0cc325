/**
 * Counts of things in a sentence: "eight ballistic missiles", "more than 10,000 soldiers",
 * "31 missiles over 18 test events". Numbers that are dates, durations, ordinals, money or parts of
 * hyphenated adjectives ("a 30-day ceasefire") are not quantities, and nor is a definite count of the
 * story's parties ("the two leaders", see lexicon/participant-counts.ts).
 */
import { DEFINITE_DETERMINERS, PARTICIPANT_NOUNS } from './lexicon/participant-counts';
import { parseNumberWords } from './number-words';
import { WORDS_BEFORE_COUNTS } from './lexicon/quantity-cues';

/** One counted thing. Offsets are relative to the scanned text. */
export interface Quantity {
  value: number;
  /** The counted noun phrase as written, e.g. "ballistic missiles". */
  unit: string;
  /** "more than", "about", "at least", "up to" ... or ''. */
  qualifier: string;
  start: number;
  end: number;
}

const NUMBER_WORDS =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|a|an)';
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${NUMBER_WORDS}(?:[ -]${NUMBER_WORDS})*)(?: (?:hundred|thousand|million|billion))?`;
const QUALIFIER =
  '(?:more than|over|at least|about|around|nearly|almost|some|up to|fewer than|less than|approximately|roughly|an estimated|as many as|close to|just over|just under|under)';

/** Nouns that count time or ordinal positions: those numbers are durations or dates, not quantities. */
const NOT_UNITS_RE =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|times|percent|per|of|and|or|to|in|on|at|the|a|an|that|which|who|from|by|for|with|as|said|says|was|were|is|are|has|have|had|its|their|his|her|am|pm|a\.m\.|p\.m\.)$/i;
const STOP_RE =
  /^(?:of|and|or|to|in|on|at|the|a|an|that|which|who|from|by|for|with|as|into|over|under|across|near|during|since|after|before|including|said|says|was|were|is|are|has|have|had|while|were|would|will|could|may|last|next|this|yesterday|today|tomorrow|earlier|later|ago|then|now|when|where|but|because)$/i;

const QUANTITY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥.,-])(?:(${QUALIFIER})\s+)?(${NUMBER})(?![\p{N}%-])((?:\s+[\p{L}][\p{L}'’-]*){1,4})`,
  'giu',
);

/** Every quantity in the text, in order. `blocked` spans (dates found by the tagger) are skipped. */
export function findQuantities(
  text: string,
  blocked: readonly { start: number; end: number }[] = [],
): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY_RE.exec(text))) {
    const previous = out[out.length - 1];
    // "31 missiles over 18 test events": right after a count, "over" is a preposition, not "more than".
    const afterCount = previous !== undefined && /^\s+$/.test(text.slice(previous.end, m.index));
    const qualifier = afterCount && /^over$/i.test(m[1] ?? '') ? '' : (m[1] ?? '').toLowerCase();
    const numberText = m[2] ?? '';
    const start = m.index;
    const numberStart = start + m[0].indexOf(numberText, qualifier.length);
    const numberEnd = numberStart + numberText.length;
    if (blocked.some((b) => numberStart < b.end && b.start < numberEnd)) continue;
    if (!qualifier && isNameNumber(text, numberStart, numberText)) {
      QUANTITY_RE.lastIndex = numberEnd;
      continue;
    }
    const value = parseNumberWords(numberText);
    if (value === null || /^(?:a|an)$/i.test(numberText)) {
      QUANTITY_RE.lastIndex = numberStart + 1;
      continue;
    }
    const words = (m[3] ?? '').trim().split(/\s+/);
    const unitWords: string[] = [];
    for (const word of words) {
      if (STOP_RE.test(word) || /^\p{Lu}/u.test(word) || /[’']s$/.test(word)) break;
      unitWords.push(word.replace(/[’']$/, ''));
    }
    // The head noun is the last word; "eight ballistic missiles" counts missiles, described as ballistic.
    const last = unitWords[unitWords.length - 1];
    if (last === undefined || NOT_UNITS_RE.test(last) || unitWords.some((w) => NOT_UNITS_RE.test(w))) {
      QUANTITY_RE.lastIndex = numberEnd;
      continue;
    }
    const unit = unitWords.join(' ');
    if (!qualifier && isParticipantCount(text.slice(Math.max(0, numberStart - 16), numberStart), unitWords)) {
      QUANTITY_RE.lastIndex = unitEnd(m, start, unitWords, numberEnd);
      continue;
    }
    const end = unitEnd(m, start, unitWords, numberEnd);
    out.push({ value, unit, qualifier, start, end });
    QUANTITY_RE.lastIndex = end;
  }
  return out;
}

/** "FTSE 100 rose", "Chapter 11 bankruptcy": digits right after a capitalised word are the name's. */
function isNameNumber(text: string, numberStart: number, numberText: string): boolean {
  if (!/^\d+$/.test(numberText)) return false;
  const before = /([\p{L}&.'’-]+) $/u.exec(text.slice(Math.max(0, numberStart - 40), numberStart))?.[1];
  if (before === undefined || !/^\p{Lu}/u.test(before)) return false;
  return !WORDS_BEFORE_COUNTS.has(before.replace(/\.$/, '').toLowerCase());
}

/**
 * The unit's end, from the match itself: searching the text for the space-joined unit failed when its words
 * were apart by two spaces or a line break, and the -1 sent the scan back forever.
 */
function unitEnd(m: RegExpExecArray, start: number, unitWords: readonly string[], numberEnd: number): number {
  const tail = m[3] ?? '';
  const tailStart = start + m[0].length - tail.length;
  const wordRe = /\S+/g;
  let end = numberEnd;
  for (const word of unitWords) {
    const w = wordRe.exec(tail);
    if (!w) break;
    end = tailStart + w.index + word.length;
  }
  return end;
}

/**
 * True when the number ending `before` counts the story's parties with a definite determiner ("the two
 * leaders", "all three countries"): those are who acts, not how many of something happened.
 */
function isParticipantCount(before: string, unitWords: readonly string[]): boolean {
  const determiner = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // Any word of the unit, not only the last: the unit may run on into a verb ("the two leaders watched").
  return (
    DEFINITE_DETERMINERS.has(determiner) && unitWords.some((w) => PARTICIPANT_NOUNS.has(w.toLowerCase()))
  );
}
