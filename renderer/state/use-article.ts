/**
 * The article in the reader, and the places a search query matches in it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TextRange } from '../../shared/api.js';
import type { Article, ArticleMeta } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** Loads one article; `patchMeta` applies an edit without refetching the text. */
export function useArticle(id: string | null): {
  article: Article | null;
  error: AppError | null;
  loading: boolean;
  patchMeta(meta: ArticleMeta): void;
} {
  const call = useCall();
  const [state, setState] = useState<{ id: string | null; article: Article | null; error: AppError | null }>({
    id: null,
    article: null,
    error: null,
  });
  const latest = useLatestCall();
  useEffect(() => {
    if (id === null) return;
    latest.run(
      () => call('articles.get', { id }),
      (r) => setState(r.ok ? { id, article: r.value, error: null } : { id, article: null, error: r.error }),
    );
    return latest.invalidate;
  }, [call, id, latest]);
  const current = state.id === id && id !== null;
  const patchMeta = useCallback(
    (meta: ArticleMeta) => setState((s) => (s.article && s.article.id === meta.id ? { ...s, article: { ...s.article, ...meta } } : s)),
    [],
  );
  return {
    article: current ? state.article : null,
    error: current ? state.error : null,
    loading: id !== null && !current,
    patchMeta,
  };
}

/** Every match of `query` in article `id` (null while loading or without a query). */
export function useHits(id: string | null, query: string | null): { hits: TextRange[] | null; error: AppError | null } {
  const call = useCall();
  const [state, setState] = useState<{ key: string; hits: TextRange[] | null; error: AppError | null }>({ key: '', hits: null, error: null });
  const key = id !== null && query ? `${id}\u0000${query}` : '';
  const latest = useLatestCall();
  useEffect(() => {
    if (id === null || !query) return;
    latest.run(
      () => call('search.hits', { id, query }),
      (r) => setState({ key: `${id}\u0000${query}`, hits: r.ok ? r.value : null, error: r.ok ? null : r.error }),
    );
    return latest.invalidate;
  }, [call, id, query, latest]);
  return state.key === key && key !== '' ? { hits: state.hits, error: state.error } : { hits: null, error: null };
}
