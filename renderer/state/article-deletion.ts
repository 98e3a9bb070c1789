/**
 * Asking to delete an article: the library's delete buttons request it; <ArticleDeletion>
 * asks for confirmation and carries it out.
 */
import { createContext, useContext } from 'react';
import type { ArticleMeta } from '../../shared/model.js';

/** Requests the deletion of an article (a dialog asks first). */
export type RequestDelete = (article: ArticleMeta) => void;

/** Provided by <ArticleDeletion>. */
export const ArticleDeletionContext = createContext<RequestDelete | null>(null);

/** The delete request; only valid below <ArticleDeletion>. */
export function useRequestDelete(): RequestDelete {
  const value = useContext(ArticleDeletionContext);
  if (!value) throw new Error('useRequestDelete() used outside <ArticleDeletion>');
  return value;
}
