import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvRowCutter, IRREGULAR_ROW } from './csv-row-cutter';

/** Rows as papaparse reads them (header off, LF line ends), with line feeds inside each row's cells. */
function papaRows(text: string, delimiter: string): { cells: string[]; errors: number }[] {
  const rows: { cells: string[]; errors: number }[] = [];
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    newline: '\n',
    step: (r) => rows.push({ cells: r.data, errors: r.errors.length }),
  });
  return rows;
}

/** Rows as the cutter reads them, or null from the first row it leaves to papaparse. */
function cutRows(text: string, delimiter: string): { rows: string[][]; lineFeeds: number } | null {
  const cutter = new CsvRowCutter(delimiter);
  const rows: string[][] = [];
  let lineFeeds = 0;
  for (let at = 0; at < text.length;) {
    const next = cutter.read(text, at);
    if (next === IRREGULAR_ROW) return null;
    rows.push([...cutter.cells]);
    lineFeeds += cutter.innerLineFeeds + (text[next - 1] === '\n' ? 1 : 0);
    at = next;
  }
  return { rows, lineFeeds };
}

/** A cell as a CSV writer puts it: plain, or quoted with doubled quotes (and any delimiter or line feed). */
const cellArb = (delimiter: string) =>
  fc.oneof(
    fc.stringMatching(/^[a-z0-9 .:;,|\t-]{0,8}$/).filter((s) => !s.includes(delimiter)),
    fc
      .array(fc.constantFrom('a', ' ', '"', '\n', ',', ';', '\t', '|', 'é', '字'), { maxLength: 8 })
      .map((cs) => `"${cs.join('').replaceAll('"', '""')}"`),
  );

/** Text that a person or a broken exporter might write: any mix of the characters that matter. */
const messyArb = fc
  .array(fc.constantFrom('a', 'b', ' ', '"', '""', '\n', ',', ';', '\t'), { maxLength: 40 })
  .map((cs) => cs.join(''));

describe('CsvRowCutter', () => {
  it('reads quoted cells with delimiters, doubled quotes and line feeds as their values', () => {
    const cutter = new CsvRowCutter(',');
    const text = 'a,"b, ""c""\nd",\ne\n';
    expect(cutter.read(text, 0)).toBe(text.indexOf('\ne') + 1);
    expect(cutter.cells).toEqual(['a', 'b, "c"\nd', '']);
    expect(cutter.innerLineFeeds).toBe(1);
    expect(cutter.read(text, text.length - 2)).toBe(text.length);
    expect(cutter.cells).toEqual(['e']);
  });

  it('leaves a quote inside a plain cell, text after a closing quote and an open quote to papaparse', () => {
    const cutter = new CsvRowCutter(',');
    for (const row of ['a,b"c,d\n', 'a,"b" ,c\n', 'a,"b"c\n', 'a,"b\n', 'a,"b""\n']) {
      expect(cutter.read(row, 0)).toBe(IRREGULAR_ROW);
    }
  });

  it('gives exactly the cells papaparse gives for rows a CSV writer makes, with any delimiter', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(',', ';', '\t', '|')
          .chain((d) =>
            fc.tuple(
              fc.constant(d),
              fc.array(fc.array(cellArb(d), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
              fc.boolean(),
            ),
          ),
        ([delimiter, rows, finalLineFeed]) => {
          const text = rows.map((r) => r.join(delimiter)).join('\n') + (finalLineFeed ? '\n' : '');
          const cut = cutRows(text, delimiter);
          expect(cut).not.toBeNull();
          const papa = papaRows(text, delimiter);
          // papaparse steps over one more, empty, row after a final line feed; skipEmptyLines drops it.
          const papaCells = papa.map((r) => r.cells).filter((c) => !(c.length === 1 && c[0] === ''));
          const cutCells = (cut?.rows ?? []).filter((c) => !(c.length === 1 && c[0] === ''));
          expect(cutCells).toEqual(papaCells);
          expect(cut?.lineFeeds).toBe(text.split('\n').length - 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with papaparse reading from the first row it leaves, gives what papaparse gives for the whole text', () => {
    fc.assert(
      fc.property(messyArb, fc.constantFrom(',', ';', '\t'), (text, delimiter) => {
        const cutter = new CsvRowCutter(delimiter);
        let at = 0;
        const rows: { cells: string[]; errors: number }[] = [];
        while (at < text.length) {
          const next = cutter.read(text, at);
          if (next === IRREGULAR_ROW) break;
          rows.push({ cells: [...cutter.cells], errors: 0 });
          at = next;
        }
        if (at < text.length) rows.push(...papaRows(text.slice(at), delimiter));
        else if (text.endsWith('\n')) rows.push({ cells: [''], errors: 0 });
        expect(rows).toEqual(papaRows(text, delimiter));
      }),
      { numRuns: 3000 },
    );
  });
});
