import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, toCsv } from './app';

// 60,000 rows (about 25 MB) stream through the table worker: a first picture after its first read, then
// pictures as the row count doubles, while the loading strip shows progress and offers Cancel.
const ROWS = 60_000;
const big = toCsv(fixtureEvents({ n: ROWS, seed: 11, actors: 8, years: 5, startYear: 2015 }));

interface ProbeWindow {
  __partial?: number[];
}

/** Records, once per frame, how many rows are shown while the loading strip is up. */
function watchPartialPictures(): void {
  const w = window as unknown as ProbeWindow & { __timeline?: { state(): { totalCount: number } } };
  w.__partial = [];
  const watch = () => {
    const loading = !(document.querySelector<HTMLElement>('#loading')?.hidden ?? true);
    const name = document.querySelector('#dataset-name')?.textContent ?? '';
    const shown = w.__timeline?.state().totalCount ?? 0;
    if (loading && name.includes('big') && shown > 0) w.__partial?.push(shown);
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

test.describe('a large file loads progressively', () => {
  test.setTimeout(120_000);

  test('shows a first picture of its first rows while the rest is read, then every row', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await page.evaluate(watchPartialPictures);
    await app.chooseCsv(big, 'big.csv');
    await expect(page.locator('#loading')).toBeVisible();
    // The whole file takes seconds on a slow machine: wait for the loading strip to go, then for idle.
    await expect(page.locator('#loading')).toBeHidden({ timeout: 90_000 });
    await app.idle();
    const s = await app.state();
    expect(s.totalCount).toBe(ROWS);
    const partial = await page.evaluate(() => (window as unknown as ProbeWindow).__partial ?? []);
    expect(partial.length).toBeGreaterThan(0);
    expect(Math.min(...partial)).toBeLessThan(ROWS / 10);
    expect(s.problems).toBe(0);
    await expect(page.locator('#dataset-name')).toHaveText('big.csv');
    expect(app.pageErrors).toEqual([]);
  });

  test('Cancel after the first picture keeps the rows shown and says the rest was not read', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(big, 'big.csv');
    await page.waitForFunction(
      () => {
        const hook = (window as unknown as { __timeline?: { state(): { totalCount: number } } }).__timeline;
        const name = document.querySelector('#dataset-name')?.textContent ?? '';
        return name.includes('big') && (hook?.state().totalCount ?? 0) > 0;
      },
      null,
      { polling: 'raf' },
    );
    await page.locator('#loading .loading-cancel').click();
    await expect(page.locator('#loading')).toBeHidden();
    await app.idle();
    const s = await app.state();
    expect(s.totalCount).toBeGreaterThan(0);
    expect(s.totalCount).toBeLessThan(ROWS);
    await expect(page.locator('#problems-panel')).toContainText(
      `loading cancelled: ${s.totalCount.toLocaleString('en')} rows shown`,
    );
    expect(app.pageErrors).toEqual([]);
  });
});
