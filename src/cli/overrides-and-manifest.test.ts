/**
 * Overrides and manifest files written by hand: bad ids, unknown columns, wrong types and broken quoting give
 * one clear error naming the file, line and field, and a bad overrides file changes no event at all. These
 * run the two halves the CLI joins (io/ reads the file, extract/ applies it), which is why they live here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../extract/apply-overrides';
import { parseManifest } from '../io/manifest';
import { parseOverrides } from '../io/overrides';
import type { EventRecord } from '../model/event-record';
import { testRecord } from '../model/test-records';

const events: readonly EventRecord[] = [
  testRecord({ id: 'nk-launch', start: '2022-06-05' }),
  testRecord({ id: 'nk-warning', start: '2022-06-07', type: 'statement' }),
  testRecord({ id: 'nk-test', start: '2022-06-20', end: '2022-06-21' }),
];

/** Parses then applies, as the extract CLI does; the error text when either step refuses. */
function run(text: string): { ok: true; events: EventRecord[] } | { ok: false; error: string } {
  const parsed = parseOverrides(text, 'overrides.csv');
  if (!parsed.ok) return parsed;
  const applied = applyOverrides(events, parsed.value, 'overrides.csv');
  return applied.ok ? { ok: true, events: applied.value.events } : applied;
}

describe('overrides.csv from a person', () => {
  it.each([
    ['an empty id', 'id,action\n,drop\n', /line 2, field id/],
    ['an unknown action', 'id,action\nnk-launch,delete\n', /line 2, field action: "delete"/],
    [
      'an unknown column',
      'id,action,colour\nnk-launch,edit,red\n',
      /line 1, field colour: not an events.csv column/,
    ],
    [
      'columns in the wrong order',
      'action,id\ndrop,nk-launch\n',
      /line 1: the first two columns must be "id,action"/,
    ],
    ['an impossible date', 'id,action,start\nnk-launch,edit,2022-02-30\n', /line 2, field start/],
    [
      'a start after the end',
      'id,action,start\nnk-launch,edit,2022-07-01\n',
      /line 2, field start: .*after end/,
    ],
    [
      'a confidence that is a word',
      'id,action,confidence\nnk-launch,edit,high\n',
      /line 2, field confidence/,
    ],
    ['a type outside the taxonomy', 'id,action,type\nnk-launch,edit,invasion\n', /line 2, field type/],
    ['an unterminated quote', 'id,action,title\nnk-launch,edit,"Missile launch\n', /overrides\.csv line 2/],
    [
      'a column given twice',
      'id,action,title,title\nnk-launch,edit,A,B\n',
      /line 1, field title: column appears twice/,
    ],
    [
      'more cells than columns',
      'id,action,title\nnk-launch,edit,A,B\n',
      /line 2: 4 cells but the header names 3/,
    ],
    [
      'the same id twice',
      'id,action\nnk-launch,drop\nnk-launch,edit\n',
      /line 3, field id: nk-launch is already overridden on line 2/,
    ],
  ])('rejects %s with the file, line and field', (_name, text, message) => {
    const result = run(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('applies nothing when any one row of the file is bad, wherever it is', () => {
    const good = ['nk-launch,edit,North Korea fires a missile,', 'nk-warning,drop,,', 'nk-test,edit,,0.4'];
    const bad = ['nk-test,edit,,1.7', ',drop,,', 'nk-launch,burn,,', 'nk-test,edit,"open quote,'];
    fc.assert(
      fc.property(fc.shuffledSubarray(good), fc.constantFrom(...bad), fc.nat(), (rows, wrong, at) => {
        const lines = [...rows];
        lines.splice(at % (lines.length + 1), 0, wrong);
        const result = run(`id,action,title,confidence\n${lines.join('\n')}\n`);
        expect(result.ok).toBe(false);
      }),
    );
    // The inputs themselves are never touched, whatever happens.
    expect(events.map((e) => [e.id, e.title, e.confidence])).toEqual([
      ['nk-launch', 'North Korea fires ballistic missiles', 0.9],
      ['nk-warning', 'North Korea fires ballistic missiles', 0.9],
      ['nk-test', 'North Korea fires ballistic missiles', 0.9],
    ]);
  });

  it('applies a good file whole: edits, drops and the manual method mark', () => {
    const result = run(
      'id,action,title,confidence\nnk-launch,edit,North Korea fires a missile,\nnk-warning,drop,,\n',
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.events.map((e) => [e.id, e.title, e.method])).toEqual([
        ['nk-launch', 'North Korea fires a missile', 'manual'],
        ['nk-test', 'North Korea fires ballistic missiles', 'rules'],
      ]);
    }
  });
});

describe('articles.csv manifest from a person', () => {
  it.each([
    ['a missing published column', 'file,article\na.txt,1\n', /line 1: missing column "published"/],
    ['an empty file name', 'file,article,published\n,1,2022-06-05\n', /line 2, field file/],
    ['an article number of zero', 'file,article,published\na.txt,0,2022-06-05\n', /line 2, field article/],
    [
      'an article number that is a word',
      'file,article,published\na.txt,first,2022-06-05\n',
      /line 2, field article/,
    ],
    ['an impossible date', 'file,article,published\na.txt,1,2022-02-30\n', /line 2, field published/],
    ['a date in words', 'file,article,published\na.txt,1,June 5 2022\n', /line 2, field published/],
    [
      'a misspelt column',
      'file,article,publised,published\na.txt,1,x,2022-06-05\n',
      /line 1, field publised/,
    ],
    ['a column given twice', 'file,article,published,url,url\na.txt,1,2022-06-05,,\n', /line 1, field url/],
    [
      'the same article listed twice',
      'file,article,published\na.txt,1,2022-06-05\nb.txt,1,2022-06-06\na.txt,1,2022-06-07\n',
      /line 4, field article: a.txt article 1 is already given on line 2/,
    ],
    [
      'a link that is not http(s)',
      'file,article,published,url\na.txt,1,2022-06-05,javascript:x\n',
      /line 2, field url/,
    ],
  ])('rejects %s with the file, line and field', (_name, text, message) => {
    const result = parseManifest(text, 'articles.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('reads a timestamp as its calendar day, whatever the zone, and headers in any case', () => {
    const result = parseManifest(
      'File,Article,Published,URL\nseoul.txt,2,2022-06-05T23:30:00+09:00,https://example.org/a\n',
      'articles.csv',
    );
    expect(result).toEqual({
      ok: true,
      value: [
        { file: 'seoul.txt', article: 2, title: '', published: '2022-06-05', url: 'https://example.org/a' },
      ],
    });
  });
});
