import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { passiveTitleSubject } from './stages/draft';
import { extractArticles, parseActorsFile } from './index';

/**
 * Passive sentences with no doer named ("the lawsuit was settled", "she was arrested") are common in
 * news on courts, companies and products. Their rows are titled in the passive with what the event
 * happened to, and filed on that lane, instead of "Unknown actor settles".
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

const ARTICLE = `Court approves settlement in battery patent fight

MADRID, March 12, 2025 (Reuters) - The patent lawsuit between the two battery makers was settled out of court on Tuesday, lawyers for both companies said.

Maria Lopez, the former finance chief of Helios Energia, was arrested on Monday in Valencia on fraud charges.

The company's new Vela 5 battery will be released on April 2, and a second model is expected later this year.

Analysts expect few surprises at a meeting of the ruling Civic Party that has been scheduled for the end of March.

Solara Systems was acquired by Northwind Corp in 2019.

A survey of employers released on Friday by the Labor Department has since been revised.

Carlos Ruiz, born in Seville on May 3, 1950, founded the company in 1982. His son was born in 1980.
`;

const events: EventRecord[] = extractArticles([{ fileName: 'passive.txt', text: ARTICLE }], {
  actors,
}).events;

function rowOf(text: string): EventRecord | undefined {
  return events.find((e) => e.sentence.includes(text));
}

describe('passive events with no doer named', () => {
  it('titles a settled lawsuit in the passive, with what was settled as the subject', () => {
    const e = rowOf('was settled out of court');
    expect([e?.start, e?.actor, e?.title]).toEqual([
      '2025-03-11',
      '',
      'Patent lawsuit is settled out of court',
    ]);
  });

  it('files an arrest on the lane of the person arrested, who is not its doer', () => {
    const e = rowOf('was arrested');
    expect([e?.start, e?.actor, e?.type, e?.title]).toEqual([
      '2025-03-10',
      'Maria Lopez',
      'arrest',
      'Lopez is arrested in Valencia',
    ]);
    expect(e?.agent).toBe('');
  });

  it('keeps a planned release planned, and a model number with its name', () => {
    const e = rowOf('will be released');
    expect([e?.start, e?.actor, e?.factuality, e?.title]).toEqual([
      '2025-04-02',
      'Vela 5',
      'planned',
      'Vela 5 to be released',
    ]);
  });

  it('does not file what a relative clause scheduled under a name inside its antecedent', () => {
    const e = rowOf('has been scheduled');
    expect(e).toBeDefined();
    expect(e?.actor).not.toBe('Civic Party');
  });

  it('with the doer named after "by", the title is active and the passive subject is its object', () => {
    const e = rowOf('was acquired by');
    expect([e?.start, e?.actor, e?.title]).toEqual([
      '2019-01-01',
      'Northwind Corp',
      'Northwind Corp acquires Solara Systems',
    ]);
    // A bare participle describes the noun right before it, not the subject of the sentence.
    expect(rowOf('released on Friday')?.title).toBe('Labor Department releases survey');
  });

  it('"born" is passive with or without "was", and the aside it opens does not hide the subject after it', () => {
    const rows = events.filter((e) => e.sentence.includes('Carlos Ruiz, born'));
    expect(rows.map((e) => [e.start, e.actor, e.title])).toEqual([
      ['1950-05-03', 'Carlos Ruiz', 'Ruiz is born in Seville'],
      ['1982-01-01', 'Carlos Ruiz', 'Ruiz founds company'],
    ]);
    const son = rowOf('His son');
    expect([son?.start, son?.actor, son?.title]).toEqual(['1980-01-01', 'Carlos Ruiz', "Ruiz's son is born"]);
  });

  it('a described subject is titled by its head phrase, and an amount is no subject', () => {
    expect(passiveTitleSubject('losses of between three and seven percent')).toBe('');
    expect(passiveTitleSubject('following day this theory')).toBe('Theory');
    expect(passiveTitleSubject('first lawsuit')).toBe('First lawsuit');
  });
});
