import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { applyOverrides } from './apply-overrides';
import { dedupeEvents } from './dedupe';

const base: EventRecord = {
  id: 'ev-1',
  start: '2024-06-02',
  end: '2024-06-02',
  precision: 'day',
  actor: 'israel',
  type: 'attack',
  title: 'Israel attacks Hezbollah',
  sentence: 'Israel launched air strikes on Sunday.',
  article_id: 'a#1',
  confidence: 0.8,
  method: 'rules',
  date_text: 'Sunday',
  date_value: '2024-06-02',
  date_basis: 'relative',
  date_qualifier: '',
  other_actors: ['hezbollah'],
  factuality: 'asserted',
  quantity: null,
  quantity_unit: '',
  quantity_qualifier: '',
  location: '',
  people: [],
  quote: '',
  article_title: '',
  article_url: '',
  ref_date: '2024-06-03',
  sentence_index: 0,
  char_start: 0,
  char_end: 37,
  also_reported_in: [],
  predicate: '',
  agent: '',
};

describe('applyOverrides', () => {
  it('edits and drops by id and reports overrides that match nothing', () => {
    const events = [base, { ...base, id: 'ev-2' }];
    const result = applyOverrides(
      events,
      [
        {
          line: 2,
          id: 'ev-1',
          action: 'edit',
          fields: { start: '2024-06-01', title: 'Israel strikes Lebanon' },
        },
        { line: 3, id: 'ev-2', action: 'drop', fields: {} },
        { line: 4, id: 'ev-9', action: 'drop', fields: {} },
      ],
      'overrides.csv',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.events.map((e) => [e.id, e.start, e.title, e.method, e.date_basis])).toEqual([
      ['ev-1', '2024-06-01', 'Israel strikes Lebanon', 'manual', 'manual'],
    ]);
    expect(result.value.unmatched.map((o) => o.line)).toEqual([4]);
  });

  it('names file, line and field of a bad value and applies nothing', () => {
    const result = applyOverrides(
      [base],
      [
        { line: 2, id: 'ev-1', action: 'edit', fields: { title: 'ok' } },
        { line: 3, id: 'ev-1', action: 'edit', fields: { precision: 'fortnight' } },
      ],
      'data/overrides.csv',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^data\/overrides\.csv line 3, field precision:/);
  });
});

describe('dedupeEvents', () => {
  it('folds the same event from two articles into one row that lists the other article', () => {
    const fresh = (over: Partial<EventRecord>): { record: EventRecord } => ({
      record: { ...base, people: [], other_actors: ['hezbollah'], also_reported_in: [], ...over },
    });
    const a = fresh({ people: ['Benjamin Netanyahu'] });
    const b = fresh({ id: 'ev-3', article_id: 'b#1', confidence: 0.6, location: 'Tyre' });
    const c = fresh({ id: 'ev-4', start: '2024-07-01', end: '2024-07-01' });
    const { kept, merged } = dedupeEvents([a, b, c]);
    expect(merged).toBe(1);
    expect(kept.map((k) => [k.record.id, k.record.also_reported_in, k.record.location])).toEqual([
      ['ev-1', ['b#1'], 'Tyre'],
      ['ev-4', [], ''],
    ]);
  });
});
