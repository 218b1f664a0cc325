/**
 * `npm run bench:extract [-- --articles 600] [-- --seed 7] [-- --workers 1,2]`
 *
 * Generates a corpus of news-like article files (title, dateline caption, 12-30 paragraphs of
 * sentences recombined from templates with varied actors, counts and dates, with undated background
 * sentences as in real reporting; about 5 KB each, the size of a wire story) in bench/out/, then runs
 * the same worker pool as `npm run extract` over it for each worker count and prints articles/s and
 * MB/s, including thread start-up, and MB per CPU-second of all threads (the per-core rate, which
 * other work on a shared machine does not distort). Each case ends with one JSON line. Numbers only.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExtractionPool } from '../src/cli/extract-pool';
import { parseActorsFile } from '../src/extract/index';
import { createSeededRandom, type SeededRandom } from '../src/model/seeded-random';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '600' },
    seed: { type: 'string', default: '7' },
    workers: { type: 'string', default: '1,2' },
  },
});

const ACTORS: [string, string][] = [
  ['North Korea', 'Pyongyang'],
  ['South Korea', 'Seoul'],
  ['Russia', 'Moscow'],
  ['Ukraine', 'Kyiv'],
  ['China', 'Beijing'],
  ['Japan', 'Tokyo'],
  ['Iran', 'Tehran'],
  ['Israel', 'Jerusalem'],
  ['the United States', 'Washington'],
  ['Turkey', 'Ankara'],
];
const PEOPLE = [
  'Sergei Lavrov',
  'Wendy Sherman',
  'Dmitry Peskov',
  'Mark Rutte',
  'Antonio Guterres',
  'Wang Yi',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const COUNTS = ['two', 'three', 'eight', '12', 'more than 10,000', 'about 300', 'dozens of'];

const TEMPLATES: ((r: SeededRandom) => string)[] = [
  (r) =>
    `${cap(a(r))} fired ${r.pick(COUNTS)} ballistic missiles into the sea on ${r.pick(DAYS)}, officials in ${c(r)} said.`,
  (r) =>
    `${r.pick(PEOPLE)} met with his counterpart from ${a(r)} in ${c(r)} on ${r.pick(DAYS)} to discuss the crisis.`,
  (r) => `${cap(a(r))} and ${a(r)} will hold joint military drills next month, the defense ministry said.`,
  (r) =>
    `${cap(a(r))} imposed new sanctions on ${a(r)} in ${r.pick(MONTHS)}, targeting banks and shipping firms.`,
  (r) =>
    `"We will not accept any ceasefire that rewards aggression," ${r.pick(PEOPLE)} told reporters in ${c(r)} last week.`,
  (r) =>
    `${cap(a(r))} may be preparing to deploy ${r.pick(COUNTS)} troops near the border in ${r.pick(MONTHS)} or ${r.pick(MONTHS)}.`,
  (_r) => `Analysts say the talks could resume later this year if both sides agree to a framework.`,
  (r) =>
    `A drone attack on ${c(r)} killed ${r.pick(COUNTS)} people on ${r.pick(DAYS)}, according to local authorities.`,
  (r) =>
    `The two governments signed a trade agreement on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2015, 2024)}.`,
  (_r) => `Residents described long queues for fuel and bread, and several schools remained closed.`,
  (r) => `${cap(a(r))} hasn't yet conducted the nuclear test that many observers expect.`,
  // Background sentences without a date: most of a real story, and cheap to skip.
  (r) => `The region has been a flashpoint for decades, and diplomats in ${c(r)} fear a wider escalation.`,
  (r) => `${cap(a(r))} has long insisted that its military programme is purely defensive.`,
  (_r) =>
    `Humanitarian groups say access to the worst-hit areas remains limited and supplies are running low.`,
  (r) => `Critics of the government in ${c(r)} argue that the policy has failed to deliver security.`,
  (_r) => `Prices of basic goods have risen sharply, according to figures from the statistics office.`,
];

function a(r: SeededRandom): string {
  return r.pick(ACTORS)[0];
}
function c(r: SeededRandom): string {
  return r.pick(ACTORS)[1];
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function article(r: SeededRandom, i: number): string {
  const day = r.int(1, 28);
  const month = r.pick(MONTHS);
  const year = r.int(2019, 2025);
  const title = `${cap(a(r))} and ${a(r)} Trade Warnings as Tensions Rise ${i}`;
  const caption = `${day} ${month} ${year}, ${r.pick(ACTORS)[0]}, ${c(r)}: Officials attend a ceremony. (dpa)`;
  const paragraphs: string[] = [];
  for (let p = r.int(12, 30); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = r.int(1, 3); s > 0; s--) sentences.push(r.pick(TEMPLATES)(r));
    paragraphs.push(sentences.join(' '));
  }
  return [
    title,
    '',
    caption,
    caption,
    'TT',
    '',
    title,
    '',
    caption,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
}

const random = createSeededRandom(Number(values.seed));
const count = Number(values.articles);
const dir = join('bench', 'out', `extract-corpus-${count}-s${values.seed}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const paths: string[] = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
  const text = article(random, i);
  writeFileSync(path, text);
  bytes += Buffer.byteLength(text);
  paths.push(path);
}
const actors = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!actors.ok) throw new Error(actors.error);
const mb = bytes / 1024 / 1024;

for (const workers of values.workers.split(',').map(Number)) {
  let events = 0;
  let failed = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await runExtractionPool(paths, {
    workers,
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
  };
  console.log(
    `${workers} worker(s): ${count} articles, ${result.megabytes} MB, ${events} events in ${result.seconds} s; ` +
      `${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s`,
  );
  console.log(JSON.stringify(result));
}
