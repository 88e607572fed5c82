/**
 * Debounces renders: while the user types, at most one render is pending; it runs `delayMs` after the last change,
 * or `maxWaitMs` after the first one, so a long burst of typing still shows progress.
 * No editor API here, so it is unit-tested with a fake clock.
 */

/** The timer functions used (injectable for tests). */
export interface SchedulerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const realClock: SchedulerClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** One pending render at most, debounced. */
export class RenderScheduler {
  private timer: unknown;
  private firstRequestAt = 0;
  private disposed = false;

  /** `render` runs synchronously when the delay has passed. */
  constructor(
    private readonly render: () => void,
    private readonly delayMs: number,
    private readonly maxWaitMs: number = delayMs * 5,
    private readonly clock: SchedulerClock = realClock,
  ) {}

  /** Whether a render is waiting. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Asks for a render; replaces the pending one if there is one. */
  request(): void {
    if (this.disposed) return;
    const now = this.clock.now();
    if (this.timer === undefined) this.firstRequestAt = now;
    else this.clock.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstRequestAt + this.maxWaitMs - now));
    this.timer = this.clock.setTimeout(() => this.run(), wait);
  }

  /** Runs the pending render now, if there is one. */
  flush(): void {
    if (this.timer !== undefined) {
      this.clock.clearTimeout(this.timer);
      this.run();
    }
  }

  /** Drops the pending render; later requests are ignored. */
  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.disposed = true;
  }

  private run(): void {
    this.timer = undefined;
    this.render();
  }
}
