/**
 * Finds the date a news article was filed from its dateline or first lines ("21 May 2022, North
 * Korea, Pyongyang:", "June 8, 2022 (Reuters)", "Published: 2022-06-08"), for use as the DCT when
 * none is given. Only fully written dates count: a dateline without a year cannot anchor anything.
 */
import { dayValue, isValidDay } from './calendar';
import { MONTH_SOURCE, monthNumber } from './word-patterns';

/** Datelines sit in the first lines; 2,000 characters covers a title, byline and caption. */
const DATELINE_WINDOW_CHARS = 2000;

const DATE_RE = new RegExp(
  `(?<![\\w-])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_SOURCE})\\.?,?\\s+(\\d{4})|(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\w-])`,
  'g',
);

/** The first full date in the opening of `text`, as YYYY-MM-DD, or null. */
export function findDatelineDate(text: string): string | null {
  const head = text.slice(0, DATELINE_WINDOW_CHARS);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(head); m; m = DATE_RE.exec(head)) {
    const [day, month, year] =
      m[1] !== undefined
        ? [Number(m[1]), monthNumber(m[2] ?? ''), Number(m[3])]
        : m[4] !== undefined
          ? [Number(m[5]), monthNumber(m[4]), Number(m[6])]
          : [Number(m[9]), Number(m[8]), Number(m[7])];
    if (month === null) continue;
    const d = { year, month, day };
    if (isValidDay(d)) return dayValue(d);
  }
  return null;
}
