/**
 * `npm run --silent timex -- [--dct YYYY-MM-DD] <file.txt>`: prints the TIMEX3 expressions of one
 * article as a JSON array on stdout and nothing else. The file is read as UTF-8 and a leading
 * byte-order mark is dropped, so offsets index the text after the BOM (what editors show). Without
 * --dct the first full date in the article's opening (its dateline) is used.
 */
import { readFileSync } from 'node:fs';
import { tagTimex } from '../extract/timex/index';
import { findDatelineDate } from '../extract/timex/dateline';
import { parseIsoDay } from '../extract/timex/calendar';

const USAGE = 'usage: npm run --silent timex -- [--dct YYYY-MM-DD] <file.txt>';

function fail(message: string): never {
  process.stderr.write(`timex: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: readonly string[]): { dct: string | null; file: string } {
  let dct: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--dct') {
      const next = argv[++i];
      if (next === undefined) fail(`--dct needs a date\n${USAGE}`);
      dct = next;
    } else if (arg.startsWith('--dct=')) {
      dct = arg.slice('--dct='.length);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) fail(`expected exactly one input file\n${USAGE}`);
  return { dct, file: files[0] ?? '' };
}

const { dct: dctArg, file } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

if (dctArg !== null && !parseIsoDay(dctArg)) fail(`--dct must be a real YYYY-MM-DD day, got "${dctArg}"`);
const dct = dctArg ?? findDatelineDate(text);
if (dct === null) fail(`${file}: no --dct given and no dated dateline found in the text`);

const out = tagTimex(text, { dct }).map(({ start, end, text: span, type, value, mod }) => ({
  start,
  end,
  text: span,
  type,
  value,
  ...(mod ? { mod } : {}),
}));
process.stdout.write(`${JSON.stringify(out)}\n`);
