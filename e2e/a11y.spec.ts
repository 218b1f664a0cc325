import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TimelineApp, fixtureEvents, isolatedDayEvent, windowHash } from './app';

const target = isolatedDayEvent(fixtureEvents());

/** Serious and critical axe violations on the page as it is now, one line each, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('the timeline has no serious or critical axe violations with the detail panel closed and open', async ({
      page,
    }) => {
      const app = await TimelineApp.open(page, { hash: windowHash(target.start, 30) });
      expect(await seriousViolations(page)).toEqual([]);
      await app.act(() =>
        page.evaluate((id) => (location.hash = `${location.hash.slice(1)}&sel=${id}`), target.id),
      );
      await expect(page.locator('#detail-panel')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the table view, the shortcuts list and the problems panel have no serious or critical axe violations', async ({
      page,
    }) => {
      const app = await TimelineApp.open(page);
      await page.locator('#view-toggle').click();
      await expect(page.locator('#table-view tbody tr').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('#view-toggle').click();
      await app.chart.focus();
      await page.keyboard.press('?');
      await expect(page.locator('#shortcuts-dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await app.loadCsvText('id,start,end\nx,2022-02-30,2022-02-30\n', 'broken.csv');
      await expect(page.locator('#problems-panel')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the chart is a labelled application region and the selection is announced politely', async ({
  page,
}) => {
  const app = await TimelineApp.open(page, { hash: windowHash(target.start, 30) });
  await expect(app.chart).toHaveAttribute('role', 'application');
  await expect(app.chart).toHaveAttribute('aria-label', /one lane per actor/);
  const announcer = page.locator('#announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  const at = await app.requireMark(target.id);
  await app.act(() => page.mouse.click(at.x, at.y));
  await expect(announcer).toContainText(target.title);
  await expect(announcer).toContainText(/Event \d+ of \d+ in the lane/);
});
