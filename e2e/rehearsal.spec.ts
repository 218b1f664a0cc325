import { expect, test } from '@playwright/test';
import { TimelineApp } from './app';

test.describe('idle-time rehearsal of the next views', () => {
  test('paints likely next views off screen after a load and changes nothing the user sees', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const canvas = page.locator('#chart canvas').first();
    const before = await canvas.screenshot();
    const state = await app.until((s) => s.rehearsedViews >= 10, 'views rehearsed in idle time');
    expect((await canvas.screenshot()).equals(before)).toBe(true);
    expect(state.domain).toEqual((await app.state()).domain);

    // The chart still answers as before: a wheel step zooms in and draws a new frame.
    const box = await app.chartBox();
    const zoomed = await app.wheel({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, -240);
    expect(zoomed.domain[1] - zoomed.domain[0]).toBeLessThan(state.domain[1] - state.domain[0]);
    expect(app.pageErrors).toEqual([]);
  });
});
