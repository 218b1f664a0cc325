import { describe, expect, it } from 'vitest';
import { EventTableBuilder } from '../model/event-table-builder';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { EventsCsvStream } from './events-csv-stream';
import { serializeEvents } from './events-csv-write';
import { exportTestRecords } from './export-test-rows';
import { indexRowsAgain } from './index-rows-again';

/**
 * Real news rows with hostile cells, accents and emoji, a repeated id (a problem, so no seq), a row with a
 * fault, and generated rows read by the fast reader.
 */
function testText(): string {
  const real = exportTestRecords().map((rec, i) =>
    i % 3 === 0 ? { ...rec, title: `${rec.title} — Erdoğan 🚀`, sentence: `${rec.sentence} İstanbul` } : rec,
  );
  const generated = [...generateSyntheticEvents({ n: 300, seed: 5, actors: 6 })];
  const [first, second] = generated;
  if (!first || !second) throw new Error('no rows');
  const text = serializeEvents([
    ...generated.slice(0, 100),
    { ...second, title: 'The same id again, which the load reports and leaves out' },
    ...real,
    ...generated.slice(100),
  ]);
  const lines = text.split('\n');
  // A row whose start is no day: a problem in both reads.
  lines.splice(50, 0, (lines[60] ?? '').replace(/^([^,]*),\d{4}-\d\d-\d\d/, 'bad-day,2022-02-30'));
  return lines.join('\n');
}

/** `text` loaded as the table worker loads it, with indexing deferred or not. */
function load(text: string, deferIndexing: boolean): EventTableBuilder {
  const builder = new EventTableBuilder({ session: true });
  builder.partialText = true;
  builder.deferIndexing = deferIndexing;
  const csv = new EventsCsvStream(
    'f.csv',
    {
      record: (rec, line) => builder.upsert(rec, false, line),
      row: (row, line) => builder.upsertInput(row, false, line),
      problem: () => undefined,
    },
    { has: (id) => builder.seqOf(id) >= 0, add: () => undefined },
    true,
  );
  csv.push(text);
  csv.end();
  builder.deferIndexing = false;
  builder.takeText();
  return builder;
}

const TERMS = [['erdoğan'], ['missiles'], ['talks', 'neighbours'], ['north korea'], ['said'], ['🚀']];

/** What search and key-day ranking read of every row. */
function indexed(b: EventTableBuilder) {
  return {
    size: b.size,
    indexed: b.indexedSize,
    search: TERMS.map((terms) => Array.from(b.searchBySeq(terms))),
    keyDays: Array.from({ length: b.size }, (_, seq) => b.keyDayRow(seq, `row${seq}`)),
  };
}

const noPause = () => Promise.resolve();

describe('indexing the rows of a file in a second read', () => {
  it('gives every row the search text and key-day fields that indexing them at once gives', async () => {
    const text = testText();
    const eager = indexed(load(text, false));
    expect(eager.search.map((hits) => hits.filter((h) => h === 1).length).every((n) => n > 0)).toBe(true);
    const sources: [string, string | Blob][] = [
      [text, text],
      [text, new Blob([text])],
      [`\uFEFF${text}`, new Blob([`\uFEFF${text}`])],
    ];
    for (const [loaded, source] of sources) {
      const builder = load(loaded, true);
      expect(builder.indexedSize).toBe(0);
      await indexRowsAgain(source, 0, builder.size, builder, noPause);
      expect(indexed(builder)).toEqual(eager);
    }
  });

  it('indexes the rows of a second file after those of the first', async () => {
    const text = testText();
    const builder = load(text, false);
    const first = builder.size;
    const more = serializeEvents(
      [...generateSyntheticEvents({ n: 50, seed: 9, actors: 3 })].map((r) => ({ ...r, id: `g-${r.id}` })),
    );
    builder.deferIndexing = true;
    const csv = new EventsCsvStream(
      'g.csv',
      { record: () => undefined, row: (row) => builder.upsertInput(row), problem: () => undefined },
      { has: (id) => builder.seqOf(id) >= first, add: () => undefined },
    );
    csv.push(more);
    csv.end();
    builder.deferIndexing = false;
    expect(builder.indexedSize).toBe(first);
    await indexRowsAgain(more, first, builder.size, builder, noPause);
    expect(builder.indexedSize).toBe(builder.size);
    const hits = builder.searchBySeq(['talks']);
    expect(hits.length).toBe(builder.size);
    const all = load(`${text}\n${more.slice(more.indexOf('\n') + 1)}`, false);
    expect(Array.from(hits)).toEqual(Array.from(all.searchBySeq(['talks'])));
  });

  it('leaves rows it cannot find again without search text, and still indexes every seq', async () => {
    const text = testText();
    const builder = load(text, true);
    // The file as changed on disk since: its last half is gone.
    const changed = text.slice(0, text.indexOf('\n', text.length >> 1) + 1);
    await indexRowsAgain(changed, 0, builder.size, builder, noPause);
    expect(builder.indexedSize).toBe(builder.size);
    const hits = builder.searchBySeq(['said']);
    expect(hits[builder.size - 1]).toBe(0);
    expect(hits.slice(0, 10).some((h) => h === 1)).toBe(true);
  });
});

describe('how far the second read is', () => {
  it('tells its pause the bytes of the file read so far, and its size', async () => {
    // About 10 MB, so the file is read in three pieces; after the last one it is done, with no pause.
    const text = serializeEvents([...generateSyntheticEvents({ n: 24_000, seed: 11, actors: 6 })]);
    const file = new Blob([text]);
    const builder = load(text, true);
    const seen: [number, number][] = [];
    await indexRowsAgain(file, 0, builder.size, builder, (done, total) => {
      seen.push([done, total]);
      return Promise.resolve();
    });
    expect(seen.length).toBe(2);
    expect(seen.every(([done, total]) => total === file.size && done > 0 && done < total)).toBe(true);
    expect((seen[1]?.[0] ?? 0) > (seen[0]?.[0] ?? 0)).toBe(true);
    expect(builder.indexedSize).toBe(builder.size);
  });
});
