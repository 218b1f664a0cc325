import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import Papa from 'papaparse';
import { TimelineApp, fixtureEvents, toCsv } from './app';

// 5,000 rows (about 2.3 MB) go through the table worker, whose filtered set is written there in chunks.
const MID = { n: 5_000, seed: 21, actors: 6, years: 3, startYear: 2019 };
const mid = fixtureEvents(MID);
// 30,000 rows take the worker seconds to export on a slow machine: time to see the strip and cancel.
const BIG_ROWS = 30_000;
const big = toCsv(fixtureEvents({ n: BIG_ROWS, seed: 7, actors: 8, years: 5, startYear: 2015 }));
/** Longer than a full export of `big` takes, so a download that was not cancelled would have come. */
const NO_DOWNLOAD_WAIT_MS = 8_000;

async function csvRows(download: Download): Promise<Record<string, string>[]> {
  const text = await readFile(await download.path(), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    delimiter: ',',
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe('streamed CSV export', () => {
  test('a picked file of 5,000 rows, filtered: the filtered export holds exactly the rows shown', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(toCsv(mid), 'mid.csv');
    await app.waitForDataset('mid.csv');
    const hidden = mid[0]?.actor ?? '';
    const s = await app.act(() => page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck());
    expect(s.totalCount).toBe(MID.n);
    expect(s.filteredCount).toBeGreaterThan(2_000);
    expect(s.filteredCount).toBeLessThan(MID.n);

    const { name, bytes } = await app.download('#export-csv');
    expect(name).toMatch(/^events-filtered-.*\.csv$/);
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
      delimiter: ',',
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(s.filteredCount);
    const expected = mid.filter((e) => e.actor !== hidden);
    expect(new Set(rows.data.map((r) => r.id))).toEqual(new Set(expected.map((e) => e.id)));
    for (const e of [expected[0], expected[1234], expected.at(-1)]) {
      const row = rows.data.find((r) => r.id === e?.id);
      expect(row?.title, e?.id).toBe(e?.title);
      expect(row?.sentence, e?.id).toBe(e?.sentence);
    }
    await expect(page.locator('#export-progress')).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });

  test('Cancel stops a large export with no download; a new export replaces one under way', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const app = await TimelineApp.open(page);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await app.chooseCsv(big, 'big.csv');
    const loaded = await app.waitForDataset('big.csv');
    expect(loaded.totalCount).toBe(BIG_ROWS);

    const strip = page.locator('#export-progress');
    await page.locator('#export-csv').click();
    await expect(strip).toBeVisible();
    await expect(strip).toContainText('A new export cancels this one');
    await expect(strip.locator('progress')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('export-progress.png') });
    await strip.getByRole('button', { name: 'Cancel' }).click();
    await expect(strip).toBeHidden();
    await expect(page.waitForEvent('download', { timeout: NO_DOWNLOAD_WAIT_MS })).rejects.toThrow();
    expect(downloads).toHaveLength(0);

    // The app still works: zoom and a filter answered by the same table worker.
    const zoomed = await app.click('#zoom-in');
    expect(zoomed.domain[1] - zoomed.domain[0]).toBeLessThan(loaded.domain[1] - loaded.domain[0]);
    await app.click('#zoom-in');
    const hidden = zoomed.lanes[0] ?? '';
    const filtered = await app.act(() =>
      page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck(),
    );
    expect(filtered.filteredCount).toBeLessThan(BIG_ROWS);

    // A filtered export under way, then one of what is in view: only the newer is saved. The second starts
    // as soon as the first shows its progress: rows are read back from the picked file, which is quick.
    const inView = await app.shownEventCount();
    await page.locator('#export-csv').click();
    await expect(strip).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-csv-view').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^events-in-view-/);
    const rows = await csvRows(download);
    expect(rows).toHaveLength(inView);
    expect(rows.some((r) => r.actor === hidden)).toBe(false);
    await expect(strip).toBeHidden();
    await expect(page.waitForEvent('download', { timeout: NO_DOWNLOAD_WAIT_MS })).rejects.toThrow();
    expect(downloads).toHaveLength(1);
    expect(app.pageErrors).toEqual([]);
  });
});
