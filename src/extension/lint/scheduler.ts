// Debounce and stale-result dropping for live checks, per document. Pure (timers injected) so it is unit-tested
// without the editor and drives the benchmark exactly as it drives the extension.
import { CHUNK_MIN_DOCUMENT_LINES } from '../../core/check/markdownlint-chunks';

/**
 * On large documents markdownlint's rules (slow there, and about structure rather than the text being typed) run
 * only after a pause this long, never in the short gaps between keystrokes; our rules run after the debounce setting.
 */
export const MARKDOWNLINT_PAUSE_MS = 600;
/** Documents from this many lines on are large for markdownlint (the size from which it lints in chunks). */
export const MARKDOWNLINT_PAUSE_FROM_LINES = CHUNK_MIN_DOCUMENT_LINES;

/**
 * How long after a change markdownlint's rules run: with our rules (the debounce) on documents where they take tens
 * of ms, after a longer pause on large ones; at once when the document was just opened (`debounceMs` 0).
 */
export function markdownlintDelay(debounceMs: number, lineCount: number): number {
  return debounceMs === 0 || lineCount < MARKDOWNLINT_PAUSE_FROM_LINES ? debounceMs : Math.max(debounceMs, MARKDOWNLINT_PAUSE_MS);
}

/** The timer functions the scheduler uses (the real ones by default; fakes in tests). */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The real timers. */
export const realTimers: Timers = {
  set: (cb, ms) => setTimeout(cb, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** What the scheduler runs for a document key, and where a fresh result goes. */
export interface LintJob<R> {
  run(key: string): Promise<R>;
  publish(key: string, result: R): void;
  /** A run failed (the result is dropped). */
  error?(key: string, error: unknown): void;
}

interface KeyState {
  /** Bumped on every change; a run publishes only if it is unchanged when the run ends. */
  generation: number;
  timer?: unknown;
  running: boolean;
  /** A run was requested while one was running: start it when that one ends. */
  rerun: boolean;
  idle: (() => void)[];
}

/**
 * Runs at most one check per document at a time, `delayMs` after its last change. A result is published only if
 * the document did not change after its run started (stale results are dropped); changes during a run coalesce
 * into one follow-up run.
 */
export class LintScheduler<R> {
  private readonly states = new Map<string, KeyState>();
  private counter = 0;

  constructor(private readonly job: LintJob<R>, private readonly timers: Timers = realTimers) {}

  /** The document changed (or must be checked): check it `delayMs` after the last such call. */
  schedule(key: string, delayMs: number): void {
    let s = this.states.get(key);
    if (!s) { s = { generation: 0, running: false, rerun: false, idle: [] }; this.states.set(key, s); }
    s.generation = ++this.counter;
    if (s.timer !== undefined) this.timers.clear(s.timer);
    const state = s;
    state.timer = this.timers.set(() => { state.timer = undefined; this.fire(key, state); }, Math.max(0, delayMs));
  }

  /** Forgets the document (closed): no pending run starts and no running one publishes. */
  cancel(key: string): void {
    const s = this.states.get(key);
    if (!s) return;
    if (s.timer !== undefined) this.timers.clear(s.timer);
    this.states.delete(key);
    for (const resolve of s.idle.splice(0)) resolve();
  }

  /** True while a check of the document is waiting or running. */
  isBusy(key: string): boolean {
    const s = this.states.get(key);
    return !!s && (s.timer !== undefined || s.running);
  }

  /** Resolves when the document has no check waiting or running. */
  whenIdle(key: string): Promise<void> {
    const s = this.states.get(key);
    if (!s || !this.isBusy(key)) return Promise.resolve();
    return new Promise((resolve) => s.idle.push(resolve));
  }

  /** Cancels everything. */
  dispose(): void {
    for (const key of [...this.states.keys()]) this.cancel(key);
  }

  private fire(key: string, s: KeyState): void {
    if (this.states.get(key) !== s) return;
    if (s.running) {
      s.rerun = true;
      return;
    }
    this.start(key, s);
  }

  private start(key: string, s: KeyState): void {
    s.running = true;
    const generation = s.generation;
    let run: Promise<R>;
    try {
      run = this.job.run(key);
    } catch (e) {
      run = Promise.reject(e);
    }
    run.then(
      (result) => { if (this.states.get(key) === s && s.generation === generation) this.job.publish(key, result); },
      (error) => { if (this.states.get(key) === s) this.job.error?.(key, error); },
    ).finally(() => {
      s.running = false;
      if (this.states.get(key) !== s) return;
      if (s.rerun) { s.rerun = false; this.start(key, s); return; }
      if (s.timer === undefined) for (const resolve of s.idle.splice(0)) resolve();
    });
  }
}
