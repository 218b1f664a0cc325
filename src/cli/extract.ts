/**
 * npm run extract [-- <files or folders> --out <file> --actors <file> --manifest <file> --overrides <file>]
 *   --workers <n>      worker threads (default: all cores)
 *   --files-from <f>   read article paths from a file, one per line ("-" for stdin)
 *   --jsonl            write JSON Lines (one event per line) instead of CSV
 *   --map              map step only: per-file rows as JSON Lines, no cross-file dedupe or overrides
 *   --reduce           inputs are JSON Lines from --map runs: dedupe across them, apply overrides
 *   --resume           continue an interrupted run from <out>.checkpoint.jsonl
 *   --lanes entities   put each row in the lane of the named entity that acted (the agent column)
 *                      instead of its actor; "actors" (the default) keeps countries and organisations
 * Reads articles, extracts events, writes events.csv and prints the run report. Exits non-zero only
 * when a config file is broken or no article could be read at all.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventRecord } from '../model/event-record';
import {
  formatReport,
  mergeExtractions,
  parseActorsFile,
  withEntityLanes,
  type ExtractResult,
  type FileExtraction,
} from '../extract/index';
import { emptyReport } from '../extract/report';
import { serializeEvents } from '../io/events-csv-write';
import { parseEventLines, toEventLine } from '../io/events-jsonl';
import { parseManifest } from '../io/manifest';
import { parseOverrides } from '../io/overrides';
import { checkpointPath, fingerprint, loadCheckpoint, openCheckpoint } from './checkpoint';
import { runExtractionPool } from './extract-pool';
import type { WorkerResult } from './extract-worker';
import { createProgress } from './progress';

/** Above this many articles the report lists the first ones and counts the rest. */
const MAX_REPORTED_ARTICLES = 40;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'data/events.csv' },
    actors: { type: 'string', default: 'data/actors.json' },
    manifest: { type: 'string', default: 'data/articles.csv' },
    overrides: { type: 'string', default: 'data/overrides.csv' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'files-from': { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    map: { type: 'boolean', default: false },
    reduce: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    lanes: { type: 'string', default: 'actors' },
  },
});
if (values.lanes !== 'actors' && values.lanes !== 'entities')
  fail(`--lanes: "${values.lanes}" is not one of actors, entities`);

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

async function articlePaths(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of inputs) {
    if (!existsSync(p)) fail(`${p}: no such file or folder`);
    if (!statSync(p).isDirectory()) {
      out.push(p);
      continue;
    }
    // opendir streams the listing, so a folder of 100,000 articles is never held as one array of entries.
    const names: string[] = [];
    for await (const entry of await opendir(p))
      if (entry.isFile() && entry.name.endsWith('.txt')) names.push(entry.name);
    out.push(...names.sort().map((f) => join(p, f)));
  }
  return out;
}

function listFrom(source: string): string[] {
  const text = readFileSync(source === '-' ? 0 : source, 'utf8');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function writeRows(path: string, rows: readonly EventRecord[], jsonl: boolean): void {
  const events = values.lanes === 'entities' ? withEntityLanes(rows) : rows;
  writeFileSync(path, jsonl ? events.map((e) => `${toEventLine(e)}\n`).join('') : serializeEvents(events));
}

function finish(result: ExtractResult, messages: readonly string[], out: string): void {
  console.log(formatReport(result.report, { maxArticles: MAX_REPORTED_ARTICLES }));
  for (const m of messages) console.log(`Error: ${m}`);
  console.log(`Wrote ${result.report.events} event(s) to ${out}`);
  if (result.report.errors.length > 0) process.exit(1);
}

const overrides = existsSync(values.overrides)
  ? parseOverrides(readFileSync(values.overrides, 'utf8'), values.overrides)
  : null;
if (overrides && !overrides.ok) fail(overrides.error);
const overrideOptions = { overrides: overrides?.value, overridesFileName: values.overrides };

if (values.reduce) {
  // Reduce: rows from any number of map outputs, merged as if they had come from one run.
  const messages: string[] = [];
  const parts: FileExtraction[] = [];
  for (const path of positionals) {
    if (!existsSync(path)) fail(`${path}: no such file`);
    const { events, problems } = parseEventLines(readFileSync(path, 'utf8'), path);
    for (const p of problems)
      messages.push(`${p.file} line ${p.line}${p.field ? `, field ${p.field}` : ''}: ${p.reason}`);
    parts.push({ events, report: emptyReport() });
  }
  const result = mergeExtractions(parts, overrideOptions);
  writeRows(values.out, result.events, values.jsonl);
  finish(result, messages, values.out);
  process.exit(0);
}

const actorsText = readFileSync(values.actors, 'utf8');
const actors = parseActorsFile(actorsText, values.actors);
if (!actors.ok) fail(actors.error);
const manifestText = existsSync(values.manifest) ? readFileSync(values.manifest, 'utf8') : '';
const manifest = manifestText ? parseManifest(manifestText, values.manifest) : null;
if (manifest && !manifest.ok) fail(manifest.error);
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1)
  fail(`--workers ${values.workers}: expected a whole number from 1`);

const paths = values['files-from']
  ? listFrom(values['files-from'])
  : await articlePaths(positionals.length > 0 ? positionals : ['data/articles']);
for (const p of paths) if (!existsSync(p)) fail(`${p}: no such file`);

const print = fingerprint([actorsText, manifestText, values.map ? 'map' : 'all']);
const resumePath = checkpointPath(values.out);
const loaded = values.resume ? loadCheckpoint(resumePath, print) : null;
if (loaded && !loaded.ok) fail(loaded.error);
const done = loaded?.value.done ?? new Map<string, WorkerResult>();
if (values.resume) {
  const cut = loaded?.value.skippedLines ?? 0;
  console.error(
    `Resuming: ${done.size} file(s) already done${cut > 0 ? `, ${cut} cut-short line(s) redone` : ''}`,
  );
} else if (existsSync(resumePath)) {
  console.error(
    `Note: starting over; ${resumePath} from an earlier run is replaced (use --resume to continue it)`,
  );
}
const todo = paths.filter((p) => !done.has(p));
const checkpoint = openCheckpoint(resumePath, print, values.resume);

const sizes = todo.map((p) => statSync(p).size);
const progress = createProgress(
  todo.length,
  sizes.reduce((a, b) => a + b, 0),
  process.stderr,
);
const messages: string[] = [];
const mapOut = values.map ? openSync(values.out, 'w') : null;
const byPath = new Map<string, FileExtraction>();

function take(result: WorkerResult): void {
  if (result.error) messages.push(result.error);
  if (!result.extraction) return;
  if (mapOut !== null) {
    const text = result.extraction.events.map((e) => `${toEventLine(e)}\n`).join('');
    if (text) writeSync(mapOut, text);
  }
  byPath.set(
    result.path,
    mapOut !== null ? { events: [], report: result.extraction.report } : result.extraction,
  );
}

for (const p of paths) {
  const earlier = done.get(p);
  if (earlier) take(earlier);
}
await runExtractionPool(todo, {
  workers,
  config: { actors: actors.value, manifest: manifest?.value },
  onResult(result, index) {
    checkpoint.append(result);
    take(result);
    progress.tick(1, sizes[index] ?? 0);
  },
});
progress.done();

const parts = paths.flatMap((p) => {
  const part = byPath.get(p);
  return part ? [part] : [];
});
let result: ExtractResult;
if (mapOut !== null) {
  closeSync(mapOut);
  // The map step leaves cross-file dedupe and overrides to the reduce step; the report still counts.
  result = mergeExtractions(parts);
  result.report.events = parts.reduce((n, p) => n + p.report.events, 0);
  result.events = [];
} else {
  result = mergeExtractions(parts, overrideOptions);
  writeRows(values.out, result.events, values.jsonl);
}
checkpoint.finish();
finish(result, messages, values.out);
if (!result.report.articles.some((a) => a.refDate !== '')) fail('no article could be extracted');
