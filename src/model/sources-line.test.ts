import { describe, expect, it } from 'vitest';
import { sourcesLine } from './sources-line';

const a = (id: string, title: string) => ({ id, title });

describe('sources line', () => {
  it('counts distinct articles and names their titles, then the file', () => {
    const rows = [a('1', 'Missiles fired'), a('1', 'Missiles fired'), a('2', 'Drills begin'), a('3', '')];
    expect(sourcesLine(rows, 'events.csv')).toBe(
      'Sources: 3 articles — “Missiles fired”; “Drills begin”; 3 · file events.csv',
    );
  });

  it('says how many more when the titles do not fit', () => {
    const rows = Array.from({ length: 40 }, (_, i) => a(`a${i}`, `A fairly long headline number ${i}`));
    const line = sourcesLine(rows, 'news.csv', 120);
    expect(line.length).toBeLessThanOrEqual(120);
    expect(line).toMatch(/^Sources: 40 articles — “A fairly long headline number 0”;/);
    expect(line).toMatch(/ and 3\d more · file news\.csv$/);
  });

  it('cuts a single title that is too long', () => {
    const line = sourcesLine([a('x', 'word '.repeat(60))], '', 60);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toMatch(/^Sources: 1 article — “word word.*…$/);
  });

  it('falls back to the file name when rows name no article', () => {
    expect(sourcesLine([a('', '')], 'my data.csv')).toBe('Source: file my data.csv');
  });
});
