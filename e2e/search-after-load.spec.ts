import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, toCsv } from './app';

// Over 1 MB of CSV, so the table worker streams it: it shows every row first and gives them their search
// text and key-day fields in a second read of the file, which a search or key days asked at once wait for.
const options = { n: 4_000, seed: 47, actors: 6, years: 2, startYear: 2021 };
const rows = fixtureEvents(options);
const last = rows[rows.length - 1];
if (!last) throw new Error('no rows');
rows[rows.length - 1] = { ...last, title: 'Lighthouse keepers of Zanzibar strike' };
const csv = toCsv(rows);

test.describe('searching a file just picked', () => {
  test('a search typed as soon as every row is drawn finds the last row of the file', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(csv, 'picked.csv');
    await page.waitForFunction(
      (n) => {
        const hook = (window as unknown as { __timeline?: { state(): { totalCount: number } } }).__timeline;
        const loading = !(document.querySelector<HTMLElement>('#loading')?.hidden ?? true);
        return !loading && hook?.state().totalCount === n;
      },
      rows.length,
      { polling: 'raf' },
    );
    await page.locator('#search').fill('zanzibar');
    const s = await app.until((st) => st.searchText === 'zanzibar' && st.filteredCount < rows.length);
    expect(s.filteredCount).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  test('key days asked as soon as every row is drawn are ranked', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(csv, 'picked.csv');
    await expect(page.locator('#dataset-name')).toContainText('picked');
    await expect(page.locator('#loading')).toBeHidden();
    await page.getByRole('combobox', { name: 'Key events' }).selectOption('20');
    const s = await app.until((st) => (st.keyEvents?.days?.length ?? 0) > 0, 'key days ranked');
    expect(s.totalCount).toBe(rows.length);
    expect(s.keyEvents?.days).toHaveLength(20);
    expect(app.pageErrors).toEqual([]);
  });
});
