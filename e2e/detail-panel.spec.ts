import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, utcDay, windowHash } from './app';

const events = fixtureEvents();
const target = isolatedDayEvent(events);
const laneByStart = events
  .filter((e) => e.actor === target.actor)
  .sort((a, b) => utcDay(a.start) - utcDay(b.start));

test.describe('detail panel', () => {
  test('clicking a mark opens the panel with its sentence and title; Escape closes it', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 20) });
    const panel = page.locator('#detail-panel');
    await expect(panel).toBeHidden();

    const at = await app.requireMark(target.id);
    const selected = await app.act(() => page.mouse.click(at.x, at.y));
    expect(selected.selectedId).toBe(target.id);
    await expect(panel).toBeVisible();
    await expect(panel.locator('.detail-sentence')).toHaveText(target.sentence);
    await expect(panel.locator('.detail-title')).toContainText(target.title);

    const closed = await app.act(() => page.keyboard.press('Escape'));
    expect(closed.selectedId).toBeNull();
    await expect(panel).toBeHidden();
  });

  test('hovering a mark shows a tooltip with its title, and leaving the chart hides it', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 20) });
    const at = await app.requireMark(target.id);
    await page.mouse.move(at.x, at.y);
    await expect(page.locator('#tooltip')).toBeVisible();
    await expect(page.locator('#tooltip')).toContainText(target.title);
    await page.mouse.move(1, 1);
    await expect(page.locator('#tooltip')).toBeHidden();
  });

  test('the close button closes the panel', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: `${windowHash(target.start, 20)}&sel=${target.id}` });
    await expect(page.locator('#detail-panel')).toBeVisible();
    const closed = await app.click('#detail-close');
    expect(closed.selectedId).toBeNull();
    await expect(page.locator('#detail-panel')).toBeHidden();
  });

  test('next and previous walk through the same lane in time order', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 20) });
    const at = await app.requireMark(target.id);
    await app.act(() => page.mouse.click(at.x, at.y));

    const next = await app.click('#detail-next');
    expect(next.selectedId).not.toBe(target.id);
    const nextEvent = laneByStart.find((e) => e.id === next.selectedId);
    expect(nextEvent, 'next stays in the lane').toBeDefined();
    expect(utcDay(nextEvent?.start ?? '')).toBeGreaterThanOrEqual(utcDay(target.start));
    await expect(page.locator('#detail-panel .detail-sentence')).toHaveText(nextEvent?.sentence ?? '');

    const back = await app.click('#detail-prev');
    expect(back.selectedId).toBe(target.id);
    await expect(page.locator('#detail-panel .detail-sentence')).toHaveText(target.sentence);
  });
});
