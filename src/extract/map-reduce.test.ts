import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractArticles, mergeExtractions, parseActorsFile } from './index';

const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;
const seed = readFileSync('data/articles/004_98c89edc00b11fd3.txt', 'utf8');

describe('extraction as map and reduce steps', () => {
  it('gives the same rows file by file, merged in any order of arrival, as all at once', () => {
    const files = [
      { fileName: 'a.txt', text: seed },
      { fileName: 'b.txt', text: readFileSync('data/fixtures/articles/taiwan-drills.txt', 'utf8') },
    ];
    const extractor = createExtractor({ actors });
    const parts = files.map((f) => extractor.extractFile(f));
    expect(mergeExtractions(parts)).toEqual(extractArticles(files, { actors }));
  });

  it('folds the same event from two files into one row that names the other article', () => {
    const extractor = createExtractor({ actors });
    const parts = ['wire-a.txt', 'wire-b.txt'].map((fileName) =>
      extractor.extractFile({ fileName, text: seed }),
    );
    const merged = mergeExtractions(parts);
    expect(merged.events.length).toBe(parts[0]?.events.length);
    expect(merged.report.duplicatesMerged).toBeGreaterThanOrEqual(parts[1]?.events.length ?? 0);
    expect(merged.events.every((e) => e.also_reported_in.some((a) => a.startsWith('wire-b#')))).toBe(true);
  });
});
