import { describe, expect, it } from 'vitest';
import { findDatelineDate } from './dateline';

describe('findDatelineDate', () => {
  it('reads a dpa-style day-first dateline', () => {
    expect(findDatelineDate('N Korea Warns\n\n21 May 2022, North Korea, Pyongyang: A picture ...')).toBe(
      '2022-05-21',
    );
  });

  it('reads a US-style dateline and an ISO date', () => {
    expect(findDatelineDate('WASHINGTON, June 8, 2022 (Reuters) - Officials said')).toBe('2022-06-08');
    expect(findDatelineDate('Published 2021-12-27 09:00')).toBe('2021-12-27');
  });

  it('returns null when the opening has no date with a year', () => {
    expect(findDatelineDate('SEOUL, June 8 (Reuters) - Officials met on Friday.')).toBeNull();
    expect(findDatelineDate('x'.repeat(3000) + ' 21 May 2022')).toBeNull();
  });
});
