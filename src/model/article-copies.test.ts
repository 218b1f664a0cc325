import { describe, expect, it } from 'vitest';
import { articleCopies } from './article-copies';
import { testRecord } from './test-records';

const rows = [
  testRecord({ id: 'ev-1', start: '2008-09-15', article_id: 'lehman#1', also_reported_in: ['aig#1'] }),
  testRecord({ id: 'ev-2', start: '2008-09-16', article_id: 'aig#1' }),
];

describe('articleCopies', () => {
  it('keeps the original rows first and renames every further copy, its merged reports included', () => {
    const copies = articleCopies(rows, 3);
    expect(copies.slice(0, 2)).toEqual(rows);
    expect(copies.map((r) => r.article_id)).toEqual([
      'lehman#1',
      'aig#1',
      'lehman#1~1',
      'aig#1~1',
      'lehman#1~2',
      'aig#1~2',
    ]);
    expect(copies[2]?.also_reported_in).toEqual(['aig#1~1']);
    expect(new Set(copies.map((r) => r.id)).size).toBe(6);
  });

  it('gives the rows back as they are for one copy', () => {
    expect(articleCopies(rows, 1)).toEqual(rows);
  });
});
