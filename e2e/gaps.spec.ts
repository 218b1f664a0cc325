import { expect, test } from '@playwright/test';
import type { EventRecord } from '../src/model/event-record';
import { TimelineApp, fixtureEvents, toCsv, utcDay } from './app';

/**
 * A story in two bursts five years apart: the fit view compresses the empty years to a marked break, so
 * both bursts get the width; the switch turns it off and on, and the choice lives in the URL.
 */
const base = fixtureEvents().filter((e) => e.precision === 'day' && e.start < '2021-04-01');
const moved: EventRecord[] = base.slice(0, 20).map((e) => {
  const start = `${Number(e.start.slice(0, 4)) - 5}${e.start.slice(4)}`;
  return { ...e, id: `${e.id}-early`, start, end: start, date_value: start };
});
const events = [...moved, ...base.slice(20)];
const csv = toCsv(events);

test.describe('gap compression', () => {
  test('the fit view draws the empty years as a break, and both bursts get the width', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv });
    const s = await app.state();
    expect(s.compressGaps).toBe(true);
    expect(s.breaks).toHaveLength(1);
    await expect(page.locator('#gap-toggle')).toBeVisible();
    await expect(page.locator('#gap-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#axis line.axis-break')).toHaveCount(2);
    const gap = s.breaks[0];
    if (!gap) throw new Error('no break');
    const box = await app.chartBox();
    // The break is a narrow band: the empty years no longer take most of the width.
    expect(gap.x1 - gap.x0).toBeLessThan(box.width * 0.1);
    // The first tick after the break names its year.
    const after = page.locator('#axis g.tick.major text', { hasText: /\b202[01]\b/ });
    await expect(after.first()).toBeVisible();

    // A click on a mark after the break opens that mark.
    const drawn = await app.drawn();
    const late = drawn.marks.find((m) => !m.span && !m.id.endsWith('-early'));
    if (!late) throw new Error('no mark after the break');
    const opened = await app.act(() => page.mouse.click(late.x, late.y));
    expect(opened.selectedId).toBe(late.id);
  });

  test('the switch draws time evenly, refits, and a link keeps the choice', async ({ page, context }) => {
    const app = await TimelineApp.open(page, { csv });
    const early = events.find((e) => e.id.endsWith('-early'));
    if (!early) throw new Error('fixture has no early event');
    const off = await app.act(() => page.locator('#gap-toggle').click());
    expect(off.compressGaps).toBe(false);
    expect(off.breaks).toHaveLength(0);
    await expect(page.locator('#gap-toggle')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('#axis line.axis-break')).toHaveCount(0);
    // Still the fit view: the first and last days are in it.
    expect(off.domain[0]).toBeLessThanOrEqual(utcDay(early.start));
    await expect.poll(() => new URL(page.url()).hash).toContain('gaps=0');

    const copy = await context.newPage();
    const reopened = await TimelineApp.open(copy, { csv, hash: new URL(page.url()).hash });
    expect((await reopened.state()).compressGaps).toBe(false);

    const on = await app.act(() => page.locator('#gap-toggle').click());
    expect(on.breaks).toHaveLength(1);
  });

  test('wheel zoom keeps the time under the pointer on either side of the break', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv });
    const drawn = await app.drawn();
    const late = drawn.marks.find((m) => !m.span && !m.id.endsWith('-early'));
    if (!late) throw new Error('no mark after the break');
    await app.wheel({ x: late.x, y: late.y }, -300);
    const at = await app.requireMark(late.id);
    expect(Math.abs(at.x - late.x)).toBeLessThan(4);
  });

  test('data without long empty stretches shows no switch and no break', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const s = await app.state();
    expect(s.breaks).toHaveLength(0);
    await expect(page.locator('#gap-toggle')).toBeHidden();
  });
});
