// Sends checks to the lint worker so markdownlint and our rules never block the extension host's main thread;
// tiny documents are checked inline, where the check costs less than the message round trip.
import type { CheckOptions } from '../../core/check/types';
import type { LintWorkerPort } from '../platform';
import type { LintFunction, LintOutput, LintRequest, LintResponse } from './protocol';

/** Documents up to this many lines are checked inline (see docs/performance.md for the measurement). */
export const INLINE_MAX_LINES = 20;
/** After this many worker failures in a row, checks run inline (slower, but diagnostics keep coming). */
const MAX_WORKER_FAILURES = 3;

/** How the client reaches a worker and the inline check. */
export interface LintClientOptions {
  /** Starts a worker; may throw when the platform has none. */
  createPort?: () => LintWorkerPort;
  lintInline: LintFunction;
  inlineMaxLines?: number;
  /** A check that takes longer than this is abandoned and the worker restarted. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** A check stopped because its text went stale (see `LintClient.abandonStale`): run it again, nothing failed. */
export class AbandonedCheck extends Error {
  constructor() {
    super('the check was abandoned for a newer text');
    this.name = 'AbandonedCheck';
  }
}

interface Pending {
  /** Our rules' findings have arrived: only markdownlint is left. */
  partialSeen?: boolean;
  onPartial?: (o: LintOutput) => void;
  resolve: (o: LintOutput) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Checks documents in a background worker (one, started on first use) or inline. */
export class LintClient {
  private port: LintWorkerPort | undefined;
  private nextId = 1;
  private failures = 0;
  /** A newer text is waiting: stop the running check once its first phase is done. */
  private abandonAfterPartial = false;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly opts: LintClientOptions) {}

  /** Where a document of `lineCount` lines is checked. */
  placeFor(lineCount: number): 'inline' | 'worker' {
    const small = lineCount <= (this.opts.inlineMaxLines ?? INLINE_MAX_LINES);
    return small || !this.opts.createPort || this.failures >= MAX_WORKER_FAILURES ? 'inline' : 'worker';
  }

  /** Starts the worker ahead of the first check, so the first findings do not wait for it to load. */
  warmUp(): void {
    if (this.placeFor(Number.MAX_SAFE_INTEGER) === 'worker') this.ensurePort();
  }

  /**
   * Checks `text`; `lineCount` picks inline or worker. A worker check first hands our rules' findings to
   * `onPartial` (markdownlint's come with the final result).
   */
  lint(text: string, options: CheckOptions, lineCount: number, onPartial?: (partial: LintOutput) => void): Promise<LintOutput> {
    if (this.placeFor(lineCount) === 'inline') {
      try {
        return Promise.resolve(this.opts.lintInline(text, options));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    let port: LintWorkerPort;
    try {
      port = this.ensurePort();
    } catch (e) {
      this.fail(`the lint worker could not start: ${(e as Error).message}`);
      return this.lint(text, options, lineCount, onPartial);
    }
    const id = this.nextId++;
    return new Promise<LintOutput>((resolve, reject) => {
      const timer = setTimeout(() => this.restart(`a check took more than ${this.opts.timeoutMs ?? 30_000} ms`), this.opts.timeoutMs ?? 30_000);
      this.pending.set(id, { onPartial, resolve, reject, timer });
      const request: LintRequest = { type: 'lint', id, text, options };
      port.postMessage(request);
    });
  }

  /**
   * Stops the worker when every check it holds is past its first phase (only markdownlint left), rejecting them
   * with `AbandonedCheck`, so a newer text is checked at once instead of after a stale markdownlint run.
   * Not a failure: the worker starts again on the next check. Returns true when it stopped the worker.
   */
  abandonStale(): boolean {
    if (!this.port || this.pending.size === 0) return false;
    if ([...this.pending.values()].some((p) => !p.partialSeen)) {
      // still in its first phase: stop it as soon as that phase ends, before markdownlint starts
      this.abandonAfterPartial = true;
      return false;
    }
    this.abandonAfterPartial = false;
    this.rejectAll(new AbandonedCheck());
    this.port.terminate();
    this.port = undefined;
    // start the next worker now: it loads while the debounce runs
    try { this.ensurePort(); } catch { /* the next check reports it */ }
    return true;
  }

  /** Stops the worker and fails what is pending. */
  dispose(): void {
    this.rejectAll(new Error('the lint client was disposed'));
    this.port?.terminate();
    this.port = undefined;
  }

  private ensurePort(): LintWorkerPort {
    if (this.port) return this.port;
    const port = this.opts.createPort!();
    port.onMessage((m) => this.onMessage(m as LintResponse));
    port.onError((e) => { if (this.port === port) this.restart(`the lint worker failed: ${e.message}`); });
    this.port = port;
    return port;
  }

  private onMessage(m: LintResponse): void {
    const p = this.pending.get(m?.id);
    if (!p) return;
    if (m.type === 'partial') {
      p.partialSeen = true;
      p.onPartial?.(m.output);
      if (this.abandonAfterPartial) this.abandonStale();
      return;
    }
    this.pending.delete(m.id);
    clearTimeout(p.timer);
    this.failures = 0;
    if (m.type === 'result') p.resolve(m.output);
    else p.reject(new Error(m.message));
  }

  private restart(reason: string): void {
    this.fail(reason);
    this.rejectAll(new Error(reason));
    this.port?.terminate();
    this.port = undefined;
  }

  private fail(reason: string): void {
    this.failures++;
    this.opts.log?.(reason + (this.failures >= MAX_WORKER_FAILURES ? '; checking inline from now on' : ''));
  }

  private rejectAll(error: Error): void {
    for (const [id, p] of this.pending) { clearTimeout(p.timer); p.reject(error); this.pending.delete(id); }
  }
}
