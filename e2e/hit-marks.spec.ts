import { expect, test } from '@playwright/test';
import type { EventRecord } from '../src/model/event-record';
import { TimelineApp, fixtureEvents, toCsv } from './app';

/**
 * A click opens exactly the mark under it. The fixture gets the seed articles' trap: one-day launches
 * sitting on a half-year and a quarter span of the same lane ("fires 31 missiles (H1 2022)"), which used to
 * win the hit 3 px off a mark's centre.
 */
const base = fixtureEvents();
const actor = base.find((e) => e.actor)?.actor ?? '';
const template = base.find((e) => e.actor === actor && e.precision === 'day') as EventRecord;
const trap: EventRecord[] = [
  {
    ...template,
    id: 'ev-h1-span',
    start: '2022-01-01',
    end: '2022-06-30',
    precision: 'half',
    date_value: '2022-H1',
    title: 'Fires 31 missiles in the first half',
    quantity: 31,
    factuality: 'asserted',
  },
  {
    ...template,
    id: 'ev-q1-span',
    start: '2022-01-01',
    end: '2022-03-31',
    precision: 'quarter',
    date_value: '2022-Q1',
    title: 'Tests rockets in the first quarter',
    factuality: 'asserted',
  },
  ...['2022-01-14', '2022-02-03', '2022-03-05', '2022-03-18', '2022-05-25', '2022-06-05'].map((day, i) => ({
    ...template,
    id: `ev-day-${i}`,
    start: day,
    end: day,
    precision: 'day' as const,
    date_value: day,
    title: `Fires 8 ballistic missiles, launch ${i}`,
    quantity: 8,
    factuality: 'asserted' as const,
  })),
];
const events = [...base, ...trap];
const titleOf = new Map(events.map((e) => [e.id, e.title]));

const VIEWS = [
  'from=2021-12-01&to=2022-07-31',
  'from=2022-02-25&to=2022-03-25',
  'from=2022-05-20&to=2022-06-10',
];
const OFFSETS = [
  [0, 0],
  [3, 0],
  [-3, 0],
  [0, 3],
  [0, -3],
] as const;
/** Marks clicked per view: those on a span first, then the rest; enough to cover the crowded cases. */
const MAX_POINTS_PER_VIEW = 12;

test.describe('hit testing', () => {
  for (const hash of VIEWS) {
    test(`every drawn mark opens itself at its centre and 3 px around it (${hash})`, async ({ page }) => {
      test.setTimeout(180_000);
      const app = await TimelineApp.open(page, { csv: toCsv(events), hash });
      const panelTitle = page.locator('#detail-panel .detail-title');
      const drawn = await app.drawn();
      const spans = drawn.marks.filter((m) => m.span);
      const onSpan = (m: { x: number; y: number }) =>
        spans.some((s) => m.x >= s.x0 - 4 && m.x <= s.x1 + 4 && Math.abs(m.y - s.y) < 20);
      const points = drawn.marks
        .filter((m) => !m.span)
        .sort((a, b) => Number(onSpan(b)) - Number(onSpan(a)))
        .slice(0, MAX_POINTS_PER_VIEW);
      expect(points.length).toBeGreaterThan(2);
      expect(points.some(onSpan), 'the view has a point on a span').toBe(true);

      const clickOpens = async (id: string, at: { x: number; y: number }, what: string) => {
        const s = await app.act(() => page.mouse.click(at.x, at.y));
        expect(s.selectedId, what).toBe(id);
        await expect(panelTitle).toContainText(titleOf.get(id) ?? '');
        await app.act(() => page.keyboard.press('Escape'));
      };
      for (const m of points) {
        for (const [dx, dy] of OFFSETS) {
          const at = await app.requireMark(m.id);
          await clickOpens(m.id, { x: at.x + dx, y: at.y + dy }, `${m.id} at ${dx},${dy}`);
        }
      }

      // A span opens where its bar runs clear of every point, badge and title drawn over it.
      const now = await app.drawn();
      const clear = (x: number, y: number) =>
        now.marks.every((o) => o.span || Math.hypot(o.x - x, o.y - y) > o.r + 8) &&
        now.badges.every((b) => x < b.x0 - 8 || x > b.x1 + 8 || y < b.y0 - 8 || y > b.y1 + 8) &&
        now.titles.every((t) => x < t.x0 - 2 || x > t.x1 + 2 || y < t.y0 - 2 || y > t.y1 + 2);
      let spansClicked = 0;
      for (const s of now.marks.filter((m) => m.span).slice(0, 6)) {
        let x = s.x0 + 3;
        while (x < s.x1 - 3 && !clear(x, s.y)) x += 2;
        if (x >= s.x1 - 3) continue;
        await clickOpens(s.id, { x, y: s.y }, `span ${s.id} at x ${x}`);
        spansClicked++;
      }
      expect(spansClicked).toBeGreaterThan(0);
    });
  }
});
