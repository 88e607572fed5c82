// What runs inside a lint worker (worker_threads in Node, a web worker in the browser), whatever the platform.
// Our-rules requests are answered at once. markdownlint requests are queued, at most one per document, and linted
// chunk by chunk: between chunks the worker lets messages in, so a newer text of the same document stops a stale run
// instead of waiting behind it. Chunks linted before are kept in a cache: typing in one part of a large document
// re-lints only the chunk typed in.
import { ChunkCache } from '../../core/check';
import type { CheckOptions } from '../../core/check/types';
import type { Finding } from '../../core/types';
import { errorMessage, isWorkerRequest, type LintOutput, type MarkdownlintRequest, type WorkerResponse } from './protocol';
import { markdownlintPhase, runOurRules } from './run';

/** What the worker host calls (the real check by default; fakes in tests). */
export interface WorkerHostDeps {
  ourRules(text: string, options: CheckOptions): LintOutput;
  markdownlint(text: string, options: CheckOptions, cache: ChunkCache): Generator<void, Finding[], void>;
  /** Runs `callback` in a later task, after pending messages are handled. */
  later(callback: () => void): void;
}

const realDeps: WorkerHostDeps = {
  ourRules: runOurRules,
  markdownlint: markdownlintPhase,
  later: (callback) => { setTimeout(callback, 0); },
};

/** Answers requests through `post`; never throws. */
export class WorkerHost {
  private readonly cache = new ChunkCache();
  /** markdownlint requests waiting, oldest first, at most one per document. */
  private readonly queue: MarkdownlintRequest[] = [];
  private running: MarkdownlintRequest | undefined;
  /** A newer text of the running request's document arrived: stop at the next chunk. */
  private superseded = false;

  constructor(private readonly post: (response: WorkerResponse) => void, private readonly deps: WorkerHostDeps = realDeps) {}

  /** Handles one message sent to the worker. */
  onMessage(message: unknown): void {
    if (!isWorkerRequest(message)) return;
    if (message.type === 'lint') {
      let response: WorkerResponse;
      try {
        response = { type: 'result', id: message.id, output: this.deps.ourRules(message.text, message.options) };
      } catch (e) {
        response = { type: 'error', id: message.id, message: errorMessage(e) };
      }
      this.post(response);
      return;
    }
    const waiting = this.queue.findIndex((r) => r.key === message.key);
    if (waiting >= 0) this.post({ type: 'abandoned', id: this.queue.splice(waiting, 1)[0].id });
    if (this.running?.key === message.key) this.superseded = true;
    this.queue.push(message);
    if (!this.running) this.next();
  }

  /** Starts the oldest waiting markdownlint request. */
  private next(): void {
    const request = this.queue.shift();
    this.running = request;
    this.superseded = false;
    if (!request) return;
    const started = performance.now();
    let steps: Generator<void, Finding[], void>;
    try {
      steps = this.deps.markdownlint(request.text, request.options, this.cache);
    } catch (e) {
      this.finish({ type: 'error', id: request.id, message: errorMessage(e) });
      return;
    }
    const step = (): void => {
      if (this.superseded) {
        this.finish({ type: 'abandoned', id: request.id });
        return;
      }
      try {
        const r = steps.next();
        if (r.done) this.finish({ type: 'markdownlint', id: request.id, findings: r.value, checkMs: performance.now() - started });
        // a chunk was linted: let newer messages in before the next one
        else this.deps.later(step);
      } catch (e) {
        this.finish({ type: 'error', id: request.id, message: errorMessage(e) });
      }
    };
    step();
  }

  private finish(response: WorkerResponse): void {
    this.post(response);
    this.next();
  }
}
