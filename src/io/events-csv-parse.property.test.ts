/**
 * Property tests for loading events CSVs from strangers: over 10,000 generated files (well-formed files with
 * hostile cells, the same files cut short or sprinkled with stray quotes, random bytes, odd encodings) the
 * parser never throws and accounts for every data row: it is loaded, or it is a problem with a line number
 * pointing at the row, a field and a reason. Well-formed files also get an oracle for the row count, the
 * line numbers, the ids loaded and the rows that must be rejected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, REQUIRED_COLUMNS } from '../model/event-record';
import { parseEventsCsv } from './events-csv-parse';
import type { ParsedEvents } from './events-csv-parse';
import { MAX_CELL_CHARS } from './event-row-validator';

const DELIMITERS = [',', ';', '\t'] as const;
const LINE_ENDS = ['\n', '\r\n', '\r'] as const;

/** Runs per property: 10,000 generated files in all, the cheap random ones most often. */
const RUNS = { wellFormed: 3000, damaged: 2000, bytes: 3000, text: 2000 } as const;

/** An independent calendar check (not model/day.ts): a real day in years 1000..9999. */
function isRealDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  const monthDays = [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
  ];
  return d <= (monthDays.concat([31, 30, 31])[mo - 1] ?? 0);
}

const dateCell = fc.oneof(
  fc.constantFrom(
    '2022-06-05',
    '2024-02-29',
    ' 2022-06-07 ',
    '2022-02-30',
    '2021-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-6-5',
    '0999-12-31',
    '1000-01-01',
    '9999-12-31',
    '10000-01-01',
    '-2022-01-01',
    '2022-06-05T10:00',
    'June 5, 2022',
    '',
  ),
  fc
    .record({
      y: fc.integer({ min: 900, max: 10_100 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    })
    .map(
      ({ y, m, d }) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
);

/** Text a scraper or a hostile person might put in a cell. */
const textCell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 16 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'North Korea fired eight ballistic missiles on Sunday, officials said.',
      'He said: "We will respond"; the ministry | the army | the navy disagreed.',
      'a; b; c; d; e; f; g; h',
      'x | y | z | w | v | u',
      '=HYPERLINK("http://attacker.example","x")',
      '<img src=x onerror=alert(1)>',
      'line one\nline two\r\nline three\rline four',
      '"',
      '""',
      '\t',
      'day',
      'statement',
      '0.5',
      'asserted',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** One cell around the size limit, in about one file in twenty: enough to test it, cheap enough to run often. */
const hugeCellArb = fc.option(
  fc.record({
    row: fc.nat(),
    column: fc.nat(),
    size: fc.integer({ min: MAX_CELL_CHARS - 10, max: MAX_CELL_CHARS + 5000 }),
  }),
  { freq: 20 },
);

// Built once: an arbitrary made inside cellFor would be rebuilt for every column of every generated file.
const idCell = fc.oneof(
  fc.tuple(fc.constantFrom('ev', 'kp', 'ua'), fc.nat(999)).map(([p, n]) => `${p}-${n}`),
  fc.constantFrom('', ' ', 'dup', '"x"'),
);
const precisionCell = fc.constantFrom('day', 'month', 'year', 'decade', 'fortnight', '');
const confidenceCell = fc.constantFrom('0.9', '1', '0', '1.5', '-0.1', 'high', '', 'NaN');
const numberCell = fc.constantFrom('8', '1,200', '', 'eight', 'Infinity');
/** Lemmas, phrasal verbs, and what a shifted or pasted cell puts there instead. */
const predicateCell = fc.oneof(
  fc.constantFrom('', 'apologize', 'step down', 'put up with', 're-elect', ' sue ', 'naïve', 'Join'),
  fc.constantFrom('said on Saturday that it', 'fire!', '3', 'a-', 'carry  out', 'w'.repeat(41)),
  textCell,
);
/** Names as the extractor writes them, lists and line breaks that are not one name, and random text. */
const agentCell = fc.oneof(
  fc.constantFrom('', 'Benjamin Netanyahu', 'AT&T', 'Kenya Airways', ' Boeing ', '<b>Boeing</b>'),
  fc.constantFrom('Boeing; Airbus', 'line one\nline two', 'w'.repeat(121)),
  textCell,
);

const cellFor = (column: string): fc.Arbitrary<string> => {
  switch (column) {
    case 'start':
    case 'end':
      return dateCell;
    case 'id':
      return idCell;
    case 'precision':
      return precisionCell;
    case 'confidence':
      return confidenceCell;
    case 'quantity':
    case 'char_start':
      return numberCell;
    case 'predicate':
      return predicateCell;
    case 'agent':
      return agentCell;
    default:
      return textCell;
  }
};

interface Plan {
  header: string[];
  rows: string[][];
  delimiter: string;
  eol: string;
  bom: boolean;
  finalEol: boolean;
}

/** Header names as people write them: known columns, unknown ones, duplicates and other spellings. */
const headerArb = fc.shuffledSubarray([...ALL_COLUMNS, 'notes', 'extra', 'id', ' Start ', 'END'], {
  minLength: 1,
});

const planArb: fc.Arbitrary<Plan> = headerArb.chain((header) => {
  const row = fc
    .tuple(
      fc.tuple(...header.map((h) => cellFor(h.trim().toLowerCase()))),
      // Mostly full rows; some cut short (a scraper that died) and some with extra cells.
      fc.oneof(
        { weight: 6, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: -header.length, max: -1 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) },
      ),
      fc.array(textCell, { minLength: 4, maxLength: 4 }),
    )
    .map(([cells, change, extra]) =>
      change <= 0 ? cells.slice(0, cells.length + change) : [...cells, ...extra.slice(0, change)],
    );
  return fc
    .record({
      header: fc.constant(header),
      rows: fc.array(row, { maxLength: 8 }),
      // A one-column header has no delimiter to read, so such files are comma files by definition.
      delimiter: header.length > 1 ? fc.constantFrom(...DELIMITERS) : fc.constant(','),
      eol: fc.constantFrom(...LINE_ENDS),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
      huge: hugeCellArb,
    })
    .map(({ huge, ...plan }) => {
      const target = huge && plan.rows.length ? plan.rows[huge.row % plan.rows.length] : undefined;
      if (huge && target?.length) target[huge.column % target.length] = 'w'.repeat(huge.size);
      return plan;
    });
});

function quoteCell(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

interface Built {
  text: string;
  /** Physical line where each counted data row starts, and its cells. */
  dataRows: { line: number; cells: string[] }[];
}

function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

function build(plan: Plan): Built {
  const lines = [plan.header.join(plan.delimiter)];
  const dataRows: Built['dataRows'] = [];
  let before = lines[0] + plan.eol;
  for (const cells of plan.rows) {
    const line = cells.map((c) => quoteCell(c, plan.delimiter)).join(plan.delimiter);
    lines.push(line);
    // papaparse skips only lines that are entirely empty.
    if (line !== '') dataRows.push({ line: lineBreaks(before) + 1, cells });
    before += line + plan.eol;
  }
  const body = lines.join(plan.eol) + (plan.finalEol ? plan.eol : '');
  return { text: (plan.bom ? '\uFEFF' : '') + body, dataRows };
}

/** A plain assertion: the loops below run a million times, where expect() would dominate the run time. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The invariants every input must keep, whatever it is. */
function checkAccounting(parsed: ParsedEvents, text: string): void {
  check(parsed.records.length + parsed.problems.length === parsed.rows, 'records + problems = rows');
  const lastLine = lineBreaks(text) + 1;
  let previous = 0;
  for (const p of parsed.problems) {
    check(Number.isInteger(p.line) && p.line >= 2 && p.line <= lastLine, `line ${p.line} outside the file`);
    // One problem per row, in file order.
    check(p.line > previous, `line ${p.line} after line ${previous}`);
    previous = p.line;
    check(p.reason.length > 0 && typeof p.field === 'string', 'a problem has a field and a reason');
  }
  const ids = new Set<string>();
  for (const r of parsed.records) {
    check(isRealDay(r.start) && isRealDay(r.end) && r.start <= r.end, `loaded ${r.start}..${r.end}`);
    check(r.id !== '' && !ids.has(r.id), `loaded id "${r.id}" is empty or repeated`);
    ids.add(r.id);
  }
}

const asValidator = (v: string): string =>
  v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v.trim();

/** An independent reading of the column contract: a lemma is 1-3 space-separated words of letters. */
function isLemma(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length <= 40 &&
    words.length <= 3 &&
    words.every((w) => /^[\p{L}\p{M}]+$/u.test(w.replace(/(?<=[\p{L}\p{M}])['’-](?=[\p{L}\p{M}])/gu, '')))
  );
}

/** One entity: at most 120 characters, no list separator, no line break. */
const isOneName = (text: string): boolean => text.length <= 120 && !/[;\r\n]/.test(text);

describe('events CSV loading under hostile input (property)', () => {
  it('accounts for every row of a well-formed file, with the right line numbers and ids', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const { text, dataRows } = build(plan);
        const parsed = parseEventsCsv(text, 'gen.csv');
        checkAccounting(parsed, text);
        expect(parsed.rows).toBe(dataRows.length);

        const rowLines = new Set(dataRows.map((r) => r.line));
        for (const p of parsed.problems)
          check(rowLines.has(p.line), `problem on line ${p.line}, where no row starts`);

        const names = plan.header.map((h) => h.trim().toLowerCase());
        const col = (name: string) => names.indexOf(name);
        const rejected = new Set(parsed.problems.map((p) => p.line));
        const loaded = dataRows.filter((r) => !rejected.has(r.line));
        // Rows not reported are exactly the records, in order, with their own ids: nothing shifted.
        expect(parsed.records.map((r) => r.id)).toEqual(
          loaded.map((r) => asValidator(r.cells[col('id')] ?? '')),
        );

        for (const r of dataRows) {
          const cell = (name: string) => asValidator(r.cells[col(name)] ?? '');
          const start = cell('start');
          const end = cell('end') || start;
          const mustFail =
            REQUIRED_COLUMNS.some((c) => col(c) < 0 || col(c) >= r.cells.length) ||
            !isRealDay(start) ||
            !isRealDay(end) ||
            end < start ||
            cell('id') === '' ||
            (cell('predicate') !== '' && !isLemma(cell('predicate'))) ||
            !isOneName(cell('agent')) ||
            r.cells.slice(names.length).some((c) => c.trim() !== '');
          if (mustFail) check(rejected.has(r.line), `row on line ${r.line} must be rejected`);
        }
        // Loaded rows keep their predicate and agent exactly as written (trimmed); files without the
        // columns load them empty.
        parsed.records.forEach((rec, i) => {
          const r = loaded[i];
          const cell = (name: string) => (col(name) < 0 ? '' : asValidator(r?.cells[col(name)] ?? ''));
          check(rec.predicate === cell('predicate'), `predicate of ${rec.id}`);
          check(rec.agent === cell('agent'), `agent of ${rec.id}`);
        });
      }),
      { numRuns: RUNS.wellFormed },
    );
  });

  it('never throws and accounts for every row when a file is cut short or has stray quotes', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', '\r', '\n', ',', ';', '\uFEFF', '\0')), {
          maxLength: 4,
        }),
        fc.option(fc.nat()),
        (plan, inserts, cutAt) => {
          let text = build(plan).text;
          for (const [at, ch] of inserts) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ch + text.slice(i);
          }
          if (cutAt !== null) text = text.slice(0, cutAt % (text.length + 1));
          checkAccounting(parseEventsCsv(text, 'damaged.csv'), text);
        },
      ),
      { numRuns: RUNS.damaged },
    );
  });

  it('never throws on random bytes, read as UTF-8 or as Latin-1', () => {
    const utf8 = new TextDecoder('utf-8');
    const latin1 = new TextDecoder('latin1');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, asUtf8) => {
        const text = (asUtf8 ? utf8 : latin1).decode(bytes);
        checkAccounting(parseEventsCsv(text, 'bytes.csv'), text);
      }),
      { numRuns: RUNS.bytes },
    );
  });

  it('never throws on text that mixes a real header with random Unicode rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(REQUIRED_COLUMNS.join(','), REQUIRED_COLUMNS.join(';'), ALL_COLUMNS.join('\t'), ''),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (header, rest) => {
          const text = `${header}\n${rest}`;
          checkAccounting(parseEventsCsv(text, 'unicode.csv'), text);
        },
      ),
      { numRuns: RUNS.text },
    );
  });

  it('reads an empty file, a BOM alone and a header with no rows as zero rows, naming the empty file', () => {
    for (const text of [
      '',
      '\uFEFF',
      '\n\n\r\n',
      REQUIRED_COLUMNS.join(','),
      `${REQUIRED_COLUMNS.join(',')}\r\n\r\n`,
    ]) {
      const parsed = parseEventsCsv(text, 'e.csv');
      expect(parsed.rows).toBe(0);
      expect(parsed.records).toEqual([]);
      expect(parsed.problems).toEqual([]);
    }
    expect(parseEventsCsv('', 'e.csv').headerProblems[0]?.reason).toMatch(/empty/);
  });

  it('keeps a comma file a comma file when titles are full of semicolons and pipes and some rows have stray commas', () => {
    const header = REQUIRED_COLUMNS.join(',');
    const rows = [1, 2, 3, 4, 5, 6].map(
      (i) =>
        `e${i},2022-06-0${i},2022-06-0${i},day,north-korea,statement,Talks; sanctions; drills | again | and again,` +
        `Officials said${i % 2 ? ', unquoted, with commas,' : ''} more,a1,0.5,rules`,
    );
    const parsed = parseEventsCsv([header, ...rows].join('\n'), 'semi.csv');
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.records.map((r) => r.id)).toEqual(['e2', 'e4', 'e6']);
    expect(parsed.records[0]?.title).toBe('Talks; sanctions; drills | again | and again');
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [2, ''],
      [4, ''],
      [6, ''],
    ]);
    expect(parsed.problems[0]?.reason).toMatch(/14 fields but the header has 11/);
  });

  // About 5 s on an idle 2-core machine (papaparse alone is 1.3 s of it); the timeout leaves room for a busy one.
  it('accounts for all 10^6 rows of a million-row file', { timeout: 60_000 }, () => {
    const header = 'id,start,end,precision,actor,type,title,sentence,article_id,confidence,method';
    const n = 1_000_000;
    const lines = new Array<string>(n + 1);
    lines[0] = header;
    // Every tenth row has an impossible date; the rest are short valid rows, so the file stays ~45 MB.
    for (let i = 1; i <= n; i++)
      lines[i] = i % 10 === 0 ? `r${i},2022-02-30,2022-02-30,,,,,,,,` : `r${i},2022-06-01,,,,,,,,,`;
    let problems = 0;
    let records = 0;
    const parsed = parseEventsCsv(lines.join('\n'), 'million.csv', {
      batchRows: 100_000,
      onBatch: (r, p) => {
        records += r.length;
        problems += p.length;
      },
    });
    expect(parsed.rows).toBe(n);
    expect(records).toBe(n - n / 10);
    expect(problems).toBe(n / 10);
    expect(parsed.problems[0]).toMatchObject({ line: 11, field: 'start' });
    expect(parsed.problems.at(-1)?.line).toBe(n + 1);
  });
});
