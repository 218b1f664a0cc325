/** Small hand-made event records for model/ and render/ tests; real-looking sentences, fixed dates. */
import type { EventRecord } from './event-record';

export function testRecord(patch: Partial<EventRecord> & Pick<EventRecord, 'id' | 'start'>): EventRecord {
  return {
    end: patch.start,
    precision: 'day',
    actor: 'north-korea',
    type: 'missile-test',
    title: 'North Korea fires ballistic missiles',
    sentence: 'North Korea fired eight short-range ballistic missiles toward the sea on Sunday.',
    article_id: 'a1',
    confidence: 0.9,
    method: 'rules',
    date_text: 'on Sunday',
    date_value: patch.start,
    date_basis: 'relative',
    date_qualifier: '',
    other_actors: [],
    factuality: 'asserted',
    quantity: null,
    quantity_unit: '',
    quantity_qualifier: '',
    location: '',
    people: [],
    quote: '',
    article_title: 'North Korea fires missiles',
    article_url: 'https://example.org/a1',
    ref_date: patch.start,
    sentence_index: 0,
    char_start: null,
    char_end: null,
    also_reported_in: [],
    predicate: 'fire',
    agent: '',
    ...patch,
  };
}

/** `n` day events for one actor, one per day from `firstDay` (ISO). */
export function dailyRecords(actor: string, firstDay: string, n: number, prefix = actor): EventRecord[] {
  const t0 = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) =>
    testRecord({
      id: `${prefix}-${i}`,
      actor,
      start: new Date(t0 + i * 86_400_000).toISOString().slice(0, 10),
    }),
  );
}
