import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

/**
 * Every fixture article's rows as a golden `<name>.expected.csv` beside it, so a change to any stage
 * shows up as a reviewable diff of what a reader would see: date, lane, type, factuality, title, how
 * the date was chosen and the words the row came from. Update with `vitest -u` after reviewing.
 */
const DIR = 'data/fixtures/articles';
const COLUMNS = [
  'start',
  'end',
  'precision',
  'actor',
  'type',
  'factuality',
  'title',
  'date_text',
  'date_basis',
  'predicate',
  'agent',
] as const satisfies readonly (keyof EventRecord)[];

const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function goldenCsv(events: readonly EventRecord[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of events) lines.push(COLUMNS.map((c) => cell(String(e[c]))).join(','));
  return `${lines.join('\n')}\n`;
}

const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('fixture articles against their golden rows', () => {
  for (const name of articles) {
    it(`${name} gives the rows in ${name.replace(/\.txt$/, '.expected.csv')}`, async () => {
      const fileName = `${DIR}/${name}`;
      const { events } = extractArticles([{ fileName, text: readFileSync(fileName, 'utf8') }], { actors });
      await expect(goldenCsv(events)).toMatchFileSnapshot(
        `../../${DIR}/${name.replace(/\.txt$/, '.expected.csv')}`,
      );
    });
  }
});
