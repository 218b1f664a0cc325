import { expect, test } from '@playwright/test';
import { TimelineApp, csvFromCells, fixtureEvents, requiredCells, toCsv } from './app';

const good = fixtureEvents({ n: 12, seed: 21, actors: 4, years: 1, startYear: 2022 });
const base = (i: number): Record<string, string> => {
  const e = good[i];
  if (!e) throw new Error('need more fixture rows');
  return requiredCells(e, `bad-${i}`);
};
// Each of these is wrong in one field only; the line numbers are where they land in the file.
const broken = [
  { ...base(0), start: '2022-02-30', end: '2022-02-30', precision: 'day' },
  { ...base(1), start: '2022-05-10', end: '2022-05-01', precision: 'day' },
  { ...base(2), precision: 'fortnight' },
  { ...base(3), type: 'parade' },
  { ...base(4), confidence: 'very high' },
];

function malformedCsv(): { text: string; rows: number } {
  const valid = toCsv(good).trimEnd().split('\n');
  const bad = csvFromCells(broken).split('\n').slice(1);
  // A truncated row with too few fields, as a scraper that died half-way writes it.
  const truncated = 'cut-1,2022-03-01,2022-03-01,day';
  const lines = [...valid, ...bad, truncated];
  return { text: lines.join('\n') + '\n', rows: lines.length - 1 };
}

test.describe('malformed CSV', () => {
  test('dropping a malformed CSV lists its problems while the valid rows render', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const { text, rows } = malformedCsv();
    await app.dropCsv(text, 'broken-events.csv');
    const s = await app.waitForDataset('broken-events.csv');

    expect(s.problems).toBeGreaterThanOrEqual(broken.length);
    // Nothing is lost silently: every row is either drawn or listed.
    expect(s.totalCount + s.problems).toBe(rows);
    expect(s.totalCount).toBeGreaterThanOrEqual(good.length);
    expect(s.visibleMarks + s.clusters).toBeGreaterThan(0);

    const panel = page.locator('#problems-panel');
    await expect(panel).toBeVisible();
    await expect(panel.locator('.problem')).toHaveCount(s.problems);
    const texts = await panel.locator('.problem').allTextContents();
    // The impossible date is on line 14 (header is line 1, then 12 good rows).
    const impossible = texts.find((t) => t.includes('2022-02-30') || /\b14\b/.test(t));
    expect(impossible, 'problem for the impossible date').toBeDefined();
    expect(impossible).toMatch(/\b14\b/);
    expect(texts.join('\n')).toContain('broken-events.csv');

    await page.locator('#problems-dismiss').click();
    await expect(panel).toBeHidden();
  });

  test('choosing a valid CSV through the file input shows its rows with no problems', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const before = await app.state();
    await app.chooseCsv(toCsv(good), 'picked.csv');
    const s = await app.waitForDataset('picked.csv');
    expect(s.problems).toBe(0);
    // Replacing or merging are both allowed; either way every picked row is there.
    expect([good.length, before.totalCount + good.length]).toContain(s.totalCount);
    await expect(page.locator('#problems-panel')).toBeHidden();
  });
});
