/**
 * The interchange area: `interchange.*` — bring in a REFI-QDA project or W3C / Hypothesis
 * annotations onto the open project. Reading, unzipping and anchoring run in a worker; adding
 * the items is one undo step; whatever could not be placed is reported, never dropped silently.
 */
import { findIntegrityProblem } from '../../../shared/annotations/integrity.js';
import type { InterchangeSummary } from '../../../shared/api-export.js';
import { addImportedItems } from '../../../shared/interchange/imported-items.js';
import type { ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import { ProcessWorkerClient } from '../../workers/process-client.js';
import { workerHeapMb } from '../../workers/heap.js';
import { UNKNOWN_AUTHOR } from '../annotations/app.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import type { InterchangeInput, InterchangeMethods } from './protocol.js';
import { inputName } from './read-interchange.js';

/** Handlers of the interchange area. */
export function interchangeArea(ctx: ServerContext): AreaHandlers<'interchange'> {
  const { workspace, history } = ctx;
  let worker: ProcessWorkerClient<InterchangeMethods> | null = null;
  const interchangeWorker = (): ProcessWorkerClient<InterchangeMethods> => {
    // A hostile archive or file meets the zip guard's limits first; its heap is capped from the machine (workers/heap.ts).
    // A process, not a thread: a colleague's archive or annotation file is untrusted, and a
    // parser that dies or runs away must never take the app down (electron/workers/README.md).
    worker ??= new ProcessWorkerClient<InterchangeMethods>(new URL('./interchange-worker.ts', import.meta.url), {
      name: 'the interchange worker',
      maxHeapMb: workerHeapMb(1),
      ...(ctx.options.spawnProcess ? { spawner: ctx.options.spawnProcess } : {}),
    });
    worker.onDeath = () => (worker = null);
    return worker;
  };

  return {
    'interchange.import': async ({ source }) => {
      const input: InterchangeInput = source.kind === 'path' ? { kind: 'path', path: source.path } : { kind: 'bytes', name: source.name, base64: source.dataBase64 };
      const file = inputName(input);
      const before = workspace.need().data as ProjectFile;
      const answer = await interchangeWorker().call('read', { input, project: before, author: ctx.author.get() ?? UNKNOWN_AUTHOR, now: new Date().toISOString() });
      if (!answer.ok) throw new WarrantError(answer.error.code, answer.error.message, { ...answer.error.details, file });
      if (workspace.need().data !== before) throw new WarrantError('conflict', `The project changed while “${file}” was being read. Import it again.`, { file });
      const { kind, items } = answer.value;
      const { project: after, counts } = addImportedItems(before, items);
      const problem = findIntegrityProblem(after);
      if (problem) throw new WarrantError('internal', `“${file}” was not imported: it would leave the project inconsistent (${problem}). Your project is unchanged.`, { file });
      const added = counts.articles + counts.claims + counts.highlights + counts.links + counts.ratings;
      if (added > 0) {
        const fields = ['articles', 'claims', 'highlights', 'links', 'ratings'] as const;
        const pick = (p: Readonly<ProjectFile>) => Object.fromEntries(fields.map((f) => [f, p[f]])) as Pick<ProjectFile, (typeof fields)[number]>;
        history.record('interchange.import', pick(before), pick(after));
        workspace.update((p) => ({ ...p, ...pick(after) }), { fromHistory: true });
      }
      const summary: InterchangeSummary = { file, kind, counts, unmatched: items.unmatched };
      return summary;
    },
  };
}
