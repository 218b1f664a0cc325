import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, MAX_FOLDER_DEPTH } from './article-files';

function tree(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'article-files-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'text\n');
  }
  return root;
}

describe('listArticleFiles', () => {
  it('reads sub-folders in name order and only .txt files from folders', async () => {
    const root = tree(['b.txt', 'a.txt', 'notes.md', '2022/06/x.txt', '2022/05/y.txt', 'z/events.csv']);
    const listed = await listArticleFiles([root]);
    expect(listed.paths.map((p) => p.slice(root.length + 1))).toEqual([
      '2022/05/y.txt',
      '2022/06/x.txt',
      'a.txt',
      'b.txt',
    ]);
    expect(listed).toMatchObject({ missing: [], skipped: [] });
  });

  it('follows links to files and folders, and reads a file reached twice once', async () => {
    const root = tree(['in/a.txt', 'elsewhere/b.txt', 'shared/c.txt']);
    symlinkSync(join(root, 'elsewhere/b.txt'), join(root, 'in/b.txt'));
    symlinkSync(join(root, 'shared'), join(root, 'in/shared'));
    symlinkSync(join(root, 'in/a.txt'), join(root, 'in/again.txt'));
    const listed = await listArticleFiles([join(root, 'in')]);
    expect(listed.paths.map((p) => p.slice(root.length + 1))).toEqual([
      'in/a.txt',
      'in/b.txt',
      'in/shared/c.txt',
    ]);
    expect(listed.skipped).toEqual([
      `${join(root, 'in/again.txt')}: same file as ${join(root, 'in/a.txt')}, read once`,
    ]);
  });

  it('walks a folder that links to itself once and says so', async () => {
    const root = tree(['in/a.txt']);
    symlinkSync(join(root, 'in'), join(root, 'in/loop'));
    const listed = await listArticleFiles([join(root, 'in')]);
    expect(listed.paths).toEqual([join(root, 'in/a.txt')]);
    expect(listed.skipped).toEqual([
      `${join(root, 'in/loop')}: same folder as ${join(root, 'in')} (a link loop or a second link), read once`,
    ]);
  });

  it('stops at the depth limit and names the folder it did not read', async () => {
    const deep = Array.from({ length: MAX_FOLDER_DEPTH + 1 }, (_, i) => `d${i}`).join('/');
    const root = tree([`${deep}/too-deep.txt`, 'd0/shallow.txt']);
    const listed = await listArticleFiles([root]);
    expect(listed.paths).toEqual([join(root, 'd0/shallow.txt')]);
    expect(listed.skipped).toEqual([
      `${join(root, deep)}: folder more than ${MAX_FOLDER_DEPTH} levels deep, not read`,
    ]);
  });

  it('names missing inputs and links to nothing, and keeps the rest', async () => {
    const root = tree(['a.txt']);
    symlinkSync(join(root, 'gone.txt'), join(root, 'dangling.txt'));
    const listed = await listArticleFiles([join(root, 'missing.txt'), root]);
    expect(listed).toEqual({
      paths: [join(root, 'a.txt')],
      missing: [join(root, 'missing.txt')],
      skipped: [`${join(root, 'dangling.txt')}: link to nothing`],
      refused: [],
    });
  });

  it('refuses JSON and CSV files named as articles and takes JSON Lines and other names', async () => {
    const root = tree(['a.json', 'b.csv', 'c.jsonl', 'notes.md']);
    const names = ['a.json', 'b.csv', 'c.jsonl', 'notes.md'].map((n) => join(root, n));
    const listed = await listArticleFiles(names);
    expect(listed.paths).toEqual([join(root, 'c.jsonl'), join(root, 'notes.md')]);
    expect(listed.refused.map((r) => r.slice(root.length + 1, r.indexOf(';')))).toEqual([
      'a.json: a JSON file, not an article text',
      'b.csv: a CSV file, not an article text',
    ]);
  });
});
