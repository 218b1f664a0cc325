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
 * Reads articles (folders recursively), extracts events, writes events.csv and prints the run report.
 * `--out` is checked before any work; every mode writes it atomically, so an interrupted or failed run
 * leaves the previous output as it was. Exits non-zero when a config file is broken, an input is
 * missing (the rest are still extracted and written) or no article could be extracted at all (then
 * nothing is written).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
import { applyOverrides } from '../extract/apply-overrides';
import { emptyReport } from '../extract/report';
import { serializeEvents } from '../io/events-csv-write';
import { parseEventLines, toEventLine } from '../io/events-jsonl';
import { parseManifest } from '../io/manifest';
import { parseOverrides } from '../io/overrides';
import type { ArticleEncoding } from '../io/article-bytes';
import { listArticleFiles, sharedFileNames } from './article-files';
import { openAtomicOutput, writeFileAtomic } from './atomic-output';
import { checkpointPath, fingerprint, loadCheckpoint, openCheckpoint } from './checkpoint';
import { runExtractionPool } from './extract-pool';
import type { WorkerResult } from './extract-worker';
import { checkOutputNotRead, checkOutputPath } from './output-path';
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

function listFrom(source: string): string[] {
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (e) {
    fail(`--files-from ${source}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function serializeRows(rows: readonly EventRecord[], jsonl: boolean): string {
  const events = values.lanes === 'entities' ? withEntityLanes(rows) : rows;
  return jsonl ? events.map((e) => `${toEventLine(e)}\n`).join('') : serializeEvents(events);
}

/** At most MAX_REPORTED_ARTICLES of `lines`, then how many more. */
function capped(lines: readonly string[]): string[] {
  const shown = lines.slice(0, MAX_REPORTED_ARTICLES);
  if (shown.length < lines.length) shown.push(`... and ${lines.length - shown.length} more`);
  return shown;
}

/** "Encodings: 3 UTF-8, 1 UTF-16LE (a.txt)": how each article file was decoded. */
function encodingLine(encodings: ReadonlyMap<string, ArticleEncoding>): string | null {
  const byEncoding = new Map<ArticleEncoding, string[]>();
  for (const [path, encoding] of encodings)
    byEncoding.set(encoding, [...(byEncoding.get(encoding) ?? []), path]);
  if (byEncoding.size === 0) return null;
  const parts = [...byEncoding].map(([encoding, paths]) =>
    encoding === 'UTF-8'
      ? `${paths.length} UTF-8`
      : `${paths.length} ${encoding} (${capped(paths).join(', ')})`,
  );
  return `Encodings: ${parts.join(', ')}`;
}

interface RunNotes {
  /** Per-file problems and missing inputs, printed as errors. */
  messages: readonly string[];
  /** Inputs that do not exist; any makes the exit code non-zero. */
  missing: number;
  skipped?: readonly string[];
  /** Files in different folders with one name, hence one article id. */
  sameNames?: readonly string[];
  encodings?: ReadonlyMap<string, ArticleEncoding>;
}

function printReport(result: ExtractResult, notes: RunNotes): void {
  console.log(formatReport(result.report, { maxArticles: MAX_REPORTED_ARTICLES }));
  for (const m of notes.messages) console.log(`Error: ${m}`);
  const encodings = notes.encodings ? encodingLine(notes.encodings) : null;
  if (encodings) console.log(encodings);
  for (const s of capped(notes.skipped ?? [])) console.log(`Skipped: ${s}`);
  for (const s of capped(notes.sameNames ?? []))
    console.log(`Same file name, same article ids and manifest rows: ${s}`);
}

/** Reports a run whose output was written; exits non-zero when something asked for was not done. */
function finish(result: ExtractResult, notes: RunNotes, out: string): void {
  printReport(result, notes);
  console.log(`Wrote ${result.report.events} event(s) to ${out}`);
  if (notes.missing > 0) fail(`${notes.missing} input(s) not found; the others were extracted`);
  if (result.report.errors.length > 0) process.exit(1);
}

/** Reports a run in which every input failed, and exits without touching the output. */
function refuse(result: ExtractResult, notes: RunNotes, why: string): never {
  printReport(result, notes);
  fail(
    `${why}; ${values.out} was not written${existsSync(values.out) ? ' and keeps its previous content' : ''}`,
  );
}

// What is read and where it goes are checked before any work, so a mistyped --out costs nothing.
const inputs = values.reduce
  ? positionals
  : values['files-from']
    ? listFrom(values['files-from'])
    : positionals.length > 0
      ? positionals
      : ['data/articles'];
if (values.reduce && inputs.length === 0) fail('--reduce: name the JSON Lines files of the --map runs');
const outCheck = checkOutputPath(values.out, inputs, !values.reduce);
if (!outCheck.ok) fail(outCheck.error);

const overrides = existsSync(values.overrides)
  ? parseOverrides(readFileSync(values.overrides, 'utf8'), values.overrides)
  : null;
if (overrides && !overrides.ok) fail(overrides.error);
// Every field is checked now, not when the overrides are applied after the whole run: a bad value
// would otherwise cost the run and leave an output without the hand corrections.
const overridesChecked = overrides ? applyOverrides([], overrides.value, values.overrides) : null;
if (overridesChecked && !overridesChecked.ok) fail(overridesChecked.error);
const overrideOptions = { overrides: overrides?.value, overridesFileName: values.overrides };

if (values.reduce) {
  // Reduce: rows from any number of map outputs, merged as if they had come from one run.
  const messages: string[] = [];
  const parts: FileExtraction[] = [];
  let missing = 0;
  let read = 0;
  for (const path of inputs) {
    if (!existsSync(path) || !statSync(path).isFile()) {
      messages.push(`${path}: ${existsSync(path) ? 'not a file' : 'no such file'}`);
      missing++;
      continue;
    }
    const { events, problems } = parseEventLines(readFileSync(path, 'utf8'), path);
    for (const p of problems)
      messages.push(`${p.file} line ${p.line}${p.field ? `, field ${p.field}` : ''}: ${p.reason}`);
    // An empty map output is a shard without events; one with only bad lines is a failure.
    if (events.length > 0 || problems.length === 0) read++;
    parts.push({ events, report: emptyReport() });
  }
  const result = mergeExtractions(parts, overrideOptions);
  if (read === 0) refuse(result, { messages, missing }, 'no input could be read');
  writeFileAtomic(values.out, serializeRows(result.events, values.jsonl));
  finish(result, { messages, missing }, values.out);
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

const listed = await listArticleFiles(inputs);
const paths = listed.paths;
const missingMessages = listed.missing.map((p) => `${p}: no such file or folder`);
// A link in an input folder can still lead to the output; never read what is about to be replaced.
const notRead = checkOutputNotRead(values.out, paths);
if (!notRead.ok) fail(notRead.error);
if (paths.length === 0) {
  for (const m of [...listed.skipped.map((s) => `Skipped: ${s}`), ...missingMessages]) console.error(m);
  fail(`no article file (*.txt) in ${inputs.join(', ')}; ${values.out} was not written`);
}

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
// The map step streams rows into a temporary file as files finish; it replaces the output at the end.
const mapOut = values.map ? openAtomicOutput(values.out) : null;
const byPath = new Map<string, FileExtraction>();
const encodings = new Map<string, ArticleEncoding>();

function take(result: WorkerResult): void {
  if (result.error) messages.push(result.error);
  if (result.encoding) encodings.set(result.path, result.encoding);
  if (!result.extraction) return;
  if (mapOut !== null) {
    const text = result.extraction.events.map((e) => `${toEventLine(e)}\n`).join('');
    if (text) mapOut.write(text);
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
messages.push(...missingMessages);

const parts = paths.flatMap((p) => {
  const part = byPath.get(p);
  return part ? [part] : [];
});
// The map step leaves cross-file dedupe and overrides to the reduce step; the report still counts.
const result = mapOut !== null ? mergeExtractions(parts) : mergeExtractions(parts, overrideOptions);
if (mapOut !== null) {
  result.report.events = parts.reduce((n, p) => n + p.report.events, 0);
  result.events = [];
}
const notes: RunNotes = {
  messages,
  missing: listed.missing.length,
  skipped: listed.skipped,
  sameNames: sharedFileNames(paths),
  encodings,
};
if (!result.report.articles.some((a) => a.refDate !== '')) {
  // Empty, undated, refused or unreadable files only: an output of 0 rows would wipe the last good one.
  mapOut?.abort();
  checkpoint.finish();
  refuse(result, notes, 'no article could be extracted (see the errors above)');
}
if (mapOut !== null) mapOut.commit();
else writeFileAtomic(values.out, serializeRows(result.events, values.jsonl));
checkpoint.finish();
finish(result, notes, values.out);
