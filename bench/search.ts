/**
 * `npm run bench:search [-- --n 1000000] [-- --queries "ballistic missile,nato talks"]`
 *
 * The table worker's search index (model/search-index.ts) under Node, without the browser: it indexes
 * the search text of the same synthetic rows bench:load picks (seed 1, 20 actors, 10 years), then prints,
 * per query, the time of its first run (the very first query also pays for unoptimised code), the median
 * of 5 more and their mean CPU time (which other jobs on the machine disturb less), the rows that match, and the time to type the query letter by letter with each search
 * narrowing the previous one's hits, as the worker does. Also the characters indexed. Wall times on a
 * shared machine vary with its load: compare runs made close together. Ends with one JSON line.
 */
import { parseArgs } from 'node:util';
import { searchTextOfRecord } from '../src/model/record-text';
import { SearchIndex } from '../src/model/search-index';
import { isNarrowing } from '../src/model/search-terms';
import { searchTerms } from '../src/model/text-match';
import { generateSyntheticEvents } from '../src/synthetic/synthetic-events';
import { round1 } from './frame-probe';

const DEFAULT_QUERIES = [
  'ballistic missile',
  'missile',
  'north korea sanctions',
  'nato talks',
  'geneva',
  'the a',
  'zzz',
].join(',');
const WARM_RUNS = 5;

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: DEFAULT_QUERIES },
  },
});

function main(): void {
  const n = Number(values.n.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n: "${values.n}" is not a row count`);
  const t0 = performance.now();
  const index = new SearchIndex();
  let chars = 0;
  for (const rec of generateSyntheticEvents({ n })) {
    const text = searchTextOfRecord(rec).toLowerCase();
    chars += text.length + 1;
    index.add(text);
  }
  console.log(
    `indexed ${n.toLocaleString('en-US')} rows, ${(chars / 1e6).toFixed(1)} M characters, in ${round1(performance.now() - t0)} ms`,
  );
  const results = values.queries.split(',').map((query) => timeQuery(index, query));
  console.log(JSON.stringify({ bench: 'search', n, chars, queries: results }));
}

function timeQuery(index: SearchIndex, query: string) {
  const terms = searchTerms(query);
  const time = (run: () => Uint8Array): { ms: number; hits: Uint8Array } => {
    const t = performance.now();
    const hits = run();
    return { ms: performance.now() - t, hits };
  };
  const first = time(() => index.matchAll(terms));
  const cpu0 = process.cpuUsage();
  const warm = Array.from({ length: WARM_RUNS }, () => time(() => index.matchAll(terms)).ms);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / WARM_RUNS;
  warm.sort((a, b) => a - b);
  const median = warm[WARM_RUNS >> 1] ?? NaN;
  let matched = 0;
  for (const h of first.hits) matched += h;
  // Typing: "b", "ba", "bal", ... each search narrowing the last one's hits when it may.
  const t = performance.now();
  let last: { terms: string[]; hits: Uint8Array } | null = null;
  for (let i = 1; i <= query.length; i++) {
    const typed = searchTerms(query.slice(0, i));
    const within: Uint8Array | undefined = last && isNarrowing(last.terms, typed) ? last.hits : undefined;
    last = { terms: typed, hits: index.matchAll(typed, within) };
  }
  const typingMs = performance.now() - t;
  console.log(
    `"${query}"`.padEnd(26),
    `first ${round1(first.ms)} ms, then ${round1(median)} ms (median of ${WARM_RUNS}; CPU ${round1(cpuMs)} ms a run); ${matched} rows;`,
    `typed letter by letter ${round1(typingMs)} ms in all`,
  );
  return {
    query,
    firstMs: round1(first.ms),
    medianMs: round1(median),
    cpuMs: round1(cpuMs),
    matched,
    typingMs: round1(typingMs),
  };
}

main();
