import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { dailyRecords, testRecord } from '../model/test-records';
import { keyEventRows } from '../model/key-event-rows';
import type { Box } from './label-placement';
import { buildScene, MAX_STACK } from './scene';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function sceneFor(records: Parameters<typeof buildEventTable>[0], domain: [number, number], width = 1000) {
  const table = buildEventTable(records, []);
  const filter = applyFilters(table, NO_FILTERS);
  const scene = buildScene({
    table,
    filter,
    laneOrder: table.lanes.map((_, i) => i),
    domain,
    width,
    height: 400,
    scrollY: 0,
  });
  return { table, scene };
}

describe('scene', () => {
  it('draws a year of daily events as truthful cluster badges when zoomed out', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 365);
    const { scene } = sceneFor(records, [at('2022-01-01'), at('2023-01-01')], 600);
    expect(scene.clusters.length).toBeGreaterThan(0);
    const drawn = scene.marks.length + scene.clusters.reduce((n, c) => n + c.count, 0);
    expect(drawn).toBe(365);
    // Far fewer primitives than events: the work per frame follows pixels, not rows.
    expect(scene.marks.length + scene.clusters.length).toBeLessThan(100);
  });

  it('separates the same events into individual marks when zoomed in to a week', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 365);
    const { scene } = sceneFor(records, [at('2022-03-01'), at('2022-03-08')]);
    expect(scene.clusters).toHaveLength(0);
    expect(scene.marks).toHaveLength(7);
    const xs = scene.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('stacks up to MAX_STACK events of the same day in sub-rows instead of hiding them', () => {
    const records = Array.from({ length: MAX_STACK }, (_, i) =>
      testRecord({ id: `s${i}`, start: '2022-06-05' }),
    );
    // Four months on 1000 px: a day is 8 px, too narrow to spread the events across it.
    const { scene } = sceneFor(records, [at('2022-04-01'), at('2022-08-01')]);
    expect(scene.marks).toHaveLength(MAX_STACK);
    expect(new Set(scene.marks.map((m) => m.y)).size).toBe(MAX_STACK);
  });

  it('draws a month-precision event as a span over the month, hollow when only possible', () => {
    const records = [
      testRecord({
        id: 'm',
        start: '2022-06-01',
        end: '2022-06-30',
        precision: 'month',
        factuality: 'possible',
      }),
    ];
    const { scene } = sceneFor(records, [at('2022-05-01'), at('2022-08-01')], 920);
    const m = scene.marks[0];
    expect(m?.span).toBe(true);
    expect(m?.hollow).toBe(true);
    expect(((m?.x1 ?? 0) - (m?.x0 ?? 0)) / 920).toBeCloseTo(
      (30 * DAY) / (at('2022-08-01') - at('2022-05-01')),
      3,
    );
  });

  it('shows a quantity as a label and a larger mark', () => {
    const records = [
      testRecord({ id: 'q', start: '2022-06-05', quantity: 8 }),
      testRecord({ id: 'p', start: '2022-06-20' }),
    ];
    const { scene } = sceneFor(records, [at('2022-06-01'), at('2022-07-01')]);
    const [q, p] = scene.marks;
    expect(q?.label).toBe('8');
    expect(q?.r).toBeGreaterThan(p?.r ?? 0);
    expect(p?.label).toBe('');
  });

  it('draws a bucket holding one event as that event, and never a badge standing for fewer than two', () => {
    const records = [
      testRecord({ id: 'alone', start: '2019-03-01' }),
      ...dailyRecords('north-korea', '2022-01-01', 365, 'busy'),
    ];
    const { scene } = sceneFor(records, [at('2018-01-01'), at('2023-06-01')], 600);
    expect(scene.marks.map((m) => m.row)).toContain(0);
    for (const c of scene.clusters) expect(c.count).toBeGreaterThanOrEqual(2);
  });

  it('keeps badges apart from each other and from the marks of their lane, with truthful counts', () => {
    // Bursts of 1 to 40 events every few days over two years: crowded buckets next to sparse ones.
    const records = Array.from({ length: 120 }, (_, k) =>
      Array.from({ length: (k * 7) % 41 || 1 }, (_, i) =>
        testRecord({
          id: `b${k}-${i}`,
          start: new Date(at('2021-01-01') + k * 6 * DAY).toISOString().slice(0, 10),
          quantity: i === 0 ? 10 ** (k % 5) : null,
        }),
      ),
    ).flat();
    for (const width of [300, 700, 1400]) {
      const { scene } = sceneFor(records, [at('2021-01-01'), at('2023-01-01')], width);
      const shown = scene.marks.length + scene.clusters.reduce((n, c) => n + c.count, 0);
      expect(shown).toBe(records.length);
      const badges = [...scene.clusters].sort((a, b) => a.x - b.x);
      badges.slice(1).forEach((b, i) => {
        const a = badges[i];
        if (a) expect(b.x - b.halfWidth).toBeGreaterThan(a.x + a.halfWidth);
      });
      for (const m of scene.marks) {
        for (const c of badges) {
          expect(m.x + m.r <= c.x - c.halfWidth || m.x - m.r >= c.x + c.halfWidth).toBe(true);
        }
      }
    }
  });

  it('prints a quantity label only where it touches no other label', () => {
    // Pairs of days five days apart: the first label of a pair would run into the second mark.
    const records = Array.from({ length: 12 }, (_, i) =>
      testRecord({
        id: `q${i}`,
        start: new Date(at('2022-06-01') + (Math.floor(i / 2) * 5 + (i % 2)) * DAY)
          .toISOString()
          .slice(0, 10),
        quantity: 9300 + i,
      }),
    );
    const { scene } = sceneFor(records, [at('2022-05-31'), at('2022-07-01')], 800);
    const labels = scene.marks
      .filter((m) => m.label)
      .map((m) => ({ x0: m.x + m.r + 3, x1: m.x + m.r + 3 + 26, y: m.y }))
      .sort((a, b) => a.x0 - b.x0);
    expect(labels.length).toBe(records.length / 2);
    labels.slice(1).forEach((b, i) => {
      const a = labels[i];
      if (a && a.y === b.y) expect(b.x0).toBeGreaterThanOrEqual(a.x1);
    });
  });

  it('stacks span bars in sub-rows only where they overlap', () => {
    const month = (id: string, start: string, end: string) =>
      testRecord({ id, start, end, precision: 'month' });
    const records = [
      month('jan', '2022-01-01', '2022-01-31'),
      month('mar', '2022-03-01', '2022-03-31'),
      month('q1', '2022-01-01', '2022-03-31'),
    ];
    const { table, scene } = sceneFor(records, [at('2021-12-01'), at('2022-05-01')], 900);
    const y = new Map(scene.marks.map((m) => [table.record(m.row)?.id, m.y]));
    expect(scene.marks.every((m) => m.span)).toBe(true);
    expect(y.get('jan')).toBe(y.get('mar'));
    expect(y.get('q1')).not.toBe(y.get('jan'));
  });

  it('shows a one-day data set zoomed far out, and pulls its events apart across the day when zoomed in', () => {
    const records = Array.from({ length: 9 }, (_, i) => testRecord({ id: `d${i}`, start: '2022-06-05' }));
    const out = sceneFor(records, [at('2022-01-01'), at('2023-01-01')], 800).scene;
    expect(out.clusters.map((c) => c.count)).toEqual([9]);
    const { scene } = sceneFor(records, [at('2022-06-04'), at('2022-06-07')], 900);
    expect(scene.clusters).toHaveLength(0);
    expect(scene.marks).toHaveLength(9);
    const dayX0 = 300;
    for (const m of scene.marks) {
      expect(m.x).toBeGreaterThan(dayX0);
      expect(m.x).toBeLessThan(dayX0 + 300);
    }
    expect(new Set(scene.marks.map((m) => Math.round(m.x))).size).toBe(9);
  });
});

describe('scene titles and key events', () => {
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it('titles marks where there is room, clear of every mark, badge and other title', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 365).map((r, i) => ({
      ...r,
      title: i % 3 ? `North Korea statement ${i}` : 'Talks',
    }));
    for (const days of [365, 60, 10]) {
      const { scene } = sceneFor(records, [at('2022-01-01'), at('2022-01-01') + days * DAY]);
      const boxes = scene.titles.map((t) => ({ x0: t.x0, x1: t.x1, y0: t.y - 6, y1: t.y + 6 }));
      const things = [
        ...scene.marks.map((m) => ({ x0: m.x - m.r, x1: m.x + m.r, y0: m.y - m.r, y1: m.y + m.r })),
        ...scene.clusters.map((c) => ({
          x0: c.x - c.halfWidth,
          x1: c.x + c.halfWidth,
          y0: c.y - c.r,
          y1: c.y + c.r,
        })),
      ];
      boxes.forEach((a, i) => {
        for (const b of things) expect(overlaps(a, b)).toBe(false);
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      });
    }
    // Zooming in on a week of events reveals more titles.
    const week = records.slice(59, 67);
    const count = (days: number) =>
      sceneFor(week, [at('2022-02-27'), at('2022-02-27') + days * DAY]).scene.titles.length;
    expect(count(10)).toBeGreaterThan(count(60));
    expect(count(10)).toBeGreaterThanOrEqual(6);
  });

  it('titles a crowded view the same when it is drawn again, plain titles or not', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 120).flatMap((r, i) =>
      [0, 1, 2, 3].map((k) => ({
        ...r,
        id: `${r.id}-${k}`,
        title:
          k === 0
            ? 'Talks'
            : k === 1
              ? `Séoul répond ${i}`
              : `North Korea statement number ${i} on the drills`,
      })),
    );
    const table = buildEventTable(records, []);
    const filter = applyFilters(table, NO_FILTERS);
    const draw = (days: number) =>
      buildScene({
        table,
        filter,
        laneOrder: table.lanes.map((_, i) => i),
        domain: [at('2022-01-01'), at('2022-01-01') + days * DAY],
        width: 1000,
        height: 400,
        scrollY: 0,
      }).titles.map((t) => `${t.row} ${t.text} ${t.x0.toFixed(2)}`);
    let shown = 0;
    for (const days of [120, 30, 7, 2]) {
      const first = draw(days);
      shown += first.length;
      expect(draw(days)).toEqual(first);
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('in Key events mode fades rows off key days, pins lead rows out of badges and titles them first', () => {
    // A year of daily statements, and one day that three articles point back at.
    const records = [
      ...dailyRecords('north-korea', '2022-01-01', 365).map((r) => ({ ...r, title: 'Routine statement' })),
      ...['b', 'c', 'd'].map((a, i) =>
        testRecord({
          id: `test-${a}`,
          start: '2022-06-05',
          article_id: a,
          ref_date: `2022-06-0${6 + i}`,
          date_basis: 'relative',
          sentence_index: 0,
          title: 'North Korea fires eight ballistic missiles',
        }),
      ),
    ];
    const table = buildEventTable(records, []);
    const filter = applyFilters(table, NO_FILTERS);
    const key = keyEventRows(table, filter.index, 10);
    expect(key.days.map((d) => d.date)).toContain('2022-06-05');
    const lead = key.leadOf.get('2022-06-05') ?? -1;
    const scene = buildScene({
      table,
      filter,
      laneOrder: [0],
      domain: [at('2022-01-01'), at('2023-01-01')],
      width: 600,
      height: 200,
      scrollY: 0,
      keyEvents: key,
    });
    expect(scene.keyMode).toBe(true);
    // Zoomed out, the day sits in a badge: its lead row is pinned over it, drawn in full, and titled.
    const pinned = scene.marks.find((m) => m.row === lead);
    expect(pinned?.pinned).toBe(true);
    expect(pinned?.faded).toBe(false);
    expect(scene.clusters.every((c) => c.faded)).toBe(true);
    expect(scene.marks.filter((m) => !key.rankOf.has(m.row)).every((m) => m.faded)).toBe(true);
    const title = scene.titles.find((t) => t.row === lead);
    expect(title?.key).toBe(true);
    expect(title?.text).toBe(table.title(lead));
  });
});
