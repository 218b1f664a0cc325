import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { testRecord } from '../model/test-records';
import { exportLayout } from './export-layout';
import { exportFrameOps } from './export-frame';
import { LIGHT_THEME } from '../model/palette';
import { buildScene } from './scene';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function layoutFor(types: Parameters<typeof exportLayout>[0]['types'], width: number) {
  const table = buildEventTable([testRecord({ id: 'x', start: '2022-06-05' })], []);
  const scene = buildScene({
    table,
    filter: applyFilters(table, NO_FILTERS),
    laneOrder: [0],
    domain: [at('2022-06-01'), at('2022-06-10')],
    width,
    height: 60,
    scrollY: 0,
  });
  return exportLayout({ scene, ticks: [], title: 'T', caption: 'C', gutterWidth: 150, types });
}

describe('export legend', () => {
  it('lists only the types given, each under its family heading, in family order', () => {
    const layout = layoutFor(['verdict', 'statement', 'arrest', 'missile-test'], 900);
    expect(layout.legend.map((item) => (item.kind === 'family' ? `# ${item.label}` : item.label))).toEqual([
      '# Diplomacy and statements',
      'Statement',
      '# Conflict and military',
      'Missile test',
      '# Justice',
      'Arrest',
      'Verdict',
    ]);
  });

  it('wraps within the picture and never leaves a family heading at the end of a line', () => {
    const layout = layoutFor(
      ['statement', 'meeting', 'arrest', 'charge', 'lawsuit', 'trial', 'verdict'],
      300,
    );
    const right = layout.width - 16;
    layout.legend.forEach((item, i) => {
      expect(item.x).toBeLessThan(right);
      const next = layout.legend[i + 1];
      if (item.kind === 'family') expect(next?.y).toBe(item.y);
    });
    expect(new Set(layout.legend.map((item) => item.y)).size).toBeGreaterThan(1);
    expect(layout.height).toBeGreaterThan((layout.legend.at(-1)?.y ?? 0) + 16);
  });
});

describe('export sources line', () => {
  it('gets its own band under the caption, drawn by the shared frame for PNG and SVG', () => {
    const plain = layoutFor(['missile-test'], 600);
    const table = buildEventTable([testRecord({ id: 'x', start: '2022-06-05' })], []);
    const scene = buildScene({
      table,
      filter: applyFilters(table, NO_FILTERS),
      laneOrder: [0],
      domain: [at('2022-06-01'), at('2022-06-10')],
      width: 600,
      height: 60,
      scrollY: 0,
    });
    const content = {
      scene,
      ticks: [],
      title: 'T',
      caption: 'C',
      sources: 'Sources: 1 article — “Missiles fired” · file events.csv',
      gutterWidth: 150,
      types: ['missile-test'] as const,
    };
    const layout = exportLayout(content);
    expect(layout.axisY).toBeGreaterThan(plain.axisY);
    expect(layout.height).toBeGreaterThan(plain.height);
    const ops = exportFrameOps(content, layout, LIGHT_THEME);
    const line = ops.find((o) => o.op === 'text' && o.tag === 'export-sources');
    expect(line && line.op === 'text' ? line.text : '').toBe(content.sources);
    expect(line && line.op === 'text' ? line.y : 0).toBeGreaterThan(layout.captionY + 13);
    expect(line && line.op === 'text' ? line.y : Infinity).toBeLessThan(layout.axisY);
    expect(
      exportFrameOps({ ...content, sources: '' }, plain, LIGHT_THEME).some((o) => o.tag === 'export-sources'),
    ).toBe(false);
  });
});
