import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { quoteAround } from './stages/anchoring';
import { extractArticles, parseActorsFile } from './index';

/**
 * Quotations with the speaker after the verb ("“...,” said the analyst Chris Weafer") are how wire copy
 * quotes people. What was said is the quotation, not the speaker's name, and a date inside it dates
 * what the speaker talked about, never the saying.
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

const ARTICLE = `Lenders brace for more defaults

NEW YORK, March 13, 2025 (Reuters) - Mortgage lenders reported a sharp rise in late payments on Tuesday.

“The delinquencies and defaults have started to soar,” said Harvard housing analyst Nicolas Retsinas on Tuesday.

“There is not the panic that there was in November,” said Paul Nolte, the director of investments at Hinsdale Associates.
`;

const events: EventRecord[] = extractArticles([{ fileName: 'quotes.txt', text: ARTICLE }], { actors }).events;

describe('quoted speech', () => {
  it('titles a statement with the quotation before "said <speaker>", not with the speaker', () => {
    const e = events.find((x) => x.sentence.includes('started to soar'));
    expect(e?.title).toBe("Retsinas says 'The delinquencies and defaults have started to soar'");
    expect(e?.start).toBe('2025-03-11');
  });

  it('never dates the saying with a date inside the quotation', () => {
    const dates = events.filter((x) => x.sentence.includes('not the panic')).map((x) => x.start);
    expect(dates).not.toContain('2024-11-01');
  });

  it('finds the quotation around an offset', () => {
    const text = 'He said: “It ended in November,” and left.';
    expect(quoteAround(text, text.indexOf('November'))).toEqual({
      start: text.indexOf('“'),
      end: text.indexOf('”') + 1,
    });
    expect(quoteAround(text, text.indexOf('left'))).toBeNull();
  });
});
