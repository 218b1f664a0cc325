import { describe, expect, it } from 'vitest';
import { dataFileKind, dataTextKind, isArticleLinesName, parseArticleLine } from './article-jsonl';

describe('parseArticleLine', () => {
  it('reads the five fields of an article line, a timestamp as its day and a numeric id as text', () => {
    const line = JSON.stringify({
      id: 7,
      published: '2022-05-21T08:30:00Z',
      title: ' N Korea warns ',
      url: 'https://example.org/a',
      text: 'North Korea warned on Saturday.',
      extra: { kept: false },
    });
    expect(parseArticleLine(line, 'a.jsonl', 3)).toEqual({
      ok: true,
      value: {
        id: '7',
        published: '2022-05-21',
        title: 'N Korea warns',
        url: 'https://example.org/a',
        text: 'North Korea warned on Saturday.',
      },
    });
  });

  it('leaves published, title and url empty when they are missing or null', () => {
    const r = parseArticleLine('{"id":"x","text":"Talks resumed.","url":null}', 'a.jsonl', 1);
    expect(r).toEqual({
      ok: true,
      value: { id: 'x', published: '', title: '', url: '', text: 'Talks resumed.' },
    });
  });

  it.each([
    ['not json', 'a.jsonl line 4: not JSON'],
    ['[1,2]', 'a.jsonl line 4: expected one JSON object per line'],
    ['{"text":"x"}', 'a.jsonl line 4, field id: missing'],
    ['{"id":{"a":1},"text":"x"}', 'a.jsonl line 4, field id: expected a string or a number'],
    ['{"id":"a"}', 'a.jsonl line 4, field text: missing'],
    ['{"id":"a","text":3}', 'a.jsonl line 4, field text: expected a string'],
    ['{"id":"a","text":"  "}', 'a.jsonl line 4, field text: there is no text'],
    ['{"id":"a","text":"x\\u0000y"}', 'a.jsonl line 4, field text: binary data'],
    [
      '{"id":"a","text":"x","published":"2022-02-30"}',
      'a.jsonl line 4, field published: "2022-02-30" is not a date',
    ],
    ['{"id":"a","text":"x","title":5}', 'a.jsonl line 4, field title: expected a string'],
    [
      '{"id":"a","text":"x","url":"javascript:alert(1)"}',
      'a.jsonl line 4, field url: "javascript:alert(1)" is not an http(s) link',
    ],
  ])('refuses %s naming file, line and field', (line, error) => {
    const r = parseArticleLine(line, 'a.jsonl', 4);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.startsWith(error)).toBe(true);
  });
});

describe('data files given as articles', () => {
  it('knows JSON Lines, JSON, CSV and archives by name and JSON by content', () => {
    expect(['a.jsonl', 'b.NDJSON', 'c.txt'].map(isArticleLinesName)).toEqual([true, true, false]);
    expect(['a.json', 'b.CSV', 'c.tar.gz', 'd.txt', 'e'].map(dataFileKind)).toEqual([
      'a JSON file',
      'a CSV file',
      'an archive',
      null,
      null,
    ]);
    expect(dataTextKind('{"id":"1","text":"a"}\n{"id":"2","text":"b"}\n')).toBe('JSON Lines or JSON');
    expect(dataTextKind('[\n  {"id": 1}\n]')).toBe('JSON');
    expect(dataTextKind('[Updated] Talks resume\n\nThe talks resumed on Monday.')).toBeNull();
    expect(dataTextKind('North Korea warned on Saturday.')).toBeNull();
  });
});
