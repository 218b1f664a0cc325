import { describe, expect, it } from 'vitest';
import { EventTableBuilder } from './event-table-builder';
import type { LaneBy } from './event-table';
import { eventTableFromParts, FLAG_NEW } from './event-table';
import { RowTextStore } from './row-text';
import { dailyRecords, testRecord } from './test-records';

/** A session builder plus the text store the page would keep, so built tables can be read back. */
function session() {
  const builder = new EventTableBuilder({ session: true });
  const store = new RowTextStore();
  const table = (laneBy: LaneBy = 'actor') => {
    store.append(builder.takeText());
    return eventTableFromParts(builder.build([], laneBy), store, []);
  };
  const ids = () => {
    const t = table();
    return Array.from({ length: t.size }, (_, row) => t.id(row)).sort();
  };
  return { builder, table, ids };
}

describe('event table builder sessions', () => {
  it('lets a newer row with the same id replace the older one, keeping its text', () => {
    const s = session();
    for (const r of dailyRecords('russia', '2022-03-01', 3)) s.builder.upsert(r);
    s.builder.upsert(
      testRecord({ id: 'russia-1', start: '2022-05-01', actor: 'russia', title: 'Moscow revises' }),
    );
    const t = s.table();
    expect(t.size).toBe(3);
    const row = t.idToRow.get('russia-1') ?? -1;
    expect(t.record(row)?.title).toBe('Moscow revises');
    expect(t.record(row)?.start).toBe('2022-05-01');
  });

  it('tells a replacing row that says exactly the same from one that differs in a text field or a column', () => {
    const s = session();
    const base = testRecord({ id: 'k', start: '2022-05-01', actor: 'russia', title: 'Moscow warns' });
    s.builder.upsert(base);
    s.builder.upsert({ ...base });
    s.builder.upsert({ ...base, location: 'Kyiv' });
    s.builder.upsert({ ...base, location: 'Kyiv', end: '2022-05-02' });
    s.builder.upsert({ ...base, location: 'Kyiv', end: '2022-05-02', quantity: 3 });
    expect(s.builder.takeReplacements().map((r) => r.identical)).toEqual([true, false, false, false]);
  });

  it('rolls a cancelled merge back: added rows go, replaced rows return', () => {
    const s = session();
    for (const r of dailyRecords('russia', '2022-03-01', 3)) s.builder.upsert(r);
    s.table();
    s.builder.checkpoint();
    s.builder.upsert(testRecord({ id: 'russia-0', start: '2023-01-01', actor: 'russia', title: 'Replaced' }));
    s.builder.upsert(testRecord({ id: 'extra', start: '2023-01-02' }));
    s.builder.rollback();
    const t = s.table();
    expect(t.size).toBe(3);
    expect(t.idToRow.has('extra')).toBe(false);
    expect(t.record(t.idToRow.get('russia-0') ?? -1)?.start).toBe('2022-03-01');
    // A later upsert of the same id still replaces the row that came back.
    s.builder.upsert(testRecord({ id: 'russia-0', start: '2024-01-01', actor: 'russia' }));
    expect(s.table().size).toBe(3);
  });

  it('keeps only the rows a cancelled load had shown', () => {
    const s = session();
    for (const r of dailyRecords('russia', '2022-03-01', 5)) s.builder.upsert(r);
    s.builder.keepFirst(2);
    expect(s.ids()).toEqual(['russia-0', 'russia-1']);
  });

  it('flags rows added as new and keeps the flag through later builds', () => {
    const s = session();
    s.builder.upsert(testRecord({ id: 'old', start: '2022-01-01' }));
    s.builder.upsert(testRecord({ id: 'fresh', start: '2022-01-02' }), true);
    s.table();
    s.builder.upsert(testRecord({ id: 'later', start: '2022-01-03' }));
    const t = s.table();
    const flag = (id: string) => (t.flags[t.idToRow.get(id) ?? -1] ?? 0) & FLAG_NEW;
    expect(flag('fresh')).toBe(FLAG_NEW);
    expect(flag('old')).toBe(0);
  });

  it('builds the same rows with lanes by actor, then by agent, then by actor again, replaced rows and all', () => {
    const s = session();
    s.builder.upsert(testRecord({ id: 'p1', actor: 'russia', agent: 'Vladimir Putin', start: '2022-02-21' }));
    s.builder.upsert(testRecord({ id: 'p2', actor: 'russia', agent: 'Vladimir Putin', start: '2022-02-24' }));
    s.builder.upsert(testRecord({ id: 'r1', actor: 'russia', agent: '', start: '2022-02-22' }));
    // The newer p2 is Sergei Lavrov's: the lane by agent follows the row that won.
    s.builder.upsert(testRecord({ id: 'p2', actor: 'russia', agent: 'Sergei Lavrov', start: '2022-02-25' }));
    const lanes = (laneBy: LaneBy) => s.table(laneBy).lanes.map((l) => [l.key, l.count]);
    expect(lanes('actor')).toEqual([['russia', 3]]);
    expect(lanes('agent')).toEqual([
      ['russia', 1],
      ['Sergei Lavrov', 1],
      ['Vladimir Putin', 1],
    ]);
    expect(lanes('actor')).toEqual([['russia', 3]]);
    const byAgent = s.table('agent');
    expect(byAgent.record(byAgent.idToRow.get('p2') ?? -1)?.actor).toBe('russia');
  });
});
