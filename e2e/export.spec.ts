import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { REQUIRED_COLUMNS } from '../src/model/event-record';
import { TimelineApp, fixtureActors, fixtureEvents, pngSize } from './app';

const events = fixtureEvents();
const actors = fixtureActors().actors;

test.describe('export', () => {
  test('PNG exports download at 1x and at exactly twice the size at 2x', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const box = await app.chartBox();

    const one = await app.download('#export-png');
    expect(one.name).toMatch(/\.png$/);
    const size1 = pngSize(one.bytes);
    expect(size1, 'a PNG header').not.toBeNull();
    expect(size1?.width ?? 0).toBeGreaterThanOrEqual(Math.floor(box.width * 0.9));
    expect(size1?.height ?? 0).toBeGreaterThan(100);
    expect(one.bytes.length).toBeGreaterThan(5000);

    const two = await app.download('#export-png-2x');
    const size2 = pngSize(two.bytes);
    expect(size2?.width).toBe((size1?.width ?? 0) * 2);
    expect(size2?.height).toBe((size1?.height ?? 0) * 2);
  });

  test('SVG export downloads vector content with every visible lane label', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const { name, bytes } = await app.download('#export-svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).not.toMatch(/<script/i);
    const lanes = (await app.state()).lanes;
    for (const id of lanes.filter((l) => l !== '')) {
      const label = actors.find((a) => a.id === id)?.label ?? id;
      expect(svg, `lane label ${label}`).toContain(label);
    }
  });

  test('CSV export holds exactly the filtered rows with the documented columns', async ({ page }) => {
    const app = await TimelineApp.open(page);
    const hidden = actors[0]?.id ?? '';
    const s = await app.act(() => page.locator(`#actor-filter input[data-actor="${hidden}"]`).uncheck());
    const { name, bytes } = await app.download('#export-csv');
    expect(name).toMatch(/\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    for (const column of REQUIRED_COLUMNS) expect(parsed.meta.fields).toContain(column);
    expect(parsed.data).toHaveLength(s.filteredCount);
    expect(parsed.data.some((r) => r.actor === hidden)).toBe(false);
    const ids = new Set(events.filter((e) => e.actor !== hidden).map((e) => e.id));
    for (const row of parsed.data) expect(ids.has(row.id ?? '')).toBe(true);
  });
});
