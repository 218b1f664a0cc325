/**
 * A bare weekday ("on Monday") or month ("in May") names the nearest one, and the temporal tagger
 * chooses past or future from cue words near it. The parsed verb group knows better: an event told
 * in the past tense ("sued the company on Monday", "cut jobs in May") happened before the report,
 * so a bare day or month the tagger put after the reference date is the previous one.
 */
import type { Tense } from '../analysis';
import type { EventDate } from '../event-dates';

const WEEKDAY_RE =
  /^(?:on\s+)?(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const SEASON_RE = /^(?:in\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|fall|autumn|winter)$/i;
const MONTH_RE =
  /^(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A day of a month with no year: "March 1", "on Feb. 27", "1 March", "the 3rd of May". */
const DAY_OF_MONTH_RE = new RegExp(
  `^(?:on\\s+)?(?:(?:early|late)\\s+)?(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME})$`,
  'i',
);

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function shiftYear(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${day.slice(4)}`;
}

/** Whether an ISO day names a real calendar day (not "2019-02-29"). */
function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** `date` moved before `ref` when a past-tense verb says it happened; otherwise unchanged. */
export function agreeWithTense(date: EventDate, tense: Tense, ref: string): EventDate {
  if (tense !== 'past' || !date.relative || date.first <= ref) return date;
  const text = date.text.trim();
  if (date.precision === 'day' && WEEKDAY_RE.test(text)) {
    const back = (d: string): string => shiftDays(d, -7);
    return { ...date, first: back(date.first), last: back(date.last), value: back(date.first) };
  }
  // "announced the plan on March 1", published March 9: a cue word near the date ("plan") may have
  // sent the tagger a year ahead, but the verb says it is the March 1 just gone.
  if (date.precision === 'day' && DAY_OF_MONTH_RE.test(text)) {
    const back = (d: string): string => {
      const shifted = shiftYear(d, -1);
      // February 29 a year back is the last day of February.
      return isCalendarDay(shifted) ? shifted : `${shifted.slice(0, 8)}28`;
    };
    return { ...date, first: back(date.first), last: back(date.last), value: back(date.first) };
  }
  if (date.precision === 'month' && MONTH_RE.test(text)) {
    // February 29 never starts a month, so a year back is always a real day.
    const first = shiftYear(date.first, -1);
    const last = new Date(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    return { ...date, first, last, value: first.slice(0, 7) };
  }
  return date;
}

/**
 * `date` moved after `ref` when the event is planned ("expects to launch the shot in the fall", "will
 * meet on Monday") but the tagger put a bare weekday, month or season before the report; otherwise
 * unchanged.
 */
export function agreeWithPlan(date: EventDate, ref: string): EventDate {
  if (!date.relative || date.last >= ref) return date;
  const text = date.text.trim();
  if (date.precision === 'day' && WEEKDAY_RE.test(text)) {
    const ahead = (d: string): string => shiftDays(d, 7);
    return { ...date, first: ahead(date.first), last: ahead(date.last), value: ahead(date.first) };
  }
  // "called an election for April 28", published in March of the year after the tagger's guess.
  if (date.precision === 'day' && DAY_OF_MONTH_RE.test(text)) {
    const ahead = (d: string): string => {
      const shifted = shiftYear(d, 1);
      return isCalendarDay(shifted) ? shifted : `${shifted.slice(0, 8)}28`;
    };
    return { ...date, first: ahead(date.first), last: ahead(date.last), value: ahead(date.first) };
  }
  const yearly =
    (date.precision === 'month' && MONTH_RE.test(text)) ||
    (date.precision === 'season' && SEASON_RE.test(text));
  if (!yearly) return date;
  const first = shiftYear(date.first, 1);
  // A winter that ends in February ends on its last day, leap year or not.
  const lastMonth = Number(date.last.slice(5, 7));
  const lastYear = Number(date.last.slice(0, 4)) + 1;
  const last = new Date(Date.UTC(lastYear, lastMonth, 0)).toISOString().slice(0, 10);
  const value = date.value.replace(/^\d{4}/, first.slice(0, 4));
  return { ...date, first, last, value };
}
