import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, toCsv } from './app';

// 60,000 rows (about 25 MB) stream through the table worker for a second or more; 50 rows parse at once.
const big = toCsv(fixtureEvents({ n: 60_000, seed: 7, actors: 8, years: 5, startYear: 2015 }));
const small = toCsv(fixtureEvents({ n: 50, seed: 8, actors: 3, years: 1, startYear: 2022 }));

test.describe('the latest load wins', () => {
  test('a big file and then a small one 100 ms later: both loads end with the small file shown', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    // Through the loader as a dropped file goes, awaiting both loads, so what is shown after is final.
    await page.evaluate(
      async ([b, s]) => {
        const hook = window.__timeline;
        if (!hook) throw new Error('window.__timeline is missing');
        const first = hook.loadCsvText(b, 'big.csv', 'replace');
        await new Promise((resolve) => setTimeout(resolve, 100));
        await Promise.all([first, hook.loadCsvText(s, 'small.csv', 'replace')]);
      },
      [big, small] as const,
    );
    const s = await app.state();
    expect(s.totalCount).toBe(50);
    await expect(page.locator('#dataset-name')).toHaveText('small.csv');
    await expect(page.locator('#loading')).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });

  test('picking a big file and then a small one through the file input shows the small one', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(big, 'big-pick.csv');
    await expect(page.locator('#loading')).toBeVisible();
    await app.chooseCsv(small, 'small-pick.csv');
    // idle waits for every load the page has started, the overtaken one included.
    await app.idle();
    expect((await app.state()).totalCount).toBe(50);
    await expect(page.locator('#dataset-name')).toHaveText('small-pick.csv');
    await expect(page.locator('#problems-panel')).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });
});
