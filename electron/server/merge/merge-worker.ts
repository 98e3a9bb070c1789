/**
 * The merge worker: reading a colleague's copy (parse, migrate, validate — tens of MB) and
 * merging it happen here, never on the thread that serves the UI.
 */
import { mergeProjects } from '../../../shared/merge/merge-projects.js';
import { toAppError } from '../../../shared/result.js';
import { readProjectFile } from '../../project/project-file.js';
import { serveWorker } from '../../workers/serve.js';
import type { MergeMethods } from './protocol.js';

serveWorker<MergeMethods>({
  merge: async ({ mine, theirsPath }) => {
    try {
      const theirs = await readProjectFile(theirsPath);
      return { ok: true, value: { merge: mergeProjects(mine, theirs), theirs: { name: theirs.name } } };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  },
  articles: async ({ path }) => {
    try {
      return { ok: true, value: (await readProjectFile(path)).articles };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  },
});
