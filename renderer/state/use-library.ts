/**
 * The library list (article metadata). Reloaded when the project or its article count changes,
 * and patched locally after edits and deletions so the list never lags behind the reader.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ProjectSummary } from '../../shared/api.js';
import type { ArticleMeta } from '../../shared/model.js';
import { useCall } from './backend.js';
import type { Report } from './notices.js';
import { useLatestCall } from './use-latest-call.js';

/** What useLibrary returns. */
export interface LibraryState {
  articles: ArticleMeta[];
  /** False until the first list for this project has arrived. */
  loaded: boolean;
  refresh(): void;
  /** Replaces one article's metadata after an edit. */
  replace(meta: ArticleMeta): void;
  /** Drops deleted articles from the list. */
  remove(ids: readonly string[]): void;
}

/** Loads the library of the open project. */
export function useLibrary(project: ProjectSummary | null, report: Report): LibraryState {
  const call = useCall();
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const latest = useLatestCall();
  const path = project?.path ?? null;
  const count = project?.articleCount ?? 0;

  useEffect(() => {
    if (path === null) {
      latest.invalidate();
      setArticles([]);
      setLoadedFor(null);
      return;
    }
    // A newer request (another import, another project) supersedes this answer.
    latest.run(
      () => call('articles.list', {}),
      (r) => {
        if (r.ok) setArticles(r.value);
        else report('Could not load the library', r.error);
        setLoadedFor(path);
      },
    );
  }, [call, report, path, count, tick, latest]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);
  const replace = useCallback(
    (meta: ArticleMeta) => setArticles((list) => list.map((a) => (a.id === meta.id ? meta : a))),
    [],
  );
  const remove = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setArticles((list) => list.filter((a) => !gone.has(a.id)));
  }, []);

  const loaded = path !== null && loadedFor === path;
  return useMemo(() => ({ articles, loaded, refresh, replace, remove }), [articles, loaded, refresh, replace, remove]);
}

/** The open project's library; provided by the workspace. */
export const LibraryContext = createContext<LibraryState | null>(null);

/** The library; only valid below the workspace. */
export function useLibraryContext(): LibraryState {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibraryContext() used outside <LibraryContext>');
  return value;
}
