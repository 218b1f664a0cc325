import { expect, test, type Page } from '@playwright/test';
import { MS_PER_DAY, TimelineApp, fixtureEvents, span, toCsv, utcDay, type TimelineState } from './app';

/** The fit view pads the data by 4% a side and the overview strip by 1%: the strip's time at a fraction. */
function stripTime(fit: TimelineState, fraction: number): number {
  const data = span(fit) / 1.08;
  const r0 = fit.domain[0] + 0.04 * data - 0.01 * data;
  return r0 + fraction * 1.02 * data;
}

async function strip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('#overview').boundingBox();
  if (!box) throw new Error('#overview has no box');
  return box;
}

const centre = (s: TimelineState): number => (s.domain[0] + s.domain[1]) / 2;

test.describe('overview strip', () => {
  test('a click in the fit view centres the view there at the same zoom, not a one-hour window', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const fit = await app.state();
    const box = await strip(page);
    const s = await app.act(() => page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2));
    const pxMs = (span(fit) / 1.08 / box.width) * 1.02;
    expect(span(s)).toBeCloseTo(span(fit), -3);
    expect(Math.abs(centre(s) - stripTime(fit, 0.25))).toBeLessThan(3 * pxMs);
  });

  test('a click outside the brush of a zoomed view pans there and keeps the zoom', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const fit = await app.state();
    await app.key('+');
    const zoomed = await app.key('+');
    const box = await strip(page);
    const s = await app.act(() => page.mouse.click(box.x + box.width * 0.85, box.y + box.height / 2));
    const pxMs = (span(fit) / 1.08 / box.width) * 1.02;
    expect(span(s)).toBeCloseTo(span(zoomed), -3);
    expect(Math.abs(centre(s) - stripTime(fit, 0.85))).toBeLessThan(3 * pxMs);
  });

  test('a drag in the fit view, where the brush fills the strip, draws a new selection', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const fit = await app.state();
    const box = await strip(page);
    const y = box.y + box.height / 2;
    const s = await app.act(async () => {
      await page.mouse.move(box.x + box.width * 0.3, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
      await page.mouse.up();
    });
    const pxMs = (span(fit) / 1.08 / box.width) * 1.02;
    expect(Math.abs(s.domain[0] - stripTime(fit, 0.3))).toBeLessThan(3 * pxMs);
    expect(Math.abs(s.domain[1] - stripTime(fit, 0.5))).toBeLessThan(3 * pxMs);
  });
});

test.describe('fit what the filters show', () => {
  const all = fixtureEvents();
  const lane = all[0]?.actor ?? '';
  const from = utcDay('2021-04-01');
  const to = utcDay('2021-06-01');
  // One lane keeps only two months of events, so "only" on it narrows the time the rows cover.
  const events = all.filter((e) => e.actor !== lane || (utcDay(e.start) >= from && utcDay(e.end) <= to));
  const laneEvents = events.filter((e) => e.actor === lane);
  const laneMin = Math.min(...laneEvents.map((e) => utcDay(e.start)));
  const laneMax = Math.max(...laneEvents.map((e) => utcDay(e.end) + MS_PER_DAY));

  test('after "only", Fit to these and Fit both fit that lane\'s events', async ({ page }) => {
    expect(laneEvents.length).toBeGreaterThan(3);
    const app = await TimelineApp.open(page, { csv: toCsv(events) });
    const offer = page.locator('#fit-shown');
    await expect(offer).toBeHidden();
    await app.clickOnly(lane);
    await expect(offer).toBeVisible();
    const fitted = await app.click('#fit-shown');
    await expect(offer).toBeHidden();
    expect(fitted.domain[0]).toBeLessThanOrEqual(laneMin);
    expect(fitted.domain[1]).toBeGreaterThanOrEqual(laneMax);
    expect(span(fitted)).toBeLessThan((laneMax - laneMin) * 1.2);

    await app.key('+');
    const fit = await app.click('#zoom-fit');
    expect(fit.domain[0]).toBeCloseTo(fitted.domain[0], -4);
    expect(fit.domain[1]).toBeCloseTo(fitted.domain[1], -4);
  });

  test('a search that narrows the rows offers a refit to them', async ({ page }) => {
    const base = all.slice(0, 200);
    const a = base[10];
    const b = base[20];
    if (!a || !b) throw new Error('fixture too small');
    const marked = base.map((e) =>
      e === a
        ? {
            ...e,
            start: '2021-09-01',
            end: '2021-09-01',
            precision: 'day' as const,
            title: 'Quuxolite found',
          }
        : e === b
          ? {
              ...e,
              start: '2021-09-21',
              end: '2021-09-21',
              precision: 'day' as const,
              title: 'Quuxolite sold',
            }
          : e,
    );
    const app = await TimelineApp.open(page, { csv: toCsv(marked) });
    await page.locator('#search').fill('quuxolite');
    await app.until((s) => s.filteredCount === 2, 'search applied');
    await expect(page.locator('#fit-shown')).toBeVisible();
    const s = await app.click('#fit-shown');
    expect(s.domain[0]).toBeLessThanOrEqual(utcDay('2021-09-01'));
    expect(s.domain[1]).toBeGreaterThanOrEqual(utcDay('2021-09-22'));
    expect(span(s)).toBeLessThan(30 * MS_PER_DAY);
  });
});

test.describe('use of the screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a few lanes share the plot height instead of leaving a blank band under them', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const chart = await app.chartBox();
    const labels = page.locator('#chart .lane-label');
    const n = await labels.count();
    expect(n).toBeGreaterThan(4);
    const last = await labels.last().boundingBox();
    if (!last) throw new Error('the last lane label has no box');
    // n lanes: the last one's middle sits (n - 0.5) / n of the way down the plot (under the axis), where
    // lanes capped at 96 px left it about two thirds down.
    expect(last.y + last.height / 2).toBeGreaterThan(chart.y + chart.height * 0.85);
  });
});
