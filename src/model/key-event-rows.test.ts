import { describe, expect, it } from 'vitest';
import { buildEventTable } from './event-table-builder';
import { applyFilters, NO_FILTERS } from './filters';
import { keyEventRows, keyEventsLabel, parseKeyEventsCount, PINNED_DAYS } from './key-event-rows';
import { keyEvents } from './key-events';
import { dailyRecords, testRecord } from './test-records';

/** 60 days of one statement a day, and three articles that look back at 2022-01-10. */
const records = [
  ...dailyRecords('north-korea', '2022-01-01', 60),
  ...['b', 'c', 'd'].map((a, i) =>
    testRecord({
      id: `look-${a}`,
      actor: 'south-korea',
      start: '2022-01-10',
      article_id: a,
      ref_date: `2022-01-${12 + i}`,
      sentence_index: 0,
      title: 'North Korea fires eight ballistic missiles',
    }),
  ),
];

describe('key event rows', () => {
  const table = buildEventTable(records, []);
  const filter = applyFilters(table, NO_FILTERS);

  it('ranks the filtered rows with keyEvents and maps its days to table rows', () => {
    const rows = keyEventRows(table, filter.index, 10);
    expect(rows.days.map(({ date, ids, text }) => ({ date, ids, text }))).toEqual(
      keyEvents(records, { count: 10 }),
    );
    expect(rows.days[0]?.rank).toBeGreaterThanOrEqual(0);
    const top = rows.days.find((d) => d.rank === 0);
    expect(top?.date).toBe('2022-01-10');
    // Every row of a key day is in rankOf; the lead row is one of them.
    for (const day of rows.days) {
      for (const id of day.ids) expect(rows.rankOf.get(table.idToRow.get(id) ?? -1)).toBe(day.rank);
      const lead = rows.leadOf.get(day.date);
      expect(lead !== undefined && day.ids.includes(table.id(lead))).toBe(true);
    }
    expect(rows.rankOf.size).toBe(rows.days.reduce((n, d) => n + d.ids.length, 0));
  });

  it('ranks only what the filters show', () => {
    const shown = applyFilters(table, { ...NO_FILTERS, hiddenActors: ['south-korea'] });
    const rows = keyEventRows(table, shown.index, 10);
    expect(rows.days.flatMap((d) => d.ids).some((id) => id.startsWith('look-'))).toBe(false);
  });

  it("pins at most PINNED_DAYS lead rows, per lane in time order, even with 'all'", () => {
    const rows = keyEventRows(table, filter.index, 'all');
    expect(rows.days).toHaveLength(60);
    const pinned = [...rows.pinnedByLane.values()].flat();
    expect(pinned).toHaveLength(PINNED_DAYS);
    for (const lane of rows.pinnedByLane.values()) {
      const starts = lane.map((r) => table.startMs[r] ?? 0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('reads counts from the URL and names them for captions', () => {
    expect(parseKeyEventsCount('20')).toBe(20);
    expect(parseKeyEventsCount('all')).toBe('all');
    expect(parseKeyEventsCount('off')).toBeNull();
    expect(parseKeyEventsCount('7')).toBeNull();
    expect(keyEventsLabel(20, 20)).toBe('Key events: the 20 most salient days');
    expect(keyEventsLabel(40, 12)).toMatch(/12 days/);
  });
});
