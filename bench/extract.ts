/**
 * `npm run bench:extract [-- --articles 600] [-- --seed 7] [-- --workers 1,2] [-- --density news|dense]
 *   [-- --source-worker] [-- --jsonl]`
 *
 * Generates a corpus of news-like article files (see extract-corpus.ts: wire-story size, the date
 * and event density of real reporting, or three times that with --density dense) in bench/out/, then runs
 * the same worker pool as `npm run extract` over it for each worker count and prints articles/s and
 * MB/s, including thread start-up, and MB per CPU-second of all threads (the per-core rate, which
 * other work on a shared machine does not distort). The worker bundle's build time (wall, once per
 * run, in esbuild's process) is printed beside it; --source-worker starts threads on the TypeScript
 * source instead, to compare. Progress shows on the terminal (stderr) while a case runs. Peak RSS is
 * the process's resident memory, worker threads included, sampled every 100 ms during the case: it
 * shows that memory stays bounded however many articles stream through. --jsonl also writes the
 * corpus as JSON Lines articles (bench/out/<corpus>.jsonl) for the map step of a batch engine (see
 * bench/dask-extract.py). Each case ends with one JSON line. Numbers only.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExtractionPool } from '../src/cli/extract-pool';
import { createProgress } from '../src/cli/progress';
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
    jsonl: { type: 'boolean', default: false },
  },
});

/** How often resident memory is sampled; a peak shorter than this is missed, which a steady pool never has. */
const RSS_SAMPLE_MS = 100;
const MB = 1024 * 1024;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The caption "21 May 2022, ..." of a generated article, as the ISO day a JSON Lines record gives. */
function publishedOf(text: string): string {
  const m = /^(\d{1,2}) (\p{L}{3})\p{L}* (\d{4}),/mu.exec(text);
  const month = m ? MONTHS.indexOf(m[2] ?? '') + 1 : 0;
  if (!m || month === 0) return '';
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
}

const random = createSeededRandom(Number(values.seed));
const count = Number(values.articles);
const density = values.density as CorpusDensity;
const dir = join('bench', 'out', `extract-corpus-${density}-${count}-s${values.seed}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const paths: string[] = [];
let bytes = 0;
const jsonlPath = `${dir}.jsonl`;
const jsonl = values.jsonl ? openSync(jsonlPath, 'w') : null;
for (let i = 0; i < count; i++) {
  const name = `article-${String(i).padStart(5, '0')}`;
  const path = join(dir, `${name}.txt`);
  const text = generateArticle(random, i, density);
  writeFileSync(path, text);
  bytes += Buffer.byteLength(text);
  paths.push(path);
  if (jsonl !== null) {
    const record = { id: name, published: publishedOf(text), title: '', url: '', text };
    writeSync(jsonl, `${JSON.stringify(record)}\n`);
  }
}
if (jsonl !== null) {
  closeSync(jsonl);
  console.log(`Wrote ${count} JSON Lines articles to ${jsonlPath}`);
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
  const progress = createProgress(count, bytes, process.stderr);
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await runExtractionPool(paths, {
    workers,
    bundle: !values['source-worker'],
    config: { actors: actors.value },
    onResult(result) {
      events += result.extraction?.events.length ?? 0;
      if (result.error) failed++;
      progress.tick(1, result.bytes);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  progress.done();
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
    peakRssMegabytes: Math.round(peakRss / MB),
  };
  console.log(
    `${workers} worker(s): ${count} articles, ${result.megabytes} MB, ${events} events in ${result.seconds} s; ` +
      `${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s, peak RSS ${result.peakRssMegabytes} MB`,
  );
  console.log(JSON.stringify(result));
}
