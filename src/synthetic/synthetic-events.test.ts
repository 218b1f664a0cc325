import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, FACTUALITIES, PRECISIONS, type EventRecord } from '../model/event-record';
import { generateSyntheticEvents, syntheticActorsFor, type SyntheticEventOptions } from './synthetic-events';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
const VALUE_PATTERN: Record<string, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-W\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  half: /^\d{4}-H[12]$/,
  season: /^\d{4}-(SP|SU|FA|WI)$/,
  year: /^\d{4}$/,
  decade: /^\d{3}X$/,
};

const take = (options: SyntheticEventOptions): EventRecord[] => [...generateSyntheticEvents(options)];
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/** Every way a generated row could break the events.csv contract, as readable strings. */
function problemsOf(rows: EventRecord[], options: SyntheticEventOptions): string[] {
  const actorIds = new Set(['', ...syntheticActorsFor(options).map((a) => a.id)]);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of rows) {
    const at = `${r.id}:`;
    if (ids.has(r.id)) problems.push(`${at} duplicate id`);
    ids.add(r.id);
    if (!ISO_DAY.test(r.start) || !ISO_DAY.test(r.end) || !ISO_DAY.test(r.ref_date))
      problems.push(`${at} date format`);
    if (Number.isNaN(dayOf(r.start)) || Number.isNaN(dayOf(r.end))) problems.push(`${at} impossible date`);
    if (r.start > r.end) problems.push(`${at} start after end`);
    if (!PRECISIONS.includes(r.precision)) problems.push(`${at} precision ${r.precision}`);
    if (!EVENT_TYPES.includes(r.type)) problems.push(`${at} type ${r.type}`);
    if (!FACTUALITIES.includes(r.factuality)) problems.push(`${at} factuality ${r.factuality}`);
    if (!VALUE_PATTERN[r.precision]?.test(r.date_value))
      problems.push(`${at} ${r.precision} value ${r.date_value}`);
    if (!actorIds.has(r.actor)) problems.push(`${at} unknown actor ${r.actor}`);
    if (r.other_actors.some((o) => !actorIds.has(o) || o === r.actor)) problems.push(`${at} other actors`);
    if (!(r.confidence > 0 && r.confidence <= 1)) problems.push(`${at} confidence ${r.confidence}`);
    if (r.title === '' || r.sentence === '') problems.push(`${at} empty text`);
    if ((r.char_end ?? 0) - (r.char_start ?? 0) !== r.sentence.length) problems.push(`${at} offsets`);
    if ((r.quantity === null) !== (r.quantity_unit === '')) problems.push(`${at} quantity without unit`);
    if (r.quantity !== null && !(r.quantity > 0)) problems.push(`${at} quantity ${r.quantity}`);
    if (r.date_text !== '' && !r.sentence.toLowerCase().includes(r.date_text.toLowerCase())) {
      problems.push(`${at} date text not in sentence`);
    }
    if (!r.article_url.startsWith('https://')) problems.push(`${at} url`);
  }
  return problems;
}

describe('generateSyntheticEvents', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    const a = take({ n: 500, seed: 7 });
    const b = take({ n: 500, seed: 7 });
    const c = take({ n: 500, seed: 8 });
    expect(b).toEqual(a);
    expect(c.map((r) => r.start)).not.toEqual(a.map((r) => r.start));
  });

  it('writes rows that honour the events.csv contract', () => {
    const options = { n: 20_000, seed: 3 };
    const rows = take(options);
    expect(rows).toHaveLength(20_000);
    expect(problemsOf(rows, options)).toEqual([]);
  });

  it('keeps its contract for any seed, size, lane count and period', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 0, max: 300 }),
          seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          actors: fc.integer({ min: 1, max: 60 }),
          years: fc.integer({ min: 1, max: 15 }),
          startYear: fc.integer({ min: 1990, max: 2030 }),
        }),
        (options) => {
          const rows = take(options);
          expect(rows).toHaveLength(options.n);
          expect(problemsOf(rows, options)).toEqual([]);
          const first = `${options.startYear}-01-01`;
          const last = `${options.startYear + options.years - 1}-12-31`;
          for (const r of rows) {
            expect(r.ref_date >= first && r.ref_date <= last).toBe(true);
            expect(r.start >= first && r.end <= last, `${r.id} ${r.start}..${r.end}`).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('spans whole calendar periods in UTC whatever the local time zone', () => {
    for (const r of take({ n: 5000, seed: 11 })) {
      const length = dayOf(r.end) - dayOf(r.start) + 1;
      if (r.precision === 'day') {
        expect(r.start).toBe(r.date_value);
        expect(length).toBe(1);
      } else if (r.precision === 'week') {
        expect(new Date(`${r.start}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(length).toBe(7);
      } else if (r.precision === 'month' && r.date_qualifier === '') {
        expect(r.start.slice(0, 7)).toBe(r.date_value);
        expect(r.start.endsWith('-01')).toBe(true);
        expect(length).toBeGreaterThanOrEqual(28);
      } else if (r.precision === 'year') {
        expect(r.start).toBe(`${r.date_value}-01-01`);
        expect(r.end).toBe(`${r.date_value}-12-31`);
      }
    }
  });

  it('clusters coverage in bursts around crises rather than spreading it evenly', () => {
    const weekly = new Map<number, number>();
    for (const r of take({ n: 30_000, seed: 5 })) {
      const week = Math.floor(dayOf(r.ref_date) / 7);
      weekly.set(week, (weekly.get(week) ?? 0) + 1);
    }
    const counts = [...weekly.values()].sort((x, y) => x - y);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    // An even spread of 30,000 rows over ten years puts about 58 in every week.
    expect(counts.at(-1)).toBeGreaterThan(5 * median);
  });

  it('gives the first lanes many more events than the last ones, and keeps a few actors unknown', () => {
    const perActor = new Map<string, number>();
    for (const r of take({ n: 30_000, seed: 2, actors: 20 }))
      perActor.set(r.actor, (perActor.get(r.actor) ?? 0) + 1);
    const actors = syntheticActorsFor({ n: 0, actors: 20 });
    expect(perActor.get(actors[0]?.id ?? '')).toBeGreaterThan(3 * (perActor.get(actors[19]?.id ?? '') ?? 0));
    expect(perActor.get('')).toBeGreaterThan(0);
    expect(perActor.get('')).toBeLessThan(30_000 * 0.05);
  });

  it('mixes precisions and factualities the way extracted news does', () => {
    const rows = take({ n: 10_000, seed: 9 });
    const share = (pred: (r: EventRecord) => boolean): number => rows.filter(pred).length / rows.length;
    expect(share((r) => r.precision === 'day')).toBeGreaterThan(0.6);
    expect(share((r) => r.precision === 'month')).toBeGreaterThan(0.05);
    expect(share((r) => r.precision === 'year')).toBeGreaterThan(0.03);
    expect(share((r) => r.factuality === 'planned')).toBeGreaterThan(0.05);
    for (const r of rows.filter((x) => x.factuality === 'planned')) expect(r.end > r.ref_date).toBe(true);
  });

  it('is lazy, so asking for a billion rows and reading ten costs nothing', () => {
    const first: EventRecord[] = [];
    for (const r of generateSyntheticEvents({ n: 1e9 })) {
      first.push(r);
      if (first.length === 10) break;
    }
    expect(first.map((r) => r.id)).toEqual(take({ n: 10 }).map((r) => r.id));
  });
});
