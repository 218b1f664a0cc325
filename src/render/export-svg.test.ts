import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { DARK_THEME, LIGHT_THEME } from '../model/palette';
import { testRecord } from '../model/test-records';
import { chooseTicks } from '../model/ticks';
import { escapeXml, sceneToSvg } from './export-svg';
import { keyEventRows } from '../model/key-event-rows';
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

  it('draws titles, and in Key events mode the key titles over a faded group of the rest', () => {
    const records = [
      testRecord({ id: 'a', start: '2022-06-02', title: 'Putin meets Xi', actor: 'russia' }),
      ...['b', 'c', 'd'].map((a, i) =>
        testRecord({
          id: `k${a}`,
          start: '2022-06-05',
          article_id: a,
          ref_date: `2022-06-0${6 + i}`,
          title: 'North Korea fires <eight> missiles',
        }),
      ),
    ];
    const table = buildEventTable(records, []);
    const filter = applyFilters(table, NO_FILTERS);
    const domain = [at('2022-06-01'), at('2022-06-10')] as const;
    const svgOf = (keyEvents: ReturnType<typeof keyEventRows> | null) =>
      sceneToSvg(
        {
          scene: buildScene({
            table,
            filter,
            laneOrder: table.lanes.map((_, i) => i),
            domain,
            width: 800,
            height: 120,
            scrollY: 0,
            keyEvents,
          }),
          ticks: chooseTicks(domain, 800).ticks,
          title: 'Test',
          caption: 'All events',
          gutterWidth: 170,
          types: ['missile-test'],
        },
        LIGHT_THEME,
      );
    const plain = svgOf(null);
    expect(plain).toContain('>Putin meets Xi</text>');
    expect(plain).toContain('North Korea fires &lt;eight&gt; missiles');
    expect(plain).not.toContain('class="faded"');
    const key = svgOf(keyEventRows(table, filter.index, 1));
    expect(key).toMatch(/class="faded" opacity="0.22"/);
    expect(key).toMatch(/class="title key"[^>]*>North Korea fires &lt;eight&gt; missiles<\/text>/);
    expect(key).toMatch(/class="title" opacity="[\d.]+"[^>]*>Putin meets Xi<\/text>/);
  });

  it('draws what the canvas draws: crossed-out denials, soft approximate ends, new-event rings, dark theme', () => {
    const records = [
      testRecord({
        id: 'neg',
        start: '2022-06-03',
        factuality: 'negated',
        title: 'North Korea denies a launch',
      }),
      testRecord({
        id: 'approx',
        start: '2022-06-01',
        end: '2022-06-30',
        precision: 'month',
        date_qualifier: 'approx',
        actor: 'russia',
      }),
    ];
    const table = buildEventTable(records, [], new Set(['neg']));
    const domain = [at('2022-05-25'), at('2022-07-05')] as const;
    const scene = buildScene({
      table,
      filter: applyFilters(table, NO_FILTERS),
      laneOrder: table.lanes.map((_, i) => i),
      domain,
      width: 800,
      height: 120,
      scrollY: 0,
    });
    const neg = scene.marks.find((m) => table.id(m.row) === 'neg');
    expect(neg?.isNew).toBe(true);
    const svg = sceneToSvg(
      {
        scene,
        ticks: chooseTicks(domain, 800).ticks,
        title: 'T',
        caption: 'C',
        gutterWidth: 170,
        types: ['missile-test'],
      },
      DARK_THEME,
    );
    expect(svg).toContain(`<rect x="0" y="0" width=`);
    expect(svg).toMatch(new RegExp(`fill="${DARK_THEME.background}"`));
    expect(svg).not.toContain(LIGHT_THEME.background);
    // The cross-out through the denied mark, from its lower left to its upper right.
    const d = (neg?.r ?? 0) + 2;
    const round = (v: number) => String(Math.round(v * 10) / 10);
    expect(svg).toContain(
      `<line x1="${round((neg?.x ?? 0) - d)}" y1="${round((neg?.y ?? 0) + d)}" x2="${round((neg?.x ?? 0) + d)}"`,
    );
    expect(svg).toMatch(new RegExp(`<circle [^>]*stroke="${DARK_THEME.highlight}"`));
    expect(svg).toMatch(/<linearGradient id="g0"[^>]*><stop offset="0" [^>]*stop-opacity="0"\/>/);
    expect(svg).toContain('Denied (crossed out)');
    expect(svg).toContain('Approximate date (soft ends)');
  });

  it('drops control characters that XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});
