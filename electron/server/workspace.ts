/**
 * The open project and everything derived from it. This is the one "project changed" path:
 * handlers change the project through `update` or `replace`, and the derived state follows
 * here — the search index when articles change, the undo history when a project is switched or
 * an article removed, the annotation view pushed to the UI when annotations change. No handler
 * re-indexes, clears history or pushes views by itself.
 */
import type { AnnotationsView, ProjectSummary } from '../../shared/api.js';
import type { Annotations, ProjectFile } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';
import type { SearchService } from '../index/search-service.js';
import type { SessionOptions } from '../project/session.js';
import { ProjectSession } from '../project/session.js';
import type { AnnotationHistory } from './annotations/history.js';
import type { Emit } from './events.js';

/** The annotations of a project value (the part the annotation view carries). */
export function annotationsOf(p: Annotations): Annotations {
  return { highlights: p.highlights, claims: p.claims, links: p.links, ratings: p.ratings, removedArticles: p.removedArticles };
}

export interface WorkspaceDeps {
  search: SearchService;
  history: AnnotationHistory;
  emit: Emit;
  /** Autosave delay override (tests). */
  autosaveDelayMs?: number;
}

/** Holds the open project session and keeps its derived state in step. */
export class Workspace {
  private current: ProjectSession | null = null;
  private indexing: Promise<void> = Promise.resolve();
  private readonly switchListeners: (() => void)[] = [];

  private readonly deps: WorkspaceDeps;

  constructor(deps: WorkspaceDeps) {
    this.deps = deps;
  }

  /** Options for opening or creating sessions: they report their save state as events. */
  get sessionOptions(): SessionOptions {
    return {
      onChange: (summary: ProjectSummary) => this.deps.emit('project.changed', summary),
      ...(this.deps.autosaveDelayMs !== undefined ? { autosaveDelayMs: this.deps.autosaveDelayMs } : {}),
    };
  }

  /** The open session, or null. */
  get session(): ProjectSession | null {
    return this.current;
  }

  /** The open session; throws `no-project` when none is open. */
  need(): ProjectSession {
    if (!this.current) throw new WarrantError('no-project', 'No project is open. Create or open a project first.');
    return this.current;
  }

  /** Resolves when the search index matches the open project's articles. */
  indexReady(): Promise<void> {
    return this.indexing;
  }

  /** Calls `listener` just before the open project is replaced or closed (e.g. to cancel an import). */
  onSwitch(listener: () => void): void {
    this.switchListeners.push(listener);
  }

  /** The annotation view as pushed to the UI. */
  annotationsView(): AnnotationsView {
    const data = this.need().data;
    // Publishers' grades only once some are set: a project without any reads as before.
    return { ...annotationsOf(data), ...(data.publishers ? { publishers: data.publishers } : {}), history: this.deps.history.state() };
  }

  /**
   * Makes `next` the open project (or closes it, with null). The previous project is saved
   * and closed first; if that save fails, it stays open and the error is thrown.
   */
  async replace(next: ProjectSession | null): Promise<void> {
    const previous = this.current;
    for (const listener of this.switchListeners) listener();
    if (previous && previous !== next) await previous.close();
    this.current = next;
    this.derive(previous?.data ?? null, next?.data ?? null, true);
  }

  /**
   * Changes the open project; the derived state follows. `fromHistory` marks changes that the
   * undo history itself records or replays (undo, redo, a merge), which must not clear it.
   */
  update(change: (project: ProjectFile) => ProjectFile, options: { fromHistory?: boolean } = {}): void {
    const session = this.need();
    const before = session.data;
    session.update(change);
    this.derive(before, session.data, false, options.fromHistory ?? false);
  }

  /** Shuts down: forgets the (already closed) project and stops the index workers. */
  async close(): Promise<void> {
    this.current = null;
    await this.deps.search.close();
  }

  /** The single place where derived state is brought up to date. */
  private derive(before: Readonly<ProjectFile> | null, after: Readonly<ProjectFile> | null, switched: boolean, fromHistory = false): void {
    const articlesChanged = switched || before?.articles !== after?.articles;
    // Undo cannot reach into another project, nor back past a deletion (it could revive
    // highlights of a deleted article), nor back past an import over an undoable merge (undoing
    // the merge would take the imported articles with it).
    const removed = !switched && !fromHistory && !!before && !!after && articlesChanged && (lostArticle(before, after) || this.deps.history.touchesArticles());
    if (switched || removed) this.deps.history.clear();
    if (switched) this.deps.emit('project.changed', this.current?.summary() ?? null);
    if (articlesChanged) this.reindex();
    const annotationsChanged =
      switched || removed || !before || !after ||
      before.highlights !== after.highlights || before.claims !== after.claims || before.links !== after.links ||
      before.ratings !== after.ratings || before.removedArticles !== after.removedArticles || before.conflicts !== after.conflicts ||
      before.dismissedSuggestions !== after.dismissedSuggestions || before.publishers !== after.publishers;
    if (annotationsChanged && this.current) this.deps.emit('annotations.changed', this.annotationsView());
  }

  private reindex(): void {
    const articles = this.current?.data.articles ?? [];
    const docs = articles.map((a) => ({ id: a.id, title: a.title, source: a.source, date: a.date, text: a.text, contentHash: a.contentHash, language: a.language }));
    // Index failures are reported through index.progress; searches then say the index failed.
    this.indexing = this.deps.search.setCorpus(docs).catch(() => undefined);
  }
}

/** True when an article of `before` is no longer in `after`. */
function lostArticle(before: Readonly<ProjectFile>, after: Readonly<ProjectFile>): boolean {
  if (after.articles.length < before.articles.length) return true;
  const ids = new Set(after.articles.map((a) => a.id));
  return before.articles.some((a) => !ids.has(a.id));
}

/** Opens or creates sessions with the workspace's options (the sessions report their save state). */
export const sessions = {
  open: (ws: Workspace, path: string, readOnly = false) => ProjectSession.open(path, ws.sessionOptions, readOnly),
  create: (ws: Workspace, path: string) => ProjectSession.create(path, ws.sessionOptions),
};
