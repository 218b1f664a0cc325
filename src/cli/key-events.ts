/**
 * `npm run --silent key-events -- <events.csv> --dates L [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: prints
 * the L key days of an events CSV as a JSON array `[{"date","ids","text"}]` in date order (see
 * model/key-events.ts). Rows the parser rejects are reported on stderr by file, line and field and
 * left out, as the app does; a bad argument, an unreadable file or a file with no valid row is one
 * line on stderr and exit 1.
 */
import { readFileSync } from 'node:fs';
import { parseEventsCsv } from '../io/events-csv-parse';
import type { LoadProblem } from '../io/load-problem';
import { keyEvents } from '../model/key-events';
import { KEY_EVENTS_USAGE, parseKeyEventsArgs } from './key-events-args';

/** Problems listed one per line before the rest are counted; a broken file should not flood the terminal. */
const MAX_PROBLEMS_SHOWN = 20;

function fail(message: string): never {
  process.stderr.write(`key-events: ${message}\n`);
  process.exit(1);
}

const describe = (p: LoadProblem): string =>
  `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.reason}`;

const args = parseKeyEventsArgs(process.argv.slice(2));
if (!args.ok) fail(args.error);
if (args.value.help) {
  process.stdout.write(`${KEY_EVENTS_USAGE}\n`);
  process.exit(0);
}
const { file, count, from, to } = args.value;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
}
const parsed = parseEventsCsv(text, file);
const missing = parsed.headerProblems
  .filter((p) => p.reason === 'required column is missing')
  .map((p) => p.field);
if (missing.length > 0) fail(`${file}: not an events CSV, required column(s) missing: ${missing.join(', ')}`);
const problems = [...parsed.headerProblems, ...parsed.problems];
for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) process.stderr.write(`key-events: ${describe(p)}\n`);
if (problems.length > MAX_PROBLEMS_SHOWN)
  process.stderr.write(`key-events: ... and ${problems.length - MAX_PROBLEMS_SHOWN} more problem(s)\n`);
if (parsed.records.length === 0 && parsed.rows > 0)
  fail(`${file}: none of its ${parsed.rows} row(s) is valid`);
const range = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
process.stdout.write(`${JSON.stringify(keyEvents(parsed.records, { count, ...range }), null, 2)}\n`);
