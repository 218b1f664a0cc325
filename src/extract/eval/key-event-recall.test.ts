import { describe, expect, it } from 'vitest';
import { extractStory } from '../test-story';
import { namesDoer, parseKeyEvents, scoreKeyEvent } from './key-event-recall';

const STORY = `Harbour bridge reopens

The city council reopened the harbour bridge on Tuesday after six months of repairs.

The bridge was closed in March after a ship struck one of its piers.
`;

const KEYS = [
  'file\tdate\tprecision\tdoer\tsentence',
  'bridge.txt\t2025-05-13\tday\tcity council\treopened the harbour bridge on Tuesday',
  'bridge.txt\t2025-03\tmonth\tship\tThe bridge was closed in March',
  'bridge.txt\t2025-05-14\tday\tcity council\treopened the harbour bridge on Tuesday',
  'bridge.txt\t2025-01-01\tday\tnobody\tnot in the story at all',
].join('\n');

describe('key event recall', () => {
  const rows = extractStory(STORY, '2025-05-18');
  const keys = parseKeyEvents(KEYS, 'key-events.tsv');

  it('finds a key event by its sentence and date, with its doer when the title names it', () => {
    expect(scoreKeyEvent(keys[0]!, rows).result).toBe('found with doer');
    expect(['found', 'found with doer']).toContain(scoreKeyEvent(keys[1]!, rows).result);
  });

  it('tells a row on another date from no row at all', () => {
    expect(scoreKeyEvent(keys[2]!, rows).result).toBe('wrong date');
    expect(scoreKeyEvent(keys[3]!, rows).result).toBe('missed');
  });

  it('matches a doer by any of its words, not inside another word', () => {
    const row = { ...rows[0]!, title: 'Trumpet maker closes', actor: '', other_actors: [] };
    expect(namesDoer(row, 'Donald Trump')).toBe(false);
    expect(namesDoer({ ...row, title: 'Trump signs order' }, 'Donald Trump')).toBe(true);
  });

  it('names the file, line and field of a malformed row', () => {
    expect(() =>
      parseKeyEvents(`${KEYS.split('\n')[0]}\nx.txt\t2025-13\tday\tX\tsome sentence here`, 'k.tsv'),
    ).toThrow('k.tsv:2: field date: "2025-13" does not match precision day');
    expect(() => parseKeyEvents('file\tdate\n', 'k.tsv')).toThrow('k.tsv:1: header');
  });
});
