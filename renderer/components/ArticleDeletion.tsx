/**
 * Owns deleting an article: which one is waiting for confirmation, the dialog that asks (with
 * what the deletion affects), and the deletion itself.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { ArticleMeta } from '../../shared/model.js';
import { articleAnnotationCounts } from '../lib/evidence.js';
import { ArticleDeletionContext } from '../state/article-deletion.js';
import { useArticleNav } from '../state/article-nav.js';
import { useCall } from '../state/backend.js';
import type { Report } from '../state/notices.js';
import { useLibraryContext } from '../state/use-library.js';
import { useWorkbenchOrNull } from '../state/workbench.js';
import { DeleteArticleDialog } from './DeleteArticleDialog.js';

/** Props of <ArticleDeletion>. */
export interface ArticleDeletionProps {
  report: Report;
  children: ReactNode;
}

/** Provides the delete request to `children` and shows the confirmation. */
export function ArticleDeletion({ report, children }: ArticleDeletionProps) {
  const call = useCall();
  const library = useLibraryContext();
  const nav = useArticleNav();
  // Null while the annotations load: the dialog then has no counts to warn about.
  const wb = useWorkbenchOrNull();
  const [pending, setPending] = useState<ArticleMeta | null>(null);
  const [busy, setBusy] = useState(false);
  const request = useCallback((article: ArticleMeta) => setPending(article), []);

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const r = await call('articles.delete', { ids: [pending.id] });
    setBusy(false);
    if (r.ok) {
      library.remove([pending.id]);
      nav.forget([pending.id]);
    } else {
      report(`Could not delete “${pending.title}”`, r.error);
    }
    setPending(null);
  };

  return (
    <ArticleDeletionContext value={request}>
      {children}
      {pending && (
        <DeleteArticleDialog
          article={pending}
          counts={wb ? articleAnnotationCounts(pending.id, wb.view) : { highlights: 0, links: 0, claims: 0 }}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        />
      )}
    </ArticleDeletionContext>
  );
}
