// What runs inside a lint worker (worker_threads in Node, a web worker in the browser), whatever the platform.
// Our-rules and authoring requests are answered at once. markdownlint and report requests are queued, at most one per
// key (a document, or a document's preview), and linted chunk by chunk: between chunks the worker lets messages in, so
// a newer text of the same document stops a stale run instead of waiting behind it. Chunks linted before are kept in a cache: typing in one part of a large document
// re-lints only the chunk typed in.
import { LruCache } from '../../core/cache';
import { ChunkCache } from '../../core/check';
import type { CheckOptions } from '../../core/check/types';
import type { Finding } from '../../core/types';
import { BodyCache } from '../../core/render';
import { errorMessage, isWorkerRequest, type LintOutput, type WorkerRenderOptions, type WorkerResponse } from './protocol';
import { markdownlintPhase, renderPhase, runOurRules } from './run';
import { answerAuthoring, type AuthoringAnswer, type AuthoringAsk, type AuthoringContext } from './authoring';

/** What the worker host calls (the real check by default; fakes in tests). */
export interface WorkerHostDeps {
  ourRules(text: string, options: CheckOptions): LintOutput;
  authoring(text: string, context: AuthoringContext, ask: AuthoringAsk): AuthoringAnswer;
  markdownlint(text: string, options: CheckOptions, cache: ChunkCache): Generator<void, Finding[], void>;
  render(text: string, options: CheckOptions, render: WorkerRenderOptions, part: 'content' | 'page', cache: ChunkCache, bodyCache?: BodyCache): Generator<void, string, void>;
  /** Runs `callback` in a later task, after pending messages are handled. */
  later(callback: () => void): void;
}

const realDeps: WorkerHostDeps = {
  ourRules: runOurRules,
  authoring: answerAuthoring,
  markdownlint: markdownlintPhase,
  render: renderPhase,
  later: (callback) => { setTimeout(callback, 0); },
};

/** Live previews whose body HTML is kept between renders (one per preview panel and document). */
const MAX_BODY_CACHES = 8;

/** A queued request: its work as steps that end with the response. */
interface Job {
  id: number;
  key: string;
  steps(): Generator<void, WorkerResponse, void>;
}

/** Answers requests through `post`; never throws. */
export class WorkerHost {
  private readonly cache = new ChunkCache();
  private readonly bodyCaches = new LruCache<string, BodyCache>(MAX_BODY_CACHES);
  /** Jobs waiting, oldest first, at most one per key. */
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  /** A newer request with the running job's key arrived: stop at the next step. */
  private superseded = false;

  constructor(private readonly post: (response: WorkerResponse) => void, private readonly deps: WorkerHostDeps = realDeps) {}

  /** Handles one message sent to the worker. */
  onMessage(message: unknown): void {
    if (!isWorkerRequest(message)) return;
    if (message.type === 'lint' || message.type === 'authoring') {
      let response: WorkerResponse;
      try {
        response = message.type === 'lint'
          ? { type: 'result', id: message.id, output: this.deps.ourRules(message.text, message.options) }
          : { type: 'authored', id: message.id, answer: this.deps.authoring(message.text, message.context, message.ask) };
      } catch (e) {
        response = { type: 'error', id: message.id, message: errorMessage(e) };
      }
      this.post(response);
      return;
    }
    const { id, key, text, options } = message;
    const deps = this.deps;
    const cache = this.cache;
    let steps: () => Generator<void, WorkerResponse, void>;
    if (message.type === 'markdownlint') {
      steps = function* () {
        return { type: 'markdownlint', id, findings: yield* deps.markdownlint(text, options, cache) };
      };
    } else {
      const { render, part } = message;
      const bodyCache = part === 'content' ? this.bodyCache(key) : undefined;
      steps = function* () {
        return { type: 'rendered', id, html: yield* deps.render(text, options, render, part, cache, bodyCache) };
      };
    }
    this.enqueue({ id, key, steps });
  }

  /** Queues a job; a job with the same key waiting is dropped, one running stops at its next step. */
  private enqueue(job: Job): void {
    const waiting = this.queue.findIndex((j) => j.key === job.key);
    if (waiting >= 0) this.post({ type: 'abandoned', id: this.queue.splice(waiting, 1)[0].id });
    if (this.running?.key === job.key) this.superseded = true;
    this.queue.push(job);
    if (!this.running) this.next();
  }

  /** The body cache of a preview, the least recently used one dropped past MAX_BODY_CACHES. */
  private bodyCache(key: string): BodyCache {
    const cache = this.bodyCaches.get(key) ?? new BodyCache();
    this.bodyCaches.set(key, cache);
    return cache;
  }

  /** Starts the oldest waiting job. */
  private next(): void {
    const job = this.queue.shift();
    this.running = job;
    this.superseded = false;
    if (!job) return;
    let steps: Generator<void, WorkerResponse, void>;
    try {
      steps = job.steps();
    } catch (e) {
      this.finish({ type: 'error', id: job.id, message: errorMessage(e) });
      return;
    }
    const step = (): void => {
      if (this.superseded) {
        this.finish({ type: 'abandoned', id: job.id });
        return;
      }
      try {
        const r = steps.next();
        if (r.done) this.finish(r.value);
        // a chunk was linted: let newer messages in before the next one
        else this.deps.later(step);
      } catch (e) {
        this.finish({ type: 'error', id: job.id, message: errorMessage(e) });
      }
    };
    step();
  }

  private finish(response: WorkerResponse): void {
    this.post(response);
    this.next();
  }
}
