/**
 * A worker thread started on TypeScript source loads tsx and compiles every module again: about one
 * CPU-second per thread on this project, more than extracting a megabyte of text. Bundling the worker
 * once per run with esbuild (about 0.1 s, in esbuild's own process) lets each thread start on plain
 * JavaScript in about 0.1 s. The bundle lands in the system temp folder under a content hash, so runs
 * of different versions never share a file. Without esbuild the pool falls back to the source.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';

/** Where a worker runs from, and the Node flags its threads need. */
export interface WorkerEntry {
  /** file: URL for piscina's `filename`. */
  filename: string;
  execArgv: string[];
}

/** tsx puts `--require …/tsx/… --import …/tsx/…` in execArgv; bundled workers do not need them. */
function withoutTsx(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] ?? '';
    const value = execArgv[i + 1] ?? '';
    if ((arg === '--require' || arg === '--import' || arg === '--loader') && /[\\/]tsx[\\/]/.test(value)) {
      i++;
      continue;
    }
    if (/^--(?:require|import|loader)=.*[\\/]tsx[\\/]/.test(arg)) continue;
    out.push(arg);
  }
  return out;
}

/**
 * The entry for a worker module. JavaScript sources run as they are; TypeScript sources are bundled
 * (see the file comment). `source` is the worker's file: URL.
 */
export async function workerEntry(source: URL): Promise<WorkerEntry> {
  const asIs = { filename: source.href, execArgv: [...process.execArgv] };
  if (!source.pathname.endsWith('.ts')) return asIs;
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return asIs;
  }
  const built = await esbuild.build({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // Plain names: tsx keeps function names with a helper call per closure, which costs in hot loops.
    keepNames: false,
  });
  const code = built.outputFiles[0]?.text;
  if (code === undefined) return asIs;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `news-timeline-worker-${hash}.mjs`);
  // Written once per version; a concurrent run writing the same bytes is harmless.
  if (!existsSync(path)) writeFileSync(path, code);
  return { filename: pathToFileURL(path).href, execArgv: withoutTsx(process.execArgv) };
}
