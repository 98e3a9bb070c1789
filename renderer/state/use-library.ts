/**
 * The library list (article metadata). Reloaded when the project or its article count changes,
 * and patched locally after edits and deletions so the list never lags behind the reader.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectSummary } from '../../shared/api.js';
import type { ArticleMeta } from '../../shared/model.js';
import { useCall } from './backend.js';
import type { Report } from './notices.js';

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
  const seq = useRef(0);
  const path = project?.path ?? null;
  const count = project?.articleCount ?? 0;

  useEffect(() => {
    if (path === null) {
      setArticles([]);
      setLoadedFor(null);
      return;
    }
    const mine = ++seq.current;
    void call('articles.list', {}).then((r) => {
      // A newer request (another import, another project) supersedes this answer.
      if (mine !== seq.current) return;
      if (r.ok) setArticles(r.value);
      else report('Could not load the library', r.error);
      setLoadedFor(path);
    });
  }, [call, report, path, count, tick]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);
  const replace = useCallback(
    (meta: ArticleMeta) => setArticles((list) => list.map((a) => (a.id === meta.id ? meta : a))),
    [],
  );
  const remove = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setArticles((list) => list.filter((a) => !gone.has(a.id)));
  }, []);

  return { articles, loaded: path !== null && loadedFor === path, refresh, replace, remove };
}
