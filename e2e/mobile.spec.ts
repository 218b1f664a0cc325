import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureActors, fixtureEvents, isolatedDayEvent, windowHash } from './app';

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

  test('lane names are shortened from their words, never cut mid-word, and keep the full name for hover and screen readers', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const full = await app.laneLabels();
    const shown = await app.shownLaneLabels();
    expect(shown.length).toBe(full.length);
    const labels = new Set(fixtureActors().actors.map((a) => a.label));
    expect(full.every((name) => labels.has(name) || name === 'No actor named')).toBe(true);
    full.forEach((name, i) => {
      const text = shown[i] ?? '';
      expect(text.endsWith('…'), `${name} shown as ${text}`).toBe(false);
      // The lane of rows with no actor is no name: it is shortened to words, never to initials.
      if (name === 'No actor named') {
        expect(['No actor named', 'No actor']).toContain(text);
        return;
      }
      const words = name.split(/\s+/);
      // Whole, or made of the name's words: initials then the last word ("N. Korea"), or all initials ("NK").
      const initials = words.map((w) => w[0]?.toUpperCase()).join('');
      const initialled = [...words.slice(0, -1).map((w) => `${w[0]?.toUpperCase()}.`), words.at(-1)].join(
        ' ',
      );
      expect([name, initialled, initials], name).toContain(text);
    });
    // At least one name is long enough on a phone to need a short form.
    expect(shown.some((text, i) => text !== full[i])).toBe(true);
    const first = page.locator('#chart .lane-label').first();
    await expect(first).toHaveAttribute('aria-label', full[0] ?? '');
    await expect(page.locator('#chart g.lane title').first()).toHaveText(full[0] ?? '');
  });

  test('the toolbar folds behind one Controls button, so the chart gets most of the screen', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const toggle = page.locator('#controls-toggle');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    for (const id of ['#export-png', '#add-article', '#theme-toggle', '#key-events', '#lane-sort']) {
      await expect(page.locator(id)).toBeHidden();
    }
    // Zoom and Table stay at hand.
    await expect(page.locator('#zoom-in')).toBeVisible();
    await expect(page.locator('#view-toggle')).toBeVisible();
    const chart = await app.chartBox();
    expect(chart.height).toBeGreaterThan(844 * 0.6);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const id of ['#export-png', '#add-article', '#theme-toggle', '#key-events', '#lane-sort']) {
      await expect(page.locator(id)).toBeVisible();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#key-events').focus();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#key-events')).toBeHidden();
    await expect(toggle).toBeFocused();
  });
});
