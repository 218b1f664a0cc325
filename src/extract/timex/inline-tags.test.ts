import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotatedDocument } from './inline-tags';

describe('parseAnnotatedDocument', () => {
  it('strips the tags and gives offsets into the plain text', () => {
    const result = parseAnnotatedDocument(
      '<DOC dct="2022-06-08" category="wire">\nTalks ended <TIMEX3 type="DATE" value="2022-05">last month</TIMEX3> in Seoul &amp; Tokyo.\n</DOC>\n',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { doc } = result;
    expect(doc).toMatchObject({
      dct: '2022-06-08',
      category: 'wire',
      text: 'Talks ended last month in Seoul & Tokyo.',
    });
    expect(doc.timexes).toEqual([{ start: 12, end: 22, text: 'last month', type: 'DATE', value: '2022-05' }]);
    expect(doc.text.slice(12, 22)).toBe('last month');
  });

  it('keeps the mod attribute', () => {
    const result = parseAnnotatedDocument(
      '<DOC dct="2022-06-08">It began in <TIMEX3 type="DATE" value="2022-06" mod="START">early June</TIMEX3>.</DOC>',
    );
    expect(result.ok && result.doc.timexes[0]?.mod).toBe('START');
  });

  it.each([
    ['no DOC wrapper', 'just text'],
    ['a bad dct', '<DOC dct="2022-13-01">x</DOC>'],
    ['a bad type', '<DOC dct="2022-06-08"><TIMEX3 type="DAY" value="x">today</TIMEX3></DOC>'],
    ['a missing value', '<DOC dct="2022-06-08"><TIMEX3 type="DATE">today</TIMEX3></DOC>'],
    ['outer spaces in a tag', '<DOC dct="2022-06-08"><TIMEX3 type="DATE" value="x"> today</TIMEX3></DOC>'],
    ['a stray tag', '<DOC dct="2022-06-08"><b>today</b></DOC>'],
  ])('rejects %s with a message', (_, source) => {
    const result = parseAnnotatedDocument(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it('parses every document of the development set', () => {
    for (const split of ['dev', 'heldout']) {
      const dir = join('data/fixtures/timex', split);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml'))) {
        const result = parseAnnotatedDocument(readFileSync(join(dir, file), 'utf8'));
        expect(result.ok, `${split}/${file}: ${result.ok ? '' : result.error}`).toBe(true);
        if (result.ok) {
          for (const t of result.doc.timexes) expect(result.doc.text.slice(t.start, t.end)).toBe(t.text);
        }
      }
    }
  });
});
