import { describe, expect, it } from 'vitest';
import type { EventDate } from '../event-dates';
import { clipToRemainder } from './remainder';

function period(text: string, first: string, last: string, precision: EventDate['precision']): EventDate {
  return {
    start: 0,
    end: text.length,
    text,
    value: '',
    first,
    last,
    precision,
    qualifier: '',
    relative: true,
  };
}

describe('clipToRemainder', () => {
  const ref = '2025-07-12';

  it('"later this year" runs from the day after the report to the end of the year', () => {
    const sentence = 'Rudenko may visit North Korea later this year.';
    const d = { ...period('later this year', '2025-01-01', '2025-12-31', 'year'), start: 30, end: 45 };
    expect(clipToRemainder(d, sentence, 'none', false, ref)).toMatchObject({
      first: '2025-07-13',
      last: '2025-12-31',
    });
  });

  it('"this year" of something that already happened ends at the report', () => {
    const d = period('this year', '2025-01-01', '2025-12-31', 'year');
    expect(clipToRemainder(d, 'this year', 'past', false, ref)).toMatchObject({
      first: '2025-01-01',
      last: '2025-07-12',
    });
    expect(clipToRemainder(d, 'this year', 'present', true, ref)).toMatchObject({ last: '2025-07-12' });
  });

  it('leaves future sentences, days and periods that do not hold the report alone', () => {
    const year = period('this year', '2025-01-01', '2025-12-31', 'year');
    expect(clipToRemainder(year, 'this year', 'future', false, ref)).toBe(year);
    const lastYear = period('last year', '2024-01-01', '2024-12-31', 'year');
    expect(clipToRemainder(lastYear, 'last year', 'past', false, ref)).toBe(lastYear);
    const day = period('Friday', '2025-07-11', '2025-07-11', 'day');
    expect(clipToRemainder(day, 'Friday', 'past', false, ref)).toBe(day);
  });
});
