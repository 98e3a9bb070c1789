/**
 * Entry point of an import worker thread. It parses one file per message and answers with the
 * result; the pool in worker-pool.ts decides what to send. Bundled on its own to
 * `dist/electron/import-worker.mjs`, next to the code that starts it.
 *
 * Protocol: receives `{ id, job }`; posts `{ type: 'ready', threadId }` once loaded and
 * `{ type: 'result', id, threadId, result }` per job.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { runJob, type ParseJob } from './parse-job.js';

const port = parentPort;
if (port === null) throw new Error('import-worker must be started as a worker thread');

port.on('message', (message: { id: number; job: ParseJob }) => {
  void runJob(message.job).then((result) => port.postMessage({ type: 'result', id: message.id, threadId, result }));
});
port.postMessage({ type: 'ready', threadId });
