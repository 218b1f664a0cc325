import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { LIGHT_THEME } from '../model/palette';
import { testRecord } from '../model/test-records';
import { chooseTicks } from '../model/ticks';
import { escapeXml, sceneToSvg } from './export-svg';
import { buildScene } from './scene';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('SVG export', () => {
  it('escapes markup in titles and lane labels so nothing from the data becomes an element', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const table = buildEventTable([testRecord({ id: 'x', start: '2022-06-05', actor: hostile })], []);
    const domain = [at('2022-06-01'), at('2022-06-10')] as const;
    const scene = buildScene({
      table,
      filter: applyFilters(table, NO_FILTERS),
      laneOrder: [0],
      domain,
      width: 600,
      height: 60,
      scrollY: 0,
    });
    const svg = sceneToSvg(
      {
        scene,
        ticks: chooseTicks(domain, 600).ticks,
        title: `Data ${hostile}`,
        caption: 'All events',
        gutterWidth: 170,
        types: ['missile-test'],
      },
      LIGHT_THEME,
    );
    expect(svg).not.toMatch(/<img|onerror=/);
    expect(svg).toContain('&lt;img src&#61;x onerror&#61;&quot;alert(1)&quot;&gt;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('drops control characters that XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});
