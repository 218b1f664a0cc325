/**
 * npm run extract [-- <files or folders> --out <file> --actors <file> --manifest <file> --overrides <file>]
 *   --workers <n>      worker threads (default: all cores)
 *   --files-from <f>   read article paths from a file, one per line ("-" for stdin)
 *   --jsonl            write JSON Lines (one event per line) instead of CSV
 *   --map              map step only: per-file rows as JSON Lines, no cross-file dedupe or overrides;
 *                      written to standard output unless --out is given. With no input and standard
 *                      input not a terminal, reads JSON Lines articles from standard input
 *   --reduce           inputs are JSON Lines from --map runs ("-" for stdin): dedupe across them, apply overrides
 *   --resume           continue an interrupted run from <out>.checkpoint.jsonl
 *   --published-from-path  read a YYYY-MM-DD or YYYY/MM/DD in a file's folders or name as its
 *                      publication day when the manifest has no row
 *   --lanes entities   put each row in the lane of the named entity that acted (the agent column)
 *                      instead of its actor; "actors" (the default) keeps countries and organisations
 *   --out -            write to standard output (the run report then goes to standard error)
 * Inputs are article text files, folders of them (*.txt, recursively), JSON Lines article files
 * (*.jsonl: one {"id","published","title","url","text"} per line) or "-" for JSON Lines on standard
 * input. A JSON, CSV or other data file named as an article is refused by name, and a bad JSON Lines
 * line is named by file, line and field and skipped (the run then exits 1).
 * Reads articles (folders recursively), extracts events, writes events.csv and prints the run report.
 * `--out` is checked before any work; every mode writes it atomically, so an interrupted or failed run
 * leaves the previous output as it was. Exits non-zero when a config file is broken, an input is
 * missing (the rest are still extracted and written) or no article could be extracted at all (then
 * nothing is written).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
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
import { isArticleLinesName, parseArticleLine } from '../io/article-jsonl';
import { listArticleFiles } from './article-files';
import { openAtomicOutput, writeFileAtomic } from './atomic-output';
import { checkpointPath, fingerprint, loadCheckpoint, openCheckpoint } from './checkpoint';
import { runExtractionPool } from './extract-pool';
import type { WorkerResult, WorkerTask } from './extract-worker';
import { checkOutputNotRead, checkOutputPath } from './output-path';
import { createProgress } from './progress';
import { distinctFileNames } from './file-names';

/** Above this many articles the report lists the first ones and counts the rest. */
const MAX_REPORTED_ARTICLES = 40;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    actors: { type: 'string', default: 'data/actors.json' },
    manifest: { type: 'string', default: 'data/articles.csv' },
    overrides: { type: 'string', default: 'data/overrides.csv' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'files-from': { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    map: { type: 'boolean', default: false },
    reduce: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    'published-from-path': { type: 'boolean', default: false },
    lanes: { type: 'string', default: 'actors' },
  },
});
if (values.lanes !== 'actors' && values.lanes !== 'entities')
  fail(`--lanes: "${values.lanes}" is not one of actors, entities`);

/** "-" is standard output; --map writes there unless told otherwise, the other modes to data/events.csv. */
const out = values.out ?? (values.map ? '-' : 'data/events.csv');
const toStdout = out === '-';
/** Where the run report goes: standard output, unless the rows go there. */
const report = toStdout ? process.stderr : process.stdout;

function say(line: string): void {
  report.write(`${line}\n`);
}

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

/** Waits until rows written to standard output have left the process; process.exit would cut them. */
function flushStdout(): Promise<void> {
  return new Promise((resolve) => process.stdout.write('', () => resolve()));
}

/** Writes to standard output, waiting when the reader is slower (a pipe into another process). */
async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text))
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
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
  /** Inputs refused as data files and bad JSON Lines lines; any makes the exit code non-zero. */
  refused?: number;
  skipped?: readonly string[];
  /** Files whose name another input shares, with the name their article ids use instead. */
  sameNames?: readonly string[];
  encodings?: ReadonlyMap<string, ArticleEncoding>;
}

function printReport(result: ExtractResult, notes: RunNotes): void {
  say(formatReport(result.report, { maxArticles: MAX_REPORTED_ARTICLES }));
  for (const m of notes.messages) say(`Error: ${m}`);
  const encodings = notes.encodings ? encodingLine(notes.encodings) : null;
  if (encodings) say(encodings);
  for (const s of capped(notes.skipped ?? [])) say(`Skipped: ${s}`);
  for (const s of capped(notes.sameNames ?? []))
    say(`Same file name in another folder, told apart by its folder: ${s}`);
}

/** Reports a run whose output was written; exits non-zero when something asked for was not done. */
async function finish(result: ExtractResult, notes: RunNotes): Promise<never> {
  if (toStdout) await flushStdout();
  printReport(result, notes);
  say(`Wrote ${result.report.events} event(s) to ${toStdout ? 'standard output' : out}`);
  if (notes.missing > 0) fail(`${notes.missing} input(s) not found; the others were extracted`);
  if ((notes.refused ?? 0) > 0)
    fail(`${notes.refused} input(s) or line(s) refused (named above); the others were extracted`);
  if (result.report.errors.length > 0) process.exit(1);
  process.exit(0);
}

/** Reports a run in which every input failed, and exits without touching the output. */
function refuse(result: ExtractResult, notes: RunNotes, why: string): never {
  printReport(result, notes);
  if (toStdout) fail(why);
  fail(`${why}; ${out} was not written${existsSync(out) ? ' and keeps its previous content' : ''}`);
}

// What is read and where it goes are checked before any work, so a mistyped --out costs nothing.
// The map step of a batch engine pipes JSON Lines articles in: no input and no terminal means stdin.
const stdinByDefault =
  values.map && !values['files-from'] && positionals.length === 0 && process.stdin.isTTY !== true;
const inputs = values.reduce
  ? positionals
  : values['files-from']
    ? listFrom(values['files-from'])
    : positionals.length > 0
      ? positionals
      : stdinByDefault
        ? ['-']
        : ['data/articles'];
if (values.reduce && inputs.length === 0) fail('--reduce: name the JSON Lines files of the --map runs');
if (inputs.includes('-') && inputs.length > 1)
  fail('- (standard input) must be the only input; name the other files in a second run');
if (inputs.includes('-') && values['files-from'] === '-')
  fail('--files-from - reads paths from standard input, which cannot also hold articles');
if (!toStdout) {
  const outCheck = checkOutputPath(out, inputs, !values.reduce);
  if (!outCheck.ok) fail(outCheck.error);
}

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
    if (path !== '-' && (!existsSync(path) || !statSync(path).isFile())) {
      messages.push(`${path}: ${existsSync(path) ? 'not a file' : 'no such file'}`);
      missing++;
      continue;
    }
    const name = path === '-' ? 'standard input' : path;
    const { events, problems } = parseEventLines(readFileSync(path === '-' ? 0 : path, 'utf8'), name);
    for (const p of problems)
      messages.push(`${p.file} line ${p.line}${p.field ? `, field ${p.field}` : ''}: ${p.reason}`);
    // An empty map output is a shard without events; one with only bad lines is a failure.
    if (events.length > 0 || problems.length === 0) read++;
    parts.push({ events, report: emptyReport() });
  }
  const result = mergeExtractions(parts, overrideOptions);
  if (read === 0) refuse(result, { messages, missing }, 'no input could be read');
  if (toStdout) await writeStdout(serializeRows(result.events, values.jsonl));
  else writeFileAtomic(out, serializeRows(result.events, values.jsonl));
  await finish(result, { messages, missing });
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

const fromStdin = inputs[0] === '-';
const listed = fromStdin
  ? { paths: ['-'], missing: [], skipped: [], refused: [] }
  : await listArticleFiles(inputs);
const paths = listed.paths;
const missingMessages = listed.missing.map((p) => `${p}: no such file or folder`);
// A link in an input folder can still lead to the output; never read what is about to be replaced.
if (!toStdout) {
  const notRead = checkOutputNotRead(out, paths);
  if (!notRead.ok) fail(notRead.error);
}
if (paths.length === 0) {
  for (const m of [
    ...listed.skipped.map((s) => `Skipped: ${s}`),
    ...listed.refused.map((r) => `Error: ${r}`),
    ...missingMessages,
  ])
    console.error(m);
  fail(
    `no article file (*.txt, *.jsonl) in ${inputs.join(', ')}${toStdout ? '' : `; ${out} was not written`}`,
  );
}
const readsLines = paths.some((p) => p === '-' || isArticleLinesName(p));

const print = fingerprint([
  actorsText,
  manifestText,
  values.map ? 'map' : 'all',
  values['published-from-path'] ? 'path dates' : '',
]);
// Standard output cannot be resumed: there is no file to continue, and a reader already has the rows.
const checkpointing = !toStdout;
if (values.resume && !checkpointing)
  fail('--resume needs --out: rows written to standard output cannot be continued');
const resumePath = checkpointPath(out);
const loaded = values.resume ? loadCheckpoint(resumePath, print) : null;
if (loaded && !loaded.ok) fail(loaded.error);
const done = loaded?.value.done ?? new Map<string, WorkerResult>();
if (values.resume) {
  const cut = loaded?.value.skippedLines ?? 0;
  console.error(
    `Resuming: ${done.size} file(s) already done${cut > 0 ? `, ${cut} cut-short line(s) redone` : ''}`,
  );
} else if (checkpointing && existsSync(resumePath)) {
  console.error(
    `Note: starting over; ${resumePath} from an earlier run is replaced (use --resume to continue it)`,
  );
}
const checkpoint = checkpointing
  ? openCheckpoint(resumePath, print, values.resume)
  : { append: (): void => undefined, finish: (): void => undefined };

/** Bytes of every input still to read: article files whole, JSON Lines files whole (minus nothing). */
const sizeOf = (p: string): number => (p === '-' ? 0 : statSync(p).size);
const todoBytes = paths.filter((p) => !done.has(p)).reduce((n, p) => n + sizeOf(p), 0);
const progress = createProgress(
  paths.filter((p) => !done.has(p)).length,
  todoBytes,
  process.stderr,
  readsLines ? { unit: 'articles', knownTotal: !fromStdin } : {},
);
const messages: string[] = [];
/** Inputs refused as data and bad JSON Lines lines. */
const refused: string[] = [...listed.refused];
// The map step streams rows as files finish: into a temporary file that replaces the output at the
// end, or straight to standard output for a batch engine.
const mapOut = values.map
  ? toStdout
    ? { write: writeStdout, commit: (): void => undefined, abort: (): void => undefined }
    : openAtomicOutput(out)
  : null;
/** Every task's key (a path, or "file line N" for a JSON Lines article) in input order. */
const keys: string[] = [];
const byKey = new Map<string, FileExtraction>();
const encodings = new Map<string, ArticleEncoding>();

async function take(result: WorkerResult): Promise<void> {
  if (result.error) (result.refused ? refused : messages).push(result.error);
  if (result.encoding) encodings.set(result.path, result.encoding);
  if (!result.extraction) return;
  if (mapOut !== null) {
    const text = result.extraction.events.map((e) => `${toEventLine(e)}\n`).join('');
    if (text) await mapOut.write(text);
  }
  byKey.set(
    result.path,
    mapOut !== null ? { events: [], report: result.extraction.report } : result.extraction,
  );
}

for (const result of done.values()) await take(result);

/** Bytes of each task in flight, by its index in the pool, for the progress line. */
const taskBytes = new Map<number, number>();
let taskCount = 0;

/** The JSON Lines articles of one file or of standard input, read a line at a time. */
async function* recordTasks(path: string): AsyncGenerator<WorkerTask> {
  const name = path === '-' ? 'standard input' : path;
  const lines = createInterface({
    input: path === '-' ? process.stdin : createReadStream(path),
    crlfDelay: Infinity,
  });
  /** Line of each id, so an id given twice (its rows would share ids) is named with both lines. */
  const idLines = new Map<string, number>();
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const parsed = parseArticleLine(text, name, line);
    if (!parsed.ok) {
      refused.push(parsed.error);
      progress.tick(0, Buffer.byteLength(raw) + 1);
      continue;
    }
    const earlier = idLines.get(parsed.value.id);
    if (earlier !== undefined) {
      refused.push(
        `${name} line ${line}, field id: "${parsed.value.id}" is already given on line ${earlier}`,
      );
      continue;
    }
    idLines.set(parsed.value.id, line);
    const key = `${name} line ${line}`;
    keys.push(key);
    if (done.has(key)) continue;
    taskBytes.set(taskCount++, Buffer.byteLength(raw) + 1);
    yield { key, record: parsed.value };
  }
}

const idNames = distinctFileNames(paths.filter((p) => p !== '-' && !isArticleLinesName(p)));

async function* tasks(): AsyncGenerator<WorkerTask> {
  for (const path of paths) {
    if (path === '-' || isArticleLinesName(path)) {
      yield* recordTasks(path);
      continue;
    }
    keys.push(path);
    if (done.has(path)) continue;
    taskBytes.set(taskCount++, sizeOf(path));
    const idName = idNames.get(path);
    yield idName === undefined ? path : { path, idName };
  }
}

await runExtractionPool(tasks(), {
  workers,
  config: {
    actors: actors.value,
    manifest: manifest?.value,
    publishedFromPath: values['published-from-path'],
  },
  async onResult(result, index) {
    checkpoint.append(result);
    await take(result);
    progress.tick(1, taskBytes.get(index) ?? 0);
    taskBytes.delete(index);
  },
});
progress.done();
messages.push(...missingMessages);
if (fromStdin && keys.length === 0 && refused.length === 0)
  messages.push('standard input: no JSON Lines article read (name files or folders to extract them instead)');

const parts = keys.flatMap((k) => {
  const part = byKey.get(k);
  return part ? [part] : [];
});
// The map step leaves cross-file dedupe and overrides to the reduce step; the report still counts.
const result = mapOut !== null ? mergeExtractions(parts) : mergeExtractions(parts, overrideOptions);
if (mapOut !== null) {
  result.report.events = parts.reduce((n, p) => n + p.report.events, 0);
  result.events = [];
}
const notes: RunNotes = {
  messages: [...refused, ...messages],
  missing: listed.missing.length,
  refused: refused.length,
  skipped: listed.skipped,
  sameNames: [...idNames].map(([path, name]) => `${path} (article ids ${name.replace(/\.[^./]*$/, '')}#…)`),
  encodings,
};
if (!result.report.articles.some((a) => a.refDate !== '')) {
  // Empty, undated, refused or unreadable files only: an output of 0 rows would wipe the last good one.
  mapOut?.abort();
  checkpoint.finish();
  refuse(result, notes, 'no article could be extracted (see the errors above)');
}
if (mapOut !== null) mapOut.commit();
else if (toStdout) await writeStdout(serializeRows(result.events, values.jsonl));
else writeFileAtomic(out, serializeRows(result.events, values.jsonl));
checkpoint.finish();
await finish(result, notes);
