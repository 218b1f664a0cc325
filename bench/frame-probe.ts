/**
 * In-page frame timing for the browser benchmarks, installed with `page.addInitScript` before the app
 * loads: it wraps requestAnimationFrame so every callback during which the app's frame counter
 * (window.__timeline.frame) advanced is logged as a paint, with the frame's start time and the callback's
 * own duration. This times the app's real paints without touching app code and without depending on the
 * order of rAF callbacks within a frame.
 *
 * It also wraps the page's pointer, mouse, touch and wheel listeners, to log how long they ran since the
 * previous paint and when the first of them began. A step's page work is then its input listeners plus its
 * paint, which leaves out the time the page sat idle: a drag's move often arrives several ms after the
 * frame it is painted in began, and a wheel event is handled a frame or two before its paint.
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
  /** Time spent in input listeners since the previous paint. */
  inputMs: number;
  /** When the first of those listeners ran; -1 when none did. */
  firstInput: number;
}

export interface ProbeWindow {
  __paints: PaintRecord[];
  __timeline?: { frame: number; ready: boolean; whenIdle(): Promise<void> };
}

/** Runs in the page (serialised by Playwright), so it must not reference anything outside itself. */
export function installFrameProbe(): void {
  const w = window as unknown as ProbeWindow;
  w.__paints = [];
  let inputMs = 0;
  let firstInput = -1;
  const timedTypes = new Set([
    'wheel',
    'pointermove',
    'pointerdown',
    'pointerup',
    'mousemove',
    'mousedown',
    'mouseup',
    'touchstart',
    'touchmove',
    'touchend',
    'dblclick',
    'click',
  ]);
  const timed = new WeakMap<object, EventListener>();
  // Kept unbound on purpose: they are called with .call on each target, as the originals are.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const add = EventTarget.prototype.addEventListener;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (!timedTypes.has(type) || typeof listener !== 'function') {
      add.call(this, type, listener, options);
      return;
    }
    let wrapper = timed.get(listener);
    if (!wrapper) {
      wrapper = function (this: unknown, event: Event): void {
        const t = performance.now();
        if (firstInput < 0) firstInput = t;
        try {
          listener.call(this, event);
        } finally {
          inputMs += performance.now() - t;
        }
      };
      timed.set(listener, wrapper);
    }
    add.call(this, type, wrapper, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    remove.call(this, type, (listener && timed.get(listener)) ?? listener, options);
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
    raf((ts) => {
      const before = w.__timeline?.frame ?? -1;
      const start = performance.now();
      try {
        callback(ts);
      } finally {
        const after = w.__timeline?.frame ?? -1;
        if (after !== before) {
          w.__paints.push({
            frame: after,
            frameStart: ts,
            start,
            end: performance.now(),
            inputMs,
            firstInput,
          });
          inputMs = 0;
          firstInput = -1;
        }
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
