import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorMatcher, parseActorsFile } from './actors';
import { createCoreference } from './coreference';

const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const matcher = createActorMatcher(parsed.value.actors);

/** Feeds sentences in order and returns what the anaphors of the last one resolve to. */
function resolveLast(sentences: readonly string[]): [string, string][] {
  const coreference = createCoreference(parsed.ok ? parsed.value.actors : []);
  let last: [string, string][] = [];
  for (const s of sentences) {
    const found = matcher.find(s);
    const resolved = coreference.resolve(s, found);
    coreference.observe(s, [...found, ...resolved]);
    last = resolved.map((m) => [m.anaphor ?? '', m.actorId]);
  }
  return last;
}

describe('coreference', () => {
  it('resolves "He" to the subject of the previous sentence, not its last-named person', () => {
    expect(
      resolveLast([
        'Ukrainian President Volodymyr Zelenskiy spoke by phone with French President Emmanuel Macron on Sunday.',
        'He said on Monday that the country needed more air defence.',
      ]),
    ).toEqual([
      ['He', 'ukraine'],
      ['the country', 'ukraine'],
    ]);
  });

  it('resolves "the country" past a reporting frame to the topic of the sentence before', () => {
    expect(
      resolveLast([
        'South Korean and US officials have said the North has all but finished preparations for a detonation.',
        'The site had been inactive since hosting the country’s sixth nuclear test in September 2017.',
      ]),
    ).toEqual([['the country', 'north-korea']]);
  });

  it('resolves "the rebels" to an armed group and leaves "they" alone', () => {
    expect(
      resolveLast([
        'Congo and M23 agreed on Wednesday to a ceasefire.',
        'The rebels seized Goma in January and they took Bukavu in February.',
      ]),
    ).toEqual([['The rebels', 'm23']]);
  });

  it('resolves "the island" to the state named first in its own sentence', () => {
    expect(
      resolveLast([
        'Taiwan’s Defence Ministry said it detected 153 Chinese military aircraft around the island.',
      ]),
    ).toEqual([['the island', 'taiwan']]);
  });

  it('resolves a pronoun and a state noun in the same sentence', () => {
    expect(
      resolveLast([
        'Ukrainian President Volodymyr Zelenskiy met Polish leaders in Warsaw on Sunday.',
        'He said the country would not give up any territory.',
      ]),
    ).toEqual([
      ['He', 'ukraine'],
      ['the country', 'ukraine'],
    ]);
  });
});
