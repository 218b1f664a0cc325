/**
 * Reads the browser's processes and threads from /proc (Linux only): which processes descend from this
 * script, and how much CPU each of their threads has used. The load benchmark uses it to report the table
 * worker's own CPU time, which other jobs on a busy machine disturb far less than wall-clock times.
 * It measures nothing by itself and is a no-op elsewhere (empty results).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Pids of every process below `root` (the browser and its helpers), from /proc. */
export function descendants(root: number): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // The process ended while we read.
    }
  }
  const out: number[] = [];
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        out.push(pid);
        break;
      }
    }
  }
  return out;
}

/**
 * Clock ticks per second of /proc's utime and stime: 100 on every Linux this runs on (USER_HZ), so CPU
 * times read here have 10 ms steps.
 */
const TICKS_PER_S = 100;

/**
 * Which threads to read: those whose name starts with `namePrefix`, or the main thread of each renderer
 * process (Chromium leaves the main thread with the program's name, so it is found as the thread whose id
 * is the process id).
 */
export type ThreadKind = { namePrefix: string } | 'renderer-main';

/** CPU time (user + system, ms) of the threads of `pids` of one kind, by "pid/tid". */
export function threadCpuMs(pids: readonly number[], kind: ThreadKind): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of pids) {
    let tids: string[];
    try {
      if (kind === 'renderer-main') {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
        tids = [String(pid)];
      } else {
        tids = readdirSync(`/proc/${pid}/task`);
      }
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        if (kind !== 'renderer-main' && !comm.startsWith(kind.namePrefix)) continue;
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        // Fields after the name: state is field 3, utime 14 and stime 15 (1-based, as in proc(5)).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        out.set(`${pid}/${tid}`, (ticks * 1000) / TICKS_PER_S);
      } catch {
        // The thread ended while we read.
      }
    }
  }
  return out;
}

/** The largest growth of one thread's CPU time from `before` to `after` (a thread new in `after` counts from 0). */
export function busiestThreadMs(before: Map<string, number>, after: Map<string, number>): number {
  let most = 0;
  for (const [key, ms] of after) most = Math.max(most, ms - (before.get(key) ?? 0));
  return most;
}

/**
 * Memory of processes, MB: the sum of their proportional set sizes (Pss, from smaps_rollup: a page shared
 * by several of Chromium's processes counts once in all) and the largest one's resident set (Rss). The
 * browser's memory as the system sees it; 0 where /proc is missing.
 */
export function processMemoryMB(pids: readonly number[]): { pssMB: number; largestRssMB: number } {
  let pssKB = 0;
  let largestKB = 0;
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      pssKB += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      largestKB = Math.max(largestKB, Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0));
    } catch {
      // The process ended while we read, or its memory map is not ours to read.
    }
  }
  return { pssMB: pssKB / 1024, largestRssMB: largestKB / 1024 };
}

/** Samples processMemoryMB of `root`'s descendants every `everyMs` until stopped; `stop` gives the peaks. */
export function sampleProcessMemory(
  root: number,
  everyMs = 200,
): { stop(): { peakPssMB: number; peakLargestRssMB: number } } {
  let peakPssMB = 0;
  let peakLargestRssMB = 0;
  const sample = () => {
    const m = processMemoryMB(descendants(root));
    peakPssMB = Math.max(peakPssMB, m.pssMB);
    peakLargestRssMB = Math.max(peakLargestRssMB, m.largestRssMB);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakPssMB, peakLargestRssMB };
    },
  };
}
