import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

/**
 * What a story reports after its first paragraphs: sayings by named people with no date of their own,
 * a second clause that shares its date with the first, and headline-style titles for them. The
 * articles are written for these tests.
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

function extract(text: string): EventRecord[] {
  return extractArticles([{ fileName: 'story.txt', text }], { actors }).events;
}

const FLOODS = `Floods cut off northern towns

OSLO, April 9, 2025 (Reuters) - Floods closed three highways in northern Norway on Tuesday.

Rivers rose overnight. Schools shut. Trains stopped. Two bridges collapsed. Shops stayed closed.

Sweden also voiced concern.

Mayor Ines Duarte said the town would ask for state aid.

Health Minister Paula Reyes told local radio that 12 clinics would reopen.
`;

describe('undated sayings later in a story', () => {
  const events = extract(FLOODS);

  it('dates a named speaker late in the story at publication', () => {
    const e = events.find((x) => x.sentence.startsWith('Mayor Ines Duarte'));
    expect([e?.start, e?.type, e?.factuality, e?.date_basis, e?.agent]).toEqual([
      '2025-04-09',
      'statement',
      'asserted',
      'publication',
      'Ines Duarte',
    ]);
  });

  it('keeps the portfolio of a minister out of the lanes', () => {
    const e = events.find((x) => x.sentence.startsWith('Health Minister'));
    expect([e?.actor, e?.agent]).toEqual(['Paula Reyes', 'Paula Reyes']);
  });

  it('keeps the one-word object of "voiced" in the title', () => {
    expect(events.find((x) => x.sentence.startsWith('Sweden'))?.title).toBe('Sweden voices concern');
  });
});
