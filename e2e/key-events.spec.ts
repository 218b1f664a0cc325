import { expect, test } from '@playwright/test';
import { TimelineApp, fixtureEvents, pngSize, toCsv } from './app';

/** Decodes the few entities the SVG export writes, so titles can be compared with the app's text. */
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#61;/g, '=')
    .replace(/&amp;/g, '&');

test.describe('key events', () => {
  test('the Key events control ranks days, titles them on the chart, fades the rest and lives in the URL', async ({
    page,
  }) => {
    const app = await TimelineApp.open(page);
    const before = await app.state();
    expect(before.keyEvents).toBeNull();
    expect(before.fadedMarks).toBe(0);
    // Titles are on the chart even with the mode off, wherever they fit.
    expect(before.titles.length).toBeGreaterThan(0);
    expect(before.titles.every((t) => !t.key)).toBe(true);

    // A person finds the control by its label and picks 20 days with the keyboard.
    const control = page.getByRole('combobox', { name: 'Key events' });
    await expect(control).toHaveValue('off');
    await control.focus();
    await app.act(() => control.selectOption('20'));
    const s = await app.until((st) => (st.keyEvents?.days?.length ?? 0) > 0, 'key days ranked');
    expect(s.keyEvents?.count).toBe('20');
    expect(s.keyEvents?.days).toHaveLength(20);
    await expect.poll(() => new URL(page.url()).hash).toContain('key=20');

    // Key titles are drawn, each for a row of a key day; the other marks are faded.
    const keyIds = new Set(s.keyEvents?.days?.flatMap((d) => d.ids));
    const keyTitles = s.titles.filter((t) => t.key);
    expect(keyTitles.length).toBeGreaterThan(0);
    for (const t of keyTitles) expect(keyIds.has(t.id), t.text).toBe(true);
    expect(s.fadedMarks).toBeGreaterThan(0);

    // The days are listed in the sidebar and the change was announced.
    const items = page.locator('#key-events-list button.key-event');
    await expect(items).toHaveCount(20);
    await expect(page.locator('#announcer')).toContainText('Key events: the 20 most salient days');

    // A listed day opens its event.
    const firstId = await items.first().getAttribute('data-id');
    const opened = await app.act(() => items.first().click());
    expect(opened.selectedId).toBe(firstId);
    await expect(page.locator('#detail-panel')).toBeVisible();

    // Exports carry the mode: the SVG holds the key titles and says which mode it shows.
    const svg = (await app.download('#export-svg')).bytes.toString('utf8');
    expect(svg).toContain('Key events: the 20 most salient days');
    expect(svg).toContain('class="faded"');
    const svgKeyTitles = [...svg.matchAll(/class="title key"[^>]*>([^<]*)<\/text>/g)].map((m) =>
      unescapeXml(m[1] ?? ''),
    );
    expect(svgKeyTitles.length).toBeGreaterThan(0);
    // The export is laid out for every lane at the chart's width, so it holds at least the chart's key titles
    // of the lanes in view.
    const allKeyTexts = new Set(keyTitles.map((t) => t.text));
    expect(svgKeyTitles.some((t) => allKeyTexts.has(t))).toBe(true);
    const png = await app.download('#export-png');
    expect(pngSize(png.bytes)?.width ?? 0).toBeGreaterThan(300);

    // A copied link reopens the mode; Off leaves the URL and unfades everything.
    await page.goto(`/${new URL(page.url()).hash.replace('key=20', 'key=40')}`);
    await app.waitReady();
    await expect(control).toHaveValue('40');
    const reopened = await app.until((st) => (st.keyEvents?.days?.length ?? 0) > 0);
    expect(reopened.keyEvents?.days?.length).toBe(40);
    await app.act(() => control.selectOption('off'));
    await expect.poll(() => new URL(page.url()).hash).not.toContain('key=');
    const off = await app.state();
    expect(off.keyEvents).toBeNull();
    expect(off.fadedMarks).toBe(0);
    await expect(page.locator('#key-events-section')).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });

  test('key events follow the filters and zooming in reveals more titles', async ({ page }) => {
    const app = await TimelineApp.open(page, { hash: 'key=10' });
    const s = await app.until((st) => (st.keyEvents?.days?.length ?? 0) > 0);
    expect(s.keyEvents?.days).toHaveLength(10);
    // Hiding the lane of the top day's first row re-ranks without it.
    const hidden = s.lanes[0] ?? '';
    await app.act(() => page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck());
    const filtered = await app.until(
      (st) => st.hiddenActors.includes(hidden) && (st.keyEvents?.days?.length ?? 0) > 0,
    );
    const rows = filtered.keyEvents?.days?.flatMap((d) => d.ids) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(filtered.titles.every((t) => rows.includes(t.id) || !t.key)).toBe(true);

    // Zoom in: marks move apart, and a larger share of them get their title than in the fit view.
    await app.act(() => page.locator('#key-events').selectOption('off'));
    const share = (st: { titles: unknown[]; visibleMarks: number }) =>
      st.titles.length / Math.max(1, st.visibleMarks);
    const fit = await app.state();
    const box = await app.chartBox();
    let zoomed = fit;
    for (let i = 0; i < 4; i++)
      zoomed = await app.wheel({ x: box.x + box.width * 0.6, y: box.y + 150 }, -480);
    expect(zoomed.visibleMarks).toBeGreaterThan(0);
    expect(share(zoomed)).toBeGreaterThan(share(fit));
    expect(app.pageErrors).toEqual([]);
  });

  test('a file the table worker holds ranks there, re-ranks on a filter change and matches the page ranking', async ({
    browser,
    page,
  }) => {
    // Over a megabyte of CSV: the table worker reads and holds it.
    const csv = toCsv(fixtureEvents({ n: 5_000, seed: 9, actors: 6, years: 2, startYear: 2021 }));
    expect(csv.length).toBeGreaterThan(1_000_000);
    const app = await TimelineApp.open(page);
    await app.loadCsvText(csv, 'big.csv');
    const control = page.getByRole('combobox', { name: 'Key events' });
    await app.act(() => control.selectOption('20'));
    const s = await app.until((st) => (st.keyEvents?.days?.length ?? 0) === 20, 'key days ranked');
    expect(s.totalCount).toBe(5_000);
    expect(s.titles.some((t) => t.key)).toBe(true);
    await expect(page.locator('#key-events-list button.key-event')).toHaveCount(20);
    const listed = await page.locator('#key-events-list button.key-event').allTextContents();

    // Hiding a lane re-ranks without its rows.
    const hidden = s.lanes[0] ?? '';
    await app.act(() => page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck());
    const filtered = await app.until(
      (st) =>
        st.hiddenActors.includes(hidden) &&
        (st.keyEvents?.days?.length ?? 0) === 20 &&
        JSON.stringify(st.keyEvents?.days) !== JSON.stringify(s.keyEvents?.days),
      're-ranked',
    );
    expect(filtered.titles.some((t) => t.key)).toBe(true);

    // The same file held by the page (the simple loader keeps every row there) ranks the same days, in the
    // same order, with the same lines.
    const other = await browser.newPage();
    const pageApp = await TimelineApp.open(other, { query: '?load=naive' });
    await pageApp.loadCsvText(csv, 'big.csv');
    await pageApp.act(() => other.getByRole('combobox', { name: 'Key events' }).selectOption('20'));
    const onPage = await pageApp.until((st) => (st.keyEvents?.days?.length ?? 0) === 20, 'page ranking');
    expect(onPage.keyEvents?.days).toEqual(s.keyEvents?.days);
    await expect(other.locator('#key-events-list button.key-event')).toHaveText(listed);
    expect(app.pageErrors).toEqual([]);
    expect(pageApp.pageErrors).toEqual([]);
    await other.close();
  });
});
