import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoCandidates, NEWS_REFINERS } from './chrono-source';
import { tagTimex } from './index';

function tag(text: string, dct: string): [string, string, string][] {
  return tagTimex(text, { dct }).map((t) => [t.text, t.type, t.value]);
}

/** chrono as the tagger configures it, parsing a whole sentence (the tagger only parses windows). */
function newsChrono(text: string): string[] {
  const parser = chrono.casual.clone();
  parser.refiners.push(...NEWS_REFINERS);
  return parser.parse(text, { instant: new Date(Date.UTC(2022, 5, 8, 12)), timezone: 0 }).map((r) => r.text);
}

describe('chrono as a second candidate source', () => {
  it('tags dotted European dates the rules leave alone', () => {
    expect(
      tag('The agreement was signed in Brussels on 14.03.2022 by both ministers.', '2022-06-08'),
    ).toEqual([['14.03.2022', 'DATE', '2022-03-14']]);
  });

  it('tags year-first dates and ISO timestamps', () => {
    expect(tag('The filing is dated 2022/06/05.', '2022-06-08')).toEqual([
      ['2022/06/05', 'DATE', '2022-06-05'],
    ]);
    expect(tag('The first alert went out at 2022-06-05T14:30:00Z, the agency said.', '2022-06-08')).toEqual([
      ['2022-06-05T14:30:00Z', 'TIME', '2022-06-05T14:30'],
    ]);
  });

  it('joins a written date and its clock time into one TIME', () => {
    expect(tag('Updated 6/23/2022 4:15 PM', '2022-06-23')).toEqual([
      ['6/23/2022 4:15 PM', 'TIME', '2022-06-23T16:15'],
    ]);
    expect(tag('Polls close on June 5, 2022 at 8 p.m. in most states.', '2022-06-01')).toEqual([
      ['June 5, 2022 at 8 p.m.', 'TIME', '2022-06-05T20:00'],
    ]);
  });

  it('leaves a relative day and its clock time to the rules', () => {
    expect(tag('The vote will be held at 10 a.m. Tuesday.', '2022-06-08')).toEqual([
      ['10 a.m. Tuesday', 'TIME', '2022-06-14T10:00'],
    ]);
  });

  it('never overrides a rule candidate', () => {
    const text = 'Talks began on 6/5/2022.';
    const taken = new Uint8Array(text.length).fill(1, text.indexOf('6/5'), text.indexOf('6/5') + 8);
    expect(chronoCandidates(text, taken, { year: 2022, month: 6, day: 8 })).toEqual([]);
    expect(tag(text, '2022-06-08')).toEqual([['6/5/2022', 'DATE', '2022-06-05']]);
  });

  it('drops what news text makes chrono misread', () => {
    expect(newsChrono('The company earned $2.50 a share.')).toEqual([]);
    expect(newsChrono('Sun Microsystems shares rose 3%.')).toEqual([]);
    expect(newsChrono('Officials said prices May rise further.')).toEqual([]);
    expect(newsChrono('Leaders met at the G20 summit.')).toEqual([]);
    expect(newsChrono('The Rangers won 3-2 in overtime.')).toEqual([]);
    expect(newsChrono('Turnout was 2030 voters.')).toEqual([]);
  });

  it('keeps what chrono reads right', () => {
    expect(newsChrono('The deal closed on 14.03.2022.')).toEqual(['14.03.2022']);
    expect(newsChrono('Ballots are due by the 3rd of March.')).toEqual(['3rd of March']);
  });

  it('gives only candidates on free characters, inside the text, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(120), fc.nat(120), (noise, a, b) => {
        const text = `${noise} 14.03.2022 ${noise} 2022-06-05T14:30 ${noise}`;
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const taken = new Uint8Array(text.length).fill(1, from, to);
        for (const c of chronoCandidates(text, taken, { year: 2022, month: 6, day: 8 })) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThan(c.end);
          expect(taken.subarray(c.start, c.end).every((x) => x === 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
