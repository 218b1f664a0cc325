import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureActors, fixtureEvents } from './app';

const events = fixtureEvents();
const actors = fixtureActors().actors;
const countOf = (actor: string): number => events.filter((e) => e.actor === actor).length;
const busiest = actors[0];
const second = actors[1];
if (!busiest || !second) throw new Error('fixture needs two actors');

test.describe('filters', () => {
  test('unticking an actor hides its lane and marks and updates the counts; ticking brings them back', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const before = await app.state();
    expect(before.totalCount).toBe(events.length);
    expect(before.lanes).toContain(busiest.id);
    expect(await app.laneLabels()).toContain(busiest.label);

    const box = page.locator(`#actor-filter input[data-actor="${busiest.id}"]`);
    const hidden = await app.act(() => box.uncheck());
    expect(hidden.hiddenActors).toEqual([busiest.id]);
    expect(hidden.lanes).not.toContain(busiest.id);
    expect(hidden.filteredCount).toBe(events.length - countOf(busiest.id));
    expect(hidden.totalCount).toBe(events.length);
    expect(hidden.visibleMarks + hidden.clusters).toBeGreaterThan(0);
    expect(await app.laneLabels()).not.toContain(busiest.label);
    expect(await app.shownEventCount()).toBe(hidden.filteredCount);

    const shown = await app.act(() => box.check());
    expect(shown.hiddenActors).toEqual([]);
    expect(shown.filteredCount).toBe(events.length);
    expect(await app.laneLabels()).toContain(busiest.label);
  });

  test('"only" keeps a single actor and "all" restores every lane', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const only = await app.clickOnly(second.id);
    expect(only.lanes).toEqual([second.id]);
    expect(only.filteredCount).toBe(countOf(second.id));
    expect(await app.laneLabels()).toEqual([second.label]);

    const all = await app.click('#actors-all');
    expect(all.hiddenActors).toEqual([]);
    expect(all.filteredCount).toBe(events.length);
    expect(all.lanes.length).toBe(new Set(events.map((e) => e.actor)).size);
  });

  test('search narrows the marks to events whose title, sentence or people match', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const before = await app.state();
    const word = 'ballistic';
    const expected = events.filter((e) =>
      [e.title, e.sentence, ...e.people].some((t) => t.toLowerCase().includes(word)),
    ).length;
    expect(expected).toBeGreaterThan(0);

    await page.locator('#search').fill(word);
    const narrowed = await app.until((s) => s.searchText === word && s.filteredCount < before.filteredCount);
    expect(narrowed.filteredCount).toBe(expected);
    expect(narrowed.visibleMarks + narrowed.clusters).toBeGreaterThan(0);
    expect(narrowed.visibleMarks + narrowed.clusters).toBeLessThanOrEqual(expected);
    expect(await app.shownEventCount()).toBe(expected);

    await page.locator('#search').fill('');
    const cleared = await app.until((s) => s.searchText === '');
    expect(cleared.filteredCount).toBe(before.filteredCount);
  });

  test('a search that matches nothing shows the empty state, and clearing filters restores everything', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await page.locator('#search').fill('zzqxj no such words');
    const none = await app.until((s) => s.filteredCount === 0);
    expect(none.visibleMarks).toBe(0);
    await expect(page.locator('#empty-state')).toBeVisible();

    const cleared = await app.click('#clear-filters');
    expect(cleared.filteredCount).toBe(events.length);
    expect(cleared.searchText).toBe('');
    await expect(page.locator('#empty-state')).toBeHidden();
    await expect(page.locator('#search')).toHaveValue('');
  });

  test('unticking an event type removes exactly the events of that type', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const type = 'statement';
    const count = events.filter((e) => e.type === type).length;
    const s = await app.act(() => page.locator(`#type-filter input[data-type="${type}"]`).uncheck());
    expect(s.filteredCount).toBe(events.length - count);
  });
});
