import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from './day';
import {
  domainSegments,
  findGaps,
  fitWarped,
  IDENTITY_WARP,
  inDisplayTime,
  timeScale,
  unwarpTime,
  warpTime,
  type TimeWarp,
} from './time-warp';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Rows as [start day, last day] pairs, the way the table holds them (end exclusive). */
function columns(rows: [string, string][]) {
  const startMs = new Float64Array(rows.map(([s]) => day(s)));
  const endMs = new Float64Array(rows.map(([, e]) => day(e) + MS_PER_DAY));
  return { startMs, endMs, min: Math.min(...startMs), max: Math.max(...endMs) };
}

/** A story told in two bursts years apart, like a conflict that flares up again. */
const twoBursts = columns([
  ['2017-09-03', '2017-09-03'],
  ['2017-09-15', '2017-09-15'],
  ['2017-11-01', '2017-11-30'],
  ['2022-01-01', '2022-06-30'],
  ['2022-03-05', '2022-03-05'],
  ['2022-06-05', '2022-06-05'],
  ['2022-06-08', '2022-06-08'],
]);

describe('findGaps', () => {
  it('compresses the empty years between two bursts, keeping a margin by each burst', () => {
    const warp = findGaps(twoBursts.startMs, twoBursts.endMs, 7, twoBursts.min, twoBursts.max);
    expect(warp.gaps).toHaveLength(1);
    const [gap] = warp.gaps;
    if (!gap) throw new Error('no gap');
    expect(gap.t0).toBeGreaterThanOrEqual(day('2017-12-01'));
    expect(gap.t0).toBeLessThan(day('2018-02-01'));
    expect(gap.t1).toBeLessThanOrEqual(day('2022-01-01'));
    expect(gap.t1).toBeGreaterThan(day('2021-11-01'));
    expect(gap.displayMs).toBeLessThan((gap.t1 - gap.t0) / 10);
  });

  it('leaves a quiet month in a year of news alone', () => {
    const rows: [string, string][] = [];
    for (let m = 1; m <= 12; m++) {
      if (m === 8) continue;
      for (const d of ['03', '17', '28'])
        rows.push([`2023-${String(m).padStart(2, '0')}-${d}`, `2023-${String(m).padStart(2, '0')}-${d}`]);
    }
    const c = columns(rows);
    expect(findGaps(c.startMs, c.endMs, rows.length, c.min, c.max)).toBe(IDENTITY_WARP);
  });

  it('sees a long span as covering its whole stretch', () => {
    const c = columns([
      ['2015-01-01', '2015-01-01'],
      ['2015-02-01', '2021-12-31'],
      ['2022-01-05', '2022-01-05'],
    ]);
    expect(findGaps(c.startMs, c.endMs, 3, c.min, c.max)).toBe(IDENTITY_WARP);
  });

  it('has nothing to compress in one row or an empty table', () => {
    const c = columns([['2020-01-01', '2020-01-01']]);
    expect(findGaps(c.startMs, c.endMs, 1, c.min, c.max)).toBe(IDENTITY_WARP);
    expect(findGaps(new Float64Array(0), new Float64Array(0), 0, NaN, NaN)).toBe(IDENTITY_WARP);
  });
});

describe('warp', () => {
  const warp = findGaps(twoBursts.startMs, twoBursts.endMs, 7, twoBursts.min, twoBursts.max);

  it('is increasing and unwarpTime undoes it, inside gaps and out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2010-01-01'), max: day('2030-01-01') }),
        fc.integer({ min: 1, max: 400 * MS_PER_DAY }),
        (t, dt) => {
          expect(warpTime(warp, t + dt)).toBeGreaterThan(warpTime(warp, t));
          expect(unwarpTime(warp, warpTime(warp, t))).toBeCloseTo(t, -1);
        },
      ),
    );
  });

  it('keeps one scale wherever rows are: a day is as wide in 2017 as in 2022', () => {
    const scale = timeScale(warp, [day('2017-08-01'), day('2022-08-01')], 1000);
    const w2017 = scale.x(day('2017-09-04')) - scale.x(day('2017-09-03'));
    const w2022 = scale.x(day('2022-06-06')) - scale.x(day('2022-06-05'));
    expect(w2017).toBeCloseTo(w2022, 6);
    expect(scale.time(scale.x(day('2022-03-05')))).toBeCloseTo(day('2022-03-05'), -1);
    // Four empty years take a few per cent of the width, not four fifths of it.
    const gap = warp.gaps[0];
    if (!gap) throw new Error('no gap');
    expect(scale.x(gap.t1) - scale.x(gap.t0)).toBeLessThan(100);
  });

  it('splits a view into the stretches outside gaps', () => {
    const gap = warp.gaps[0];
    if (!gap) throw new Error('no gap');
    expect(domainSegments(warp, [day('2017-08-01'), day('2022-08-01')])).toEqual([
      [day('2017-08-01'), gap.t0],
      [gap.t1, day('2022-08-01')],
    ]);
    expect(domainSegments(warp, [day('2022-01-01'), day('2022-02-01')])).toEqual([
      [day('2022-01-01'), day('2022-02-01')],
    ]);
    expect(domainSegments(IDENTITY_WARP, [1, 2])).toEqual([[1, 2]]);
  });

  it('zooms and fits in display time, so margins and steps are what the screen shows', () => {
    const fit = fitWarped(warp, twoBursts.min, twoBursts.max);
    const shown = timeScale(warp, fit, 1000);
    // The fit's margins are a few per cent of the drawn width on each side.
    expect(shown.x(twoBursts.min)).toBeGreaterThan(10);
    expect(shown.x(twoBursts.min)).toBeLessThan(80);
    expect(1000 - shown.x(twoBursts.max)).toBeLessThan(80);
    const none: TimeWarp = IDENTITY_WARP;
    expect(inDisplayTime(none, [0, 10], (d) => [d[0] + 1, d[1] + 1])).toEqual([1, 11]);
  });
});
