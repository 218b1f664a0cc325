import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorMatcher, parseActorsFile } from './actors';

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

  it('names the file and line of a broken actors file', () => {
    const bad = parseActorsFile(
      '{\n "actors": [\n {"id": "x", "label": "X", "color": "red"}\n ]\n}',
      'actors.json',
    );
    expect(bad).toEqual({ ok: false, error: 'actors.json line 3: actor 1: color must be #rrggbb' });
    const broken = parseActorsFile('{\n "actors": [\n', 'actors.json');
    expect(broken.ok ? '' : broken.error).toMatch(/^actors\.json line \d+: not valid JSON/);
  });

  it('gives every actor a distinct colour', () => {
    const colors = parsed.value.actors.map((a) => a.color.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
  });
});
