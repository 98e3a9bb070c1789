/**
 * The library list (article metadata). Reloaded when the project or its article count changes,
 * and patched locally after edits and deletions so the list never lags behind the reader.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ProjectSummary } from '../../shared/api.js';
import type { ArticleMeta } from '../../shared/model.js';
import type { Report } from './notices.js';
import { useBackendRead } from './use-backend-read.js';

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
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const path = project?.path ?? null;
  const count = project?.articleCount ?? 0;

  useEffect(() => {
    if (path !== null) return;
    setArticles([]);
    setLoadedFor(null);
  }, [path]);
  // Read again for another project, another article count (an import) or a refresh; a newer
  // read supersedes the answer of an older one.
  useBackendRead('articles.list', {
    args: {},
    key: `${path}\u0000${count}\u0000${tick}`,
    enabled: path !== null,
    onValue: (list) => {
      setArticles(list);
      setLoadedFor(path);
    },
    onError: (e) => {
      report('Could not load the library', e);
      setLoadedFor(path);
    },
  });

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
