/**
 * The resume file of `npm run extract`: JSON Lines next to the output, a header with a fingerprint of
 * the configuration, then one line per finished article file with its rows. Each line is written with
 * one synchronous append, so an interrupted run loses at most the line being written, which reading
 * skips. A checkpoint made with other actors or another manifest is refused, since its rows would
 * disagree with new ones.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { WorkerResult } from './extract-worker';

interface Header {
  checkpoint: 1;
  fingerprint: string;
}

export interface LoadedCheckpoint {
  done: Map<string, WorkerResult>;
  /** Set when a line at the end was cut short by the interruption. */
  skippedLines: number;
}

export function checkpointPath(out: string): string {
  return `${out}.checkpoint.jsonl`;
}

/** FNV-1a over the configuration text; enough to notice that actors.json or the manifest changed. */
export function fingerprint(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0xff;
  }
  return h.toString(16).padStart(8, '0');
}

export function loadCheckpoint(
  path: string,
  expected: string,
): { ok: true; value: LoadedCheckpoint } | { ok: false; error: string } {
  const done = new Map<string, WorkerResult>();
  if (!existsSync(path)) return { ok: true, value: { done, skippedLines: 0 } };
  const lines = readFileSync(path, 'utf8').split('\n');
  let skippedLines = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skippedLines++;
      continue;
    }
    if (i === 0) {
      const header = value as Partial<Header>;
      if (header.checkpoint !== 1)
        return { ok: false, error: `${path} line 1: not an extraction checkpoint` };
      if (header.fingerprint !== expected)
        return {
          ok: false,
          error: `${path} line 1: made with other actors or manifest; delete it or run without --resume`,
        };
      continue;
    }
    const result = value as WorkerResult;
    if (typeof result.path === 'string') done.set(result.path, result);
    else skippedLines++;
  }
  return { ok: true, value: { done, skippedLines } };
}

export interface CheckpointWriter {
  append(result: WorkerResult): void;
  /** Closes and deletes the file: the run finished and wrote its output. */
  finish(): void;
}

/** Starts a new checkpoint, or continues one when `append` is true. */
export function openCheckpoint(path: string, print: string, append: boolean): CheckpointWriter {
  const fresh = !append || !existsSync(path);
  // A line cut short by the interruption must not swallow the first line of this run.
  const cut = !fresh && !readFileSync(path, 'utf8').endsWith('\n');
  const fd = openSync(path, fresh ? 'w' : 'a');
  if (cut) writeSync(fd, '\n');
  if (fresh) writeSync(fd, `${JSON.stringify({ checkpoint: 1, fingerprint: print } satisfies Header)}\n`);
  return {
    append(result) {
      writeSync(fd, `${JSON.stringify(result)}\n`);
    },
    finish() {
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
