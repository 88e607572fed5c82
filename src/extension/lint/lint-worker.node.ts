// The lint worker of the Node extension host (worker_threads): checks run here, off the extension host's main thread.
import { parentPort } from 'worker_threads';
import { WorkerHost } from './worker-host';

const port = parentPort;
if (!port) throw new Error('lint-worker must run as a worker thread');
const host = new WorkerHost((response) => port.postMessage(response));
port.on('message', (message: unknown) => host.onMessage(message));
