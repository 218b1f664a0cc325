import { describe, expect, it } from 'vitest';
import type { SessionStep } from './saved-session';
import { bytesLabel, describeSteps, hasLocalData, savedNote, sessionBytes, withStep } from './saved-session';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';

const csv = (name: string, mode: 'replace' | 'merge', local = true): SessionStep<string> => ({
  kind: 'csv',
  mode,
  name,
  source: `bytes of ${name}`,
  bytes: 2048,
  local,
});
const records = [...generateSyntheticEvents({ n: 3, seed: 1, actors: 2, years: 1, startYear: 2022 })];

describe('saved session steps', () => {
  it('a replacing load starts the steps over; merges, articles and answers add to them in order', () => {
    let steps = withStep<string>([], csv('events.csv', 'replace', false));
    steps = withStep(steps, csv('more.csv', 'merge'));
    steps = withStep(steps, { kind: 'articles', name: 'a.txt', records });
    steps = withStep(steps, { kind: 'resolve', group: 0, choice: 'keep-both' });
    expect(steps.map((s) => s.kind)).toEqual(['csv', 'csv', 'articles', 'resolve']);
    expect(withStep(steps, csv('other.csv', 'replace'))).toEqual([csv('other.csv', 'replace')]);
  });

  it('the bundled data alone is not local; an opened file, a merge or an article is', () => {
    const bundled = csv('events.csv', 'replace', false);
    expect(hasLocalData([bundled])).toBe(false);
    expect(hasLocalData([bundled, csv('more.csv', 'merge')])).toBe(true);
    expect(hasLocalData([bundled, { kind: 'articles', name: 'a.txt', records }])).toBe(true);
    expect(hasLocalData([csv('mine.csv', 'replace')])).toBe(true);
  });

  it('counts files by their size and article events by their JSON', () => {
    const steps: SessionStep<string>[] = [
      csv('a.csv', 'replace'),
      { kind: 'articles', name: 'x.txt', records },
    ];
    expect(sessionBytes(steps)).toBe(2048 + JSON.stringify(records).length);
  });

  it('says what is saved in one line, and each step in words', () => {
    const note = savedNote({ name: 'a.csv + b.csv', rows: 1234, bytes: 5, savedAtMs: 0 }, 'today, 2:05 PM');
    expect(note).toBe('Saved in this browser: a.csv + b.csv, 1,234 events, saved today, 2:05 PM');
    expect(savedNote({ name: 'a.csv', rows: 1, bytes: 5, savedAtMs: 0 }, 'x')).toContain('1 event,');
    const lines = describeSteps<string>([
      csv('events.csv', 'replace', false),
      csv('b.csv', 'merge'),
      { kind: 'articles', name: 'x.txt', records },
      { kind: 'resolve', group: 0, choice: 'keep-both' },
    ]);
    expect(lines).toEqual([
      'Bundled events.csv (2 KB)',
      'Merged b.csv (2 KB)',
      'Added 3 events from x.txt',
      'Merge conflicts: kept both',
    ]);
    expect([bytesLabel(900), bytesLabel(350 * 1024), bytesLabel(1.25 * 1024 * 1024)]).toEqual([
      '900 bytes',
      '350 KB',
      '1.3 MB',
    ]);
  });
});
