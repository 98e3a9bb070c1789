/**
 * The workspace's shared data, each owned by a provider of its own: the library (article
 * metadata) and the article open in the reader.
 */
import type { ReactNode } from 'react';
import type { ProjectSummary } from '../../shared/api.js';
import { ArticleNavContext, useArticleNavState } from '../state/article-nav.js';
import type { Report } from '../state/notices.js';
import { LibraryContext, useLibrary } from '../state/use-library.js';

/** Props of <LibraryProvider>. */
export interface LibraryProviderProps {
  project: ProjectSummary;
  report: Report;
  children: ReactNode;
}

/** Loads the library of `project` and provides it below. */
export function LibraryProvider({ project, report, children }: LibraryProviderProps) {
  return <LibraryContext value={useLibrary(project, report)}>{children}</LibraryContext>;
}

/** Owns which article the reader shows (and loads it), and provides that below. */
export function ArticleNavProvider({ children }: { children: ReactNode }) {
  return <ArticleNavContext value={useArticleNavState()}>{children}</ArticleNavContext>;
}
