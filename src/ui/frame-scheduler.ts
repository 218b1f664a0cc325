/**
 * One requestAnimationFrame loop for the whole page: any number of requests within a frame produce one
 * paint. Counts completed paints and lets tests wait for a quiet moment (`whenIdle`): no frame pending and
 * no tracked work (a filter query in the table worker) still out.
 */

export class FrameScheduler {
  /** Completed paints so far. */
  frame = 0;
  private pending = false;
  private waiters: (() => void)[] = [];
  private outstanding = 0;

  constructor(private readonly paint: () => void) {}

  get isPending(): boolean {
    return this.pending;
  }

  request(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.run());
  }

  /** Work whose result will need a paint: idle waits for it, and a frame follows when it settles. */
  track(work: Promise<unknown>): void {
    this.outstanding++;
    const settle = () => {
      this.outstanding--;
      this.request();
    };
    work.then(settle, settle);
  }

  /** Resolves after the next paint at which no further frame is pending and no tracked work is out. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.request();
    });
  }

  private run(): void {
    this.pending = false;
    try {
      this.paint();
    } finally {
      this.frame++;
      if (!this.pending && this.outstanding === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w();
      }
    }
  }
}
