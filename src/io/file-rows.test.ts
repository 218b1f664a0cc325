import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { eventTableFromParts } from '../model/event-table';
import { EventTableBuilder } from '../model/event-table-builder';
import { FileRowIndex } from '../model/file-row-index';
import { recordToText } from '../model/record-text';
import { RowTextStore } from '../model/row-text';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { runCsvExport } from './csv-export-loop';
import { parseEventsCsv } from './events-csv-parse';
import { EventsCsvStream } from './events-csv-stream';
import { serializeEvents } from './events-csv-write';
import { exportTestRecords } from './export-test-rows';
import { readFileRows, visitFileRows } from './file-row-reader';
import { TableExportJob } from './table-export-job';

/**
 * A file loaded as the table worker loads a Blob: bytes decoded piece by piece (cut anywhere, even inside
 * a character), rows kept partial on the page with their byte ranges in the worker.
 */
function loadFile(
  bytes: Uint8Array,
  pieceBytes: number,
  into = { builder: new EventTableBuilder({ session: true }), files: new FileRowIndex<Blob>() },
) {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const { builder, files } = into;
  const page = new RowTextStore();
  const firstSeq = builder.size;
  const segment = files.begin(firstSeq, blob);
  builder.partialText = true;
  const csv = new EventsCsvStream(
    'f.csv',
    {
      record: (rec, line, start, end) => {
        const seq = builder.size;
        if (builder.upsert(rec, false, line)) files.set(seq, start, end);
      },
      problem: () => undefined,
    },
    { has: (id) => builder.seqOf(id) >= firstSeq, add: () => undefined },
    true,
  );
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const end = Math.min(bytes.length, at + pieceBytes);
    csv.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    page.append(builder.takeText());
  }
  csv.end();
  page.append(builder.takeText());
  segment.headerEnd = csv.headerEnd;
  builder.partialText = false;
  return { builder, files, page, table: eventTableFromParts(builder.build([]), page, []) };
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Real news rows and hostile cells (quotes, line breaks, formulas), with accents and emoji added. */
function testFile(): { text: string; records: EventRecord[] } {
  const records = exportTestRecords().map((rec, i) =>
    i % 3 === 0 ? { ...rec, title: `${rec.title} — Erdoğan 🚀`, sentence: `${rec.sentence} İstanbul` } : rec,
  );
  return { text: serializeEvents(records), records: parseEventsCsv(serializeEvents(records), 'f').records };
}

describe('rows read again from their file', () => {
  it('reads every row back as the load parsed it, whatever the pieces, with a BOM and CRLF rows', async () => {
    const { text, records } = testFile();
    const variants = [text, `\uFEFF${text}`, text.replace(/,(Rules|rules)\n/g, ',$1\r\n')];
    for (const variant of variants) {
      const expected = parseEventsCsv(variant, 'f').records;
      expect(expected.length).toBe(records.length);
      for (const piece of [7, 1000, 1 << 20]) {
        const { files } = loadFile(encode(variant), piece);
        const seqs = expected.map((_, seq) => seq);
        const read = await readFileRows(files, seqs);
        expect(seqs.map((seq) => read.get(seq))).toEqual(expected);
      }
    }
  });

  it('keeps only ids and titles on the page until a row is read, then gives its whole record', async () => {
    const { text, records } = testFile();
    const { table, files, page } = loadFile(encode(text), 4096);
    const row = table.idToRow.get(records[3]?.id ?? '') ?? -1;
    expect(row).toBeGreaterThanOrEqual(0);
    expect(table.hasText(row)).toBe(false);
    expect(table.title(row)).toBe(records[3]?.title);
    expect(table.record(row)?.sentence).toBe('');
    const seq = table.seq[row] ?? 0;
    const read = await readFileRows(files, [seq]);
    const rec = read.get(seq);
    if (!rec) throw new Error('row not read');
    page.remember(seq, recordToText(rec));
    expect(table.hasText(row)).toBe(true);
    expect(table.record(row)).toEqual(records[3]);
  });

  it('exports rows read from the file in chunks, the same CSV as from full text', async () => {
    const { text } = testFile();
    const { table, files, builder } = loadFile(encode(text), 1000);
    const all = Array.from({ length: table.size }, (_, row) => row);
    const seqs = Uint32Array.from(all, (row) => table.seq[row] ?? 0);
    const job = new TableExportJob((seq) => builder.columnsOf(seq), files);
    const pieces: string[] = [];
    await runCsvExport({
      count: seqs.length,
      prepare: (from, to) => job.prepare(seqs.subarray(from, to)),
      recordAt: (i) => job.record(seqs[i] ?? 0),
      chunkRows: 5,
      emit: (piece) => pieces.push(piece),
      pause: () => Promise.resolve(),
      isCancelled: () => false,
    });
    const full = parseEventsCsv(text, 'f').records;
    const inTableOrder = all.map((row) => full.find((r) => r.id === table.id(row)));
    expect(pieces.join('')).toBe(
      serializeEvents(
        inTableOrder.filter((r) => r !== undefined),
        { spreadsheetSafe: true },
      ),
    );
  });

  it('holds a bounded few bytes per row on the page for a file of news rows', () => {
    const records = [...generateSyntheticEvents({ n: 20_000, seed: 1 })];
    const text = serializeEvents(records);
    const { table, page, files } = loadFile(encode(text), 4 << 20);
    expect(table.size).toBe(20_000);
    const fullBytes = encode(records.map(recordToText).join('')).length;
    // Ids, and titles once each: about 30 of the 390 bytes a synthetic row's text takes.
    expect(page.byteLength / table.size).toBeLessThan(40);
    expect(page.byteLength).toBeLessThan(fullBytes / 4);
    // The worker's ranges: 12 bytes a row (a Float64 start and a Uint32 length).
    expect(files.byteLength / table.size).toBeLessThanOrEqual(12 * 2);
  });

  it('stores a title once for the rows that repeat it, and gives every row its own title and id', async () => {
    const base = exportTestRecords().slice(0, 6);
    const records = base.flatMap((rec, i) => [
      rec,
      { ...rec, id: `${rec.id}-again`, sentence: `Repeated ${i}.` },
      { ...rec, id: `${rec.id}-other`, title: `${rec.title} (other)` },
    ]);
    const text = serializeEvents(records);
    const { table, files } = loadFile(encode(text), 512);
    const expected = parseEventsCsv(text, 'f').records;
    for (const rec of expected) {
      const row = table.idToRow.get(rec.id) ?? -1;
      expect(table.title(row)).toBe(rec.title);
      expect(table.id(row)).toBe(rec.id);
      expect(table.record(row)?.title).toBe(rec.title);
      const range = { bytes: new Uint8Array(0), start: 0, end: 0 };
      expect(table.titleRange(row, range)).toBe(true);
      expect(new TextDecoder().decode(range.bytes.subarray(range.start, range.end))).toBe(rec.title);
    }
    // A repeated title costs its row 4 bytes (the number of the row holding it), not the title again:
    // each repeat adds its id, its offset and that number (one chunk each, so no other offsets differ).
    const once = loadFile(encode(text), 1 << 20).page;
    const without = loadFile(
      encode(serializeEvents(records.filter((r) => !r.id.endsWith('-again')))),
      1 << 20,
    );
    const repeats = records.filter((r) => r.id.endsWith('-again'));
    expect(once.byteLength - without.page.byteLength).toBe(
      repeats.reduce((n, r) => n + encode(r.id).length + 4 + 4, 0),
    );
    // Reading a row back from the file still gives the whole record.
    const seqs = expected.map((_, seq) => seq);
    const read = await readFileRows(files, seqs);
    expect(seqs.map((seq) => read.get(seq))).toEqual(expected);
  });

  it('tells apart a changed row from a repeated one as full text does, though it keeps ids and titles', () => {
    const [first] = exportTestRecords();
    if (!first) throw new Error('no rows');
    for (const partial of [false, true]) {
      const builder = new EventTableBuilder({ session: true });
      builder.partialText = partial;
      builder.upsert(first);
      builder.upsert({ ...first });
      builder.upsert({ ...first, sentence: `${first.sentence} Changed.` });
      expect(builder.takeReplacements().map((r) => r.identical)).toEqual([true, false]);
    }
  });

  it('hashes the rows a merge replaced only then, from their file, and still tells repeats from changes', async () => {
    const { text } = testFile();
    // The second file: the first again, with one row's title changed.
    const edited = text.replace('North Korea fires missiles', 'North Korea fires two missiles');
    expect(edited).not.toBe(text);
    const results: boolean[][] = [];
    for (const lazy of [false, true]) {
      const into = { builder: new EventTableBuilder({ session: true }), files: new FileRowIndex<Blob>() };
      into.builder.lazyHashes = lazy;
      loadFile(encode(text), 4096, into);
      into.builder.checkpoint();
      loadFile(encode(edited), 4096, into);
      const unhashed = into.builder.unhashedSeqs();
      // Only the replaced rows of the first file: the second file's rows were hashed as they replaced.
      expect(unhashed.length).toBe(lazy ? into.builder.size / 2 : 0);
      await visitFileRows(into.files, unhashed, (seq, input) => into.builder.hashRow(seq, input));
      expect(into.builder.unhashedSeqs()).toEqual([]);
      results.push(into.builder.takeReplacements().map((r) => r.identical));
    }
    const [eager, lazy] = results;
    expect(lazy).toEqual(eager);
    expect(eager?.filter((same) => !same).length).toBe(1);
  });
});
