import { describe, expect, it } from 'vitest';
import { distinctFileNames } from './file-names';

describe('distinctFileNames', () => {
  it('leaves files with their own base names alone', () => {
    expect(distinctFileNames(['data/articles/a.txt', 'data/articles/b.txt'])).toEqual(new Map());
  });

  it('names files that share a base name by their folders', () => {
    const names = distinctFileNames([
      'archive/2024/03/story.txt',
      'archive/2025/03/story.txt',
      'archive/lead.txt',
    ]);
    expect(names).toEqual(
      new Map([
        ['archive/2024/03/story.txt', '2024/03/story.txt'],
        ['archive/2025/03/story.txt', '2025/03/story.txt'],
      ]),
    );
  });

  it('uses only as many folders as it takes, and Windows separators too', () => {
    expect(distinctFileNames(['x\\reuters\\day.txt', 'x\\ap\\day.txt'])).toEqual(
      new Map([
        ['x\\reuters\\day.txt', 'reuters/day.txt'],
        ['x\\ap\\day.txt', 'ap/day.txt'],
      ]),
    );
  });
});
