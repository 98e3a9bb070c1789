/**
 * The merge area: `merge.*` — bring a colleague's copy back (or the open file's changes made
 * on disk by another program). Preview first (nothing written), then apply with the user's
 * decisions as one undo step; undecided conflicts stay pending in the project, never dropped.
 * Reading and merging run in a worker thread.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportSummary, MergePreview } from '../../../shared/api.js';
import { decideConflicts, type Decision } from '../../../shared/merge/decide.js';
import type { ProjectMerge } from '../../../shared/merge/merge-projects.js';
import { initialArticleRev, LIMITS, type Article, type ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import { findIntegrityProblem } from '../../../shared/annotations/integrity.js';
import type { DiskStamp } from '../../project/session.js';
import { WorkerClient } from '../../workers/client.js';
import { UNKNOWN_AUTHOR } from '../annotations/app.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import { conflictViews } from './describe.js';
import type { MergeMethods } from './protocol.js';

interface Preview {
  merge: ProjectMerge;
  /** The project value the merge was computed against: applying needs it unchanged. */
  base: Readonly<ProjectFile>;
  sourceName: string;
  /** Set when the copy is the open project's own file, as it was on disk when read. */
  disk: { stamp: DiskStamp | null } | null;
}

/** How many previews are kept (each holds a merged project in memory). */
const MAX_PREVIEWS = 3;

/** Handlers of the merge area. */
export function mergeArea(ctx: ServerContext): AreaHandlers<'merge'> {
  const { workspace, history } = ctx;
  const previews = new Map<string, Preview>();
  let worker: WorkerClient<MergeMethods> | null = null;
  const mergeWorker = (): WorkerClient<MergeMethods> => {
    worker ??= new WorkerClient<MergeMethods>(new URL('./merge-worker.ts', import.meta.url), { name: 'the merge worker' });
    worker.onDeath = () => (worker = null);
    return worker;
  };
  workspace.onSwitch(() => previews.clear());
  const stamp = () => ({ author: ctx.author.get() ?? UNKNOWN_AUTHOR, now: new Date().toISOString(), newId: randomUUID });

  /** Stores a merged project as the open one, recorded as one undoable action. */
  const commit = (kind: 'merge.apply' | 'merge.decide', before: Readonly<ProjectFile>, after: ProjectFile, undoable = true): void => {
    // A merge that would leave the project inconsistent (and so unsavable) is refused whole.
    const problem = findIntegrityProblem(after);
    if (problem) throw new WarrantError('internal', `The merge was not applied: it would leave the project inconsistent (${problem}). Your project is unchanged.`);
    const fields = ['articles', 'removedArticles', 'highlights', 'claims', 'links', 'ratings', 'deleted', 'conflicts', 'publishers', 'originDecisions'] as const;
    const pick = (p: Readonly<ProjectFile>) => Object.fromEntries(fields.map((f) => [f, p[f]])) as Pick<ProjectFile, (typeof fields)[number]>;
    // Changes merged from the file on disk cannot be undone: undoing them and saving would
    // overwrite the other program's work. Nothing before them can be undone either (undo would
    // restore states that lack them).
    if (undoable) history.record(kind, pick(before), pick(after));
    else history.clear();
    workspace.update((p) => ({ ...p, ...pick(after) }), { fromHistory: true });
  };

  return {
    'merge.preview': async ({ path }) => {
      const session = workspace.need();
      const fromDisk = path === session.path;
      const diskStamp = fromDisk ? await session.diskStampNow() : null;
      const base = session.data;
      const answer = await mergeWorker().call('merge', { mine: base as ProjectFile, theirsPath: path });
      if (!answer.ok) throw new WarrantError(answer.error.code, answer.error.message, answer.error.details);
      const { merge, theirs } = answer.value;
      const previewId = randomUUID();
      previews.set(previewId, { merge, base, sourceName: theirs.name, disk: fromDisk ? { stamp: diskStamp } : null });
      while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value!);
      const preview: MergePreview = {
        previewId,
        source: { name: theirs.name, file: basename(path) },
        fromDisk,
        counts: merge.counts,
        conflicts: conflictViews(merge.merged, null),
      };
      return preview;
    },
    'merge.apply': async ({ previewId, decisions }) => {
      const preview = previews.get(previewId);
      if (!preview) throw new WarrantError('not-found', 'That merge preview is no longer available (the project was closed or another merge was previewed). Merge the file again.');
      const session = workspace.need();
      if (session.data !== preview.base) throw new WarrantError('conflict', 'The project changed after the merge was previewed. Merge the file again to see what it would do now.');
      const merged = decideConflicts(preview.merge.merged, decisions as Decision[], stamp());
      previews.delete(previewId);
      commit('merge.apply', preview.base, merged, !preview.disk);
      if (preview.disk) session.adoptDiskVersion(preview.disk.stamp);
      return { pending: merged.conflicts.filter((c) => c.dependsOn === null).length };
    },
    'merge.cancel': async ({ previewId }) => {
      previews.delete(previewId);
      return null;
    },
    'merge.pending': async () => conflictViews(workspace.need().data as ProjectFile, null),
    'merge.decide': async ({ decisions }) => {
      const before = workspace.need().data;
      const decided = decideConflicts(before as ProjectFile, decisions as Decision[], stamp());
      commit('merge.decide', before, decided);
      return { pending: decided.conflicts.filter((c) => c.dependsOn === null).length };
    },
    'merge.importArticles': async ({ path }) => {
      const answer = await mergeWorker().call('articles', { path });
      if (!answer.ok) throw new WarrantError(answer.error.code, answer.error.message, answer.error.details);
      const session = workspace.need();
      const existing = new Map(session.data.articles.map((a) => [a.contentHash, a.title]));
      const file = basename(path);
      const summary: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
      const added: Article[] = [];
      for (const a of answer.value) {
        const same = existing.get(a.contentHash);
        if (same !== undefined) {
          summary.duplicates.push({ file: `${file}: ${a.fileName}`, existingTitle: same });
          continue;
        }
        existing.set(a.contentHash, a.title);
        // A new id: the other project's ids mean nothing here. Its revision history starts anew.
        const article: Article = { ...a, id: randomUUID(), importedAt: new Date().toISOString(), rev: initialArticleRev(a.contentHash), revs: [] };
        added.push(article);
        summary.imported.push({ id: article.id, title: article.title, file: `${file}: ${a.fileName}` });
      }
      if (session.data.articles.length + added.length > LIMITS.maxArticles) {
        throw new WarrantError('limit', `A project holds at most ${LIMITS.maxArticles.toLocaleString('en')} articles; these would exceed that.`, { limit: LIMITS.maxArticles });
      }
      if (added.length) workspace.update((p) => ({ ...p, articles: [...p.articles, ...added] }));
      return summary;
    },
  };
}
