/**
 * Words of clock times for the temporal tagger: time zones after a time ("10 a.m. EDT"), named
 * times ("noon") and the cue words that make "14:30" a time (HeidelTime's reTimezone). Zones are
 * written as news writes them and matched case-sensitively; cue words are lower case.
 */

/** The place's own time, before any zone: "6 p.m. local time". */
export const LOCAL_TIME_PHRASES: readonly string[] = ['local time'];

/** Zone regions, each read with an optional qualifier and "time": "Eastern Daylight Time". */
export const TIME_ZONE_REGIONS: readonly string[] = [
  'Eastern',
  'Central',
  'Mountain',
  'Pacific',
  'Central European',
  'Eastern European',
  'British Summer',
];
export const TIME_ZONE_QUALIFIERS: readonly string[] = ['Standard', 'Daylight', 'Summer'];

/** Zone abbreviations. */
export const TIME_ZONE_ABBREVIATIONS: readonly string[] = [
  'GMT',
  'UTC',
  'EDT',
  'EST',
  'CDT',
  'CST',
  'MDT',
  'MST',
  'PDT',
  'PST',
  'ET',
  'BST',
  'CET',
  'CEST',
  'KST',
  'JST',
  'IST',
  'AEST',
  'AEDT',
];

/** Zones named after a city. */
export const CITY_TIMES: readonly string[] = ['Moscow time', 'Beijing time'];

/** Named times of day and their hour; midnight is hour 24 of the day it ends. */
export const NAMED_TIMES: ReadonlyMap<string, number> = new Map([
  ['noon', 12],
  ['midday', 12],
  ['midnight', 24],
]);

/** Named times a span may end at before its day: "through midnight Friday". */
export const SPAN_END_NAMED_TIMES: readonly string[] = ['noon', 'midnight'];

/** Words before a 24-hour time that make it one: "at 14:30", "until 09:00". Scores have none. */
export const CLOCK_CUE_WORDS: readonly string[] = [
  'at',
  'by',
  'around',
  'from',
  'until',
  'before',
  'after',
  'about',
];

/** Approximations a bare clock time may carry and still take the day next to it: "about 12:15 pm". */
export const CLOCK_APPROXIMATORS: readonly string[] = [
  'about',
  'around',
  'approximately',
  'roughly',
  'shortly after',
  'just after',
  'just before',
];

/** Words that may join a day and its clock time: "Wednesday morning at 9:45 a.m.". */
export const DAY_CLOCK_JOINERS: readonly string[] = ['at', 'from', 'around', 'about', 'by'];
