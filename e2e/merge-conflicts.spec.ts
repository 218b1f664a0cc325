import { expect, test, type Page } from '@playwright/test';
import type { EventRecord } from '../src/model/event-record';
import { TimelineApp, fixtureActors, fixtureEvents, toCsv } from './app';

const FIXTURE = { n: 10, seed: 41, actors: 3, years: 1, startYear: 2022 };
const loaded = fixtureEvents(FIXTURE);

/** 5 loaded ids again with a revised title, one loaded row again unchanged, and 2 new rows. */
function revisedFile(base: readonly EventRecord[]): { csv: string; changed: EventRecord[] } {
  const changed = base.slice(0, 5).map((e) => ({ ...e, title: `${e.title} (revised)` }));
  const repeat = base.slice(5, 6);
  const extra = fixtureEvents({ ...FIXTURE, n: 2, seed: 42 }).map((e, i) => ({ ...e, id: `extra-${i}` }));
  return { csv: toCsv([...changed, ...repeat, ...extra]), changed };
}

async function mergeRevised(app: TimelineApp, base: readonly EventRecord[]): Promise<EventRecord[]> {
  const { csv, changed } = revisedFile(base);
  await app.page.check('#merge-mode');
  await app.chooseCsv(csv, 'revised.csv');
  await app.waitForDataset('revised.csv');
  return changed;
}

async function titleOf(app: TimelineApp, id: string): Promise<string> {
  await app.act(() => app.page.evaluate((i) => (location.hash = `sel=${encodeURIComponent(i)}`), id));
  return (await app.page.locator('#detail-panel .detail-title').textContent()) ?? '';
}

async function expectConflictList(page: Page, changed: readonly EventRecord[]): Promise<void> {
  const panel = page.locator('#problems-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('#problems-title')).toContainText('5 id conflicts');
  await expect(panel.locator('.conflict-summary')).toContainText('revised.csv: 5 rows had the id');
  await expect(panel.locator('.conflict')).toHaveCount(5);
  const first = changed[0];
  if (!first) throw new Error('no changed row');
  // Which row replaced which: file and line of the new row, its id, both titles, what differs.
  const line = panel.locator('.conflict').first();
  await expect(line).toContainText('revised.csv line 2');
  await expect(line).toContainText(`id ${first.id}`);
  await expect(line).toContainText(`"${first.title}" (${first.start}) replaced`);
  await expect(line).toContainText('differs in title');
  await expect(panel).toContainText('1 row was already loaded with the same content: kept once');
}

test.describe('merging rows whose ids are already loaded', () => {
  test('lists each conflict in the problems panel and keeps both on request', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv: toCsv(loaded) });
    const changed = await mergeRevised(app, loaded);
    // Nothing decided silently: the new rows are shown in place of the old, and the panel says so.
    expect((await app.state()).totalCount).toBe(12);
    await expectConflictList(page, changed);
    await page.locator('#problems-panel').screenshot({ path: 'test-results/merge-conflicts-panel.png' });

    const after = await app.act(() => page.getByRole('button', { name: 'Keep both' }).click());
    expect(after.totalCount).toBe(17);
    const panel = page.locator('#problems-panel');
    await expect(panel.locator('.conflict-summary')).toContainText('kept both');
    await expect(panel.getByRole('button', { name: 'Keep both' })).toHaveCount(0);
    const first = changed[0];
    const original = loaded[0];
    if (!first || !original) throw new Error('no rows');
    await expect(panel.locator('.conflict').first()).toContainText(`kept as ${first.id}~2 beside`);
    expect(await titleOf(app, first.id)).toBe(original.title);
    expect(await titleOf(app, `${first.id}~2`)).toBe(first.title);
    expect(app.pageErrors).toEqual([]);
  });

  test('keep new leaves the new rows and says so', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv: toCsv(loaded) });
    const changed = await mergeRevised(app, loaded);
    await page.getByRole('button', { name: 'Keep new' }).click();
    await expect(page.locator('.conflict-summary')).toContainText('kept the new rows');
    await app.idle();
    expect((await app.state()).totalCount).toBe(12);
    const first = changed[0];
    if (!first) throw new Error('no rows');
    expect(await titleOf(app, first.id)).toBe(first.title);
  });

  test('a table held by the table worker reports conflicts and keeps both the same way', async ({ page }) => {
    // Over 1 MB of CSV, so the page streams it into the table worker, which then also takes the merge.
    const options = { n: 3_000, seed: 43, actors: 6, years: 2, startYear: 2021 };
    const big = fixtureEvents(options);
    const app = await TimelineApp.open(page, { csv: toCsv(big), actors: fixtureActors(options) });
    expect((await app.state()).totalCount).toBe(3_000);
    const changed = await mergeRevised(app, big);
    expect((await app.state()).totalCount).toBe(3_002);
    await expectConflictList(page, changed);
    const after = await app.act(() => page.getByRole('button', { name: 'Keep both' }).click());
    expect(after.totalCount).toBe(3_007);
    const first = changed[0];
    const original = big[0];
    if (!first || !original) throw new Error('no rows');
    expect(await titleOf(app, first.id)).toBe(original.title);
    expect(await titleOf(app, `${first.id}~2`)).toBe(first.title);
    expect(app.pageErrors).toEqual([]);
  });
});
