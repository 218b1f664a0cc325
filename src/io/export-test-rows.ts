/**
 * Rows for the CSV export tests: the bundled extractor output and the sample fixture (real news text), plus
 * hand-made rows with every cell shape the writer must quote or neutralise: quotes, commas, line breaks,
 * leading and trailing spaces, and cells a spreadsheet would run as formulas (csv-safety.ts).
 */
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../model/event-record';
import { testRecord } from '../model/test-records';
import { parseEventsCsv } from './events-csv-parse';

function csvRecords(path: string): EventRecord[] {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  return parseEventsCsv(text, path).records;
}

const HOSTILE: EventRecord[] = [
  testRecord({
    id: 'quotes',
    start: '2022-03-01',
    title: 'He said "no", then "maybe"',
    sentence: 'One, two, three; "four"',
    quote: '"',
  }),
  testRecord({
    id: 'lines',
    start: '2022-03-02',
    sentence: 'First line\nsecond line\r\nthird line\rend',
    location: ' padded ',
  }),
  testRecord({
    id: 'formulas',
    start: '2022-03-03',
    actor: 'south-korea',
    title: '=HYPERLINK("http://evil.example","click")',
    sentence: '+1 555 0100 called',
    people: ['@admin', '-dash'],
    agent: '\tTabbed',
    location: '\rcarriage',
    article_url: '=cmd|" /C calc"!A0',
    quantity: -3,
    quantity_unit: 'people',
  }),
  testRecord({
    id: '-leading-dash-id',
    start: '2022-03-04',
    end: '2022-06-30',
    precision: 'quarter',
    title: 'Ünïcödé — “smart quotes”, emoji 🚀, CJK 漢字',
    other_actors: ['a,b', 'c"d'],
    also_reported_in: ['x', 'y'],
  }),
];

/** Every row, in the order the files list them. */
export function exportTestRecords(): EventRecord[] {
  return [
    ...csvRecords('../../data/events.csv'),
    ...csvRecords('../../data/fixtures/events-sample.csv'),
    ...HOSTILE,
  ];
}
