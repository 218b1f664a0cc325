import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, span, windowHash } from './app';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const events = fixtureEvents();
const target = isolatedDayEvent(events);

test.describe('zoom and pan', () => {
  test('wheel-zoom narrows the visible range and keeps the time under the pointer in place', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 40) });
    const before = await app.state();
    const at = await app.requireMark(target.id);

    const zoomedIn = await app.wheel(at, -400);
    expect(span(zoomedIn)).toBeLessThan(span(before) * 0.9);
    const afterIn = await app.requireMark(target.id);
    expect(Math.abs(afterIn.x - at.x)).toBeLessThan(2);

    const zoomedOut = await app.wheel(afterIn, 400);
    expect(span(zoomedOut)).toBeGreaterThan(span(zoomedIn) * 1.1);
    const afterOut = await app.requireMark(target.id);
    expect(Math.abs(afterOut.x - at.x)).toBeLessThan(2);
  });

  test('wheel-zoom at the left and right edges keeps each edge nearly still', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 60) });
    const box = await app.chartBox();
    const y = box.y + box.height / 2;
    const start = await app.state();
    const right = await app.wheel({ x: box.x + box.width - 20, y }, -300);
    // Zooming near the right edge moves the start a lot more than the end.
    expect(right.domain[0] - start.domain[0]).toBeGreaterThan(
      5 * Math.abs(start.domain[1] - right.domain[1]),
    );
  });

  test('dragging the chart pans it: marks follow the pointer and the range keeps its width', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 40) });
    const before = await app.state();
    const at = await app.requireMark(target.id);
    // Start the drag beside the mark, so it is a pan and not a click on the event.
    const after = await app.drag({ x: at.x + 30, y: at.y }, -200);
    expect(span(after)).toBeCloseTo(span(before), -3);
    expect(after.domain[0]).toBeGreaterThan(before.domain[0]);
    const moved = await app.requireMark(target.id);
    expect(moved.x - at.x).toBeGreaterThan(-203);
    expect(moved.x - at.x).toBeLessThan(-197);
    expect(after.selectedId).toBeNull();
  });

  test('keyboard: + and = zoom in, - zooms out, arrows pan while no event is selected, Home fits everything', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const fit = await app.state();

    const plus = await app.key('+');
    expect(span(plus)).toBeLessThan(span(fit) * 0.95);
    const equals = await app.key('=');
    expect(span(equals)).toBeLessThan(span(plus) * 0.95);
    const minus = await app.key('-');
    expect(span(minus)).toBeGreaterThan(span(equals) * 1.05);

    const right = await app.key('ArrowRight');
    expect(right.domain[0]).toBeGreaterThan(minus.domain[0]);
    expect(span(right)).toBeCloseTo(span(minus), -3);
    const left = await app.key('ArrowLeft');
    expect(left.domain[0]).toBeLessThan(right.domain[0]);

    const home = await app.key('Home');
    expect(home.domain[0]).toBeCloseTo(fit.domain[0], -4);
    expect(home.domain[1]).toBeCloseTo(fit.domain[1], -4);
  });

  test('the zoom buttons zoom in and out around the centre and fit back to everything', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const fit = await app.state();
    const centre = (fit.domain[0] + fit.domain[1]) / 2;

    const zoomedIn = await app.click('#zoom-in');
    expect(span(zoomedIn)).toBeLessThan(span(fit) * 0.95);
    expect(Math.abs((zoomedIn.domain[0] + zoomedIn.domain[1]) / 2 - centre)).toBeLessThan(span(fit) * 0.01);
    await app.click('#zoom-in');
    const zoomedOut = await app.click('#zoom-out');
    expect(span(zoomedOut)).toBeCloseTo(span(zoomedIn), -5);

    const back = await app.click('#zoom-fit');
    expect(back.domain[0]).toBeCloseTo(fit.domain[0], -4);
    expect(back.domain[1]).toBeCloseTo(fit.domain[1], -4);
  });

  test('double-clicking empty chart space zooms in around that point', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 40) });
    const before = await app.state();
    const at = await app.requireMark(target.id);
    // 25 px beside an event that has no lane neighbours within six days (about 60 px here).
    await page.mouse.dblclick(at.x + 25, at.y);
    const after = await app.until((s) => span(s) < span(before) * 0.75, 'double-click zoom');
    expect(after.selectedId).toBeNull();
    const moved = await app.requireMark(target.id);
    // The clicked point stays put, so the mark 25 px left of it ends up further left, not elsewhere.
    expect(moved.x).toBeLessThan(at.x + 1);
    expect(moved.x).toBeGreaterThan(at.x - 25 * (span(before) / span(after)));
  });

  test('brushing a stretch of the overview strip shows that stretch', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const fit = await app.state();
    await app.key('+');
    await app.key('+');
    const strip = await page.locator('#overview').boundingBox();
    if (!strip) throw new Error('#overview has no box');
    const y = strip.y + strip.height / 2;
    await app.act(async () => {
      await page.mouse.move(strip.x + strip.width * 0.05, y);
      await page.mouse.down();
      await page.mouse.move(strip.x + strip.width * 0.2, y, { steps: 6 });
      await page.mouse.up();
    });
    await app.idle();
    const s = await app.state();
    expect(span(s)).toBeLessThan(span(fit) * 0.3);
    expect(span(s)).toBeGreaterThan(span(fit) * 0.05);
    expect(s.domain[0]).toBeLessThan(fit.domain[0] + span(fit) * 0.15);
  });

  test('zoom stays within one hour and one hundred years per screen', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: windowHash(target.start, 2) });
    const box = await app.chartBox();
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -1000);
    await app.idle();
    const inmost = span(await app.state());
    expect(inmost).toBeGreaterThanOrEqual(HOUR_MS - 1);
    expect(inmost).toBeLessThan(2 * HOUR_MS);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 1000);
    await app.idle();
    const outmost = span(await app.state());
    expect(outmost).toBeLessThanOrEqual(100 * 366 * DAY_MS);
    expect(outmost).toBeGreaterThan(50 * 365 * DAY_MS);
  });
});
