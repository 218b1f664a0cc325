import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor';
import { createActorMatcher, parseActorsFile, type ActorMention } from './actors';

const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const matcher = createActorMatcher(parsed.value.actors);
const ids = (text: string): string[] => matcher.find(text).map((m) => m.actorId);

describe('actor matching', () => {
  it('matches acronyms case-sensitively', () => {
    expect(ids('when it threatens us with nukes')).toEqual([]);
    expect(ids('The US should keep in mind')).toEqual(['united-states']);
  });

  it('prefers the longest name at a position', () => {
    expect(matcher.find('new South Korean President Yoon Suk Yeol').map((m) => m.text)).toEqual([
      'South Korean',
      'Yoon Suk Yeol',
    ]);
    expect(ids('regular US-South Korean military training')).toEqual(['united-states', 'south-korea']);
  });

  it('maps capitals, institutions and people to their actor', () => {
    expect(ids('Pyongyang and KCNA said Kim Jong Un met Lavrov in the Kremlin')).toEqual([
      'north-korea',
      'north-korea',
      'north-korea',
      'russia',
      'russia',
    ]);
    expect(ids('Zelenskiy spoke in Kyiv after the IAEA and NATO met')).toEqual([
      'ukraine',
      'ukraine',
      'iaea',
      'nato',
    ]);
  });

  it('matches names that start in lower case only where the whole name follows', () => {
    expect(matcher.find('the North fired, then von der Leyen spoke').map((m) => m.text)).toEqual([
      'the North',
      'von der Leyen',
    ]);
    expect(ids('the northern border and the Northern Fleet')).toEqual([]);
  });

  it('never starts a name inside a word', () => {
    expect(ids('McKorea and SouthKorea are not names, but North Korea is')).toEqual(['north-korea']);
  });

  it('finds the same mentions as a lookup of every word', () => {
    const words = [
      ...parsed.value.actors.flatMap((a) => [a.label, ...(a.aliases ?? []), ...(a.people ?? [])]),
      'the',
      'The',
      'North',
      'von',
      'der',
      'McKorea',
      'Korean-led',
      'US-South',
      'U.S.',
      'said',
      'USA',
      'UKRAINE',
      'Kyivan',
    ];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '-', '.', '’s ', '', '\n\n')))
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matcher.find(t)).toEqual(findByEveryWord(parsed.value.actors, t));
      }),
      { numRuns: 300 },
    );
  });

  it('names the file and line of a broken actors file', () => {
    const bad = parseActorsFile(
      '{\n "actors": [\n {"id": "x", "label": "X", "color": "red"}\n ]\n}',
      'actors.json',
    );
    expect(bad).toEqual({ ok: false, error: 'actors.json line 3: actor 1: color must be #rrggbb' });
    const broken = parseActorsFile('{\n "actors": [\n', 'actors.json');
    expect(broken.ok ? '' : broken.error).toMatch(/^actors\.json line \d+: not valid JSON/);
  });

  // The gazetteer grew to every UN member (233 actors) and its palette repeats colours; a lane is
  // still named by its label. Expected to fail until the builder assigns distinct colours (issue 12).
  it.fails('gives every actor a distinct colour', () => {
    const colors = parsed.value.actors.map((a) => a.color.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
  });
});

/** The plain definition of matching: at each word start, the longest name that fits, case-sensitive. */
function findByEveryWord(actors: readonly Actor[], text: string): ActorMention[] {
  const names = actors.flatMap((a) =>
    (
      [
        ['name', [a.label, ...(a.aliases ?? [])]],
        ['demonym', a.demonyms ?? []],
        ['capital', a.capitals ?? []],
        ['institution', a.institutions ?? []],
        ['person', a.people ?? []],
      ] as const
    ).flatMap(([kind, list]) =>
      list.flatMap((name) => {
        const upper = name.toUpperCase();
        const forms = name.length > 5 && upper !== name ? [name, upper] : [name];
        return forms.map((n) => ({ name: n, actorId: a.id, kind }));
      }),
    ),
  );
  const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  const out: ActorMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) continue;
    const fits = names
      .filter((n) => {
        if (!text.startsWith(n.name, i)) return false;
        const after = text.charAt(i + n.name.length);
        return after === '' || !isWordChar(after) || !isWordChar(n.name.charAt(n.name.length - 1));
      })
      .sort((a, b) => b.name.length - a.name.length);
    const best = fits[0];
    if (!best) continue;
    out.push({
      actorId: best.actorId,
      kind: best.kind,
      start: i,
      end: i + best.name.length,
      text: best.name,
    });
    i += best.name.length - 1;
  }
  return out;
}
