// The lint worker of the Node extension host (worker_threads): checks run here, off the extension host's main thread.
import { parentPort } from 'worker_threads';
import { answerLintRequest } from './protocol';
import { runLint } from './run';

const port = parentPort;
if (!port) throw new Error('lint-worker must run as a worker thread');
port.on('message', (message: unknown) => {
  answerLintRequest(message, runLint, (response) => port.postMessage(response));
});
