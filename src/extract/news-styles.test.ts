import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

/**
 * Articles in other news styles and on other conflicts than the seeds (wire datelines, AP diplomacy,
 * sanctions, military drills, an African Union truce), with the events a journalist would list.
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

function extract(name: string): EventRecord[] {
  const fileName = `data/fixtures/articles/${name}`;
  return extractArticles([{ fileName, text: readFileSync(fileName, 'utf8') }], { actors }).events;
}

/** [start, actor, type, factuality, title] of each event: what the article says happened, and when. */
function facts(events: readonly EventRecord[]): string[][] {
  return events.map((e) => [e.start, e.actor, e.type, e.factuality, e.title]);
}

describe('a Reuters wire story from Kyiv', () => {
  const events = extract('wire-kyiv-drones.txt');

  it('dates the overnight strike to the night before the report (TimeML TNI) and counts the drones', () => {
    expect(facts(events)).toContainEqual([
      '2025-03-02',
      'russia',
      'attack',
      'asserted',
      'Russia launches 112 drones at Ukraine',
    ]);
  });

  it('gives a passive capture to the agent after "by", not to the first name in the sentence', () => {
    const e = events.find((x) => x.type === 'military-operation');
    expect([e?.start, e?.actor, e?.title, e?.location]).toEqual([
      '2025-03-01',
      'russia',
      'Russia captures two villages',
      'Donetsk region',
    ]);
  });

  it('resolves "He said" to the person who was the subject of the sentence before', () => {
    const e = events.find((x) => x.sentence.startsWith('He said on Monday'));
    expect([e?.actor, e?.title]).toEqual([
      'ukraine',
      'Zelenskiy says the country needed at least ten more Patriot systems',
    ]);
  });

  it('reads a phone call and a planned meeting with their partners, not with the spokesman', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        ['2025-03-02', 'ukraine', 'meeting', 'asserted', 'Zelenskiy holds phone call with Macron'],
        ['2025-03-06', 'ukraine', 'meeting', 'planned', 'Zelenskiy to meet Kellogg in Kyiv'],
        [
          '2025-03-03',
          'russia',
          'statement',
          'asserted',
          'Peskov says Moscow had not received any formal proposal for a ceasefire',
        ],
      ]),
    );
  });
});

describe('an AP story on Gaza diplomacy', () => {
  const events = extract('ap-gaza-diplomacy.txt');

  it('names the meeting partner by surname with its particle and leaves out the place', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        ['2024-08-20', 'united-states', 'meeting', 'asserted', 'Blinken meets el-Sisi in El Alamein'],
        ['2024-08-19', 'united-states', 'meeting', 'asserted', 'Blinken meets Netanyahu in Tel Aviv'],
        ['2024-08-21', 'qatar', 'meeting', 'asserted', 'Al Thani holds phone call with Blinken'],
      ]),
    );
  });

  it('titles a rejection with what was rejected', () => {
    expect(facts(events)).toContainEqual([
      '2024-08-20',
      'hamas',
      'statement',
      'asserted',
      'Hamas rejects proposal',
    ]);
  });

  it('does not make a city the actor of talks held in it', () => {
    const e = events.find((x) => x.sentence.startsWith('The mediators'));
    expect([e?.actor, e?.factuality, e?.title]).toEqual(['', 'planned', 'Mediators to hold talks in Cairo']);
  });

  it('titles air strikes with their death toll, keeping its "at least"', () => {
    const e = events.find((x) => x.type === 'attack');
    expect([e?.start, e?.actor, e?.title, e?.quantity_qualifier]).toEqual([
      '2024-08-22',
      'israel',
      'Israeli airstrikes kill at least 20 people',
      'at least',
    ]);
  });
});

describe('a story on sanctions on Iran', () => {
  const events = extract('iran-oil-sanctions.txt');

  it('keeps a condemnation of sanctions a statement, not new sanctions', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        ['2025-02-06', 'united-states', 'sanctions', 'asserted', 'United States imposes sanctions'],
        ['2025-02-06', 'iran', 'statement', 'asserted', 'Iran condemns sanctions'],
      ]),
    );
    expect(events.some((e) => e.actor === 'iran' && e.type === 'sanctions')).toBe(false);
  });

  it('dates "last month" and "in December" against the dateline', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        [
          '2025-01-01',
          'european-union',
          'sanctions',
          'asserted',
          expect.stringMatching(/^European Union imposes sanctions on Iran/),
        ],
        [
          '2024-12-01',
          'iaea',
          'statement',
          'asserted',
          'IAEA warns Iran had sharply increased its stockpile of uranium enriched to 60 per cent',
        ],
      ]),
    );
  });
});

describe('a story on Chinese drills around Taiwan', () => {
  const events = extract('taiwan-drills.txt');

  it('has drills around Taiwan, not with Taiwan', () => {
    expect(facts(events)).toContainEqual([
      '2024-10-14',
      'china',
      'military-exercise',
      'asserted',
      'China holds military drills around Taiwan',
    ]);
  });

  it('gives a date in an "after" clause to that clause, not to the drills', () => {
    const e = events.find((x) => x.start === '2024-10-10');
    expect([e?.actor, e?.type, e?.title]).toEqual([
      'taiwan',
      'statement',
      "Lai Ching-te says the People's Republic of China had no right to represent Taiwan",
    ]);
  });

  it('titles a convened meeting with its name and reads "In May" as a month, not a hedge', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        ['2024-10-14', 'taiwan', 'meeting', 'asserted', 'Lai convenes high-level national security meeting'],
        ['2024-05-01', 'china', 'military-exercise', 'asserted', 'China holds military drills'],
      ]),
    );
  });
});

describe('an African Union ceasefire story', () => {
  const events = extract('au-congo-ceasefire.txt');

  it('has the AU welcoming the truce and both sides agreeing to it', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        ['2025-04-24', 'african-union', 'statement', 'asserted', 'African Union welcomes truce'],
        ['2025-04-23', 'dr-congo', 'ceasefire', 'asserted', 'DR Congo and M23 agree to ceasefire'],
      ]),
    );
  });

  it('resolves "the rebels" to the armed group named before', () => {
    expect(facts(events)).toContainEqual([
      '2025-01-01',
      'm23',
      'military-operation',
      'asserted',
      'M23 seizes Goma',
    ]);
  });

  it('has the Doha meeting and the planned Peace and Security Council meeting', () => {
    expect(facts(events)).toEqual(
      expect.arrayContaining([
        ['2025-03-18', 'rwanda', 'meeting', 'asserted', 'Kagame meets Tshisekedi in Doha'],
        ['2025-04-28', 'african-union', 'meeting', 'planned', 'African Union to hold meeting in Addis Ababa'],
      ]),
    );
  });
});
