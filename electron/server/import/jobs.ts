/**
 * Import jobs: at most one at a time, cancellable, all or nothing. A project switch or close
 * during an import cancels it (articles never land in the wrong project) and says so.
 */
import type { ImportSummary } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import { runImport } from '../../import/index.js';
import type { ProjectSession } from '../../project/session.js';
import type { ProcessSpawner } from '../../workers/process-client.js';
import type { Emit } from '../events.js';
import type { Workspace } from '../workspace.js';

type Sources = Parameters<typeof runImport>[0];

/** Runs imports into the open project. */
export class ImportJobs {
  private abort: AbortController | null = null;
  private readonly workspace: Workspace;
  private readonly emit: Emit;

  constructor(workspace: Workspace, emit: Emit) {
    this.workspace = workspace;
    this.emit = emit;
    workspace.onSwitch(() => this.cancel());
  }

  /** Cancels the running import, if any (it then adds nothing). */
  cancel(): void {
    this.abort?.abort();
  }

  /**
   * Imports `sources` into `target`, which must stay the open project until the end. Files are
   * parsed in worker processes, started by `spawner` (the shell's) or Node's fork.
   */
  async run(target: ProjectSession, sources: Sources, options: { spawner?: ProcessSpawner } = {}): Promise<ImportSummary> {
    if (this.abort) throw new WarrantError('busy', 'An import is already running. Wait for it to finish or cancel it.');
    const controller = new AbortController();
    this.abort = controller;
    try {
      const existing = new Map(target.data.articles.map((a) => [a.contentHash, a.title]));
      const { articles, summary } = await runImport(sources, {
        existing,
        signal: controller.signal,
        onProgress: (p) => this.emit('import.progress', p),
        ...(options.spawner ? { spawner: options.spawner } : {}),
      });
      if (this.workspace.session !== target) return { imported: [], duplicates: [], failed: [], cancelled: true };
      if (!summary.cancelled && target.data.articles.length + articles.length > LIMITS.maxArticles) {
        throw new WarrantError(
          'limit',
          `A project holds at most ${LIMITS.maxArticles.toLocaleString('en')} articles; this import would exceed that. Split the corpus into several projects.`,
          { limit: LIMITS.maxArticles },
        );
      }
      if (!summary.cancelled && articles.length > 0) this.workspace.update((p) => ({ ...p, articles: [...p.articles, ...articles] }));
      return summary;
    } finally {
      this.abort = null;
    }
  }
}
