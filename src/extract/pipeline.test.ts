import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors: ActorsFile = parsed.value;
const seeds = ['000_040ac2f8be739e6e.txt', '004_98c89edc00b11fd3.txt'].map((f) => ({
  fileName: f,
  text: readFileSync(`data/articles/${f}`, 'utf8'),
}));
const { events, report } = extractArticles(seeds, { actors });

function find(predicate: (e: EventRecord) => boolean): EventRecord {
  const found = events.find(predicate);
  if (!found) throw new Error('event not found');
  return found;
}

/** One line per event: a diff of this file reads like a review of the extractor's output. */
function dump(list: readonly EventRecord[]): string {
  return list
    .map((e) =>
      [
        e.start === e.end ? e.start : `${e.start}..${e.end}`,
        e.precision,
        e.actor || '?',
        e.type,
        e.factuality,
        e.title,
        e.date_text ? `"${e.date_text}"` : '(no date text)',
        e.quantity !== null ? `${e.quantity} ${e.quantity_unit}` : '',
        e.also_reported_in.length > 0 ? `also ${e.also_reported_in.join(';')}` : '',
      ]
        .filter(Boolean)
        .join(' | '),
    )
    .join('\n');
}

describe('extractArticles on the seed articles', () => {
  it('finds four articles with dateline reference dates', () => {
    expect(report.articles.map((a) => [a.articleId, a.refDate])).toEqual([
      ['000_040ac2f8be739e6e#1', '2022-05-21'],
      ['000_040ac2f8be739e6e#2', '2025-07-12'],
      ['004_98c89edc00b11fd3#1', '2022-06-08'],
      ['004_98c89edc00b11fd3#2', '2025-05-09'],
    ]);
  });

  it('has Lavrov meeting Choe Son-hui in Wonsan on Saturday 2025-07-12', () => {
    const e = find((x) => x.type === 'meeting' && x.start === '2025-07-12' && x.actor === 'russia');
    expect(e.title).toBe('Lavrov meets Choe Son-hui in Wonsan');
    expect(e.other_actors).toContain('north-korea');
  });

  it('has North Korea firing eight ballistic missiles on Sunday 2022-06-05', () => {
    const e = find((x) => x.type === 'missile-test' && x.start === '2022-06-05');
    expect([e.actor, e.quantity, e.title]).toEqual([
      'north-korea',
      8,
      'North Korea fires 8 ballistic missiles',
    ]);
  });

  it('has 31 missiles over 18 test events in the first half of 2022', () => {
    const e = find((x) => x.type === 'missile-test' && x.date_value === '2022-H1');
    expect([e.start, e.end, e.precision, e.quantity, e.quantity_unit]).toEqual([
      '2022-01-01',
      '2022-06-30',
      'half',
      31,
      'missiles',
    ]);
  });

  it('has the Easter ceasefire last month and the three-day pause this week as two events', () => {
    const ceasefires = events.filter((x) => x.type === 'ceasefire' && x.actor === 'russia');
    expect(ceasefires.map((x) => [x.start, x.end])).toEqual([
      ['2025-04-01', '2025-04-30'],
      ['2025-05-05', '2025-05-11'],
    ]);
  });

  it("has Trump's Friday call for a ceasefire", () => {
    const e = find((x) => x.actor === 'united-states' && x.start === '2025-05-09' && x.type === 'statement');
    expect(e.title).toBe("Trump urges Russia and Ukraine to 'get this stupid war finished'");
  });

  it('has the Seoul meeting of Sherman with South Korean and Japanese counterparts', () => {
    const e = find((x) => x.type === 'meeting' && x.start === '2022-06-08' && x.actor === 'united-states');
    expect(e.people).toContain('Wendy Sherman');
    expect(e.other_actors).toEqual(expect.arrayContaining(['south-korea', 'japan']));
    const caption = find((x) => x.type === 'meeting' && x.start === '2022-06-08' && x.location === 'Seoul');
    expect(caption.people).toEqual(expect.arrayContaining(['Wendy Sherman', 'Cho Hyun-dong', 'Takeo Mori']));
  });

  it('marks a possible deployment in July or August as one possible range', () => {
    const e = find((x) => x.type === 'deployment' && x.actor === 'north-korea');
    expect([e.start, e.end, e.factuality, e.date_qualifier]).toEqual([
      '2025-07-01',
      '2025-08-31',
      'possible',
      'range',
    ]);
  });

  it('matches the canonical dump of the seed output', async () => {
    await expect(dump(events)).toMatchFileSnapshot('../../data/fixtures/seed-events.txt');
  });

  it('gives every row offsets that point at its sentence and a start on or before its end', () => {
    const texts = new Map<string, string>();
    for (const e of events) {
      expect(e.start <= e.end).toBe(true);
      const key = `${e.article_id}:${e.char_start}`;
      texts.set(key, e.sentence);
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe('extractArticles on any text', () => {
  it('never throws, and every row has start <= end and offsets that point at its sentence', () => {
    const sentence = fc.constantFrom(
      'Russia launched 12 drones at Kyiv on Tuesday.',
      'NATO will hold drills in Poland next month.',
      'Iran denied on Friday that it had enriched uranium.',
      'The talks may resume in July or August.',
      'Turkey hasn’t yet signed the deal.',
      'TT',
      '20',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, fc.string({ maxLength: 40 })), { maxLength: 12 }), (parts) => {
        const text = `Headline\n\n12 March 2024, Ukraine, Kyiv: A caption.\n\n${parts.join(' ')}`;
        const result = extractArticles([{ fileName: 'x.txt', text }], { actors });
        const body = text;
        for (const e of result.events) {
          expect(e.start <= e.end).toBe(true);
          expect(e.char_start).not.toBeNull();
          expect(e.sentence.length).toBe((e.char_end ?? 0) - (e.char_start ?? 0));
        }
        expect(body.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('reports an article without any date by name instead of guessing', () => {
    const { report: r } = extractArticles(
      [
        {
          fileName: 'data/fixtures/articles/no-date.txt',
          text: readFileSync('data/fixtures/articles/no-date.txt', 'utf8'),
        },
      ],
      { actors },
    );
    expect(r.files[0]?.errors[0]).toMatch(
      /^no-date\.txt article 1 \("Talks continue"\): no publication date/,
    );
  });

  it('reads wire copy with a yearless dateline when a date line gives the year', () => {
    const text = readFileSync('data/fixtures/articles/wire-crlf.txt', 'utf8');
    const { events: wire, report: r } = extractArticles([{ fileName: 'wire.txt', text }], { actors });
    expect(r.articles[0]?.refDate).toBe('2024-06-03');
    const strike = wire.find((e) => e.type === 'attack');
    expect([strike?.actor, strike?.start]).toEqual(['israel', '2024-06-02']);
  });
});
