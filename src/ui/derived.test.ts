import { describe, expect, it } from 'vitest';
import { buildDensityPyramid } from '../model/density-pyramid';
import { EventTableBuilder } from '../model/event-table-builder';
import { eventTableFromParts } from '../model/event-table';
import type { Filters } from '../model/filters';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { RowTextStore } from '../model/row-text';
import { buildSpanIndex } from '../model/span-index';
import { testRecord } from '../model/test-records';
import type { FilteredParts } from './derived';
import { filterResultFor, hasFilterResult, setFilterSource } from './derived';

function table() {
  const builder = new EventTableBuilder();
  builder.upsert(testRecord({ id: 'a', start: '2022-06-01', sentence: 'Missiles were fired.' }));
  builder.upsert(testRecord({ id: 'b', start: '2022-06-02', sentence: 'Talks were held.' }));
  const store = new RowTextStore();
  store.append(builder.takeText());
  return eventTableFromParts(builder.build([]), store, []);
}

describe('derived filter results', () => {
  it('tells a result for the filters from the last one handed out while the worker computes it', async () => {
    const t = table();
    let answer: (parts: FilteredParts) => void = () => undefined;
    setFilterSource(t, () => new Promise<FilteredParts>((resolve) => (answer = resolve)));
    const search: Filters = { ...NO_FILTERS, search: 'missiles' };
    filterResultFor(t, search);
    expect(hasFilterResult(t, search)).toBe(false);
    const result = applyFilters(t, search);
    answer({
      result,
      pyramid: buildDensityPyramid(t.startMs, result.index, result.laneStart, t.minMs, t.maxMs),
      spans: buildSpanIndex(t.endMs, result.index, result.laneStart),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hasFilterResult(t, search)).toBe(true);
    expect(filterResultFor(t, search)).toBe(result);
  });

  it('always has the result of a table the page filters itself', () => {
    const t = table();
    expect(hasFilterResult(t, { ...NO_FILTERS, search: 'talks' })).toBe(true);
  });
});
