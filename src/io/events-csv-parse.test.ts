import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, REQUIRED_COLUMNS } from '../model/event-record';
import { parseEventsCsv } from './events-csv-parse';

const fixture = readFileSync(new URL('../../data/fixtures/events-sample.csv', import.meta.url), 'utf8');
const HEADER = REQUIRED_COLUMNS.join(',');
const row = (id: string, start: string, end: string, extra: Partial<Record<string, string>> = {}) =>
  REQUIRED_COLUMNS.map((c) =>
    c === 'id'
      ? id
      : c === 'start'
        ? start
        : c === 'end'
          ? end
          : (extra[c] ??
            {
              precision: 'day',
              actor: 'north-korea',
              type: 'missile-test',
              title: 'North Korea fires missiles',
              sentence: 'North Korea fired eight ballistic missiles on Sunday.',
              article_id: 'a1',
              confidence: '0.9',
              method: 'rules',
            }[c] ??
            ''),
  ).join(',');

describe('events CSV parsing', () => {
  it('loads every row of the sample file with no problems', () => {
    const parsed = parseEventsCsv(fixture, 'events-sample.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.length).toBe(parsed.rows);
    const eight = parsed.records.find((r) => r.title === 'North Korea fires 8 ballistic missiles');
    expect(eight?.quantity).toBe(8);
    expect(eight?.other_actors).toEqual(['south-korea']);
    // The sample predates the predicate and agent columns: they load empty, with no header notice.
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.records.every((r) => r.predicate === '' && r.agent === '')).toBe(true);
  });

  it('reads predicate, agent and a discovered actor name, and names the line of a bad predicate', () => {
    const header = `${HEADER},date_basis,date_qualifier,predicate,agent`;
    const text = [
      header,
      `${row('k1', '2024-01-06', '2024-01-06', { actor: 'Kenya Airways', type: 'other' })},publication,approx,apologize,Kenya Airways`,
      `${row('k2', '2024-01-06', '2024-01-06', { actor: 'AT&T', type: 'lawsuit' })},absolute,,sue,AT&T Inc.`,
      `${row('k3', '2024-01-06', '2024-01-06')},publication,approx,said on Saturday that it,Boeing`,
    ].join('\n');
    const parsed = parseEventsCsv(text, 'news.csv');
    expect(parsed.records.map((r) => [r.actor, r.type, r.predicate, r.agent, r.date_basis])).toEqual([
      ['Kenya Airways', 'other', 'apologize', 'Kenya Airways', 'publication'],
      ['AT&T', 'lawsuit', 'sue', 'AT&T Inc.', 'absolute'],
    ]);
    expect(parsed.problems.map((p) => [p.file, p.line, p.field])).toEqual([['news.csv', 4, 'predicate']]);
  });

  it('reports an impossible date and a start after its end with their line numbers, and keeps the valid rows', () => {
    const text = [
      HEADER,
      row('ok-1', '2022-06-05', '2022-06-05'),
      row('bad-1', '2022-02-30', '2022-02-30'),
      row('bad-2', '2022-05-10', '2022-05-01'),
    ].join('\n');
    const parsed = parseEventsCsv(text, 'broken.csv');
    expect(parsed.records.map((r) => r.id)).toEqual(['ok-1']);
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'start'],
      [4, 'end'],
    ]);
    expect(parsed.problems[0]?.file).toBe('broken.csv');
    expect(parsed.problems[0]?.reason).toContain('2022-02-30');
  });

  it('counts physical lines when a quoted sentence spans lines', () => {
    const multi = row('m', '2022-06-05', '2022-06-05', {
      sentence: '"The launch, officials said,\nwas the third."',
    });
    const text = [HEADER, multi, row('bad', 'June 5', '2022-06-05')].join('\r\n');
    const parsed = parseEventsCsv(text, 'multi.csv');
    expect(parsed.records[0]?.sentence).toBe('The launch, officials said,\nwas the third.');
    expect(parsed.problems[0]?.line).toBe(4);
  });

  it('reads a BOM, CRLF line ends and semicolon or tab delimiters alike', () => {
    const comma = [HEADER, row('x', '2022-06-05', '2022-06-06')].join('\n');
    for (const [delimiter, eol] of [
      [';', '\r\n'],
      ['\t', '\n'],
      [',', '\r'],
    ] as const) {
      const text =
        '\uFEFF' +
        comma
          .split('\n')
          .map((l) => l.split(',').join(delimiter))
          .join(eol);
      const parsed = parseEventsCsv(text, 'd.csv');
      expect(parsed.problems).toEqual([]);
      expect(parsed.records[0]?.end).toBe('2022-06-06');
    }
  });

  it('reports missing required columns on the header and every row, never dropping a row silently', () => {
    const parsed = parseEventsCsv(
      'id,start,end\na,2022-01-01,2022-01-01\nb,2022-01-02,2022-01-02\n',
      'thin.csv',
    );
    expect(parsed.headerProblems.some((p) => p.field === 'precision' && p.line === 1)).toBe(true);
    expect(parsed.records.length + parsed.problems.length).toBe(2);
  });

  it('treats a repeated id as a problem on the second row', () => {
    const text = [
      HEADER,
      row('same', '2022-06-05', '2022-06-05'),
      row('same', '2022-06-06', '2022-06-06'),
    ].join('\n');
    const parsed = parseEventsCsv(text, 'dup.csv');
    expect(parsed.records).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 3, field: 'id' });
  });

  it('rejects a truncated row that ends before the required columns', () => {
    const text = [HEADER, row('ok', '2022-06-05', '2022-06-05'), 'cut-1,2022-03-01,2022-03-01,day'].join(
      '\n',
    );
    const parsed = parseEventsCsv(text, 'cut.csv');
    expect(parsed.records.map((r) => r.id)).toEqual(['ok']);
    expect(parsed.problems[0]?.line).toBe(3);
  });

  it('accounts for every row of any generated file: records + problems = rows', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '2022-06-05',
        '2022-02-30',
        '0999-01-01',
        '10000-01-01',
        'day',
        'month',
        'statement',
        '"',
        '\r\n',
        ';',
        '0.5',
      ),
    );
    const columns = fc.shuffledSubarray([...ALL_COLUMNS, 'extra', 'id'], { minLength: 0 });
    fc.assert(
      fc.property(
        columns,
        fc.array(fc.array(cell, { maxLength: 34 }), { maxLength: 20 }),
        fc.constantFrom(',', ';', '\t'),
        (cols, rows, d) => {
          const text = [cols.join(d), ...rows.map((r) => r.join(d))].join('\n');
          const parsed = parseEventsCsv(text, 'gen.csv');
          expect(parsed.records.length + parsed.problems.length).toBe(parsed.rows);
          for (const r of parsed.records) expect(r.start <= r.end).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
