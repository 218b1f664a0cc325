/**
 * `npm run bench:extract-profile [-- --articles 400] [-- --seed 7] [-- --density news,dense]`
 *
 * Runs the extraction core (createExtractor().extractFile) in this thread on a generated corpus held
 * in memory, with no files and no workers, and prints MB of article text per CPU-second: for the whole
 * core, and per stage from a V8 CPU profile of a second run. CPU time, not wall time, because the
 * machine is shared: other people's work stretches wall time but not this process's CPU time.
 * "Cold" is the first pass over the corpus (compiling and optimising included, as a fresh worker
 * pays it); "steady" is the fastest of three more passes.
 *
 * Stages are found by the source file of the innermost extraction frame of each profile sample, so
 * the code being measured needs no timing hooks. A stage's rate is MB / (its CPU seconds): the rate
 * the core would reach if everything else cost nothing. Each density ends with one JSON line.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { createExtractor, parseActorsFile } from '../src/extract/index';
import { createSeededRandom } from '../src/model/seeded-random';
import { generateArticle, type CorpusDensity } from './extract-corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    seed: { type: 'string', default: '7' },
    density: { type: 'string', default: 'news,dense' },
    top: { type: 'string', default: '0' },
  },
});

/** Passes after the first; the steady figure is the fastest of them. */
const STEADY_PASSES = 3;

/** Source files (relative to src/) to stage names; the first matching prefix wins. */
const STAGES: [string, string][] = [
  ['extract/timex/', 'timex'],
  ['extract/event-dates', 'timex'],
  ['model/timex-range', 'timex'],
  ['extract/split-articles', 'split'],
  ['extract/line-kinds', 'split'],
  ['extract/dateline-date', 'split'],
  ['extract/reference-date', 'split'],
  ['extract/sentences', 'sentences'],
  ['extract/actors', 'actors'],
  ['extract/people', 'actors'],
  ['extract/event-types', 'types'],
  ['extract/factuality', 'types'],
  ['extract/coreference', 'coreference'],
  ['extract/title', 'titles'],
  ['extract/headline-parts', 'titles'],
  ['extract/dedupe', 'dedupe'],
  ['extract/event-id', 'dedupe'],
  ['extract/hash', 'dedupe'],
  ['extract/clauses', 'clauses'],
  ['extract/quantities', 'details'],
  ['extract/number-words', 'details'],
  ['extract/location', 'details'],
  ['extract/quote', 'details'],
  ['extract/stages/tokens', 'nlp (wink)'],
  ['extract/stages/sentences', 'sentences'],
  ['extract/stages/dates', 'timex'],
  ['extract/stages/entities', 'entities'],
  ['extract/stages/predicates', 'predicates'],
  ['extract/stages/event-type', 'types'],
  ['extract/stages/arguments', 'arguments'],
  ['extract/stages/anchoring', 'anchoring'],
  ['extract/stages/factuality', 'types'],
  ['extract/stages/selection', 'rows'],
  ['extract/stages/draft', 'rows'],
  ['extract/pipeline', 'actors'],
  ['extract/', 'article glue'],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function stageOfUrl(url: string): string | null {
  // The NLP library's own files (its sources also sit under a src/ folder).
  if (url.includes('/node_modules/wink-')) return 'nlp (wink)';
  const at = url.indexOf('/src/');
  if (at < 0) return null;
  const path = url.slice(at + 5);
  return STAGES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;
}

/** The `n` functions with the most self time, as "ms function file:line". */
function topFunctions(profile: CpuProfile, n: number): string[] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byKey = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id);
    if (!ms) continue;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/src\//, '')}:${f.lineNumber + 1}`;
    byKey.set(key, (byKey.get(key) ?? 0) + ms);
  }
  return [...byKey]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

/** CPU milliseconds per stage; samples outside extraction code count as gc or other. */
function stageTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let stage: string;
    if (!node) stage = 'other';
    else if (node.callFrame.functionName === '(garbage collector)') stage = 'gc';
    else {
      const own = stageOfUrl(node.callFrame.url);
      const up = parent.get(id);
      stage = own ?? (up === undefined ? 'other' : resolve(up));
    }
    stageOf.set(id, stage);
    return stage;
  };
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const stage = resolve(id);
    out.set(stage, (out.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

const actors = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!actors.ok) throw new Error(actors.error);
const extractor = createExtractor({ actors: actors.value });
const count = Number(values.articles);

function cpuSeconds(run: () => void): number {
  const cpu0 = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1e6;
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

for (const density of values.density.split(',') as CorpusDensity[]) {
  const random = createSeededRandom(Number(values.seed));
  const files = Array.from({ length: count }, (_, i) => ({
    fileName: `article-${i}.txt`,
    text: generateArticle(random, i, density),
  }));
  const mb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1024 / 1024;
  let events = 0;
  const runAll = (): void => {
    events = 0;
    for (const f of files) events += extractor.extractFile(f).events.length;
  };
  // The first pass compiles and optimises; a worker pays it once per thread, bench:extract counts it.
  const coldSeconds = cpuSeconds(runAll);
  // The least of a few passes: other processes on a shared machine only ever add to CPU time.
  const steadySeconds = Math.min(...Array.from({ length: STEADY_PASSES }, () => cpuSeconds(runAll)));

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  runAll();
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  const times = stageTimes(profile);
  const totalMs = [...times.values()].reduce((x, y) => x + y, 0);

  console.log(
    `${density}: ${count} articles, ${round(mb)} MB, ${events} events (${round(events / mb / 1024)} per KB); ` +
      `${round(mb / coldSeconds)} MB/CPU-s cold, ${round(mb / steadySeconds)} MB/CPU-s steady`,
  );
  const stages: Record<string, { share: number; megabytesPerCpuSecond: number }> = {};
  for (const [stage, ms] of [...times].sort((x, y) => y[1] - x[1])) {
    const share = ms / totalMs;
    // Scaled to the unprofiled steady time, since sampling itself slows the profiled run.
    const seconds = share * steadySeconds;
    stages[stage] = { share: round(share, 3), megabytesPerCpuSecond: round(mb / seconds, 1) };
    console.log(
      `  ${stage.padEnd(13)} ${(share * 100).toFixed(1).padStart(5)}%  ${round(mb / seconds, 1)} MB/CPU-s`,
    );
  }
  for (const line of topFunctions(profile, Number(values.top))) console.log(`    ${line}`);
  console.log(
    JSON.stringify({
      bench: 'extract-profile',
      density,
      articles: count,
      megabytes: round(mb),
      events,
      coldCpuSeconds: round(coldSeconds, 3),
      steadyCpuSeconds: round(steadySeconds, 3),
      megabytesPerCpuSecondCold: round(mb / coldSeconds),
      megabytesPerCpuSecond: round(mb / steadySeconds),
      stages,
    }),
  );
}
