/**
 * Exports that stand on their own (issue 10): pictures name their sources, the header counts what is in
 * view, and the CSV can hold the filtered set or only what is in view, with names that say which.
 */
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  MS_PER_DAY,
  TimelineApp,
  fixtureActors,
  fixtureEvents,
  utcDay,
  windowHash,
  type TimelineState,
} from './app';

const events = fixtureEvents();
const actors = fixtureActors().actors;
const HASH = windowHash('2021-09-15', 10);

/** Fixture events overlapping the state's range (end day inclusive in the CSV, exclusive on the chart). */
const inView = (s: TimelineState, hiddenActors: readonly string[] = []) =>
  events.filter(
    (e) =>
      !hiddenActors.includes(e.actor) &&
      utcDay(e.start) < s.domain[1] &&
      utcDay(e.end) + MS_PER_DAY > s.domain[0],
  );
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const parseCsv = (bytes: Buffer) =>
  Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

test.describe('exports stand on their own', () => {
  test('the header counts the events in view and follows zoom and filters', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: HASH });
    const s = await app.state();
    const n = inView(s).length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(events.length);
    await expect(page.locator('#event-count')).toHaveText(`${n} events in view of ${events.length}`);

    const wider = await app.click('#zoom-out');
    const m = inView(wider).length;
    expect(m).toBeGreaterThan(n);
    await expect(page.locator('#event-count')).toHaveText(`${m} events in view of ${events.length}`);

    const hidden = actors[0]?.id ?? '';
    const filtered = await app.act(() =>
      page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck(),
    );
    const k = inView(filtered, [hidden]).length;
    await expect(page.locator('#event-count')).toHaveText(
      `${k} events in view of ${filtered.filteredCount} filtered, ${events.length} total`,
    );

    const fit = await app.click('#zoom-fit');
    expect(await app.shownEventCount()).toBe(fit.filteredCount);
  });

  test('the SVG names the articles of the events in view', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: HASH });
    const shown = inView(await app.state());
    const articles = new Map(shown.map((e) => [e.article_id, e.article_title]));
    const svg = (await app.download('#export-svg')).bytes.toString('utf8');
    const line = /<text[^>]*class="export-sources"[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
    expect(line).toMatch(new RegExp(`^Sources: ${articles.size} articles? — `));
    const named = [...articles.values()].filter((t) => t && line.includes(t.replace(/&/g, '&amp;')));
    expect(named.length, line).toBeGreaterThan(0);
  });

  test('the PNG draws the sources line under the caption', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: HASH });
    const { bytes } = await app.download('#export-png');
    const inked = await inkedPixels(page, bytes, { x0: 16, x1: 90, y0: 63, y1: 78 });
    expect(inked).toBeGreaterThan(30);
  });

  test('CSV exports hold the filtered set or only what is in view, and say which in the name', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: HASH });
    const hidden = actors[0]?.id ?? '';
    const s = await app.act(() => page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck());

    const all = await app.download('#export-csv');
    expect(all.name).toMatch(/^events-filtered-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.csv$/);
    expect(parseCsv(all.bytes)).toHaveLength(s.filteredCount);

    const view = await app.download('#export-csv-view');
    expect(view.name).toBe(`events-in-view-${isoDay(s.domain[0])}_${isoDay(s.domain[1] - 1)}.csv`);
    const expected = inView(s, [hidden]).map((e) => e.id);
    expect(expected.length).toBeLessThan(s.filteredCount);
    expect(
      parseCsv(view.bytes)
        .map((r) => r.id)
        .sort(),
    ).toEqual(expected.sort());
    await expect(page.locator('#export-csv')).toHaveText('CSV (filtered)');
    await expect(page.locator('#export-csv-view')).toHaveText('CSV (in view)');
  });
});

/** Pixels in a box of a PNG that differ clearly from the picture's background (its top-left pixel). */
async function inkedPixels(
  page: Page,
  png: Buffer,
  box: { x0: number; x1: number; y0: number; y1: number },
): Promise<number> {
  return page.evaluate(
    async ([data, b]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return -1;
      ctx.drawImage(img, 0, 0);
      const bg = ctx.getImageData(2, 2, 1, 1).data;
      const px = ctx.getImageData(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        const d = Math.abs(px[i]! - bg[0]!) + Math.abs(px[i + 1]! - bg[1]!) + Math.abs(px[i + 2]! - bg[2]!);
        if (d > 60) n++;
      }
      return n;
    },
    [png.toString('base64'), box] as const,
  );
}
