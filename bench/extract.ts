/**
 * `npm run bench:extract [-- --articles 600] [-- --seed 7] [-- --workers 1,2] [-- --density news|dense]
 *   [-- --source-worker]`
 *
 * Generates a corpus of news-like article files (see extract-corpus.ts: wire-story size, the date
 * and event density of real reporting, or three times that with --density dense) in bench/out/, then runs
 * the same worker pool as `npm run extract` over it for each worker count and prints articles/s and
 * MB/s, including thread start-up, and MB per CPU-second of all threads (the per-core rate, which
 * other work on a shared machine does not distort). The worker bundle's build time (wall, once per
 * run, in esbuild's process) is printed beside it; --source-worker starts threads on the TypeScript
 * source instead, to compare. Each case ends with one JSON line. Numbers only.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExtractionPool } from '../src/cli/extract-pool';
import { parseActorsFile } from '../src/extract/index';
import { workerEntry } from '../src/cli/worker-bundle';
import { createSeededRandom } from '../src/model/seeded-random';
import { generateArticle, type CorpusDensity } from './extract-corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '600' },
    density: { type: 'string', default: 'news' },
    seed: { type: 'string', default: '7' },
    workers: { type: 'string', default: '1,2' },
    'source-worker': { type: 'boolean', default: false },
  },
});

const random = createSeededRandom(Number(values.seed));
const count = Number(values.articles);
const density = values.density as CorpusDensity;
const dir = join('bench', 'out', `extract-corpus-${density}-${count}-s${values.seed}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const paths: string[] = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
  const text = generateArticle(random, i, density);
  writeFileSync(path, text);
  bytes += Buffer.byteLength(text);
  paths.push(path);
}
const actors = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!actors.ok) throw new Error(actors.error);
const mb = bytes / 1024 / 1024;

// The pool bundles its worker in esbuild's own process, whose CPU time process.cpuUsage() misses: time it here.
const bundleT0 = performance.now();
await workerEntry(new URL('../src/cli/extract-worker.ts', import.meta.url));
const bundleSeconds = (performance.now() - bundleT0) / 1000;

for (const workers of values.workers.split(',').map(Number)) {
  let events = 0;
  let failed = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await runExtractionPool(paths, {
    workers,
    bundle: !values['source-worker'],
    config: { actors: actors.value },
    onResult(result) {
      events += result.extraction?.events.length ?? 0;
      if (result.error) failed++;
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  // CPU time of all threads: on a shared machine wall time also counts other people's work.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const result = {
    bench: 'extract',
    density,
    workers,
    articles: count,
    megabytes: Math.round(mb * 100) / 100,
    events,
    failed,
    seconds: Math.round(seconds * 1000) / 1000,
    articlesPerSecond: Math.round(count / seconds),
    megabytesPerSecond: Math.round((mb / seconds) * 100) / 100,
    megabytesPerSecondPerWorker: Math.round((mb / seconds / workers) * 100) / 100,
    cpuSeconds: Math.round(cpuSeconds * 1000) / 1000,
    megabytesPerCpuSecond: Math.round((mb / cpuSeconds) * 100) / 100,
    bundleSeconds: values['source-worker'] ? 0 : Math.round(bundleSeconds * 1000) / 1000,
  };
  console.log(
    `${workers} worker(s): ${count} articles, ${result.megabytes} MB, ${events} events in ${result.seconds} s; ` +
      `${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s`,
  );
  console.log(JSON.stringify(result));
}
