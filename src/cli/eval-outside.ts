/**
 * `npm run eval:outside [-- --dir data/outside-news] [--set dev|held] [-v]`: how many hand-listed key
 * events of news stories written apart from the extractor come out as rows. Each set folder holds
 * stories named <published YYYY-MM-DD>_<slug>.txt and a key-events.tsv (file, date, precision, doer,
 * sentence). A key event is found when a row comes from its sentence with its date at its precision,
 * and found with its doer when the row's title or lane names the doer (key-event-recall.ts). "dev" is
 * read while the extractor is worked on; "held" is only scored, to keep an honest yardstick. Ends with
 * one JSON line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventRecord } from '../model/event-record';
import { createExtractor, mergeExtractions, parseActorsFile } from '../extract/index';
import {
  parseKeyEvents,
  scoreKeyEvent,
  type KeyEventResult,
  type KeyEventScore,
} from '../extract/eval/key-event-recall';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'data/outside-news' },
    set: { type: 'string' },
    actors: { type: 'string', default: 'data/actors.json' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`eval-outside: ${message}\n`);
  process.exit(1);
}

const actorsFile = parseActorsFile(readFileSync(values.actors, 'utf8'), values.actors);
if (!actorsFile.ok) fail(actorsFile.error);
const extractor = createExtractor({ actors: actorsFile.value });

const sets = values.set ? [values.set] : ['dev', 'held'];
const summary: Record<string, Record<string, number>> = {};
const pct = (n: number, d: number): string => (d === 0 ? '    -' : ((100 * n) / d).toFixed(1).padStart(5));

for (const set of sets) {
  const dir = join(values.dir, set);
  const keysPath = join(dir, 'key-events.tsv');
  if (!existsSync(keysPath)) fail(`${keysPath}: no such file (pass --dir <folder>)`);
  let keys;
  try {
    keys = parseKeyEvents(readFileSync(keysPath, 'utf8'), keysPath);
  } catch (e) {
    fail((e as Error).message);
  }
  const counts: Record<KeyEventResult, number> = {
    'found with doer': 0,
    found: 0,
    'wrong date': 0,
    missed: 0,
  };
  let rowsTotal = 0;
  let rowsWithoutLane = 0;
  let rowsOther = 0;
  const lines: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const published = /^(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
    if (!published) fail(`${join(dir, name)}: the name must start with the publication day, YYYY-MM-DD_`);
    const text = readFileSync(join(dir, name), 'utf8');
    const rows: EventRecord[] = mergeExtractions([
      extractor.extractFile({ fileName: name, published, text }),
    ]).events;
    rowsTotal += rows.length;
    rowsWithoutLane += rows.filter((r) => r.actor === '').length;
    rowsOther += rows.filter((r) => r.type === 'other').length;
    const scores: KeyEventScore[] = keys.filter((k) => k.file === name).map((k) => scoreKeyEvent(k, rows));
    for (const s of scores) {
      if (!text.includes(s.key.sentence)) fail(`${keysPath}: "${s.key.sentence}" is not in ${name}`);
      counts[s.result]++;
    }
    const withDoer = scores.filter((s) => s.result === 'found with doer').length;
    const found = withDoer + scores.filter((s) => s.result === 'found').length;
    lines.push(
      `${name.slice(0, 44).padEnd(44)} ${String(found).padStart(2)} ${String(withDoer).padStart(2)} / ${String(scores.length).padStart(2)}   rows ${rows.length}`,
    );
    if (values.verbose)
      for (const s of scores.filter((x) => x.result !== 'found with doer')) {
        lines.push(`    ${s.result.padEnd(10)} ${s.key.date} [${s.key.doer}] ${s.key.sentence}`);
        for (const r of s.rows)
          lines.push(`        row ${r.start} ${r.precision} ${r.type} [${r.actor}] ${r.title}`);
      }
  }
  const n = keys.length;
  const found = counts['found with doer'] + counts.found;
  process.stdout.write(
    `== ${set}: ${n} key events in ${lines.filter((l) => !l.startsWith(' ')).length} stories ==\n`,
  );
  process.stdout.write(`${'story'.padEnd(44)} found, with doer / keys\n${lines.join('\n')}\n`);
  process.stdout.write(
    `found ${found}/${n} (${pct(found, n).trim()}%), with doer ${counts['found with doer']}/${n} (${pct(counts['found with doer'], n).trim()}%), wrong date ${counts['wrong date']}, missed ${counts.missed}; rows ${rowsTotal}, without a lane ${rowsWithoutLane}, typed other ${rowsOther}\n\n`,
  );
  summary[set] = {
    keys: n,
    found,
    found_with_doer: counts['found with doer'],
    wrong_date: counts['wrong date'],
    missed: counts.missed,
    rows: rowsTotal,
    rows_without_lane: rowsWithoutLane,
    rows_other: rowsOther,
  };
}
process.stdout.write(`${JSON.stringify({ eval: 'outside', ...summary })}\n`);
