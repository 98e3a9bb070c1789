/**
 * The origins worker: attribution, text reuse and matched facts over the whole corpus run here,
 * never on the thread that serves the UI (5,000 articles take seconds).
 */
import { detectOrigins } from '../../shared/origins/cluster.js';
import { serveWorker } from '../workers/serve.js';
import type { OriginsMethods } from './protocol.js';

serveWorker<OriginsMethods>({
  detect: async ({ articles }, { progress }) => detectOrigins(articles, (stage, done, total) => progress({ stage, done, total })),
});
