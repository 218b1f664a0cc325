import { describe, expect, it } from 'vitest';
import { AppendableTable } from './appendable-table';
import { EventTableBuilder } from './event-table-builder';
import { conflictGroup, differingFields, keepBothId } from './merge-conflicts';
import { dailyRecords, testRecord } from './test-records';

describe('merge conflicts', () => {
  it('reports which loaded row each merged row with the same id replaced, and where it came from', () => {
    const rows = new AppendableTable();
    rows.add(dailyRecords('russia', '2022-03-01', 10), new Set());
    const incoming = [
      testRecord({ id: 'russia-2', actor: 'russia', start: '2022-03-09', title: 'Moscow revises' }),
      testRecord({ id: 'fresh', actor: 'russia', start: '2022-04-01' }),
    ];
    const replaced = rows.add(incoming, new Set(), [2, 3]);
    expect(replaced.map((r) => [r.id, r.line, r.identical])).toEqual([['russia-2', 2, false]]);
    const group = conflictGroup('b.csv', replaced, (seq, columns) => rows.record(seq, columns));
    expect(group?.choice).toBe('pending');
    const [c] = group?.conflicts ?? [];
    expect(c?.loaded.start).toBe('2022-03-03');
    expect(c?.loaded.title).toBe('North Korea fires ballistic missiles');
    expect(c?.incoming.title).toBe('Moscow revises');
    expect(c?.fields).toEqual(['start', 'end', 'title', 'date_value', 'ref_date']);
  });

  it('counts a merged row identical to a loaded one as a repeat, not a conflict', () => {
    const rows = new AppendableTable();
    const records = dailyRecords('russia', '2022-03-01', 4);
    rows.add(records, new Set());
    const group = conflictGroup('again.csv', rows.add(records.slice(0, 3), new Set()), (seq, columns) =>
      rows.record(seq, columns),
    );
    expect(group?.conflicts).toEqual([]);
    expect(group?.repeats).toBe(3);
    expect(rows.size).toBe(4);
  });

  it('keeps both rows on request: the loaded row under its id, the new one under id~2', () => {
    const rows = new AppendableTable();
    rows.add(dailyRecords('russia', '2022-03-01', 3), new Set());
    const replaced = rows.add(
      [testRecord({ id: 'russia-1', actor: 'russia', start: '2022-05-01', title: 'New' })],
      new Set(),
    );
    const group = conflictGroup('b.csv', replaced, (seq, columns) => rows.record(seq, columns));
    const c = group?.conflicts[0];
    if (!c) throw new Error('expected a conflict');
    let table = rows.build([], 'actor');
    expect(table.size).toBe(3);
    const id = keepBothId(c.id, (x) => table.idToRow.has(x));
    expect(id).toBe('russia-1~2');
    const applied = rows.keepBoth([
      { id: c.id, oldSeq: c.oldSeq, newSeq: c.newSeq, record: { ...c.incoming, id } },
    ]);
    expect(applied).toHaveLength(1);
    table = rows.build([], 'actor');
    expect(table.size).toBe(4);
    expect(table.record(table.idToRow.get('russia-1') ?? -1)?.start).toBe('2022-03-02');
    expect(table.record(table.idToRow.get('russia-1~2') ?? -1)?.title).toBe('New');
    // Merging the same id again replaces the restored row, as any loaded row.
    const again = rows.add([testRecord({ id: 'russia-1', actor: 'russia', start: '2022-06-01' })], new Set());
    expect(again.map((r) => r.oldSeq)).toEqual([c.oldSeq]);
  });

  it('skips a keep-both whose new row was replaced again since', () => {
    const builder = new EventTableBuilder({ ids: true });
    builder.upsert(testRecord({ id: 'a', start: '2022-01-01' }));
    builder.upsert(testRecord({ id: 'a', start: '2022-01-02' }));
    const [first] = builder.takeReplacements();
    builder.upsert(testRecord({ id: 'a', start: '2022-01-03' }));
    if (!first) throw new Error('expected a replacement');
    const record = testRecord({ id: 'a~2', start: '2022-01-02' });
    expect(builder.keepBoth([{ id: 'a', oldSeq: first.oldSeq, newSeq: first.newSeq, record }])).toEqual([]);
    expect(builder.liveSize).toBe(1);
  });

  it('a merge appends: the loaded rows keep their text, only the new rows add bytes', () => {
    const rows = new AppendableTable();
    rows.add(dailyRecords('russia', '2022-03-01', 2_000), new Set());
    const before = rows.text.byteLength;
    const loadedText = rows.text.text(1_234);
    const extra = dailyRecords('china', '2023-01-01', 10);
    rows.add(extra, new Set());
    const one = new AppendableTable();
    one.add(extra, new Set());
    expect(rows.text.byteLength - before).toBe(one.text.byteLength);
    expect(rows.text.text(1_234)).toBe(loadedText);
    expect(rows.build([], 'actor').size).toBe(2_010);
  });

  it('names the differing columns in file order and nothing for equal rows', () => {
    const a = testRecord({ id: 'x', start: '2022-01-01', people: ['A'] });
    expect(differingFields(a, { ...a })).toEqual([]);
    expect(differingFields(a, { ...a, people: ['B'], quantity: 3 })).toEqual(['quantity', 'people']);
  });

  it('picks the first free ~n id', () => {
    const taken = new Set(['e~2', 'e~3']);
    expect(keepBothId('e', (x) => taken.has(x))).toBe('e~4');
  });
});
