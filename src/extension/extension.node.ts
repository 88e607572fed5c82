import * as path from 'path';
import type * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import { activateShared } from './activate';
import type { LintWorkerPort, Platform } from './platform';

const platform: Platform = {
  kind: 'node',
  createLintWorker(context: vscode.ExtensionContext): LintWorkerPort {
    const worker = new Worker(path.join(context.extensionPath, 'dist', 'lint-worker.js'));
    worker.unref();
    return {
      postMessage: (m) => worker.postMessage(m),
      onMessage: (l) => worker.on('message', l),
      onError: (l) => worker.on('error', l),
      terminate: () => void worker.terminate(),
    };
  },
};

/** Node entry point (VS Code desktop, remote, code-server). */
export function activate(context: vscode.ExtensionContext): void {
  activateShared(context, platform);
}

export function deactivate(): void {
  // every resource is disposed through context.subscriptions
}
