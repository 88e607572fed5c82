// Sends checks to two background workers so nothing slow runs on the extension host's main thread: one for our
// rules (fast: their findings show while markdownlint still runs) and one for markdownlint's rules (slow on large
// documents; it drops a document's stale text when a newer one arrives). Tiny documents are checked inline, where
// the check costs less than the message round trip.
import type { CheckOptions } from '../../core/check/types';
import type { Finding } from '../../core/types';
import type { LintWorkerPort } from '../platform';
import type { LintOutput, WorkerRenderOptions, WorkerRequest, WorkerResponse } from './protocol';
import { drain } from '../../core/check';
import { markdownlintPhase, mergeFindings, renderPhase } from './run';
import { answerAuthoring, type AuthoringAnswer, type AuthoringAsk, type AuthoringContext } from './authoring';

/** Documents up to this many lines are checked inline (see docs/performance.md for the measurement). */
export const INLINE_MAX_LINES = 20;
/** After this many failures in a row of one worker, its part of the check runs inline (slower, but it keeps coming). */
const MAX_WORKER_FAILURES = 3;
/**
 * Inline, markdownlint runs only on documents up to this many lines: on a large document it would hold the editor's
 * thread for seconds, so when its worker is unusable a large document gets our rules' findings only.
 */
export const INLINE_MARKDOWNLINT_MAX_LINES = 300;

/** How the client reaches its workers and the inline check. */
export interface LintClientOptions {
  /** Starts a worker; may throw when the platform has none. */
  createPort?: () => LintWorkerPort;
  /** Our rules and markdownlint's at once, in this thread. */
  lintInline: (text: string, options: CheckOptions) => LintOutput;
  /** markdownlint's rules alone, in this thread (when its worker keeps failing). */
  markdownlintInline?: (text: string, options: CheckOptions) => Finding[];
  inlineMaxLines?: number;
  /** A worker that holds requests and sends nothing for this long is taken as hung: it is restarted. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** A markdownlint check replaced by a newer text of the same document before it finished: nothing failed. */
export class AbandonedCheck extends Error {
  constructor() {
    super('the check was replaced by a newer text');
    this.name = 'AbandonedCheck';
  }
}

/** A check's result; without markdownlint's findings when they come separately (see `LintClient.markdownlint`). */
export interface CheckResult {
  output: LintOutput;
  /** markdownlint's findings are in `output` (or markdownlint is off). */
  complete: boolean;
}

interface Pending {
  resolve: (response: WorkerResponse) => void;
  reject: (e: Error) => void;
}

/** One worker, started on first use and restarted after a crash or a request that hangs. */
class WorkerChannel {
  private port: LintWorkerPort | undefined;
  private readonly pending = new Map<number, Pending>();
  /** Restarts the worker when it holds requests and stays silent too long (reset by each answer). */
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  failures = 0;

  constructor(private readonly name: string, private readonly opts: LintClientOptions) {}

  /** False when the platform has no worker or this one failed too often. */
  get usable(): boolean {
    return !!this.opts.createPort && this.failures < MAX_WORKER_FAILURES;
  }

  warmUp(): void {
    if (this.usable) { try { this.ensurePort(); } catch (e) { this.fail(`the ${this.name} worker could not start: ${(e as Error).message}`); } }
  }

  /** Sends `request`; resolves with the worker's answer, rejects on an error, a crash or a timeout. */
  request(request: WorkerRequest): Promise<WorkerResponse> {
    let port: LintWorkerPort;
    try {
      port = this.ensurePort();
    } catch (e) {
      this.fail(`the ${this.name} worker could not start: ${(e as Error).message}`);
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      if (!this.watchdog) this.armWatchdog();
      port.postMessage(request);
    });
  }

  dispose(): void {
    this.rejectAll(new Error('the lint client was disposed'));
    this.port?.terminate();
    this.port = undefined;
  }

  /**
   * Queued requests wait behind others (one document's long markdownlint run, several documents at once), so no
   * request has a deadline of its own: the worker is hung when it holds requests and answers none for a while.
   */
  private armWatchdog(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    if (this.pending.size === 0) return;
    const timeoutMs = this.opts.timeoutMs ?? 30_000;
    this.watchdog = setTimeout(() => this.restart(`the ${this.name} worker answered nothing for ${timeoutMs} ms`), timeoutMs);
  }

  private ensurePort(): LintWorkerPort {
    if (this.port) return this.port;
    const port = this.opts.createPort!();
    port.onMessage((m) => this.onMessage(m as WorkerResponse));
    port.onError((e) => { if (this.port === port) this.restart(`the ${this.name} worker failed: ${e.message}`); });
    this.port = port;
    return port;
  }

  private onMessage(m: WorkerResponse): void {
    const p = this.pending.get(m?.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.armWatchdog();
    if (m.type === 'error') { p.reject(new Error(m.message)); return; }
    this.failures = 0;
    if (m.type === 'abandoned') p.reject(new AbandonedCheck());
    else p.resolve(m);
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
    for (const [id, p] of this.pending) { p.reject(error); this.pending.delete(id); }
    this.armWatchdog();
  }
}

/** Said in place of markdownlint's findings when its worker failed and the document is too large to lint inline. */
function skippedNotice(): Finding {
  return {
    ruleId: 'markdownlint', ruleName: 'markdownlint', severity: 'info',
    message: `markdownlint's rules were skipped: their background worker failed, and a document of more than ${INLINE_MARKDOWNLINT_MAX_LINES} lines would hold the editor too long. Reload the window to try again.`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}

/** Checks documents in the two workers, or inline. */
export class LintClient {
  private readonly ours: WorkerChannel;
  private readonly md: WorkerChannel;
  private nextId = 1;

  constructor(private readonly opts: LintClientOptions) {
    this.ours = new WorkerChannel('rules', opts);
    this.md = new WorkerChannel('markdownlint', opts);
  }

  /** Where a document of `lineCount` lines is checked. */
  placeFor(lineCount: number): 'inline' | 'worker' {
    return lineCount <= (this.opts.inlineMaxLines ?? INLINE_MAX_LINES) || !this.ours.usable ? 'inline' : 'worker';
  }

  /** Starts the workers ahead of the first check, so the first findings do not wait for them to load. */
  warmUp(): void {
    this.ours.warmUp();
    this.md.warmUp();
  }

  /**
   * Checks `text`; `lineCount` picks inline or the worker. Inline, the result holds markdownlint's findings too; in
   * the worker it holds our rules' findings only, and markdownlint's are asked for with `markdownlint`.
   */
  async check(text: string, options: CheckOptions, lineCount: number): Promise<CheckResult> {
    if (this.placeFor(lineCount) === 'inline') {
      if (options.markdownlint === false || lineCount <= INLINE_MARKDOWNLINT_MAX_LINES) return { output: this.opts.lintInline(text, options), complete: true };
      // the workers failed: our rules here, markdownlint's would hold the editor too long
      const output = this.opts.lintInline(text, { ...options, markdownlint: false });
      return { output: { ...output, findings: mergeFindings(output.findings, [skippedNotice()]) }, complete: true };
    }
    const r = await this.ours.request({ type: 'lint', id: this.nextId++, text, options: { ...options, markdownlint: false } });
    return { output: (r as Extract<WorkerResponse, { type: 'result' }>).output, complete: options.markdownlint === false };
  }

  /**
   * markdownlint's findings for `text` of document `key`, from the other worker, so they never hold up ours. A newer
   * text of the same document replaces this request: it then rejects with `AbandonedCheck`.
   */
  async markdownlint(key: string, text: string, options: CheckOptions, lineCount: number): Promise<Finding[]> {
    if (!this.md.usable) {
      if (lineCount > INLINE_MARKDOWNLINT_MAX_LINES) return [skippedNotice()];
      return this.opts.markdownlintInline ? this.opts.markdownlintInline(text, options) : drain(markdownlintPhase(text, options));
    }
    const r = await this.md.request({ type: 'markdownlint', id: this.nextId++, key, text, options });
    return (r as Extract<WorkerResponse, { type: 'markdownlint' }>).findings;
  }

  /**
   * The report of `text` (see `renderPhase`), rendered in the markdownlint worker where the chunks the diagnostics
   * linted are cached, or inline for tiny documents. A newer request with the same `key` replaces this one (it then
   * rejects with `AbandonedCheck`).
   */
  async render(key: string, text: string, options: CheckOptions, render: WorkerRenderOptions, part: 'content' | 'page', lineCount: number): Promise<string> {
    if (this.placeFor(lineCount) === 'inline' || !this.md.usable) {
      const inlineOptions = lineCount <= INLINE_MARKDOWNLINT_MAX_LINES ? options : { ...options, markdownlint: false as const };
      return drain(renderPhase(text, inlineOptions, render, part));
    }
    const r = await this.md.request({ type: 'render', id: this.nextId++, key, text, options, render, part });
    return (r as Extract<WorkerResponse, { type: 'rendered' }>).html;
  }

  /**
   * What Insert Timestamp or Add Timeline Entry writes in `text`: computed in our rules' worker for a large document
   * (where the last check's reading of it is remembered), inline for a small one or when the worker fails.
   */
  async authoring(text: string, context: AuthoringContext, ask: AuthoringAsk, lineCount: number): Promise<AuthoringAnswer> {
    if (this.placeFor(lineCount) === 'worker') {
      try {
        const r = await this.ours.request({ type: 'authoring', id: this.nextId++, text, context, ask });
        return (r as Extract<WorkerResponse, { type: 'authored' }>).answer;
      } catch (e) {
        this.opts.log?.(`the rules worker could not answer a command, answered here instead: ${(e as Error).message}`);
      }
    }
    return answerAuthoring(text, context, ask);
  }

  /** Stops the workers and fails what is pending. */
  dispose(): void {
    this.ours.dispose();
    this.md.dispose();
  }
}
