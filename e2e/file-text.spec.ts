import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, toCsv } from './app';

// A file large enough for the table worker (over 1 MB): its rows keep only ids and titles on the page, and
// the rest of each row is read from the file when it is shown.
const WORD = 'Quillfeatherbay';
const events = fixtureEvents({ n: 6_000, seed: 23, actors: 6, years: 4, startYear: 2016 });
const target = events[4321];
if (!target) throw new Error('the fixture is too short');
const marked = { ...target, sentence: `${target.sentence.replace(/\.$/, '')} near ${WORD} harbour.` };
const csv = toCsv(events.map((e) => (e === target ? marked : e)));

test.describe('rows of a large file read from the file', () => {
  test.setTimeout(120_000);

  test('a search on a word of the sentence finds the row, and its panel and table row show every field', async ({
    page,
  }) => {
    expect(csv.length).toBeGreaterThan(1_000_000);
    const app = await TimelineApp.open(page);
    await app.chooseCsv(csv, 'harbour.csv');
    const loaded = await app.waitForDataset('harbour.csv');
    expect(loaded.totalCount).toBe(events.length);

    await page.locator('#search').fill(WORD.toLowerCase());
    const found = await app.until((s) => s.searchText === WORD.toLowerCase() && s.filteredCount === 1);
    expect(found.filteredCount).toBe(1);

    await page.locator('#view-toggle').click();
    const row = page.locator(`#table-view tbody tr[data-id="${marked.id}"]`);
    await expect(row.locator('td.col-title')).toContainText(marked.title);
    if (marked.article_title) await expect(row.locator('td.col-source')).toHaveText(marked.article_title);

    await row.click();
    const panel = page.locator('#detail-panel');
    await expect(panel).toBeVisible();
    await expect(panel.locator('.detail-sentence')).toHaveText(marked.sentence);
    await expect(panel.locator('.detail-sentence mark.search-match')).toHaveText(WORD);
    await expect(panel.locator('.detail-title')).toContainText(marked.title);
    expect(app.pageErrors).toEqual([]);
  });

  test('an SVG export of a view of the large file names the articles of its events', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await app.chooseCsv(csv, 'harbour.csv');
    await app.waitForDataset('harbour.csv');
    // Zoomed in until a few hundred events are in view: their articles are read from the file.
    let shown = await app.shownEventCount();
    while (shown > 600) {
      await app.click('#zoom-in');
      shown = await app.shownEventCount();
    }
    expect(shown).toBeGreaterThan(0);
    const svg = (await app.download('#export-svg')).bytes.toString('utf8');
    const line = /<text[^>]*class="export-sources"[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
    expect(line).toMatch(/^Sources: [\d,]+ articles? — /);
    expect(app.pageErrors).toEqual([]);
  });
});
