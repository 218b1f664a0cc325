import { describe, expect, it } from 'vitest';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { keyDayRowOf, rankDaysOfRows, rankDaysOfRowsOnDemand } from './key-day-ranking';
import { chooseKeyDays } from './key-events';
import { runSteps } from './steps';

const records = [...generateSyntheticEvents({ n: 20_000, seed: 5, years: 3 })];
const index = Uint32Array.from(records, (_, i) => i);

describe('rankDaysOfRows', () => {
  it('pauses while it ranks, not only while it reads rows, so a table held on the page is ranked in slices', () => {
    let read = 0;
    const steps = rankDaysOfRows(
      index,
      (row, id) => {
        read++;
        const rec = records[row];
        return rec ? keyDayRowOf(rec, id) : undefined;
      },
      'all',
    );
    let pausesAfterReading = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) if (read === records.length) pausesAfterReading++;
    // Rows fold in batches of 4096, days are scored in batches of 256: several pauses for 20,000 rows.
    expect(pausesAfterReading).toBeGreaterThan(4);
    expect(next.value.reduce((n, d) => n + d.rows.length, 0)).toBe(
      records.filter((r) => r.precision === 'day').length,
    );
  });

  it('ranks rows made on demand as it ranks rows read first', () => {
    const rowAt = (row: number, id: string) => {
      const rec = records[row];
      return rec ? keyDayRowOf(rec, id) : undefined;
    };
    const odd = index.filter((row) => row % 2 === 1);
    expect(runSteps(rankDaysOfRowsOnDemand(odd, rowAt, 40))).toEqual(
      runSteps(rankDaysOfRows(odd, rowAt, 40)),
    );
  });

  it('names the rows of the days chooseKeyDays picks, by row number', () => {
    const days = runSteps(
      rankDaysOfRows(index, (row, id) => keyDayRowOf(records[row] ?? records[0]!, id), 20),
    );
    const chosen = chooseKeyDays(records, { count: 20 });
    expect(days.map((d) => d.day)).toEqual(chosen.map((d) => d.day));
    expect(days.map((d) => d.rows.map((row) => records[row]?.id))).toEqual(chosen.map((d) => d.ids));
  });
});
