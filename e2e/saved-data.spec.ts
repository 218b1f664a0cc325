import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../src/model/event-record';
import { FIXTURE_OPTIONS, TimelineApp, fixtureEvents, toCsv } from './app';

const ARTICLE = readFileSync(new URL('../data/fixtures/articles/ap-gaza-diplomacy.txt', import.meta.url));
const BUNDLED_ROWS = FIXTURE_OPTIONS.n;
const mine = fixtureEvents({ n: 60, seed: 21, actors: 3, years: 1, startYear: 2023 }).map((e, i) => ({
  ...e,
  id: `mine-${i}`,
}));
const more = fixtureEvents({ n: 25, seed: 22, actors: 2, years: 1, startYear: 2024 }).map((e, i) => ({
  ...e,
  id: `more-${i}`,
}));

/** The filtered events as the CSV export writes them: the rows shown, compared byte for byte. */
async function shownRows(app: TimelineApp): Promise<string> {
  return (await app.download('#export-csv')).bytes.toString('utf8');
}

async function reload(app: TimelineApp): Promise<void> {
  await app.page.reload();
  await app.waitReady();
}

const note = (page: Page) => page.locator('#saved-note');

test.describe('saved data survives a reload', () => {
  test('an opened CSV comes back after a reload, with a note saying it is saved in this browser', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await expect(note(page)).toBeHidden();
    await app.chooseCsv(toCsv(mine), 'mine.csv');
    await app.waitForDataset('mine.csv');
    await expect(note(page)).toContainText('Saved in this browser: mine.csv, 60 events, saved today');
    const before = await shownRows(app);

    await reload(app);
    await expect(page.locator('#dataset-name')).toHaveText('mine.csv');
    expect((await app.state()).totalCount).toBe(60);
    expect(await shownRows(app)).toBe(before);
    await expect(note(page)).toContainText('Saved in this browser: mine.csv, 60 events');
    expect(app.pageErrors).toEqual([]);
  });

  test('a merge into the bundled data and its conflict answer come back the same', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const bundled = fixtureEvents();
    // Two loaded ids with new titles: a conflict group, answered with "Keep both".
    const revised: EventRecord[] = bundled.slice(0, 2).map((e) => ({ ...e, title: `${e.title} (revised)` }));
    await page.check('#merge-mode');
    await app.chooseCsv(toCsv([...revised, ...more]), 'more.csv');
    await app.waitForDataset('more.csv');
    await app.act(() => page.getByRole('button', { name: 'Keep both' }).click());
    const s = await app.state();
    expect(s.totalCount).toBe(BUNDLED_ROWS + 25 + 2);
    await expect(note(page)).toContainText(`events.csv + more.csv, ${s.totalCount} events`);
    const before = await shownRows(app);

    await reload(app);
    await expect(page.locator('#dataset-name')).toHaveText('events.csv + more.csv');
    expect((await app.state()).totalCount).toBe(s.totalCount);
    expect(await shownRows(app)).toBe(before);
    await expect(page.locator('#problems-panel .conflict-summary')).toContainText('kept both');
    expect(app.pageErrors).toEqual([]);
  });

  test('added article events come back after a reload, and the view in the URL is kept', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await page.locator('#add-article').click();
    await page.setInputFiles('#article-file', { name: 'gaza.txt', mimeType: 'text/plain', buffer: ARTICLE });
    await expect(page.locator('#article-ref-date')).toHaveValue('2024-08-22');
    await page.locator('#article-submit').click();
    const added = await app.until((st) => st.totalCount > BUNDLED_ROWS, 'article events added');
    await expect(note(page)).toContainText('events.csv + gaza.txt');
    // A view that only makes sense with the added events: the URL keeps it, the saved data fills it.
    await app.act(() => page.evaluate(() => (location.hash = 'from=2024-08-01&to=2024-09-30')));
    const before = await shownRows(app);

    await reload(app);
    const s = await app.state();
    expect(s.totalCount).toBe(added.totalCount);
    expect(new Date(s.domain[0]).toISOString().slice(0, 10)).toBe('2024-08-01');
    expect(await shownRows(app)).toBe(before);
    expect(app.pageErrors).toEqual([]);
  });

  test('the Saved data menu shows what is kept and clears it, by keyboard; a reload then shows the bundled data', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(toCsv(mine), 'mine.csv');
    await app.waitForDataset('mine.csv');
    await expect(note(page)).toContainText('Saved in this browser');

    const button = page.getByRole('button', { name: 'Saved data' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Saved data' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('mine.csv');
    await expect(dialog.locator('.saved-facts')).toContainText('60');
    await expect(dialog.locator('.saved-steps')).toContainText('Opened mine.csv');
    await page.screenshot({ path: 'test-results/saved-data-menu-light.png' });
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    // The same in the dark theme, for people to look at.
    await page.locator('#theme-toggle').click();
    await button.click();
    await page.screenshot({ path: 'test-results/saved-data-menu-dark.png' });
    await page.keyboard.press('Escape');
    await page.locator('#theme-toggle').click();
    await button.focus();

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Clear saved data' }).click();
    await expect(dialog.locator('#saved-data-message')).toContainText('Saved data cleared');
    await expect(dialog).toContainText('Nothing is saved');
    await page.keyboard.press('Escape');
    await expect(note(page)).toBeHidden();
    // What is shown stays until the reload.
    await expect(page.locator('#dataset-name')).toHaveText('mine.csv');

    await reload(app);
    await expect(page.locator('#dataset-name')).toHaveText('events.csv');
    expect((await app.state()).totalCount).toBe(BUNDLED_ROWS);
    await expect(note(page)).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });

  test('"Clear and show the bundled data" puts the bundled data back at once', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(toCsv(mine), 'mine.csv');
    await app.waitForDataset('mine.csv');
    await expect(note(page)).toContainText('Saved in this browser');
    await page.getByRole('button', { name: 'Saved data' }).click();
    await page.getByRole('button', { name: 'Clear and show the bundled data' }).click();
    await app.waitForDataset('events.csv');
    expect((await app.state()).totalCount).toBe(BUNDLED_ROWS);
    await reload(app);
    await expect(page.locator('#dataset-name')).toHaveText('events.csv');
    await expect(note(page)).toBeHidden();
  });
});

test.describe('when the browser refuses to keep the data', () => {
  test('a full storage says so under the header and the opened data stays on screen', async ({ page }) => {
    // Every write fails as it does when the disk or the site's quota is full.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const app = await TimelineApp.open(page);
    await app.chooseCsv(toCsv(mine), 'mine.csv');
    await app.waitForDataset('mine.csv');
    await expect(note(page)).toContainText('Not saved: the browser has no more room for this page’s data');
    await expect(note(page)).toContainText('What you see stays until you reload');
    await page.screenshot({ path: 'test-results/saved-data-failed.png' });
    expect((await app.state()).totalCount).toBe(60);
    expect(app.pageErrors).toEqual([]);
    // Nothing half-written: a reload shows the bundled data.
    await reload(app);
    await expect(page.locator('#dataset-name')).toHaveText('events.csv');
  });
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('says plainly when the link points at data only this browser has', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const status = page.locator('#copy-link-status');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toContainText('Link copied. It opens this view of the bundled data.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.check('#merge-mode');
    await app.chooseCsv(toCsv(more), 'more.csv');
    await app.waitForDataset('more.csv');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toContainText('It points at data only this browser has (events.csv + more.csv)');
    await expect(status).toContainText('sees the bundled data, not yours');
    await page.screenshot({ path: 'test-results/copy-link-local.png' });
    await page.locator('#theme-toggle').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.screenshot({ path: 'test-results/copy-link-local-dark.png' });
    await page.keyboard.press('Escape');
    await expect(status).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });
});
