/**
 * Fuzzing the whole extractor with text nobody would write on purpose: random Unicode, token soup made of
 * news words, dates and junk (NUL bytes, replacement characters, mojibake), text with no sentences, a 5 MB
 * line with no full stop. Whatever comes in, extraction finishes, every row has start <= end and points at
 * its own sentence inside the article text, and one broken article never costs the others their events.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorsFile } from '../model/actor';
import { parseIsoDay } from '../model/day';
import type { EventRecord } from '../model/event-record';
import { articleId, extractArticles, parseActorsFile } from './index';
import type { ArticleFile, ExtractResult, ManifestEntry } from './index';
import { findQuantities } from './quantities';
import { fileKey } from './reference-date';
import { splitArticles } from './split-articles';

const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors: ActorsFile = parsed.value;

/** Every article of every file gets a publication date, so fuzzed text reaches the whole pipeline. */
function manifestFor(files: readonly ArticleFile[]): ManifestEntry[] {
  return files.flatMap((f) =>
    [1, 2, 3, 4].map((article) => ({
      file: f.fileName,
      article,
      title: '',
      published: '2024-06-03',
      url: '',
    })),
  );
}

/** Checks the rows against the article texts the extractor itself split out of the inputs. */
function checkRows(files: readonly ArticleFile[], result: ExtractResult): void {
  const texts = new Map<string, string>();
  for (const f of files) {
    for (const a of splitArticles(f.text).articles) texts.set(articleId(f.fileName, a.index), a.text);
  }
  for (const e of result.events) checkRow(e, texts);
  expect(result.report.files.map((f) => f.fileName)).toEqual(files.map((f) => f.fileName));
}

function checkRow(e: EventRecord, texts: ReadonlyMap<string, string>): void {
  const start = parseIsoDay(e.start);
  const end = parseIsoDay(e.end);
  if (start === null || end === null || start > end) throw new Error(`row ${e.id}: ${e.start}..${e.end}`);
  const text = texts.get(e.article_id);
  if (text === undefined) throw new Error(`row ${e.id}: unknown article ${e.article_id}`);
  const { char_start: from, char_end: to } = e;
  if (from === null || to === null || from < 0 || from > to || to > text.length) {
    throw new Error(`row ${e.id}: offsets ${from}..${to} outside a text of ${text.length}`);
  }
  if (text.slice(from, to) !== e.sentence) throw new Error(`row ${e.id}: offsets do not give its sentence`);
}

const NEWS_TOKENS = [
  'North Korea',
  'Russia',
  'Ukraine',
  'the United States',
  'Israel',
  'Kim Jong Un',
  'fired',
  'launched',
  'met',
  'said',
  'will hold talks',
  'may attack',
  'did not',
  'eight',
  '8',
  '1,200',
  'missiles',
  'drones',
  'on Sunday',
  'last week',
  'next month',
  'June 5',
  '5 June 2022',
  '2022-02-30',
  'February 30',
  '0999',
  '10000',
  'in early 2023',
  'the 1990s',
  'yesterday',
  ',',
  '.',
  '. ',
  '?',
  '"',
  '“',
  '(Reuters) -',
  'SEOUL, June 5 (Reuters) - ',
  '\n',
  '\n\n',
  '\0',
  '\uFFFD',
  'Ã©tÃ©',
  '\u202E',
  '\uD800',
  '🚀',
  'TT',
  '20',
] as const;

/** Junk between and inside sentences: NULs, replacement characters, mojibake, bidi controls, lone surrogates. */
const junk = fc.oneof(fc.constantFrom(...NEWS_TOKENS), fc.string({ maxLength: 6 }));

/** A news-like sentence (actor, verb, object, date) with junk spliced in at random places. */
const sentence = fc
  .tuple(
    fc.constantFrom('North Korea', 'Russia', 'Ukraine', 'Israel', 'The United States', 'Kim Jong Un', 'He'),
    fc.constantFrom(
      'fired',
      'launched',
      'will hold talks with',
      'met',
      'said it may attack',
      'did not sanction',
    ),
    fc.constantFrom('eight missiles', '1,200 drones', 'Ukraine', 'officials', 'about 30 rockets', ''),
    fc.constantFrom('on Sunday', 'last week', 'June 5', 'on 5 June 2022', 'in early 2023', 'February 30', ''),
    fc.array(fc.tuple(fc.nat(6), junk), { maxLength: 3 }),
    fc.constantFrom('.', '. ', '?', '', '.\n\n'),
  )
  .map(([who, verb, what, when, inserts, end]) => {
    const words: string[] = [who, verb, what, when].filter(Boolean);
    for (const [at, j] of inserts) words.splice(at % (words.length + 1), 0, j);
    return words.join(' ') + end;
  });

const tokenSoup = fc
  .array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 1, arbitrary: junk }), { maxLength: 30 })
  .map((parts) => parts.join(' '));

const articleText = fc.oneof(
  { weight: 4, arbitrary: tokenSoup },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  // UTF-8 bytes read as Latin-1, the usual mojibake of a misdeclared page.
  {
    weight: 1,
    arbitrary: tokenSoup.map((t) => String.fromCharCode(...new TextEncoder().encode(t).subarray(0, 4000))),
  },
);

const fileArb = fc
  .tuple(
    fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt'),
    fc.array(articleText, { minLength: 1, maxLength: 2 }),
  )
  .map(([fileName, parts]) => ({ fileName, text: parts.join('\n\n') }));

describe('extractor under fuzzed input (property)', () => {
  it('finishes on any text and emits only rows with start <= end and offsets inside their article', () => {
    let rows = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fileArb, { minLength: 1, maxLength: 3, selector: (f) => f.fileName }),
        fc.boolean(),
        (files, withManifest) => {
          const result = extractArticles(files, { actors, manifest: withManifest ? manifestFor(files) : [] });
          checkRows(files, result);
          rows += result.events.length;
        },
      ),
      { numRuns: 600 },
    );
    // The soup must reach the event builder often, or the property checks nothing.
    expect(rows).toBeGreaterThan(100);
  });

  it('reads only-dates text, NUL bytes and text with no sentence ends without a crash', () => {
    const files: ArticleFile[] = [
      {
        fileName: 'dates.txt',
        text: 'June 5, 2022. 2022-06-05. Sunday. Last week. 1999. May 2021. Q3 2024.\n'.repeat(40),
      },
      {
        fileName: 'nul.txt',
        text: 'Talks\n\nSEOUL, June 5 (Reuters) - North Korea fired 8 missiles\0 on Sunday\0.\0\0\n\0',
      },
      { fileName: 'nostop.txt', text: 'russia ukraine drones monday talks '.repeat(300) },
      { fileName: 'empty.txt', text: '' },
      { fileName: 'blank.txt', text: '\n\n \t\r\n\u00a0\n' },
    ];
    const result = extractArticles(files, { actors, manifest: manifestFor(files) });
    checkRows(files, result);
    expect(result.events.some((e) => e.article_id.startsWith('nul'))).toBe(true);
    const empty = result.report.files.find((f) => f.fileName === 'empty.txt');
    expect(empty?.errors.join(' ')).toMatch(/empty\.txt/);
  });

  it('reports an article with no usable date by its file name and still extracts the others', () => {
    const good: ArticleFile = {
      fileName: 'wire.txt',
      text:
        'North Korea fires missiles\n\n' +
        'SEOUL, June 5, 2022 (Reuters) - North Korea fired eight short-range ballistic missiles into the sea ' +
        'on Sunday, South Korea said.',
    };
    const broken: ArticleFile = { fileName: 'broken.txt', text: '\uFFFD\0\uFFFD Ã© ' + '\0'.repeat(50) };
    const undated: ArticleFile = {
      fileName: 'undated.txt',
      text: 'Talks planned\n\nRussia and Ukraine will hold talks next week, officials said.',
    };
    const result = extractArticles([broken, undated, good], { actors });
    checkRows([broken, undated, good], result);
    expect(result.events.some((e) => e.article_id === articleId('wire.txt', 1))).toBe(true);
    const errors = result.report.files.flatMap((f) => f.errors).join('\n');
    expect(errors).toContain(fileKey(undated.fileName));
    expect(errors).toContain(fileKey(broken.fileName));
  });

  it('finds a quantity whose unit words are two spaces or a line break apart, and moves on', () => {
    // Found by the property above: the scan jumped back to the start and never ended.
    const text =
      'North Korea will hold talks with eight missiles  yENvn 5 June 2022, and fired six\nrockets.';
    const found = findQuantities(text);
    expect(found.map((q) => [q.value, q.unit, text.slice(q.start, q.end)])).toEqual([
      [8, 'missiles yENvn', 'eight missiles  yENvn'],
      [6, 'rockets', 'six\nrockets'],
    ]);
  });

  // About 4 s: the date tagger reads every character once; before sentences were capped it took hours.
  it('finishes a 5 MB single line with no full stop, reporting it as too long', { timeout: 120_000 }, () => {
    const line = 'Russia said on Monday that it would hold talks with Ukraine next week '.repeat(72_000);
    expect(line.length).toBeGreaterThan(5_000_000);
    const files = [{ fileName: 'line.txt', text: line }];
    const result = extractArticles(files, { actors, manifest: manifestFor(files) });
    checkRows(files, result);
    expect(result.report.skipped['too long']).toBe(1);
  });
});
