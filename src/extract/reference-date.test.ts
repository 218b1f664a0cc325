import { describe, expect, it } from 'vitest';
import { findManifestEntry, pathDate, referenceDate } from './reference-date';
import { splitArticles } from './split-articles';

const article = (text: string) => {
  const found = splitArticles(text).articles[0];
  if (!found) throw new Error('no article');
  return found;
};

describe('pathDate', () => {
  it.each([
    ['archive/2022/06/05/reuters/a.txt', '2022-06-05'],
    ['timeline17/InputDocs/2011-01-25/cnn.htm.txt', '2011-01-25'],
    ['2022-06-05_north-korea.txt', '2022-06-05'],
    ['C:\\news\\2021\\12\\31\\a.txt', '2021-12-31'],
    ['old/2019-01-01/2022/06/05/a.txt', '2022-06-05'],
  ])('reads the day in %s', (path, day) => {
    expect(pathDate(path)).toBe(day);
  });

  it.each([
    ['a/20220605/a.txt'],
    ['a/2022-02-30/a.txt'],
    ['a/2022-06/a.txt'],
    ['a/2022/06-05/a.txt'],
    ['a/12022-06-05/a.txt'],
    ['plain.txt'],
  ])('finds no day in %s', (path) => {
    expect(pathDate(path)).toBeNull();
  });
});

describe('referenceDate', () => {
  const dated = article('Talks resume\n\nPublished June 3, 2024\n\nThe talks resumed on Monday.');
  const undated = article('Talks resume\n\nThe talks resumed on Monday.');
  const manifest = [
    { file: 'a.txt', article: 1, title: 'From the manifest', published: '2024-01-02', url: '' },
  ];

  it('takes the day in the path over the dateline only when asked, and the manifest over both', () => {
    expect(referenceDate('2024/06/01/a.txt', dated)).toMatchObject({
      value: { date: '2024-06-03', source: 'dateline' },
    });
    expect(referenceDate('2024/06/01/a.txt', dated, undefined, { fromPath: true })).toMatchObject({
      value: { date: '2024-06-01', source: 'path', evidence: '2024/06/01/a.txt' },
    });
    expect(referenceDate('2024/06/01/a.txt', dated, manifest, { fromPath: true })).toMatchObject({
      value: { date: '2024-01-02', source: 'manifest' },
    });
  });

  it("dates an article by its record's published day before the manifest", () => {
    expect(
      referenceDate('a.txt', undated, manifest, {
        published: '2023-03-04',
        title: 'T',
        url: 'https://x.org/a',
      }),
    ).toMatchObject({ value: { date: '2023-03-04', source: 'record', title: 'T', url: 'https://x.org/a' } });
  });

  it('names the path among the places searched when no day is found anywhere', () => {
    const r = referenceDate('news/a.txt', undated, undefined, { fromPath: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(
      'a.txt article 1 ("Talks resume"): no publication date found in its path, a dateline or a caption; add it to data/articles.csv',
    );
  });
});

describe('findManifestEntry', () => {
  const row = (file: string, published: string) => ({ file, article: 1, title: '', published, url: '' });
  const manifest = [row('story.txt', '2024-01-01'), row('2025/story.txt', '2025-03-03')];

  it('gives a row that names folders to the file whose path ends so', () => {
    expect(findManifestEntry(manifest, 'archive/2025/story.txt', 1)?.published).toBe('2025-03-03');
    expect(findManifestEntry(manifest, 'archive\\2025\\story.txt', 1)?.published).toBe('2025-03-03');
  });

  it('falls back to the row that names only the file', () => {
    expect(findManifestEntry(manifest, 'archive/2024/story.txt', 1)?.published).toBe('2024-01-01');
    expect(findManifestEntry(manifest, 'story.txt', 1)?.published).toBe('2024-01-01');
    expect(findManifestEntry(manifest, 'archive/12025/story.txt', 1)?.published).toBe('2024-01-01');
    expect(findManifestEntry(manifest, 'story.txt', 2)).toBeUndefined();
  });
});
