import { expect, test } from '@playwright/test';
import { MS_PER_DAY, TimelineApp, fixtureActors, fixtureEvents, span, utcDay } from './app';

const events = fixtureEvents();
const actors = fixtureActors().actors;
const hiddenActor = actors[2]?.id ?? '';
const selected = events.find((e) => e.actor !== hiddenActor && e.actor !== '' && e.title.includes('missile'));

test.describe('state in the URL', () => {
  test('a URL with range, hidden actor, search and selection reopens that view', async ({ page }) => {
    if (!selected) throw new Error('fixture has no missile event');
    const hash = `from=2021-03-01&to=2021-06-30&hide=${hiddenActor}&q=missile&sel=${selected.id}`;
    const app = await TimelineApp.open(page, { hash });
    const s = await app.state();
    // `to` is the last visible day, inclusive.
    expect(Math.abs(s.domain[0] - utcDay('2021-03-01'))).toBeLessThan(MS_PER_DAY);
    expect(Math.abs(s.domain[1] - utcDay('2021-07-01'))).toBeLessThan(MS_PER_DAY);
    expect(s.hiddenActors).toEqual([hiddenActor]);
    expect(s.searchText).toBe('missile');
    expect(s.selectedId).toBe(selected.id);

    await expect(page.locator('#search')).toHaveValue('missile');
    await expect(page.locator(`#actor-filter input[data-actor="${hiddenActor}"]`)).not.toBeChecked();
    await expect(page.locator('#detail-panel')).toBeVisible();
    await expect(page.locator('#detail-panel .detail-sentence')).toHaveText(selected.sentence);
  });

  test('a copied link opens the same range and filters in a new tab', async ({ page, context }) => {
    const app = await TimelineApp.open(page);
    await app.click('#zoom-in');
    await app.act(() => page.locator(`#actor-filter input[data-actor="${hiddenActor}"]`).uncheck());
    await expect.poll(() => new URL(page.url()).hash).toContain('hide=');
    const original = await app.state();

    const copy = await context.newPage();
    const reopened = await TimelineApp.open(copy, { hash: new URL(page.url()).hash });
    const s = await reopened.state();
    // The link rounds the range to whole minutes at worst.
    expect(Math.abs(s.domain[0] - original.domain[0])).toBeLessThanOrEqual(60_000);
    expect(Math.abs(s.domain[1] - original.domain[1])).toBeLessThanOrEqual(60_000);
    expect(s.hiddenActors).toEqual(original.hiddenActors);
    expect(s.filteredCount).toBe(original.filteredCount);
  });

  test('back and forward step through filter changes', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const [a, b] = actors;
    if (!a || !b) throw new Error('fixture needs two actors');
    await app.act(() => page.locator(`#actor-filter input[data-actor="${a.id}"]`).uncheck());
    await app.act(() => page.locator(`#actor-filter input[data-actor="${b.id}"]`).uncheck());
    expect((await app.state()).hiddenActors.sort()).toEqual([a.id, b.id].sort());

    await page.goBack();
    expect((await app.until((s) => s.hiddenActors.length === 1)).hiddenActors).toEqual([a.id]);
    await expect(page.locator(`#actor-filter input[data-actor="${b.id}"]`)).toBeChecked();
    await page.goBack();
    await app.until((s) => s.hiddenActors.length === 0);
    await page.goForward();
    expect((await app.until((s) => s.hiddenActors.length === 1)).hiddenActors).toEqual([a.id]);
  });

  test('zoom, pan and selection replace the history entry, so Back leaves the view in one step', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const [a] = actors;
    if (!a) throw new Error('fixture needs an actor');
    await app.act(() => page.locator(`#actor-filter input[data-actor="${a.id}"]`).uncheck());
    await expect.poll(() => new URL(page.url()).hash).toContain('hide=');
    const entries = await page.evaluate(() => window.history.length);

    await app.click('#zoom-in');
    const box = await app.chartBox();
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    for (let i = 0; i < 4; i++) {
      await app.wheel(centre, -200);
      // Apart by more than a gesture, so each wheel step is a gesture of its own.
      await page.waitForTimeout(200);
    }
    await app.drag(centre, -120);
    const zoomed = await app.state();
    const drawn = (await app.drawn()).marks.find((m) => !m.span);
    if (drawn) await app.act(() => page.mouse.click(drawn.x, drawn.y));
    await expect.poll(() => new URL(page.url()).hash).toContain('from=');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    // The current entry holds the latest range, so a reload or a copied link shows it.
    const hash = new URL(page.url()).hash;
    expect(hash).toContain(`hide=${a.id}`);

    await page.goBack();
    const back = await app.until((s) => s.hiddenActors.length === 0, 'Back undoes the filter');
    expect(back.selectedId).toBeNull();
    expect(span(back)).toBeGreaterThan(span(zoomed));
  });
});
