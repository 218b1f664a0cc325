import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, type EventRecord } from '../model/event-record';
import { neutralizeFormula } from './csv-safety';
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
