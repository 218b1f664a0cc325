import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS } from '../model/event-record';
import type { EventRecord } from '../model/event-record';
import { EventTableBuilder } from '../model/event-table-builder';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { EventsCsvStream } from './events-csv-stream';
import { serializeEvents } from './events-csv-write';
import type { LoadProblem } from './load-problem';

const fixture = (name: string) =>
  readFileSync(new URL(`../../data/fixtures/${name}`, import.meta.url), 'utf8');

const HEADER = ALL_COLUMNS.join(',');
/** A full row with the given cells changed (by column name). */
function row(cells: Partial<Record<(typeof ALL_COLUMNS)[number], string>>): string {
  const base: Record<string, string> = {
    id: 'r1',
    start: '2022-06-05',
    end: '2022-06-05',
    precision: 'day',
    actor: 'russia',
    type: 'statement',
    title: 'Moscow warns Kyiv',
    sentence: '"Moscow warned Kyiv on Friday, officials said."',
    article_id: 'a1',
    confidence: '0.9',
    method: 'rules',
    date_value: '2022-06-05',
    factuality: 'asserted',
    people: 'Sergei Lavrov',
    ref_date: '2022-06-05',
    sentence_index: '3',
    char_start: '10',
    char_end: '55',
    predicate: 'warn',
    agent: 'Moscow',
  };
  return ALL_COLUMNS.map((c) => cells[c] ?? base[c] ?? '').join(',');
}

/** Rows the fast reader must read as the general path does, or leave to it. */
const tricky = [
  HEADER,
  row({ id: 'ok-1' }),
  row({ id: 'dup' }),
  row({ id: 'dup', title: 'A repeated id' }),
  row({ id: 'space-1', title: ' Moscow warns ' }),
  row({ id: 'space-2', actor: 'russia\u00a0' }),
  row({ id: 'list-1', people: 'Sergei Lavrov; Dmitry Peskov' }),
  row({ id: 'list-2', people: 'Sergei Lavrov;Dmitry Peskov', other_actors: 'ukraine;;nato' }),
  row({ id: 'list-3', also_reported_in: 'a7;a9' }),
  row({ id: 'num-1', quantity: '"1,000"', quantity_unit: 'troops' }),
  row({ id: 'num-2', confidence: '0.90', sentence_index: '007', char_start: '1e2' }),
  row({ id: 'num-3', confidence: '1.5' }),
  row({ id: 'num-4', quantity: 'many' }),
  row({ id: 'quote-1', quote: '"He said ""no"" twice"', sentence: '"Moscow ""warned"" Kyiv."' }),
  row({ id: 'multi-line', sentence: '"Moscow warned Kyiv,\nofficials said."' }),
  row({ id: 'accent', title: 'Erdoğan hosts talks in İstanbul 🚀', location: 'İstanbul' }),
  row({ id: 'sep', title: 'A title with a \u001f in it' }),
  row({ id: 'no-title', title: '' }),
  row({ id: 'no-end', end: '' }),
  row({ id: 'span', end: '2022-06-09', precision: 'week' }),
  row({ id: 'backwards', end: '2022-06-01' }),
  row({ id: 'bad-day', start: '2022-02-30', end: '2022-02-30' }),
  row({ id: 'enum-1', precision: '', type: '', factuality: '' }),
  row({ id: 'enum-2', type: 'not-a-type' }),
  row({ id: 'enum-3', date_basis: 'absolute', date_qualifier: 'approx' }),
  row({ id: 'enum-4', date_qualifier: 'sometime' }),
  row({ id: 'pred-1', predicate: 'step down' }),
  row({ id: 'pred-2', predicate: 'said that the talks failed' }),
  row({ id: 'agent-1', agent: 'Moscow;Kyiv' }),
  row({ id: 'agent-2', agent: 'x'.repeat(121) }),
  row({ id: 'short' }).split(',').slice(0, 20).join(','),
  `${row({ id: 'long' })},,`,
  `${row({ id: 'longer' })},oops`,
  '',
  row({ id: '' }),
  row({ id: 'last', actor: '' }),
  // A quote inside an unquoted cell: papaparse reads it, and the rest of its piece.
  row({ id: 'quote-2', sentence: 'Moscow said "no" again' }),
  row({ id: 'after-quote' }),
].join('\n');

const synthetic = serializeEvents([...generateSyntheticEvents({ n: 400, seed: 3, actors: 6 })]);

interface Read {
  problems: LoadProblem[];
  /** Per accepted row: line and byte range. */
  rows: [number, number, number][];
  fastRows: number;
  builder: EventTableBuilder;
  records: EventRecord[];
}

/** Streams `text` in pieces cut at `cuts` into a session builder, with or without the fast reader. */
function read(text: string, fast: boolean, partial: boolean, cuts: readonly number[] = []): Read {
  const builder = new EventTableBuilder({ session: true });
  builder.partialText = partial;
  const out: Read = { problems: [], rows: [], fastRows: 0, builder, records: [] };
  const csv = new EventsCsvStream(
    'f.csv',
    {
      record: (rec, line, start, end) => {
        out.records.push(rec);
        out.rows.push([line, start, end]);
        builder.upsert(rec, false, line);
      },
      ...(fast
        ? {
            row: (
              r: Parameters<EventTableBuilder['upsertInput']>[0],
              line: number,
              start: number,
              end: number,
            ) => {
              out.fastRows++;
              out.rows.push([line, start, end]);
              builder.upsertInput(r, false, line);
            },
          }
        : {}),
      problem: (p) => out.problems.push(p),
    },
    { has: (id) => builder.seqOf(id) >= 0, add: () => undefined },
    true,
  );
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= text.length) continue;
    csv.push(text.slice(at, cut));
    at = cut;
  }
  csv.push(text.slice(at));
  csv.end();
  return out;
}

/** Everything a builder keeps of its rows: text, columns, search and key-day answers. */
function kept(b: EventTableBuilder) {
  const text = b.takeText();
  const parts = b.build([]);
  const ids = Array.from({ length: b.size }, (_, seq) => seq);
  return {
    text,
    parts,
    search: ['moscow', 'kyiv', 'talks', '2022'].map((t) => Array.from(b.searchBySeq([t]))),
    keyDays: ids.map((seq) => b.keyDayRow(seq, `row${seq}`)),
    columns: ids.map((seq) => b.columnsOf(seq)),
  };
}

describe('fast row reader', () => {
  it.each([
    ['hand-written tricky rows', tricky],
    ['the sample fixture', fixture('events-sample.csv')],
    ['the agents fixture', fixture('events-agents.csv')],
    ['synthetic news rows', synthetic],
  ])('reads %s as the general path does: same rows, problems, text, columns and hashes', (_, text) => {
    for (const partial of [false, true]) {
      const slow = read(text, false, partial);
      const fast = read(text, true, partial);
      expect(fast.problems).toEqual(slow.problems);
      expect(fast.rows).toEqual(slow.rows);
      expect(kept(fast.builder)).toEqual(kept(slow.builder));
      // Each row read fast hashes as the same record added again: a merge of the same file finds every
      // row identical, and a changed row not.
      const again = [...slow.records];
      fast.builder.checkpoint();
      for (const rec of again) fast.builder.upsert(rec);
      const replaced = fast.builder.takeReplacements();
      expect(replaced.length).toBe(again.length);
      expect(replaced.every((r) => r.identical)).toBe(true);
    }
  });

  it('reads most rows of ordinary files itself, and leaves the doubtful ones to the general path', () => {
    expect(read(synthetic, true, true).fastRows).toBe(400);
    const t = read(tricky, true, true);
    expect(t.fastRows).toBeGreaterThan(10);
    expect(t.fastRows).toBeLessThan(t.rows.length);
  });

  it('reads the same however the text is cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: tricky.length }), { maxLength: 6 }), (cuts) => {
        const whole = read(tricky, true, true);
        const cut = read(tricky, true, true, cuts);
        expect(cut.problems).toEqual(whole.problems);
        expect(cut.rows).toEqual(whole.rows);
        expect(kept(cut.builder)).toEqual(kept(whole.builder));
      }),
      { numRuns: 30 },
    );
  });

  it('tells a changed row from a repeated one when the changed row is read fast', () => {
    const lines = synthetic.split('\n');
    const header = lines[0] ?? '';
    const first = lines[1] ?? '';
    const changed = first.replace(/,0\.\d+,/, ',0.123,');
    expect(changed).not.toBe(first);
    const b = new EventTableBuilder({ session: true });
    const sink = {
      record: (rec: EventRecord, line: number) => b.upsert(rec, false, line),
      row: (r: Parameters<EventTableBuilder['upsertInput']>[0], line: number) =>
        b.upsertInput(r, false, line),
      problem: () => undefined,
    };
    for (const body of [first, first, changed]) {
      const csv = new EventsCsvStream('f.csv', sink, { has: () => false, add: () => undefined });
      csv.push(`${header}\n${body}\n`);
      csv.end();
    }
    expect(b.takeReplacements().map((r) => r.identical)).toEqual([true, false]);
  });
});
