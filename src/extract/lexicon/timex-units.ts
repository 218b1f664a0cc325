/**
 * Units of time for the temporal tagger: what each unit word measures (HeidelTime's reUnit and
 * normUnit) and which unit words each kind of expression takes. Lower case. In the word lists a
 * singular directly followed by its plural is written once in a pattern ("weeks?").
 */

/** A calendar unit: its TIMEX3 duration letter and whether it is a time (PT...) unit. */
export interface TimeUnit {
  code: string;
  isTime: boolean;
  /** How many of the code a single unit is: a decade is P1DE, a fortnight P2W. */
  factor: number;
}

/** Singular unit words and what they measure. */
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

/** Plurals that are not the singular plus "s". */
export const IRREGULAR_UNIT_PLURALS: ReadonlyMap<string, string> = new Map([['centuries', 'century']]);

/** The units a position can be counted in ("last month", "two years ago"), coarsest last. */
export const CALENDAR_UNITS = [
  'day',
  'week',
  'weekend',
  'month',
  'quarter',
  'half',
  'year',
  'decade',
] as const;
export type CalendarUnit = (typeof CALENDAR_UNITS)[number];

/** The length of one calendar unit: "the past week" is P1W, "the past quarter" P3M. */
export const CALENDAR_UNIT_DURATIONS: Readonly<Record<CalendarUnit, string>> = {
  day: 'P1D',
  week: 'P1W',
  weekend: 'P2D',
  month: 'P1M',
  quarter: 'P3M',
  half: 'P6M',
  year: 'P1Y',
  decade: 'P1DE',
};

/**
 * Units counted back or ahead: "two years ago", "three days later". Singular "second" is left out:
 * "a second" is an ordinal.
 */
export const COUNTED_POINT_UNITS: readonly string[] = [
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
];

/**
 * Units of a counted length of time: "three years", "a 30-day ceasefire". Singular "second" is left
 * out ("a second term" is an ordinal), and so is singular "quarter" ("a quarter of the budget").
 */
export const DURATION_UNITS: readonly string[] = [
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'quarters',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
];

/** Units a duration adjective is made of: "a 30-day ceasefire", "the 41-year-old". */
export const ADJECTIVAL_DURATION_UNITS: readonly string[] = [
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
];

/** Plural units of an uncounted length of time: "for years", "in recent months". */
export const VAGUE_DURATION_UNITS: readonly string[] = [
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
];

/** Units a position is named in relative to now or the last date: "last month", "the following week". */
export const RELATIVE_UNITS: readonly string[] = ['week', 'weekend', 'month', 'quarter', 'year', 'decade'];

/** Units whose part is named relative to now: "the end of the year", "the rest of the month". */
export const PERIOD_PART_UNITS: readonly string[] = ['week', 'month', 'quarter', 'year', 'decade'];

/** Units after "every"/"each": "every week", "every two years". */
export const RECURRING_UNITS: readonly string[] = [
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'decade',
  'decades',
];

/** The period of a frequency: "twice a week", "three times a year". */
export const FREQUENCY_UNITS: readonly string[] = ['hour', 'day', 'week', 'month', 'year', 'decade'];

/** The period of a rate: "$5 billion a year", "500,000 barrels a day". */
export const RATE_UNITS: readonly string[] = ['hour', 'day', 'week', 'month', 'year'];

/** How much of each period recurs, and the period: "24 hours a day", "three nights a month". */
export const PER_PERIOD_AMOUNT_UNITS: readonly string[] = [
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'month',
  'months',
];
export const PER_PERIOD_UNITS: readonly string[] = ['day', 'week', 'month', 'year'];
