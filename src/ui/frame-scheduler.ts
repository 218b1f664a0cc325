/**
 * One requestAnimationFrame loop for the whole page: any number of requests within a frame produce one
 * paint. Counts completed paints and lets tests wait for a quiet moment (`whenIdle`).
 */

export class FrameScheduler {
  /** Completed paints so far. */
  frame = 0;
  private pending = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly paint: () => void) {}

  get isPending(): boolean {
    return this.pending;
  }

  request(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.run());
  }

  /** Resolves after the next paint at which no further frame is pending. */
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
      if (!this.pending) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w();
      }
    }
  }
}
