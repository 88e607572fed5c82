// The lint worker of the browser extension host (a web worker): checks run here, off the extension host's thread.
import { answerLintRequest } from './protocol';
import { runLint } from './run';

// the few web worker globals used here (the extension's tsconfig has no DOM/WebWorker lib)
declare const self: {
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
};

self.addEventListener('message', (e) => {
  answerLintRequest(e.data, runLint, (response) => self.postMessage(response));
});
