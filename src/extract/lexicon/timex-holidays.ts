/**
 * Named days news dates things by, and how to find each one in a given year (HeidelTime's
 * reHolidays and normHolidays). Lower case, with a straight apostrophe; the holiday rule also
 * accepts a curly one and any run of spaces.
 */

/**
 * How a holiday falls: on a fixed month and day; on the nth ISO weekday of a month (n = -1 for the
 * last, "the last Monday in May"); or some days from Western Easter Sunday.
 */
export type HolidayDate =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; n: number }
  | { kind: 'easter'; days: number };

export const HOLIDAYS: ReadonlyMap<string, HolidayDate> = new Map<string, HolidayDate>([
  ['christmas day', { kind: 'fixed', month: 12, day: 25 }],
  ['christmas eve', { kind: 'fixed', month: 12, day: 24 }],
  ['christmas', { kind: 'fixed', month: 12, day: 25 }],
  ['boxing day', { kind: 'fixed', month: 12, day: 26 }],
  ["new year's day", { kind: 'fixed', month: 1, day: 1 }],
  ["new year's eve", { kind: 'fixed', month: 12, day: 31 }],
  ['halloween', { kind: 'fixed', month: 10, day: 31 }],
  ["valentine's day", { kind: 'fixed', month: 2, day: 14 }],
  ['veterans day', { kind: 'fixed', month: 11, day: 11 }],
  ['the fourth of july', { kind: 'fixed', month: 7, day: 4 }],
  ['fourth of july', { kind: 'fixed', month: 7, day: 4 }],
  ['july fourth', { kind: 'fixed', month: 7, day: 4 }],
  ['thanksgiving day', { kind: 'nth-weekday', month: 11, weekday: 4, n: 4 }],
  ['thanksgiving', { kind: 'nth-weekday', month: 11, weekday: 4, n: 4 }],
  ['labor day', { kind: 'nth-weekday', month: 9, weekday: 1, n: 1 }],
  ['memorial day', { kind: 'nth-weekday', month: 5, weekday: 1, n: -1 }],
  ['martin luther king jr. day', { kind: 'nth-weekday', month: 1, weekday: 1, n: 3 }],
  ['presidents day', { kind: 'nth-weekday', month: 2, weekday: 1, n: 3 }],
  ["presidents' day", { kind: 'nth-weekday', month: 2, weekday: 1, n: 3 }],
  ['easter sunday', { kind: 'easter', days: 0 }],
  ['easter', { kind: 'easter', days: 0 }],
  ['good friday', { kind: 'easter', days: -2 }],
  ['easter monday', { kind: 'easter', days: 1 }],
]);
