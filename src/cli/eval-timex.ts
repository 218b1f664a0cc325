/**
 * `npm run eval:timex [-- --verbose] [--split dev|heldout|timebank-style|wire-2020s]`: tags every annotated document under
 * data/fixtures/timex/<split>/*.tml and prints TempEval-3 style scores per split and per category.
 * The held-out split exists to catch overfitting: rules are tuned on dev only. timebank-style is
 * TimeBank/TempEval-3 style newswire (1989 WSJ, 1990s AP/NYT, recent web copy) written apart from the rules.
 * wire-2020s is modern wire and web copy heavy in tense and anchoring traps (reported speech, modal futures,
 * previews, clock times joined to days), also written and scored before any rule was changed for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimex } from '../extract/timex/index';
import { parseAnnotatedDocument } from '../extract/timex/inline-tags';
import {
  type Counts,
  EMPTY_COUNTS,
  type Problem,
  addCounts,
  metricsOf,
  scoreSpans,
} from '../extract/timex/score';

const ROOT = 'data/fixtures/timex';
const SPLITS = ['dev', 'heldout', 'timebank-style', 'wire-2020s'] as const;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const splitArg = args.find((_, i) => args[i - 1] === '--split');
const splits = SPLITS.filter((s) => splitArg === undefined || s === splitArg);
if (splits.length === 0) {
  process.stderr.write(`eval-timex: unknown split "${splitArg ?? ''}" (${SPLITS.join(', ')})\n`);
  process.exit(1);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, c: Counts): string {
  const m = metricsOf(c);
  return [
    label.padEnd(22),
    String(c.gold).padStart(5),
    String(c.predicted).padStart(5),
    `${pct(m.strict.precision)} ${pct(m.strict.recall)} ${pct(m.strict.f1)}`,
    `${pct(m.relaxed.precision)} ${pct(m.relaxed.recall)} ${pct(m.relaxed.f1)}`,
    pct(m.typeAccuracy),
    `${pct(m.value.precision)} ${pct(m.value.recall)} ${pct(m.value.f1)}`,
  ].join(' | ');
}

const HEADER = [
  ''.padEnd(22),
  ' gold',
  ' pred',
  'strict P     R    F1',
  'relax P     R    F1',
  ' type',
  'value P     R    F1',
].join(' | ');

function describe(p: Problem): string {
  const show = (s: Problem['gold']) => (s ? `"${s.text}" ${s.type} ${s.value} @${s.start}` : '');
  switch (p.kind) {
    case 'missed':
      return `  missed    ${show(p.gold)}`;
    case 'spurious':
      return `  spurious  ${show(p.predicted)}`;
    default:
      return `  ${p.kind.padEnd(9)} gold ${show(p.gold)}  got ${show(p.predicted)}`;
  }
}

let failures = 0;
for (const split of splits) {
  const dir = join(ROOT, split);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort();
  let total: Counts = { ...EMPTY_COUNTS };
  const byCategory = new Map<string, Counts>();
  const lines: string[] = [];
  for (const file of files) {
    const parsed = parseAnnotatedDocument(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) {
      process.stderr.write(`eval-timex: ${join(dir, file)}: ${parsed.error}\n`);
      failures++;
      continue;
    }
    const { doc } = parsed;
    const predicted = tagTimex(doc.text, { dct: doc.dct });
    const { counts, problems } = scoreSpans(doc.timexes, predicted);
    total = addCounts(total, counts);
    byCategory.set(doc.category, addCounts(byCategory.get(doc.category) ?? EMPTY_COUNTS, counts));
    if (verbose && problems.length > 0) {
      lines.push(`${file} (dct ${doc.dct})`, ...problems.map(describe));
    }
  }
  process.stdout.write(`\n== ${split}: ${files.length} documents ==\n${HEADER}\n`);
  for (const [category, counts] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`${row(category, counts)}\n`);
  }
  process.stdout.write(`${row(`ALL ${split}`, total)}\n`);
  if (lines.length > 0) process.stdout.write(`\n${lines.join('\n')}\n`);
}
if (failures > 0) process.exit(1);
