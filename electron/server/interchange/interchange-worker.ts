/** The interchange worker: unzipping, parsing and anchoring a colleague's annotations happen here, off the thread that serves the UI. */
import { toAppError } from '../../../shared/result.js';
import { serveWorker } from '../../workers/serve.js';
import type { InterchangeMethods } from './protocol.js';
import { readInterchange } from './read-interchange.js';

serveWorker<InterchangeMethods>({
  read: async ({ input, project, author, now }) => {
    try {
      return { ok: true, value: await readInterchange(input, project, author, now) };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  },
});
