/**
 * Owns the annotations of the open project (the Workbench: highlights, claims, links, the
 * panel's selection, anchoring, toasts) and provides them below, with the author name (shown
 * and changed in the header); shows the name prompt before the first annotation and the toasts.
 */
import { useMemo, type ReactNode } from 'react';
import { useCommandSlice } from '../commands/host.js';
import { useArticleNav } from '../state/article-nav.js';
import type { Report } from '../state/notices.js';
import { useLibraryContext } from '../state/use-library.js';
import { AuthorContext } from '../state/use-author.js';
import { useWorkbenchSetup } from '../state/use-workbench-setup.js';
import { WorkbenchContext } from '../state/workbench.js';
import { AuthorDialog } from './AuthorDialog.js';
import { Toasts } from './Toasts.js';

/** Props of <WorkbenchProvider>. */
export interface WorkbenchProviderProps {
  report: Report;
  children: ReactNode;
}

/** Provides the workbench (null until the annotations have loaded). */
export function WorkbenchProvider({ report, children }: WorkbenchProviderProps) {
  const library = useLibraryContext();
  const nav = useArticleNav();
  const { article } = nav;
  const openText = useMemo(() => (article ? { id: article.id, text: article.text } : null), [article]);
  const setup = useWorkbenchSetup({
    articles: library.articles,
    openArticleId: nav.opened?.id ?? null,
    openText,
    showArticle: nav.showAt,
    report,
  });
  useCommandSlice('workbench', setup.workbench);
  return (
    <AuthorContext value={setup.author}>
      <WorkbenchContext value={setup.workbench}>
        {children}
        {setup.author.asking && (
          <AuthorDialog onAnswer={setup.author.answer} {...(setup.author.changing && setup.author.name ? { changing: { current: setup.author.name } } : {})} />
        )}
        <Toasts toasts={setup.toasts.toasts} onDismiss={setup.toasts.dismiss} />
      </WorkbenchContext>
    </AuthorContext>
  );
}
