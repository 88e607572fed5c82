import * as vscode from 'vscode';
import { activateShared } from './activate';
import type { LintWorkerPort, Platform } from './platform';

// The web extension host runs in a web worker; these are the few worker globals used here.
interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (e: { message: string }) => void): void;
  terminate(): void;
}
declare const Worker: new (url: string) => WorkerLike;

const platform: Platform = {
  kind: 'browser',
  createLintWorker(context: vscode.ExtensionContext): LintWorkerPort {
    if (typeof Worker === 'undefined') throw new Error('this browser offers no nested web workers');
    const url = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'lint-worker.js').toString(true);
    const queue: unknown[] = [];
    const messageListeners: ((m: unknown) => void)[] = [];
    const errorListeners: ((e: Error) => void)[] = [];
    let worker: WorkerLike | undefined;
    let terminated = false;
    const fail = (e: unknown) => errorListeners.forEach((l) => l(e instanceof Error ? e : new Error(String(e))));
    // a worker script must be same-origin, and extension files are served from another origin: start the
    // bundle from a blob URL; messages sent meanwhile wait in `queue`
    fetch(url)
      .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status} loading ${url}`); return r.text(); })
      .then((code) => {
        if (terminated) return;
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        w.addEventListener('message', (e) => messageListeners.forEach((l) => l(e.data)));
        w.addEventListener('error', (e) => fail(new Error(e.message)));
        worker = w;
        for (const m of queue.splice(0)) w.postMessage(m);
      })
      .catch(fail);
    return {
      postMessage: (m) => { if (worker) worker.postMessage(m); else queue.push(m); },
      onMessage: (l) => messageListeners.push(l),
      onError: (l) => errorListeners.push(l),
      terminate: () => { terminated = true; worker?.terminate(); },
    };
  },
};

/** Browser entry point (vscode.dev, github.dev, web workbenches). */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, platform);
}

export function deactivate(): void {
  // every resource is disposed through context.subscriptions
}
