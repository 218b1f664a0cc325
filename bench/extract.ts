/**
 * `npm run bench:extract [-- --articles 400] [-- --seed 7]`
 *
 * Generates a corpus of news-like articles (title, dateline caption, 12-30 paragraphs of sentences
 * recombined from templates with varied actors, counts and dates; about 5 KB each, the size of a
 * wire story), runs the whole extractor over it and prints articles/s and MB/s. The last line is one
 * JSON object for machines. Numbers only, no pass/fail.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticles, parseActorsFile, type ArticleFile } from '../src/extract/index';
import { createSeededRandom, type SeededRandom } from '../src/model/seeded-random';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '400' }, seed: { type: 'string', default: '7' } },
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
const files: ArticleFile[] = [];
for (let i = 0; i < count; i++) files.push({ fileName: `bench-${i}.txt`, text: article(random, i) });
const bytes = files.reduce((n, f) => n + new TextEncoder().encode(f.text).length, 0);
const actors = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!actors.ok) throw new Error(actors.error);

extractArticles(files.slice(0, 20), { actors: actors.value });
const t0 = performance.now();
const { events } = extractArticles(files, { actors: actors.value });
const seconds = (performance.now() - t0) / 1000;
const mb = bytes / 1024 / 1024;
const result = {
  bench: 'extract',
  articles: count,
  megabytes: Math.round(mb * 100) / 100,
  events: events.length,
  seconds: Math.round(seconds * 1000) / 1000,
  articlesPerSecond: Math.round(count / seconds),
  megabytesPerSecond: Math.round((mb / seconds) * 100) / 100,
};
console.log(`${count} articles, ${result.megabytes} MB, ${events.length} events in ${result.seconds} s`);
console.log(`${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s (one core)`);
console.log(JSON.stringify(result));
