/**
 * Reads a V8 CPU profile (CDP Profiler.stop) taken on the page's main thread and says what ran during given
 * time windows (the long tasks of a load): self time per function, top first. Used by `bench:load
 * --profile` to show which step of the load blocks the page. Workers are not in the profile.
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  /** Microseconds on the profiler's clock. */
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface TimeWindow {
  /** Page clock (performance.now()), ms. */
  start: number;
  duration: number;
}

/** Name of the busy loop `markProfile` runs in the page, found again in the profile to align the clocks. */
const MARK_FUNCTION = 'profileClockMark';

/**
 * Runs in the page right after the profiler starts: spins for 15 ms and returns when it began on the page
 * clock. Its samples in the profile give the offset between the two clocks (the CDP round trips around
 * Profiler.start are too loose for windows of a few ms).
 */
export function profileClockMark(): number {
  const t = performance.now();
  while (performance.now() - t < 15) {
    // spin: the samples must land in this function
  }
  return t;
}

/** The page time (performance.now()) of the profile's start, from the samples of profileClockMark. */
export function profileStartOnPageClock(profile: CpuProfile, markPageMs: number): number {
  const ids = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === MARK_FUNCTION).map((n) => n.id),
  );
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let tUs = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    tUs += deltas[i] ?? 0;
    if (ids.has(samples[i] ?? -1)) return markPageMs - (tUs - profile.startTime) / 1000;
  }
  throw new Error('the clock mark is not in the profile');
}

/**
 * Self time (ms) per function inside each window. `profileStartMs` is the page clock at the profile's start,
 * which maps its microsecond timestamps onto the windows.
 */
export function selfTimeByWindow(
  profile: CpuProfile,
  windows: readonly TimeWindow[],
  profileStartMs: number,
): Map<string, number>[] {
  const names = new Map<number, string>();
  for (const n of profile.nodes) {
    const file = n.callFrame.url.split('/').pop() ?? '';
    names.set(
      n.id,
      `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`,
    );
  }
  return sumByWindow(profile, windows, profileStartMs, (node) => [names.get(node) ?? '?']);
}

/** "12.3 ms foo app.js:10, 4.0 ms bar ..." for the `top` largest entries. */
export function describeSelfTime(times: ReadonlyMap<string, number>, top = 6): string {
  return [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(1)} ms ${name}`)
    .join(', ');
}

/**
 * Inclusive time (ms) inside each window of the functions named in `stages` (by function name, as a build
 * without minification keeps them): a sample counts for every stage on its stack, once, so nested stages
 * (buildScene inside paint) each show their whole cost. Used by `bench:render --profile` to split a frame
 * into scene build, painting and DOM work.
 */
export function stageTimeByWindow(
  profile: CpuProfile,
  windows: readonly TimeWindow[],
  profileStartMs: number,
  stages: readonly string[],
): Map<string, number>[] {
  const wanted = new Set(stages);
  const parentOf = new Map<number, number>();
  const nodes = profile.nodes as (CpuProfile['nodes'][number] & { children?: number[] })[];
  for (const n of nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const nameOf = new Map(nodes.map((n) => [n.id, n.callFrame.functionName]));
  const stagesOf = new Map<number, string[]>();
  const onStack = (id: number): string[] => {
    let found = stagesOf.get(id);
    if (!found) {
      const names = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parentOf.get(x)) {
        const name = nameOf.get(x) ?? '';
        if (wanted.has(name)) names.add(name);
      }
      found = [...names];
      stagesOf.set(id, found);
    }
    return found;
  };
  return sumByWindow(profile, windows, profileStartMs, onStack);
}

/**
 * Time (ms) per name inside each window, where `namesOf` gives the names a sampled node counts for. A
 * sample stands for the time until the next one.
 */
function sumByWindow(
  profile: CpuProfile,
  windows: readonly TimeWindow[],
  profileStartMs: number,
  namesOf: (node: number) => readonly string[],
): Map<string, number>[] {
  const out = windows.map(() => new Map<string, number>());
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let tUs = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i] ?? 0;
    tUs += dt;
    const tMs = profileStartMs + (tUs - profile.startTime) / 1000;
    const bucket = out[windows.findIndex((x) => tMs >= x.start && tMs < x.start + x.duration)];
    if (!bucket) continue;
    for (const name of namesOf(samples[i] ?? -1))
      bucket.set(name, (bucket.get(name) ?? 0) + (deltas[i + 1] ?? dt) / 1000);
  }
  return out;
}
