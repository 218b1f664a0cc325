import { expect, test, type CDPSession } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, span, windowHash } from './app';

const target = isolatedDayEvent(fixtureEvents());

test.use({ hasTouch: true });

type Point = { x: number; y: number };

/** One touch gesture through the DevTools protocol: fingers go down at `from`, move in steps to `to`, lift. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 8): Promise<void> {
  const at = (t: number) =>
    from.map((p, i) => ({
      x: p.x + ((to[i]?.x ?? p.x) - p.x) * t,
      y: p.y + ((to[i]?.y ?? p.y) - p.y) * t,
      id: i,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('touch', () => {
  test('two fingers spreading apart zoom in around their midpoint, pinching together zooms out', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 60) });
    const cdp = await page.context().newCDPSession(page);
    const mark = await app.requireMark(target.id);
    const before = await app.state();
    const zoomedIn = await app.act(() =>
      gesture(
        cdp,
        [
          { x: mark.x - 40, y: mark.y },
          { x: mark.x + 40, y: mark.y },
        ],
        [
          { x: mark.x - 160, y: mark.y },
          { x: mark.x + 160, y: mark.y },
        ],
      ),
    );
    expect(span(zoomedIn)).toBeLessThan(span(before) * 0.5);
    // The time between the fingers stays under them.
    const after = await app.requireMark(target.id);
    expect(Math.abs(after.x - mark.x)).toBeLessThan(12);

    const zoomedOut = await app.act(() =>
      gesture(
        cdp,
        [
          { x: after.x - 160, y: after.y },
          { x: after.x + 160, y: after.y },
        ],
        [
          { x: after.x - 40, y: after.y },
          { x: after.x + 40, y: after.y },
        ],
      ),
    );
    expect(span(zoomedOut)).toBeGreaterThan(span(zoomedIn) * 2);
  });

  test('one finger dragging sideways pans and a tap on a mark opens its details', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 30) });
    const cdp = await page.context().newCDPSession(page);
    const mark = await app.requireMark(target.id);
    const before = await app.state();
    const panned = await app.act(() =>
      gesture(cdp, [{ x: mark.x + 30, y: mark.y }], [{ x: mark.x - 120, y: mark.y }]),
    );
    expect(panned.domain[0]).toBeGreaterThan(before.domain[0]);
    expect(span(panned)).toBeCloseTo(span(before), -3);
    const moved = await app.requireMark(target.id);
    expect(moved.x - mark.x).toBeLessThan(-140);

    const tapped = await app.act(() => page.touchscreen.tap(moved.x, moved.y));
    expect(tapped.selectedId).toBe(target.id);
    await expect(page.locator('#detail-panel')).toBeVisible();
  });
});
