/**
 * How the tagger's word lists (../lexicon/timex-*.ts) become regex sources and look-ups. The lists
 * decide the words; this file decides only how they are written into patterns, so a new word or a
 * new language touches the lists alone. Everything here is built once, at module load.
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../lexicon/number-words';
import { COUNT_PHRASES } from '../lexicon/timex-counts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/timex-months';
import { COUNTED_POINT_UNITS, IRREGULAR_UNIT_PLURALS, type TimeUnit, UNITS } from '../lexicon/timex-units';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../lexicon/timex-weekdays';

const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;

/** A literal word as regex source: "Jan." -> "Jan\.". */
export function escapeWord(word: string): string {
  return word.replace(REGEX_SPECIAL_RE, '\\$&');
}

export interface AlternationOptions {
  /** What each space inside a phrase becomes: a literal space unless given ("\\s+" for any run of whitespace). */
  space?: string;
  /** Source written after every word, e.g. "\\.?" for an optional full stop or "\\s+" before the next token. */
  suffix?: string;
}

/**
 * The words as a regex alternation, without a group, in list order: where one word begins another,
 * the list says which is tried first. A word directly followed by its plural in "-s" or "-es" is
 * written once, "weeks?" or "loss(?:es)?", which tries the plural first.
 */
export function alternation(words: readonly string[], options: AlternationOptions = {}): string {
  const space = options.space ?? ' ';
  const suffix = options.suffix ?? '';
  const parts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    const plural = next === `${word}s` ? 's?' : next === `${word}es` ? '(?:es)?' : '';
    if (plural) i++;
    parts.push(`${escapeWord(word).split(' ').join(space)}${plural}${suffix}`);
  }
  return parts.join('|');
}

const MONTH_NAME_WORDS = MONTH_NAMES.map(([word]) => word);
const MONTH_ABBREVIATION_WORDS = MONTH_ABBREVIATIONS.map(([word]) => word);

/** Full month names, as an alternation without a group. */
export const MONTH_NAME_ALTERNATION = alternation(MONTH_NAME_WORDS);

/** Regex source for month names, longest first so "September" wins over "Sep". */
export const MONTH_SOURCE = `(?:${MONTH_NAME_ALTERNATION}|${alternation(MONTH_ABBREVIATION_WORDS, { suffix: '\\.' })}|${alternation(MONTH_ABBREVIATION_WORDS)})`;

/** Month names and abbreviations, lower case, to their numbers. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map(([word, month]) => [word.toLowerCase(), month]),
);

/** Full weekday names, as an alternation without a group. */
export const WEEKDAY_NAME_ALTERNATION = alternation(WEEKDAY_NAMES.map(([word]) => word));

/** Regex source for weekday names and their abbreviations with a full stop. */
export const WEEKDAY_SOURCE = `(?:${WEEKDAY_NAME_ALTERNATION}|${alternation(
  WEEKDAY_ABBREVIATIONS.map(([word]) => word),
  { suffix: '\\.' },
)})`;

/** Weekday names and abbreviations, lower case, to their ISO numbers. */
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS].map(([word, weekday]) => [word.toLowerCase(), weekday]),
);

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const UNITS_ALTERNATION = alternation(Object.keys(CARDINAL_UNITS));

/** Regex source for a written or digit count: "three", "twenty-five", "18", "1.5", "a", "a dozen". */
export const COUNT_SOURCE = `(?:\\d+(?:\\.\\d+)?|(?:${alternation(Object.keys(CARDINAL_TENS))})(?:[- ](?:${UNITS_ALTERNATION}))?|${UNITS_ALTERNATION}|${alternation([...COUNT_PHRASES.keys()])})`;

/** The numeric value of a count matched by COUNT_SOURCE; null for vague counts ("several", "a few"). */
export function countValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const phrase = COUNT_PHRASES.get(w);
  if (phrase !== undefined) return phrase;
  const direct = CARDINAL_UNITS[w] ?? CARDINAL_TENS[w];
  if (direct !== undefined) return direct;
  const [tens, units] = w.split(/[- ]/);
  const t = CARDINAL_TENS[tens ?? ''];
  const u = CARDINAL_UNITS[units ?? ''];
  return t !== undefined && u !== undefined ? t + u : null;
}

/** The unit a matched unit word measures ("centuries" -> century); null for other words. */
export function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase();
  const singular = IRREGULAR_UNIT_PLURALS.get(w) ?? (w.endsWith('s') ? w.slice(0, -1) : w);
  return UNITS.get(singular) ?? null;
}

/** Regex source for the units a count steps back or ahead by: "two years ago", "three days later". */
export const UNIT_SOURCE = `(?:${alternation(COUNTED_POINT_UNITS)})`;
