/**
 * The backend: one implementation of the contract's handlers, shared by Electron (IPC),
 * `warrant serve` (HTTP) and the CLI. It owns the open project session, the search index and
 * import jobs; everything slow runs in worker threads, so the process hosting it stays responsive.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { AnyEvent, ImportSummary } from '../../shared/api.js';
import { LIMITS, type Article } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';
import type { Handlers } from '../../shared/transport.js';
import { runImport } from '../import/index.js';
import { SearchService } from '../index/search-service.js';
import { ProjectSession } from '../project/session.js';
import { withRecent, type PrefsStore } from './prefs.js';
import { annotationHandlers, annotationsOf } from './annotation-handlers.js';
import { AnnotationHistory } from './history.js';
import { searchAnnotations } from '../../shared/annotations/search-annotations.js';

/** Native dialogs, provided by the Electron shell only. */
export interface Dialogs {
  openProject(): Promise<string | null>;
  saveProject(suggestedName: string): Promise<string | null>;
  importPaths(folders: boolean): Promise<string[]>;
}

export interface BackendOptions {
  shell: 'electron' | 'browser';
  version: string;
  prefs: PrefsStore;
  /** Where search indexes are cached between sessions. */
  cacheDir: string;
  /** Folder holding the built-in sample articles. */
  sampleDir: string;
  /** Folder proposed for new projects (and where the sample project is created). */
  defaultProjectDir: string;
  emit: (event: AnyEvent) => void;
  dialogs?: Dialogs;
  /** Autosave delay override (tests). */
  autosaveDelayMs?: number;
}

/** A running backend: its handlers, and a way to shut it down cleanly (saving first). */
export interface Backend {
  handlers: Handlers;
  /** The open session, for the CLI. */
  session(): ProjectSession | null;
  /** Resolves when the search index matches the open project. */
  indexReady(): Promise<void>;
  /** Saves and stops. A failed save throws; with `force` the workers are stopped regardless. */
  dispose(opts?: { force?: boolean }): Promise<void>;
}

/** The sample project's file name inside the default project folder. */
export const SAMPLE_PROJECT_NAME = 'Warrant sample.warrant';

/** Creates the backend. */
export function createBackend(options: BackendOptions): Backend {
  let session: ProjectSession | null = null;
  let importAbort: AbortController | null = null;
  let indexing: Promise<void> = Promise.resolve();
  const history = new AnnotationHistory();
  const search = new SearchService({
    cacheDir: options.cacheDir,
    onStatus: (status) => options.emit({ name: 'index.progress', payload: status }),
  });

  const sessionOptions = {
    onChange: (summary: ReturnType<ProjectSession['summary']>) => options.emit({ name: 'project.changed', payload: summary }),
    ...(options.autosaveDelayMs !== undefined ? { autosaveDelayMs: options.autosaveDelayMs } : {}),
  };

  const need = (): ProjectSession => {
    if (!session) throw new WarrantError('no-project', 'No project is open. Create or open a project first.');
    return session;
  };

  const reindex = (): void => {
    const articles = session?.data.articles ?? [];
    const docs = articles.map((a) => ({ id: a.id, title: a.title, source: a.source, date: a.date, text: a.text, contentHash: a.contentHash }));
    // Index failures are reported through index.progress; searches then say the index failed.
    indexing = search.setCorpus(docs).catch(() => undefined);
  };

  const remember = (s: ProjectSession): void => {
    const prefs = options.prefs.read();
    options.prefs.write(withRecent(prefs, { path: s.path, name: s.data.name, openedAt: new Date().toISOString() }));
  };

  /** Replaces the open project (saving the old one first) and announces it. */
  const switchTo = async (next: ProjectSession): Promise<void> => {
    const previous = session;
    importAbort?.abort();
    if (previous && previous !== next) await previous.close();
    session = next;
    history.clear();
    remember(next);
    options.emit({ name: 'project.changed', payload: next.summary() });
    reindex();
  };

  const importInto = async (target: ProjectSession, sources: Parameters<typeof runImport>[0]): Promise<ImportSummary> => {
    if (importAbort) throw new WarrantError('busy', 'An import is already running. Wait for it to finish or cancel it.');
    const controller = new AbortController();
    importAbort = controller;
    try {
      const existing = new Map(target.data.articles.map((a) => [a.contentHash, a.title]));
      const { articles, summary } = await runImport(sources, {
        existing,
        signal: controller.signal,
        onProgress: (p) => options.emit({ name: 'import.progress', payload: p }),
      });
      // All or nothing: a cancelled import adds no article. A project switch or close during
      // the import cancels it too (articles never land in the wrong project), and says so.
      if (session !== target) return { imported: [], duplicates: [], failed: [], cancelled: true };
      if (!summary.cancelled && target.data.articles.length + articles.length > LIMITS.maxArticles) {
        throw new WarrantError('io', `A project holds at most ${LIMITS.maxArticles.toLocaleString('en')} articles; this import would exceed that. Split the corpus into several projects.`);
      }
      if (!summary.cancelled && articles.length > 0 && session === target) {
        target.update((p) => ({ ...p, articles: [...p.articles, ...articles] }));
        reindex();
      }
      return summary;
    } finally {
      importAbort = null;
    }
  };

  const emitAnnotations = (): void => {
    if (session) options.emit({ name: 'annotations.changed', payload: { ...annotationsOf(session.data), history: history.state() } });
  };

  const findArticle = (id: string): Article => {
    const article = need().data.articles.find((a) => a.id === id);
    if (!article) throw new WarrantError('not-found', 'That article is no longer in the project.');
    return article;
  };

  const unsupported = (): never => {
    throw new WarrantError('unsupported', 'Native dialogs are only available in the desktop app.');
  };

  const handlers: Handlers = {
    'app.info': async () => ({
      shell: options.shell,
      version: options.version,
      defaultProjectDir: options.defaultProjectDir,
      pathSeparator: sep,
    }),
    'project.current': async () => session?.summary() ?? null,
    'project.new': async ({ path }) => {
      await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
      const created = await ProjectSession.create(path, sessionOptions);
      await switchTo(created);
      return created.summary();
    },
    'project.open': async ({ path }) => {
      if (session?.path === path) return session.summary();
      const opened = await ProjectSession.open(path, sessionOptions);
      await switchTo(opened);
      return opened.summary();
    },
    'project.openSample': async ({ path }) => {
      const target = path ?? join(options.defaultProjectDir, SAMPLE_PROJECT_NAME);
      const exists = await stat(target).then(() => true, () => false);
      if (exists) return handlers['project.open']({ path: target });
      await mkdir(dirname(target), { recursive: true });
      const created = await ProjectSession.create(target, sessionOptions);
      await switchTo(created);
      const summary = await importInto(created, [{ kind: 'path', path: options.sampleDir }]);
      if (summary.imported.length === 0) throw new WarrantError('internal', `The sample articles could not be imported from ${options.sampleDir}.`);
      await created.save();
      return created.summary();
    },
    'project.save': async () => {
      const s = need();
      await s.save();
      return s.summary();
    },
    'project.saveAs': async ({ path, overwrite }) => {
      const s = need();
      const taken = path !== s.path && (await stat(path).then(() => true, () => false));
      if (taken && !overwrite) throw new WarrantError('exists', `“${basename(path)}” already exists. Replace it, or choose another name.`);
      await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
      await s.saveAs(path);
      remember(s);
      return s.summary();
    },
    'project.close': async () => {
      const s = session;
      if (s) {
        importAbort?.abort();
        await s.close();
        session = null;
        options.emit({ name: 'project.changed', payload: null });
        reindex();
      }
      return null;
    },
    'project.recent': async () => options.prefs.read().recent,
    'dialog.openProject': async () => (options.dialogs ? options.dialogs.openProject() : unsupported()),
    'dialog.saveProject': async ({ suggestedName }) => (options.dialogs ? options.dialogs.saveProject(suggestedName) : unsupported()),
    'dialog.importPaths': async ({ folders }) => (options.dialogs ? options.dialogs.importPaths(folders) : unsupported()),
    'articles.list': async () => need().data.articles.map(({ text: _text, ...meta }) => meta),
    'articles.get': async ({ id }) => findArticle(id),
    'articles.update': async ({ id, patch }) => {
      findArticle(id);
      need().update((p) => ({ ...p, articles: p.articles.map((a) => (a.id === id ? { ...a, ...patch } : a)) }));
      reindex();
      const { text: _text, ...meta } = findArticle(id);
      return meta;
    },
    'articles.delete': async ({ ids }) => {
      const doomed = new Set(ids);
      const removedAt = new Date().toISOString();
      need().update((p) => {
        // Articles with highlights leave a record behind, so claims keep their evidence
        // (shown as "article removed") instead of silently losing it.
        const annotated = new Set(p.highlights.map((h) => h.articleId));
        const records = p.articles
          .filter((a) => doomed.has(a.id) && annotated.has(a.id))
          .map((a) => ({ id: a.id, title: a.title, source: a.source, date: a.date, removedAt }));
        return { ...p, articles: p.articles.filter((a) => !doomed.has(a.id)), removedArticles: [...p.removedArticles, ...records] };
      });
      // Undo cannot reach back past a deletion (it could revive highlights of a deleted article).
      history.clear();
      emitAnnotations();
      reindex();
      return null;
    },
    'import.run': async ({ sources }) => importInto(need(), sources),
    'import.cancel': async () => {
      importAbort?.abort();
      return null;
    },
    'index.status': async () => search.status(),
    'search.query': async ({ query, limit }) => {
      const s = need();
      await indexing;
      const result = await search.search(query, limit ?? 50);
      if (!result.ok) throw new WarrantError(result.error.code, result.error.message);
      const notes = searchAnnotations(query, s.data, limit ?? 50);
      return { ...result.value, annotations: notes.ok ? notes.value : [] };
    },
    ...annotationHandlers({ need, prefs: options.prefs, history, emit: (view) => options.emit({ name: 'annotations.changed', payload: view }) }),
    'search.hits': async ({ id, query }) => {
      findArticle(id);
      await indexing;
      const result = await search.hits(id, query);
      if (!result.ok) throw new WarrantError(result.error.code, result.error.message);
      return result.value;
    },
  };

  return {
    handlers,
    session: () => session,
    indexReady: () => indexing,
    async dispose(opts = {}) {
      importAbort?.abort();
      // Save first. If that fails, nothing is torn down (so the desktop app can still offer to
      // keep working), unless `force` — the CLI — which stops anyway and reports the error.
      try {
        if (session) await session.close();
      } catch (e) {
        if (!opts.force) throw e;
        await search.close();
        throw e;
      }
      session = null;
      await search.close();
    },
  };
}

/** A name for a new project file proposed from a folder (used by the CLI). */
export function projectNameFromPath(path: string): string {
  return basename(path, '.warrant');
}
