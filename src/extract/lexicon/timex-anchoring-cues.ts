/**
 * Cue words that decide what a date counts from or which year it falls in: a reporting verb that
 * dates a statement ("police said Tuesday"), a verb of scheduling ("postponed the vote to"), the end
 * of a span ("until Friday"), a list of months ("July or August"). Lower case; rules compare
 * case-insensitively.
 */

/**
 * Reporting verbs right before a day ("police said Tuesday", "told reporters on Monday"): the day
 * dates the statement, not the story, so "the next day" does not count from it. `takesObject`: up
 * to three words may stand between the verb and the day.
 */
export const REPORTED_ON_VERBS: readonly (readonly [string, { takesObject: boolean }])[] = [
  ['said', { takesObject: false }],
  ['says', { takesObject: false }],
  ['told', { takesObject: true }],
  ['announced', { takesObject: false }],
  ['reported', { takesObject: false }],
  ['added', { takesObject: false }],
  ['confirmed', { takesObject: false }],
];

/** Verbs of scheduling before "for"/"to"/"until" and a date: "called an election for", "delayed until". */
export const SCHEDULING_VERBS: readonly string[] = [
  'called',
  'calls',
  'set',
  'sets',
  'scheduled',
  'planned',
  'fixed',
  'slated',
  'postponed',
  'delayed',
  'deferred',
  'moved',
  'pushed back',
  'brought forward',
  'rescheduled',
  'adjourned',
  'extended',
];
export const SCHEDULING_PREPOSITIONS: readonly string[] = ['for', 'to', 'until', 'till'];

/** Words that end a span at a day or time, which may lie either side of the report: "through Friday". */
export const SPAN_END_WORDS: readonly string[] = ['until', 'till', 'through', 'thru'];

/** The same before a month, often a deadline still ahead: "until December", "through mid-January". */
export const MONTH_SPAN_END_WORDS: readonly string[] = ['until', 'till', 'through'];

/** What may join a listed month to the one before: "July or August", "November and December", "June-July". */
export const LIST_JOINERS: readonly string[] = [',', 'and', 'or', 'to', 'through', 'until', 'into', '-', '–'];

/** Prepositions of a fronted year that dates the rest of its sentence: "In 1996, ... in mid-July". */
export const FRONTED_YEAR_PREPOSITIONS: readonly string[] = ['in', 'during'];
