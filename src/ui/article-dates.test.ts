import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../extract/index';
import { articleReferenceDates } from './article-dates';

const FIXTURES = new URL('../../data/fixtures/articles/', import.meta.url);

describe('articleReferenceDates', () => {
  it('reads the same reference dates as a full extraction, without extracting', () => {
    for (const name of ['ap-gaza-diplomacy.txt', 'au-congo-ceasefire.txt', 'blog-photo.txt']) {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const full = extractArticles([{ fileName: name, text }], { actors: { version: 1, actors: [] } });
      expect(articleReferenceDates(text, name), name).toEqual(full.report.articles.map((a) => a.refDate));
    }
  });

  it('gives an empty date for an article without dateline', () => {
    expect(articleReferenceDates('Talks\n\nThe ministers met on Sunday and agreed.', 'x.txt')).toEqual(['']);
  });
});
