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
    const url = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'lint-worker.js').toString(true);
    const worker = new Worker(url);
    return {
      postMessage: (m) => worker.postMessage(m),
      onMessage: (l) => worker.addEventListener('message', (e) => l(e.data)),
      onError: (l) => worker.addEventListener('error', (e) => l(new Error(e.message))),
      terminate: () => worker.terminate(),
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
