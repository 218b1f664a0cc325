import { expect, test } from '@playwright/test';
import { TimelineApp } from './app';

test.describe('dragging a lane label', () => {
  test('shows where the lane will land, reorders the lanes, and the Lanes menu then says custom, also after a reload', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const before = await app.state();
    const sort = page.locator('#lane-sort');
    await expect(sort).toHaveValue('count');
    const first = page.locator('#lane-labels g.lane').first();
    const third = page.locator('#lane-labels g.lane').nth(2);
    const from = await first.boundingBox();
    const over = await third.boundingBox();
    if (!from || !over) throw new Error('lane labels are not drawn');

    await page.mouse.move(from.x + 30, from.y + from.height / 2);
    await page.mouse.down();
    // Into the lower half of the third lane: the lane will land below it.
    await page.mouse.move(from.x + 30, over.y + over.height * 0.75, { steps: 8 });
    const indicator = page.locator('rect.drop-indicator');
    await expect(indicator).toHaveCount(1);
    await expect(indicator).toBeVisible();
    const line = await indicator.boundingBox();
    // The line sits on the boundary under the third lane and spans the gutter and the plot.
    expect(Math.abs((line?.y ?? 0) - (over.y + over.height))).toBeLessThan(12);
    expect(line?.width ?? 0).toBeGreaterThan((await app.chartBox()).width * 0.9);

    const after = await app.act(() => page.mouse.up());
    await expect(indicator).toHaveCount(0);
    expect(after.lanes.slice(0, 3)).toEqual([before.lanes[1], before.lanes[2], before.lanes[0]]);
    await expect(sort).toHaveValue('custom');
    await expect(sort.locator('option:checked')).toHaveText(/custom/);

    await expect.poll(() => page.evaluate(() => location.hash)).toContain('order=');
    await page.reload();
    await app.waitReady();
    expect((await app.state()).lanes).toEqual(after.lanes);
    await expect(sort).toHaveValue('custom');

    // Choosing a sort again leaves custom.
    const sorted = await app.act(() => sort.selectOption('label'));
    expect(sorted.lanes).not.toEqual(after.lanes);
    await expect(sort).toHaveValue('label');
  });
});
