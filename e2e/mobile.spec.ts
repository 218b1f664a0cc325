import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, windowHash } from './app';

const target = isolatedDayEvent(fixtureEvents());

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test.describe('phone layout at 390 px', () => {
  test('nothing scrolls sideways, the chart gets the width and draws marks', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = await app.chartBox();
    expect(chart.width).toBeGreaterThan(330);
    expect(chart.height).toBeGreaterThan(280);
    const s = await app.state();
    expect(s.visibleMarks + s.clusters).toBeGreaterThan(0);
    await expect(page.locator('#lane-labels text').first()).toBeVisible();
  });

  test('filters live in a drawer: the Filters button opens it, a filter works, Escape closes it', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const toggle = page.locator('#filters-toggle');
    const sidebar = page.locator('#sidebar');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(sidebar).toBeHidden();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    // The drawer slides in; wait for it to settle inside the screen.
    await expect.poll(async () => (await sidebar.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    const box = await sidebar.boundingBox();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390);

    const before = await app.state();
    const first = page.locator('#actor-filter input[type=checkbox]').first();
    const hidden = await app.act(() => first.click());
    expect(hidden.hiddenActors.length).toBe(1);
    expect(hidden.filteredCount).toBeLessThan(before.filteredCount);

    await first.focus();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('a tap on a mark opens the details over the chart, and the close button is in reach', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 20) });
    const mark = await app.requireMark(target.id);
    const s = await app.act(() => page.touchscreen.tap(mark.x, mark.y));
    expect(s.selectedId).toBe(target.id);
    const panel = page.locator('#detail-panel');
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(380);
    await expect(panel.locator('.detail-sentence')).toHaveText(target.sentence);
    const closed = await app.act(() => page.locator('#detail-close').tap());
    expect(closed.selectedId).toBeNull();
  });
});
