import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles } from './split-articles';

const seed = (name: string): string => readFileSync(`data/articles/${name}`, 'utf8');
const fixture = (name: string): string => readFileSync(`data/fixtures/articles/${name}`, 'utf8');

describe('splitArticles', () => {
  it('finds both scraped articles in a seed file and counts every removed line', () => {
    const { articles, removed } = splitArticles(seed('000_040ac2f8be739e6e.txt'));
    expect(articles.map((a) => a.title)).toEqual([
      'N Korea Warns of Security Instability over US-S Korea Drills',
      'Russia, North Korea Foreign Ministers Meet, Pyongyang Backs Ukraine War',
    ]);
    expect(removed).toEqual({ 'duplicate caption': 6, 'stray line': 4, 'repeated title': 2 });
    expect(articles[0]?.captions).toHaveLength(1);
    expect(articles[0]?.text).not.toMatch(/^TT$/m);
  });

  it('keeps a caption once even when its copies differ by a leading space', () => {
    const { articles } = splitArticles(seed('004_98c89edc00b11fd3.txt'));
    expect(articles[1]?.captions).toHaveLength(1);
    expect(articles[1]?.captions[0]).toContain('Friday, May 9, 2025');
  });

  it('reads wire copy with Windows line endings, a byline and boilerplate as one article', () => {
    const { articles, removed } = splitArticles(fixture('wire-crlf.txt'));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe('Israel strikes Hezbollah targets after rocket fire');
    expect(articles[0]?.dateLines).toEqual(['Published June 3, 2024']);
    expect(articles[0]?.text).not.toContain('\r');
    expect(removed).toEqual({ byline: 1, boilerplate: 1 });
  });

  it('keeps a blog subheading inside its post and takes a "Photo:" line as a caption', () => {
    const { articles } = splitArticles(fixture('blog-photo.txt'));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.text).toContain('Why it matters');
    expect(articles[0]?.captions).toEqual(['Photo: Turkish Foreign Ministry']);
  });

  it('yields no article for whitespace only', () => {
    expect(splitArticles('  \n\n \r\n').articles).toEqual([]);
  });
});
