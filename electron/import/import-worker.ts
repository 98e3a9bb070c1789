/**
 * Entry point of an import worker thread: parses one file per call (`run`, see parse-job.ts).
 * The pool in worker-pool.ts decides what to send. Bundled on its own to
 * `dist/electron/import-worker.mjs`, next to the code that starts it (electron/workers/locate.ts).
 */
import { serveWorker } from '../workers/serve.js';
import { runJob, type JobResult, type ParseJob } from './parse-job.js';
import type { JobMethods } from './worker-pool.js';

serveWorker<JobMethods<ParseJob, JobResult>>({ run: (job) => runJob(job) });
