import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, type EventRecord } from '../model/event-record';
import { neutralizeFormula } from './csv-safety';
import { parseEventsCsv } from './events-csv-parse';
import { serializeEvents } from './events-csv-write';

const row: EventRecord = {
  id: 'ev-1',
  start: '2025-07-12',
  end: '2025-07-12',
  precision: 'day',
  actor: 'russia',
  type: 'meeting',
  title: 'Lavrov meets Choe Son-hui in Wonsan',
  sentence: 'Lavrov met his counterpart, "warmly", on Saturday.',
  article_id: 'a#2',
  confidence: 0.85,
  method: 'rules',
  date_text: 'Saturday',
  date_value: '2025-07-12',
  date_basis: 'relative',
  date_qualifier: '',
  other_actors: ['north-korea', 'ukraine'],
  factuality: 'asserted',
  quantity: null,
  quantity_unit: '',
  quantity_qualifier: '',
  location: 'Wonsan',
  people: ['Sergei Lavrov'],
  quote: '',
  article_title: '',
  article_url: '',
  ref_date: '2025-07-12',
  sentence_index: 2,
  char_start: 10,
  char_end: 60,
  also_reported_in: [],
  predicate: 'meet',
  agent: 'Sergei Lavrov',
};

describe('serializeEvents', () => {
  it('writes a header with every column in order and joins multi-values with ;', () => {
    const csv = serializeEvents([row]);
    const [header, first] = Papa.parse<string[]>(csv.trim()).data;
    expect(header).toEqual([...ALL_COLUMNS]);
    expect(first?.[ALL_COLUMNS.indexOf('other_actors')]).toBe('north-korea;ukraine');
    expect(first?.[ALL_COLUMNS.indexOf('quantity')]).toBe('');
  });

  it('round-trips any sentence text through papaparse', () => {
    fc.assert(
      fc.property(fc.string(), (sentence) => {
        // The delimiter is given: papaparse guesses it from the data rows, and a sentence like ";;" wins.
        const parsed = Papa.parse<Record<string, string>>(serializeEvents([{ ...row, sentence }]), {
          header: true,
          delimiter: ',',
        });
        expect(parsed.data[0]?.sentence).toBe(sentence);
      }),
    );
  });
});

/** Lemmas as the extractor writes them: a word, or a phrasal verb of two or three; 40 characters at most. */
const lemmaArb = fc
  .array(fc.stringMatching(/^[a-zé]+(?:-[a-z]+)?$/), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '))
  .filter((lemma) => lemma.length <= 40);
/** One entity's name: no ";" (the list separator) and no line break, trimmed, at most 120 characters. */
const agentArb = fc
  .string({ maxLength: 120 })
  .map((s) => s.replace(/[;\r\n]/g, ' ').trim())
  .filter((s) => s.length <= 120);

describe('events CSV write then read', () => {
  it('gives back every record, predicate and agent included, whatever their text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ predicate: fc.oneof(fc.constant(''), lemmaArb), agent: agentArb }), {
          minLength: 1,
          maxLength: 5,
        }),
        (cells) => {
          const records = cells.map((c, i) => ({ ...row, id: `ev-${i}`, ...c }));
          const parsed = parseEventsCsv(serializeEvents(records), 'round.csv');
          expect(parsed.problems).toEqual([]);
          expect(parsed.records).toEqual(records);
        },
      ),
    );
  });
});

describe('neutralizeFormula', () => {
  it('prefixes cells a spreadsheet would run as formulas', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '\tx', 'plain'].map(neutralizeFormula)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\tx",
      'plain',
    ]);
  });
});
