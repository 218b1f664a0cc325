import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../model/event-record';
import { testRecord } from '../../model/test-records';
import { extractArticles } from '../index';
import { splitArticles } from '../split-articles';
import { parseCatDocument, type CatDocument } from './cat-document';
import {
  annotatedSentences,
  creationDay,
  extractorInput,
  formatSentence,
  goldItems,
  namesMatch,
  pairMetrics,
  placeRows,
  rowNamesAgent,
  scoreDocument,
  type RowNames,
} from './dated-pairs';
import { timexInterval } from './timex-interval';

/** Trimmed MEANTIME article (see the comment in the file for its source and licence). */
const FIXTURE = readFileSync(new URL('./fixtures/apple-free-cases.xml', import.meta.url), 'utf8');

function fixture(): CatDocument {
  const result = parseCatDocument(FIXTURE);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const S2 =
  "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free case in response to mounting concerns over the device's antenna placement.";
const S4 = 'The announcement came in a rare press conference held by Apple on Friday morning.';

/** A row as the extractor writes it: offsets into the article text the splitter makes. */
function rowFrom(
  doc: CatDocument,
  sentence: string,
  patch: Partial<EventRecord> & Pick<EventRecord, 'start'>,
) {
  const article = splitArticles(doc.text).articles[0]?.text ?? '';
  const start = article.indexOf(sentence);
  return testRecord({
    id: `r-${patch.start}-${start}`,
    actor: '',
    article_id: '195869_Apple_to_give_free_cases#1',
    sentence,
    char_start: start,
    char_end: start + sentence.length,
    ...patch,
  });
}

const labelAndPeople: RowNames = (row) => ({ names: [row.actor, ...row.people], aliases: [] });

describe('timexInterval', () => {
  it.each([
    ['2010-07-16', '2010-07-16', '2010-07-16'],
    ['2010-07-16TMO', '2010-07-16', '2010-07-16'],
    ['2008-10-10T14:30Z', '2008-10-10', '2008-10-10'],
    ['2008-06', '2008-06-01', '2008-06-30'],
    ['2008', '2008-01-01', '2008-12-31'],
    ['2008-W37', '2008-09-08', '2008-09-14'],
    ['2009-Q3', '2009-07-01', '2009-09-30'],
    ['2011-H1', '2011-01-01', '2011-06-30'],
    ['2008-FA', '2008-09-01', '2008-11-30'],
    ['2008-10-XX', '2008-10-01', '2008-10-31'],
    ['199', '1990-01-01', '1999-12-31'],
  ])('reads %s as %s..%s', (value, start, end) => {
    expect(timexInterval(value)).toEqual({ start, end });
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'XXXX-XX-XX', 'P3D', 'FY2009'])(
    'has no interval for %s',
    (v) => {
      expect(timexInterval(v)).toBeNull();
    },
  );
});

describe('goldItems', () => {
  it('ties each annotated sentence to the days its events are anchored in', () => {
    const doc = fixture();
    expect(creationDay(doc)).toBe('2010-07-17');
    // The title has events but no TLINK, as in every MEANTIME file; BEFORE/AFTER give no days.
    expect([...annotatedSentences(doc)].sort()).toEqual([0, 2, 4]);
    const items = goldItems(doc);
    expect(items.map((g) => [g.sentence, g.interval.start, g.interval.end, g.values])).toEqual([
      [2, '2010-07-16', '2010-07-16', ['2010-07-16']],
      [4, '2010-07-16', '2010-07-16', ['2010-07-16TMO']],
    ]);
    expect(items[0]?.events).toEqual([
      {
        mentionId: '46',
        text: 'announced',
        agents: [{ text: 'Apple Inc.', names: ['Apple Inc.', 'APPLE', 'Apple'] }],
      },
    ]);
  });
});

describe('placeRows', () => {
  it('translates article offsets into CAT sentences, falling back to the sentence text', () => {
    const doc = fixture();
    const good = rowFrom(doc, S4, { start: '2010-07-16' });
    const shifted = { ...rowFrom(doc, S2, { start: '2010-07-16' }), char_start: 3, char_end: 40 };
    const foreign = rowFrom(doc, 'A sentence from another article.', { start: '2010-07-16' });
    expect(placeRows(doc, [good, shifted, foreign]).map((p) => [p.sentence, p.placement])).toEqual([
      [4, 'offset'],
      [2, 'text'],
      [null, 'none'],
    ]);
  });

  it('places every row of the real extractor by its offsets', () => {
    const doc = fixture();
    const input = extractorInput(doc);
    expect(input.manifest).toEqual([
      {
        file: '195869_Apple_to_give_free_cases.txt',
        article: 1,
        title: 'Apple to give free cases, refunds to iPhone 4 owners',
        published: '2010-07-17',
        url: 'http://en.wikinews.org/wiki/Apple_to_give_free_cases,_refunds_to_iPhone_4_owners',
      },
    ]);
    const { events } = extractArticles([input.file], {
      actors: { version: 1, actors: [] },
      manifest: input.manifest,
    });
    // "Apple Inc. announced Friday" is the plainest dated sentence there is; a run without rows tests nothing.
    expect(events.length).toBeGreaterThan(0);
    for (const p of placeRows(doc, events)) {
      expect(p.placement).toBe('offset');
      expect(doc.sentences.find((s) => s.index === p.sentence)?.text).toContain(p.row.sentence);
    }
  });
});

describe('names', () => {
  it('matches names that hold one another as whole words', () => {
    expect(namesMatch('Steve Jobs', 'Jobs')).toBe(true);
    expect(namesMatch('Apple', 'Apple Inc.')).toBe(true);
    expect(namesMatch('U.S.', 'US')).toBe(true);
    expect(namesMatch('Apple', 'Pineapple')).toBe(false);
    expect(namesMatch('', 'Apple')).toBe(false);
  });

  it('lets a short alias name an agent only when it is the whole name', () => {
    const row = testRecord({ id: 'r', start: '2009-10-16', actor: 'united-states', people: [] });
    const names: RowNames = () => ({ names: ['United States'], aliases: ['US', 'America'] });
    expect(rowNamesAgent(row, names, ['Bank of America'])).toBe(false);
    expect(rowNamesAgent(row, names, ['U.S.'])).toBe(true);
    expect(rowNamesAgent(row, names, ['United States Department of Labor'])).toBe(true);
  });
});

describe('scoreDocument', () => {
  it('counts exact and nested matches one to one and checks the actor of exact ones', () => {
    const doc = fixture();
    const rows = [
      rowFrom(doc, S2, { start: '2010-07-17', actor: 'Apple' }),
      rowFrom(doc, S2, { start: '2010-07-16', actor: 'Apple' }),
      rowFrom(doc, S4, { start: '2010-07-01', end: '2010-07-31', precision: 'month' }),
      // The title is not annotated with dates: a row there would be neither right nor wrong.
    ];
    const score = scoreDocument(doc, rows, labelAndPeople);
    expect(score.counts).toEqual({ gold: 2, rows: 3, exact: 1, lenient: 2, actorScored: 1, actorCorrect: 1 });
    expect(score.placements).toEqual({ offset: 3, text: 0, none: 0 });
    const m = pairMetrics(score.counts);
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBeCloseTo(1 / 2);
    expect(m.f1).toBeCloseTo(0.4);
    expect(m.lenientF1).toBeCloseTo(0.8);
    expect(m.actorAccuracy).toBe(1);
  });

  it('prints one line per gold item and row, marking matches, misses and spurious rows', () => {
    const doc = fixture();
    const rows = [
      rowFrom(doc, S2, { start: '2010-07-17', actor: 'Apple', title: 'Apple announces free cases' }),
      rowFrom(doc, S4, {
        start: '2010-07-16',
        actor: '',
        type: 'meeting',
        title: 'Unknown actor holds conference',
      }),
    ];
    const score = scoreDocument(doc, rows, labelAndPeople);
    const lines = score.sentences.flatMap((s) => formatSentence(s, '2010-07-17', (id) => id));
    expect(lines).toEqual([
      `  [s2] ${S2}`,
      '    MISS  gold 2010-07-16  announced  Arg0: Apple Inc.',
      '    SPUR  row  2010-07-17  Apple  missile-test  "on Sunday"  "Apple announces free cases"',
      `  [s4] ${S4}`,
      '    ok    gold 2010-07-16  held  Arg0: Apple',
      '          row  2010-07-16  -  meeting  "on Sunday"  "Unknown actor holds conference"  actor?',
    ]);
  });
});
