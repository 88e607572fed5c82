// The lint worker of the browser extension host (a web worker): checks run here, off the extension host's thread.
import { WorkerHost } from './worker-host';

// the few web worker globals used here (the extension's tsconfig has no DOM/WebWorker lib)
declare const self: {
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
};

const host = new WorkerHost((response) => self.postMessage(response));
self.addEventListener('message', (e) => host.onMessage(e.data));
