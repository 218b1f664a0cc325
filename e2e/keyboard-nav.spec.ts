import { expect, test, type Page } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, utcDay, windowHash } from './app';

const events = fixtureEvents();
const target = isolatedDayEvent(events);

/** Ids and names of the elements Tab visits, in order, with whether each shows a focus outline. */
async function tabStops(page: Page, count: number): Promise<{ name: string; outlined: boolean }[]> {
  const stops: { name: string; outlined: boolean }[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { name: 'BODY', outlined: false };
        // A visually hidden input (the file picker) shows its focus on the label people see.
        const shown =
          el.getBoundingClientRect().width <= 1 && el.id
            ? document.querySelector(`label[for="${el.id}"]`)
            : el;
        const style = getComputedStyle(shown ?? el);
        const outlined =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== 'none';
        return {
          name: el.id || el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 20) || el.tagName,
          outlined,
        };
      }),
    );
  }
  return stops;
}

test.describe('keyboard access', () => {
  test('Tab reaches the header, the filters, the chart and the toolbar in reading order, each with a visible focus ring', async ({
    page,
  }) => {
    await TimelineApp.open(page);
    const stops = await tabStops(page, 60);
    const names = stops.map((s) => s.name);
    const order = [
      'search',
      'add-article',
      'export-png',
      'theme-toggle',
      'actors-all',
      'clear-filters',
      'zoom-in',
      'view-toggle',
      'lane-sort',
      'chart',
    ];
    const positions = order.map((id) => names.indexOf(id));
    for (const [i, id] of order.entries())
      expect(positions[i], `${id} is reachable with Tab`).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Tab leaves the page after the last control and comes back to the body; only controls need a ring.
    for (const stop of stops.filter((s) => s.name !== 'BODY')) {
      expect(stop.outlined, `${stop.name} shows where focus is`).toBe(true);
    }
  });

  test('on the chart, Enter selects the event nearest the middle; arrows walk its lane and cross lanes; Escape closes', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 10) });
    const panel = page.locator('#detail-panel');
    const first = await app.key('Enter');
    expect(first.selectedId).not.toBeNull();
    await expect(panel).toBeVisible();
    const byId = new Map(events.map((e) => [e.id, e]));
    const start = byId.get(first.selectedId ?? '');
    if (!start) throw new Error('selected an unknown event');
    await expect(page.locator('#announcer')).toContainText(start.title);

    const lane = events
      .filter((e) => e.actor === start.actor)
      .sort((a, b) => utcDay(a.start) - utcDay(b.start));
    const right = await app.key('ArrowRight');
    const next = byId.get(right.selectedId ?? '');
    expect(next?.actor, 'ArrowRight stays in the lane').toBe(start.actor);
    expect(utcDay(next?.start ?? '')).toBeGreaterThanOrEqual(utcDay(start.start));
    expect(lane.map((e) => e.id)).toContain(next?.id);
    await expect(panel.locator('.detail-sentence')).toHaveText(next?.sentence ?? '');
    const left = await app.key('ArrowLeft');
    expect(left.selectedId).toBe(start.id);

    const down = await app.key('ArrowDown');
    const below = byId.get(down.selectedId ?? '');
    expect(below?.actor, 'ArrowDown moves to another lane').not.toBe(start.actor);
    expect(down.lanes.indexOf(below?.actor ?? '')).toBeGreaterThan(down.lanes.indexOf(start.actor));
    const up = await app.key('ArrowUp');
    expect(byId.get(up.selectedId ?? '')?.actor).toBe(start.actor);

    const closed = await app.key('Escape');
    expect(closed.selectedId).toBeNull();
    await expect(panel).toBeHidden();
    // With nothing selected the arrows pan again.
    const panned = await app.key('ArrowRight');
    expect(panned.domain[0]).toBeGreaterThan(closed.domain[0]);
  });

  test('Shift+arrows and brackets pan even while an event is selected, keeping the selection', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: `${windowHash(target.start, 20)}&sel=${target.id}` });
    const before = await app.state();
    const shifted = await app.key('Shift+ArrowRight');
    expect(shifted.domain[0]).toBeGreaterThan(before.domain[0]);
    expect(shifted.selectedId).toBe(target.id);
    const back = await app.key('[');
    expect(back.domain[0]).toBeLessThan(shifted.domain[0]);
    expect(back.selectedId).toBe(target.id);
  });

  test('? lists the shortcuts in a dialog that Escape closes', async ({ page }) => {
    const app = await TimelineApp.open(page);
    await app.chart.focus();
    await page.keyboard.press('?');
    const dialog = page.locator('#shortcuts-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Nearest event in time in the lane above');
    await expect(page.locator('#shortcuts-close')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the table view lists the filtered events, sorts by a header and selects the event of a clicked row', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    await page.locator('#view-toggle').click();
    await expect(page.locator('#view-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#chart')).toBeHidden();
    const rows = page.locator('#table-view tbody tr');
    await expect(rows).toHaveCount(200);
    await expect(page.locator('#table-view caption')).toContainText(`${events.length} events`);

    const dateHeader = page.locator('#table-view th').first();
    await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    await dateHeader.locator('button').click();
    await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    const latest = [...events].sort((a, b) => utcDay(b.start) - utcDay(a.start))[0];
    await expect(rows.first()).toContainText(latest?.start ?? '');

    const s = await app.clickOnly(events[0]?.actor ?? '');
    await expect(rows).toHaveCount(Math.min(200, s.filteredCount));
    const row = rows.nth(3);
    const id = await row.getAttribute('data-id');
    const selected = await app.act(() => row.click());
    expect(selected.selectedId).toBe(id);
    await expect(page.locator('#detail-panel')).toBeVisible();
    await expect(row).toHaveAttribute('aria-current', 'true');

    await page.locator('#view-toggle').click();
    await expect(page.locator('#chart')).toBeVisible();
  });
});
