import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { markableSentence, markableText, parseCatDocument, type CatDocument } from './cat-document';

const FIXTURE = readFileSync(new URL('./fixtures/apple-free-cases.xml', import.meta.url), 'utf8');
const CORPUS = '../shared/corpora/wikinews-dev';
const CORPUS_FOLDERS = [
  'meantime/intra-doc_annotation/corpus_apple',
  'meantime/intra-doc_annotation/corpus_stock',
  'semeval2015-timeline/apple-trial-docs',
];

function parse(xml: string): CatDocument {
  const result = parseCatDocument(xml);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * A CAT document of whole sentences, one token per space-separated word. The sentences below are
 * tokenised exactly as in MEANTIME (corpus_apple 279494, 214601, 190356; corpus_stock 121416, 82738),
 * © 2015 FBK, VUA, EHU (NewsReader), CC BY 4.0, text from Wikinews.
 */
function catOf(sentences: readonly string[]): string {
  let id = 0;
  const tokens = sentences.flatMap((s, sentence) =>
    s.split(' ').map((word) => {
      id++;
      const text = word.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return `<token number="${id - 1}" sentence="${sentence}" t_id="${id}">${text}</token>`;
    }),
  );
  return `<?xml version="1.0" ?><Document doc_id="1" doc_name="1_test">\n${tokens.join('\n')}\n<Markables>\n</Markables>\n</Document>`;
}

describe('parseCatDocument', () => {
  it('rebuilds the article with the title and the dateline on lines of their own', () => {
    const doc = parse(FIXTURE);
    expect(doc).toMatchObject({ id: '195869', name: '195869_Apple_to_give_free_cases' });
    expect(doc.text).toBe(
      [
        'Apple to give free cases, refunds to iPhone 4 owners',
        'July 17, 2010',
        "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free case in response to mounting concerns over the device's antenna placement.",
        'The announcement came in a rare press conference held by Apple on Friday morning.',
      ].join('\n\n'),
    );
    expect(doc.sentences.map((s) => s.index)).toEqual([0, 1, 2, 4]);
  });

  it('gives every token and sentence the offsets of its characters', () => {
    const doc = parse(FIXTURE);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.tokenById.get(41)).toMatchObject({ text: "'s", sentence: 2 });
  });

  it('reads markables with their tokens and attributes', () => {
    const doc = parse(FIXTURE);
    const announced = doc.eventMentions.find((e) => e.id === '46');
    expect(announced?.attributes).toMatchObject({ certainty: 'CERTAIN', time: 'NON_FUTURE' });
    expect(markableText(doc, announced?.tokenIds ?? [])).toBe('announced');
    expect(doc.timexes.find((t) => t.functionInDocument === 'CREATION_TIME')).toMatchObject({
      id: '58',
      type: 'DATE',
      value: '2010-07-17',
    });
    const morning = doc.timexes.find((t) => t.id === '60');
    expect(morning).toMatchObject({ type: 'TIME', value: '2010-07-16TMO' });
    expect(markableText(doc, morning?.tokenIds ?? [])).toBe('Friday morning');
    expect(markableSentence(doc, morning?.tokenIds ?? [])).toBe(4);
    // ent_type sits on the instance in MEANTIME; the mention gets it through REFERS_TO.
    expect(doc.entityMentions.find((m) => m.id === '9')).toMatchObject({
      entType: 'ORG',
      syntacticType: 'NAM',
      head: 'Apple Inc.',
    });
    expect(doc.instances).toContainEqual(
      expect.objectContaining({ id: '173', kind: 'ENTITY', description: 'APPLE', entType: 'ORG' }),
    );
    expect(doc.instances).toContainEqual(
      expect.objectContaining({ id: '71', kind: 'EVENT', description: 'announce', eventClass: 'OTHER' }),
    );
  });

  it('reads TLINKs, participants and coreference', () => {
    const doc = parse(FIXTURE);
    expect(doc.tlinks).toContainEqual({ id: '362047', source: '46', target: '59', relType: 'IS_INCLUDED' });
    expect(doc.tlinks).toHaveLength(5);
    expect(doc.participants).toContainEqual({ id: '362018', source: '46', target: '9', semRole: 'Arg0' });
    expect(doc.refersTo).toEqual([{ id: '362152', sources: ['8', '9', '10', '11'], target: '173' }]);
  });

  it('joins quotes, clitics and currency signs as written prose does', () => {
    const doc = parse(
      catOf([
        "This was Jobs ' third period of medical leave .",
        "The `` Back to the Mac '' event also included a preview .",
        'The new iPhone was praised by Jobs as " the biggest leap we \'ve taken since the original iPhone . "',
        "`` Many investors simply ca n't contemplate any more stock market risk in their portfolios .",
        "US stock markets tumble on ` Black Monday ' anniversary",
        "the computer 's base price of US$ 999 ( about 7 % less ) .",
      ]),
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "This was Jobs' third period of medical leave.",
      'The “Back to the Mac” event also included a preview.',
      'The new iPhone was praised by Jobs as "the biggest leap we\'ve taken since the original iPhone."',
      "“Many investors simply can't contemplate any more stock market risk in their portfolios.",
      'US stock markets tumble on ‘Black Monday’ anniversary',
      "the computer's base price of US$999 (about 7% less).",
    ]);
  });

  it('fails with a message when the file is not CAT', () => {
    expect(parseCatDocument('<html></html>')).toEqual({ ok: false, error: 'no <Document> element' });
    expect(parseCatDocument('<Document doc_id="1"></Document>').ok).toBe(false);
  });

  it.skipIf(!existsSync(CORPUS))(
    'makes every sentence of the corpus exactly one sentence for the extractor',
    () => {
      let sentences = 0;
      for (const folder of CORPUS_FOLDERS) {
        const dir = join(CORPUS, folder);
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml'))) {
          const doc = parse(readFileSync(join(dir, name), 'utf8'));
          const found = splitSentences(doc.text);
          for (const s of doc.sentences) {
            sentences++;
            const overlapping = found.filter((f) => f.start < s.end && f.end > s.start);
            expect(overlapping, `${name} sentence ${s.index}`).toEqual([
              expect.objectContaining({ start: s.start, end: s.end }),
            ]);
          }
        }
      }
      expect(sentences).toBeGreaterThan(1000);
    },
  );
});
