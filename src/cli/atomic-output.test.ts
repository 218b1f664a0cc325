import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicOutput, writeFileAtomic } from './atomic-output';

describe('atomic output', () => {
  it('keeps the previous file until commit, writing beside it meanwhile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'events.csv');
    writeFileSync(path, 'old\n');
    const out = openAtomicOutput(path);
    out.write('new ');
    out.write('rows\n');
    expect(out.tempPath.startsWith(`${dir}/`)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    out.commit();
    expect(readFileSync(path, 'utf8')).toBe('new rows\n');
    expect(readdirSync(dir)).toEqual(['events.csv']);
  });

  it('leaves the previous file and no temporary file behind on abort', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'rows.jsonl');
    writeFileSync(path, 'old\n');
    const out = openAtomicOutput(path);
    out.write('half a li');
    out.abort();
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['rows.jsonl']);
  });

  it('replaces the file a link points to and keeps the link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    writeFileSync(join(dir, 'real.csv'), 'old\n');
    symlinkSync(join(dir, 'real.csv'), join(dir, 'link.csv'));
    writeFileAtomic(join(dir, 'link.csv'), 'new\n');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
  });
});
