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

// About 25 MB: the first picture comes while most of the file is still to be read, so a search typed then
// is asked before any row has its search text.
const bigRows = fixtureEvents({ n: 60_000, seed: 48, actors: 8, years: 3, startYear: 2020 });
const bigLast = bigRows[bigRows.length - 1];
if (!bigLast) throw new Error('no rows');
bigRows[bigRows.length - 1] = { ...bigLast, title: 'Lighthouse keepers of Zanzibar strike' };
const bigCsv = toCsv(bigRows);

test.describe('searching a large file while it loads', () => {
  test('the search box says the rows are being indexed, and the search result follows', async ({ page }) => {
    // Whether the indexing note was ever shown, and its text: it may come and go between two polls.
    await page.addInitScript(() => {
      const w = window as unknown as { __indexingSeen?: string };
      new MutationObserver(() => {
        const note = document.querySelector<HTMLElement>('#search-indexing');
        const text = note?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        if (note && !note.hidden && /^Indexing for search… \d+%$/.test(text)) w.__indexingSeen = text;
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const app = await TimelineApp.open(page);
    await expect(page.locator('#search-indexing')).toHaveAttribute('role', 'status');
    await app.chooseCsv(bigCsv, 'big.csv');
    // The first picture of the file: its rows are still being read.
    await expect(page.locator('#dataset-name')).toContainText('big', { timeout: 20_000 });
    await page.locator('#search').fill('zanzibar');
    // The whole file is read twice before the search is answered: a slow machine may take a while.
    await expect
      .poll(
        async () => {
          const st = await app.state();
          return st.searchText === 'zanzibar' && st.totalCount === bigRows.length && st.filteredCount === 1;
        },
        { message: 'the search result', timeout: 50_000 },
      )
      .toBe(true);
    await app.idle();
    const s = await app.state();
    expect(s.filteredCount).toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { __indexingSeen?: string }).__indexingSeen);
    expect(seen).toMatch(/^Indexing for search… \d+%$/);
    await expect(page.locator('#search-indexing')).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });
});
