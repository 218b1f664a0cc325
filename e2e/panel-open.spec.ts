import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, windowHash } from './app';

const target = isolatedDayEvent(fixtureEvents());

test.describe('opening the detail panel with a click', () => {
  test('the clicked mark stays under the pointer while the panel narrows the chart', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 20) });
    const at = await app.requireMark(target.id);
    const chartBefore = await app.chartBox();
    await page.mouse.move(at.x, at.y);
    const s = await app.act(() => page.mouse.click(at.x, at.y));
    expect(s.selectedId).toBe(target.id);
    await expect(page.locator('#detail-panel')).toBeVisible();
    // The panel takes its room from the chart at this width: the test is about that case.
    await expect.poll(async () => (await app.chartBox()).width).toBeLessThan(chartBefore.width - 100);
    await app.idle();
    const after = await app.requireMark(target.id);
    expect(Math.abs(after.x - at.x)).toBeLessThan(1.5);
    expect(Math.abs(after.y - at.y)).toBeLessThan(1.5);
    // Still the mark a second click would hit: the selection ring is where the pointer is.
    const ring = await page.locator('#selection-layer .selected-mark').boundingBox();
    expect(ring && Math.abs(ring.x + ring.width / 2 - at.x)).toBeLessThan(2);

    // Closing gives the width back without moving the mark either.
    await app.act(() => page.locator('#detail-close').click());
    await expect.poll(async () => (await app.chartBox()).width).toBeGreaterThan(chartBefore.width - 2);
    await app.idle();
    expect(Math.abs((await app.requireMark(target.id)).x - at.x)).toBeLessThan(1.5);
  });

  test('the tooltip hides when the click opens the panel and never covers the panel', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 20) });
    const at = await app.requireMark(target.id);
    const tooltip = page.locator('#tooltip');
    await page.mouse.move(at.x, at.y);
    await expect(tooltip).toBeVisible();

    await app.act(() => page.mouse.click(at.x, at.y));
    const panel = page.locator('#detail-panel');
    await expect(panel).toBeVisible();
    await app.idle();
    await expect(tooltip).toBeHidden();
    // A small move over the same mark does not bring it back over the panel.
    await page.mouse.move(at.x + 1, at.y + 1);
    await app.idle();
    await expect(tooltip).toBeHidden();

    // Another mark near the panel: its tooltip opens to the pointer's left, clear of the panel.
    const panelBox = await panel.boundingBox();
    const near = (await app.drawn()).marks
      .filter((m) => !m.span && m.id !== target.id && m.x < (panelBox?.x ?? 0) - 4)
      .sort((a, b) => b.x - a.x)[0];
    if (!near || !panelBox) throw new Error('no mark drawn left of the panel');
    await page.mouse.move(near.x, near.y);
    await expect(tooltip).toBeVisible();
    const tip = await tooltip.boundingBox();
    expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(panelBox.x + 1);
  });

  test("a tooltip by the window's right or bottom edge opens towards the middle and stays on screen", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 560 });
    const app = await TimelineApp.open(page);
    const tooltip = page.locator('#tooltip');
    const view = page.viewportSize() ?? { width: 1000, height: 560 };
    const marks = (await app.drawn()).marks.filter((m) => !m.span);
    const rightmost = [...marks].sort((a, b) => b.x - a.x)[0];
    const lowest = [...marks].sort((a, b) => b.y - a.y)[0];
    if (!rightmost || !lowest) throw new Error('no point marks drawn');
    for (const m of [rightmost, lowest]) {
      await page.mouse.move(m.x, m.y);
      await expect(tooltip).toBeVisible();
      const tip = await tooltip.boundingBox();
      if (!tip) throw new Error('tooltip has no box');
      expect(tip.x).toBeGreaterThanOrEqual(0);
      expect(tip.y).toBeGreaterThanOrEqual(0);
      expect(tip.x + tip.width).toBeLessThanOrEqual(view.width);
      expect(tip.y + tip.height).toBeLessThanOrEqual(view.height);
      // Opened to the left, it keeps its natural width instead of shrinking to the room left of the edge.
      const longest = await tooltip.evaluate((el) =>
        Math.max(...[...el.children].map((c) => (c.textContent ?? '').length)),
      );
      if (longest > 45) expect(tip.width).toBeGreaterThan(280);
      // It does not cover the pointer either.
      const covers = m.x >= tip.x && m.x <= tip.x + tip.width && m.y >= tip.y && m.y <= tip.y + tip.height;
      expect(covers).toBe(false);
      await page.mouse.move(1, 1);
      await expect(tooltip).toBeHidden();
    }
  });
});
