import { expect, test } from '@playwright/test';
import { TimelineApp } from './app';

/** Relative luminance (0 black .. 1 white) of the page background. */
async function backgroundLuminance(app: TimelineApp): Promise<number> {
  return app.page.evaluate(() => {
    const pick = (el: Element | null): string => (el ? getComputedStyle(el).backgroundColor : '');
    const colour = [pick(document.body), pick(document.documentElement)].find(
      (c) => c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent',
    );
    const [r, g, b] = (colour ?? 'rgb(255,255,255)').match(/[\d.]+/g)?.map(Number) ?? [255, 255, 255];
    const lin = (c: number) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(r ?? 255) + 0.7152 * lin(g ?? 255) + 0.0722 * lin(b ?? 255);
  });
}

test.describe('themes', () => {
  test('follows a dark system theme and still draws the timeline', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = await TimelineApp.open(page);
    expect(await backgroundLuminance(app)).toBeLessThan(0.2);
    const s = await app.state();
    expect(s.visibleMarks + s.clusters).toBeGreaterThan(0);
    await expect(page.locator('#chart .lane-label').first()).toBeVisible();
  });

  test('follows a light system theme, and the toggle switches to dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const app = await TimelineApp.open(page);
    expect(await backgroundLuminance(app)).toBeGreaterThan(0.6);
    await app.act(() => page.locator('#theme-toggle').click());
    expect(await backgroundLuminance(app)).toBeLessThan(0.2);
  });
});
