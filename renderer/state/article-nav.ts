/**
 * Which article the reader shows, from which search, and which highlight to bring into view;
 * plus that article, loaded. Shared by the library and search (which open articles), the
 * reader, the claims panel (which jumps to passages) and the highlight anchoring (which needs
 * the text), so it lives above them all.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Article, ArticleMeta } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { useArticle } from './use-article.js';

/** A request to show a highlight: scroll to it and flash it. `nonce` makes a repeat request new. */
export interface FocusRequest {
  highlightId: string;
  nonce: number;
}

/** The article in the reader and the search it was opened from (its hits are marked). */
export interface OpenedArticle {
  id: string;
  query: string | null;
}

/** What the workspace shares about the reader's article. */
export interface ArticleNav {
  opened: OpenedArticle | null;
  focus: FocusRequest | null;
  /** The opened article once loaded (null while loading or when it failed). */
  article: Article | null;
  error: AppError | null;
  /** Opens an article from the library (query null) or a search result. */
  open(id: string, query: string | null): void;
  /** Opens an article (unless it is open) and asks the reader to show a highlight in it. */
  showAt(id: string, highlightId: string | null): void;
  /** Drops the search hits of the open article. */
  clearQuery(): void;
  /** The articles were deleted: the reader closes if it shows one. */
  forget(ids: readonly string[]): void;
  /** Applies an edit of the open article's details without fetching its text again. */
  patchMeta(meta: ArticleMeta): void;
}

/** Provided by the workspace. */
export const ArticleNavContext = createContext<ArticleNav | null>(null);

/** The reader's article; only valid below the workspace. */
export function useArticleNav(): ArticleNav {
  const value = useContext(ArticleNavContext);
  if (!value) throw new Error('useArticleNav() used outside <ArticleNavContext>');
  return value;
}

/** Owns the navigation state and loads the opened article. */
export function useArticleNavState(): ArticleNav {
  const [opened, setOpened] = useState<OpenedArticle | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const { article, error, patchMeta } = useArticle(opened?.id ?? null);

  const open = useCallback((id: string, query: string | null) => {
    setOpened({ id, query });
    setFocus(null);
  }, []);
  const showAt = useCallback((id: string, highlightId: string | null) => {
    setOpened((o) => (o?.id === id ? o : { id, query: null }));
    if (highlightId) setFocus((f) => ({ highlightId, nonce: (f?.nonce ?? 0) + 1 }));
  }, []);
  const clearQuery = useCallback(() => setOpened((o) => (o ? { id: o.id, query: null } : o)), []);
  const forget = useCallback((ids: readonly string[]) => setOpened((o) => (o && ids.includes(o.id) ? null : o)), []);

  return useMemo(
    () => ({ opened, focus, article, error, open, showAt, clearQuery, forget, patchMeta }),
    [opened, focus, article, error, open, showAt, clearQuery, forget, patchMeta],
  );
}
