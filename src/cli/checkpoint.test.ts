import { mkdtempSync, readFileSync, appendFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../extract/report';
import { checkpointPath, fingerprint, loadCheckpoint, openCheckpoint } from './checkpoint';

const dir = mkdtempSync(join(tmpdir(), 'checkpoint-'));
const result = (path: string) => ({ path, bytes: 10, extraction: { events: [], report: emptyReport() } });

describe('extraction checkpoint', () => {
  it('resumes with the files written before an interruption and skips a line cut short', () => {
    const path = checkpointPath(join(dir, 'events.csv'));
    const writer = openCheckpoint(path, 'abc', false);
    writer.append(result('a.txt'));
    writer.append(result('b.txt'));
    appendFileSync(path, '{"path":"c.txt","bytes":1'); // the run died while writing this line
    const loaded = loadCheckpoint(path, 'abc');
    expect(loaded.ok && [...loaded.value.done.keys()]).toEqual(['a.txt', 'b.txt']);
    expect(loaded.ok && loaded.value.skippedLines).toBe(1);
    const again = openCheckpoint(path, 'abc', true);
    again.append(result('c.txt'));
    const reloaded = loadCheckpoint(path, 'abc');
    expect(reloaded.ok && [...reloaded.value.done.keys()]).toEqual(['a.txt', 'b.txt', 'c.txt']);
    again.finish();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a checkpoint made with other actors, naming the file and line', () => {
    const path = join(dir, 'other.checkpoint.jsonl');
    openCheckpoint(path, fingerprint(['actors v1']), false).append(result('a.txt'));
    const loaded = loadCheckpoint(path, fingerprint(['actors v2']));
    expect(loaded.ok ? '' : loaded.error).toMatch(/other\.checkpoint\.jsonl line 1: made with other actors/);
    expect(readFileSync(path, 'utf8').split('\n')[1]).toContain('"a.txt"');
  });
});
