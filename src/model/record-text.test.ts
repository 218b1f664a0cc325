import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromText, recordToText, searchTextOf, searchTextOfRecord } from './record-text';
import { testRecord } from './test-records';

const columnsOf = (r: ReturnType<typeof testRecord>) => ({
  start: r.start,
  end: r.end,
  actor: r.actor,
  type: r.type,
  factuality: r.factuality,
  quantity: r.quantity,
});

describe('record text', () => {
  it('rebuilds a full record, lists and missing numbers included', () => {
    const rec = testRecord({
      id: 'kcna-2022-06-05-1',
      start: '2022-06-05',
      people: ['Kim Jong Un', 'Choe Son Hui'],
      other_actors: ['south-korea', 'japan'],
      quote: 'We will respond; firmly.',
      sentence_index: 3,
      char_start: null,
      char_end: 120,
      confidence: 0.85,
    });
    expect(recordFromText(recordToText(rec), columnsOf(rec))).toEqual(rec);
  });

  it('round-trips any text fields that hold no unit separator, predicate and agent included', () => {
    const text = fc.string().filter((s) => !s.includes('\u001f'));
    const listItem = text.filter((s) => s !== '' && !s.includes(';') && s.trim() === s);
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(listItem, { maxLength: 3 }),
        text,
        text,
        text,
        (title, sentence, people, quote, predicate, agent) => {
          const rec = testRecord({
            id: 'x1',
            start: '2024-02-29',
            title,
            sentence,
            people,
            quote,
            predicate,
            agent,
          });
          expect(recordFromText(recordToText(rec), columnsOf(rec))).toEqual(rec);
        },
      ),
    );
  });

  it("gives a record's search text as the stored text holds it, separators inside fields included", () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Σ', ' ', ';', '\u001f', 'é', '字') });
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(text, { maxLength: 3 }),
        text,
        text,
        (title, sentence, people, predicate, agent) => {
          const rec = testRecord({
            id: 'x1',
            start: '2024-02-29',
            title,
            sentence,
            people,
            predicate,
            agent,
          });
          expect(searchTextOfRecord(rec)).toBe(searchTextOf(recordToText(rec)));
        },
      ),
    );
  });
});
