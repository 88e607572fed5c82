import type * as vscode from 'vscode';

/** What differs between the Node extension host and the browser (web worker) one. */
export interface Platform {
  readonly kind: 'node' | 'browser';
  /** Starts the background lint worker bundled at `dist/lint-worker.js` (Node) or `dist/web/lint-worker.js` (browser). */
  createLintWorker(context: vscode.ExtensionContext): LintWorkerPort;
}

/** The minimal message port both worker kinds offer. */
export interface LintWorkerPort {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onError(listener: (error: Error) => void): void;
  terminate(): void;
}
