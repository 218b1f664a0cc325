import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputNotRead, checkOutputPath } from './output-path';

const root = mkdtempSync(join(tmpdir(), 'output-path-'));
mkdirSync(join(root, 'articles/2022'), { recursive: true });
writeFileSync(join(root, 'articles/a.txt'), 'text\n');
const at = (p: string) => join(root, p);

describe('checkOutputPath', () => {
  it('refuses an output that is one of the input files', () => {
    expect(checkOutputPath(at('articles/a.txt'), [at('articles/a.txt')])).toEqual({
      ok: false,
      error: `--out ${at('articles/a.txt')}: is one of the inputs; the run would overwrite it`,
    });
  });

  it('refuses an input reached through a link to it', () => {
    symlinkSync(at('articles/a.txt'), at('link.txt'));
    expect(checkOutputPath(at('link.txt'), [at('articles/a.txt')]).ok).toBe(false);
  });

  it('refuses a .txt output anywhere inside an input folder, and allows a CSV there', () => {
    expect(checkOutputPath(at('articles/2022/events.txt'), [at('articles')])).toEqual({
      ok: false,
      error: `--out ${at('articles/2022/events.txt')}: lies in input folder ${at('articles')}, and the next run would read it as an article; write it elsewhere`,
    });
    expect(checkOutputPath(at('articles/events.csv'), [at('articles')])).toEqual({ ok: true });
    // --reduce reads files only, so a folder among its inputs is no reason to refuse.
    expect(checkOutputPath(at('articles/rows.txt'), [at('articles/a.txt')], false)).toEqual({ ok: true });
  });

  it('says in one line that the output folder is missing, or that the output is a folder', () => {
    expect(checkOutputPath('no/such/dir/events.csv', [])).toEqual({
      ok: false,
      error: '--out no/such/dir/events.csv: folder no/such/dir does not exist',
    });
    expect(checkOutputPath(at('articles'), [])).toEqual({
      ok: false,
      error: `--out ${at('articles')}: is a folder; name a file in it, such as ${at('articles/events.csv')}`,
    });
    expect(checkOutputPath(at('articles/a.txt/events.csv'), [])).toEqual({
      ok: false,
      error: `--out ${at('articles/a.txt/events.csv')}: ${at('articles/a.txt')} is not a folder`,
    });
  });
});

describe('checkOutputNotRead', () => {
  it('refuses an output that is among the files listed, however it was reached', () => {
    expect(checkOutputNotRead(at('link.txt'), [at('articles/a.txt')])).toEqual({
      ok: false,
      error: `--out ${at('link.txt')}: is the input ${at('articles/a.txt')}; the run would overwrite it`,
    });
    expect(checkOutputNotRead(at('new.csv'), [at('articles/a.txt')])).toEqual({ ok: true });
  });
});
