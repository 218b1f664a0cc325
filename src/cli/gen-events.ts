/**
 * `npm run gen:events -- --n 1000000 --out events.csv [--seed 1] [--actors 20] [--years 10]
 * [--start-year 2015] [--actors-out actors.json]`: writes a synthetic events CSV for benchmarks and
 * end-to-end tests. Rows are written in chunks with back-pressure, so a million rows never become
 * one string.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { serializeEvents } from '../io/events-csv-write';
import type { EventRecord } from '../model/event-record';
import { generateSyntheticEvents, syntheticActorsFor } from '../synthetic/synthetic-events';

// 5,000 rows is about 1.5 MB of CSV: large enough to amortise unparse calls, small enough to stream.
const CHUNK_ROWS = 5000;

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      actors: { type: 'string' },
      years: { type: 'string' },
      'start-year': { type: 'string' },
      'actors-out': { type: 'string' },
    },
  });
  const options = {
    n: positiveInt('n', values.n, 1000),
    seed: positiveInt('seed', values.seed, 1),
    actors: positiveInt('actors', values.actors, 20),
    years: positiveInt('years', values.years, 10),
    startYear: positiveInt('start-year', values['start-year'], 2015),
  };

  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const started = performance.now();
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };

  let chunk: EventRecord[] = [];
  let written = 0;
  const flush = async (): Promise<void> => {
    const text = serializeEvents(chunk);
    // Every chunk comes with the header row; only the first one keeps it.
    await write(written === 0 ? text : text.slice(text.indexOf('\n') + 1));
    written += chunk.length;
    chunk = [];
  };
  for (const record of generateSyntheticEvents(options)) {
    chunk.push(record);
    if (chunk.length === CHUNK_ROWS) {
      await flush();
      if (values.out && written % 100_000 === 0)
        process.stderr.write(`\r${written.toLocaleString('en-US')} rows`);
    }
  }
  if (chunk.length > 0 || written === 0) await flush();

  if (values.out) {
    out.end();
    await once(out, 'finish');
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `\r${written.toLocaleString('en-US')} rows to ${values.out} in ${seconds.toFixed(1)} s\n`,
    );
  }
  if (values['actors-out']) {
    const actors = syntheticActorsFor(options).map(({ id, label, color, kind }) => ({
      id,
      label,
      color,
      kind,
    }));
    await writeFile(values['actors-out'], JSON.stringify({ version: 1, actors }, null, 2) + '\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`gen:events: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
