/**
 * In-page frame timing for the browser benchmarks, installed with `page.addInitScript` before the app
 * loads: it wraps requestAnimationFrame so every callback during which the app's frame counter
 * (window.__timeline.frame) advanced is logged as a paint, with the frame's start time and the callback's
 * own duration. This times the app's real paints without touching app code and without depending on the
 * order of rAF callbacks within a frame.
 */

/** One logged paint, all times in ms on the page's performance.now() clock. */
export interface PaintRecord {
  /** The app's frame counter after the paint. */
  frame: number;
  /** Frame start (the rAF timestamp). */
  frameStart: number;
  /** When the painting callback started and ended. */
  start: number;
  end: number;
}

export interface ProbeWindow {
  __paints: PaintRecord[];
  __timeline?: { frame: number; ready: boolean; whenIdle(): Promise<void> };
}

/** Runs in the page (serialised by Playwright), so it must not reference anything outside itself. */
export function installFrameProbe(): void {
  const w = window as unknown as ProbeWindow;
  w.__paints = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
    raf((ts) => {
      const before = w.__timeline?.frame ?? -1;
      const start = performance.now();
      try {
        callback(ts);
      } finally {
        const after = w.__timeline?.frame ?? -1;
        if (after !== before)
          w.__paints.push({ frame: after, frameStart: ts, start, end: performance.now() });
      }
    });
}

/** Median and 95th percentile (nearest rank) of a non-empty list. */
export function percentiles(values: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
