/**
 * Periods that only part of applies. "Later this year" is the rest of the year from the reference
 * date; "this year" said of something that already happened ends at the reference date, since the
 * rest of the year has not come. Both keep the period's precision (a year is still a year-wide
 * mark), with the ends moved in.
 */
import type { Tense } from '../analysis';
import type { EventDate } from '../event-dates';

/** "later this year", "the rest of the month", "the remainder of the week", "later in the year". */
const REMAINDER_RE =
  /\b(?:later (?:this|in the)|(?:the )?(?:rest|remainder|balance) of (?:the|this))\s+(?:year|month|week|quarter|decade)\b/i;

const PERIOD_PRECISIONS = new Set(['week', 'month', 'quarter', 'half', 'season', 'year', 'decade']);

/** ISO day after `day`. */
function nextDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The part of `date` an event of this tense can occupy, given the reference (publication) day.
 * `sentence` is the text around the date, read for "later this ..." phrases.
 */
export function clipToRemainder(
  date: EventDate,
  sentence: string,
  tense: Tense,
  perfect: boolean,
  ref: string,
): EventDate {
  if (!PERIOD_PRECISIONS.has(date.precision) || date.first > ref || date.last < ref) return date;
  const phrase = sentence.slice(Math.max(0, date.start - 30), date.end);
  if (REMAINDER_RE.test(phrase)) {
    const first = nextDay(ref);
    return first <= date.last ? { ...date, first } : date;
  }
  if (tense === 'past' || perfect) return { ...date, last: ref };
  return date;
}
