/**
 * Word lists for the temporal tagger: month and weekday names, number words, units, seasons.
 * Plain data, keyed by lower-case word, so the rule files can build regex alternations from them
 * and look words back up after a match.
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../number-words';

/** Month names and the abbreviations news copy uses (AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/**
 * Full month names that are also common words or first names ("may", "march", "April Ryan",
 * "June Carter", "August Wilson"). Alone they are a month only after a cue word or before a day or year.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'april', 'june', 'august']);

/** ISO weekday numbers, Monday = 1. Three-letter forms ("Sun", "Mon") are left out: they are names. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
  ['tues', 2],
  ['wed', 3],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
]);

const UNITS_WORDS = CARDINAL_UNITS;
const TENS_WORDS = CARDINAL_TENS;

/** Regex source for a written or digit count: "three", "twenty-five", "18", "1.5", "a", "a dozen". */
export const COUNT_SOURCE =
  '(?:\\d+(?:\\.\\d+)?|(?:' +
  Object.keys(TENS_WORDS).join('|') +
  ')(?:[- ](?:' +
  Object.keys(UNITS_WORDS).join('|') +
  '))?|' +
  Object.keys(UNITS_WORDS).join('|') +
  '|a dozen|a couple of|a couple|a few|a|an|several|few|many|some|dozens of|hundreds of|a half|half a|half an)';

/** The numeric value of a count matched by COUNT_SOURCE; null for vague counts ("several", "a few"). */
export function countValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a dozen') return 12;
  if (w === 'a couple' || w === 'a couple of') return 2;
  if (w === 'a half' || w === 'half a' || w === 'half an') return 0.5;
  const direct = UNITS_WORDS[w] ?? TENS_WORDS[w];
  if (direct !== undefined) return direct;
  const [tens, units] = w.split(/[- ]/);
  const t = TENS_WORDS[tens ?? ''];
  const u = UNITS_WORDS[units ?? ''];
  return t !== undefined && u !== undefined ? t + u : null;
}

/** Ordinals up to the ones quarters, halves and "the first N months" need. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['final', 4],
]);

/** A calendar unit: its TIMEX3 duration letter and whether it is a time (PT...) unit. */
export interface TimeUnit {
  code: string;
  isTime: boolean;
  /** How many of the code a single unit is: a decade is P1DE, a fortnight P2W. */
  factor: number;
}

export const UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['second', { code: 'S', isTime: true, factor: 1 }],
  ['minute', { code: 'M', isTime: true, factor: 1 }],
  ['hour', { code: 'H', isTime: true, factor: 1 }],
  ['day', { code: 'D', isTime: false, factor: 1 }],
  ['night', { code: 'D', isTime: false, factor: 1 }],
  ['week', { code: 'W', isTime: false, factor: 1 }],
  ['fortnight', { code: 'W', isTime: false, factor: 2 }],
  ['month', { code: 'M', isTime: false, factor: 1 }],
  ['quarter', { code: 'Q', isTime: false, factor: 1 }],
  ['year', { code: 'Y', isTime: false, factor: 1 }],
  ['decade', { code: 'DE', isTime: false, factor: 1 }],
  ['century', { code: 'CE', isTime: false, factor: 1 }],
]);

/** The singular unit for a matched unit word ("centuries" -> "century", "yrs" is not news style). */
export function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase();
  const singular = w === 'centuries' ? 'century' : w.endsWith('s') ? w.slice(0, -1) : w;
  return UNITS.get(singular) ?? null;
}

export const UNIT_SOURCE =
  '(?:seconds|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['summertime', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** Regex source for month names, longest first so "September" wins over "Sep". */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

export const WEEKDAY_SOURCE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues\\.|Wed\\.|Thurs\\.|Fri\\.|Sat\\.)';

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
