/**
 * `npx tsx bench/timex.ts [-- --mb 4] [-- --runs 5]`: tagTimex alone, over real text. Concatenates the
 * seed articles and every annotated fixture document (untagged) until the corpus reaches --mb
 * megabytes, tags it article by article, and prints MB/s for the median run. Ends with one JSON
 * line. Numbers only; nothing here is asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tagTimex } from '../src/extract/timex/index';
import { parseAnnotatedDocument } from '../src/extract/timex/inline-tags';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '4' }, runs: { type: 'string', default: '5' } },
});

function textsIn(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const sources: { text: string; dct: string }[] = [
  ...textsIn('data/articles', '.txt').map((text) => ({ text, dct: '2022-06-08' })),
  ...textsIn('data/fixtures/articles', '.txt').map((text) => ({ text, dct: '2025-05-10' })),
  ...['dev', 'heldout', 'timebank-style'].flatMap((split) =>
    textsIn(join('data/fixtures/timex', split), '.tml').flatMap((source) => {
      const parsed = parseAnnotatedDocument(source);
      return parsed.ok ? [{ text: parsed.doc.text, dct: parsed.doc.dct }] : [];
    }),
  ),
];

const targetBytes = Number(values.mb) * 1024 * 1024;
const corpus: { text: string; dct: string }[] = [];
let bytes = 0;
for (let i = 0; bytes < targetBytes; i++) {
  const doc = sources[i % sources.length];
  if (!doc) break;
  corpus.push(doc);
  bytes += Buffer.byteLength(doc.text, 'utf8');
}

let expressions = 0;
const seconds: number[] = [];
const cpuSeconds: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  expressions = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const doc of corpus) expressions += tagTimex(doc.text, { dct: doc.dct }).length;
  const cpu = process.cpuUsage(cpu0);
  seconds.push((performance.now() - t0) / 1000);
  cpuSeconds.push((cpu.user + cpu.system) / 1e6);
}
cpuSeconds.sort((a, b) => a - b);
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(seconds.length / 2)] ?? 0;
const mb = bytes / 1024 / 1024;
const mbPerS = mb / median;
// CPU time of this thread's process: the per-core rate, which other work on a shared machine does not distort.
const cpuMedian = cpuSeconds[Math.floor(cpuSeconds.length / 2)] ?? median;
const mbPerCpuS = mb / cpuMedian;
process.stdout.write(
  `tagTimex: ${corpus.length} documents, ${mb.toFixed(2)} MB, ${expressions} expressions\n` +
    `median of ${seconds.length} runs: ${median.toFixed(3)} s, ${mbPerS.toFixed(2)} MB/s ` +
    `(best ${(mb / (seconds[0] ?? median)).toFixed(2)} MB/s), ${mbPerCpuS.toFixed(2)} MB per CPU-second\n`,
);
process.stdout.write(
  `${JSON.stringify({ bench: 'timex', documents: corpus.length, mb: Number(mb.toFixed(3)), seconds: Number(median.toFixed(4)), mbPerS: Number(mbPerS.toFixed(3)), mbPerCpuS: Number(mbPerCpuS.toFixed(3)) })}\n`,
);
