/**
 * Asks before deleting an article. When it has highlights, says how many and how many
 * evidence links use them, and that claims keep that evidence, shown as "article removed".
 */
import type { ArticleMeta } from '../../shared/model.js';
import { plural } from '../lib/format.js';
import { ConfirmDialog } from './ConfirmDialog.js';

/** Props of <DeleteArticleDialog>. */
export interface DeleteArticleDialogProps {
  article: ArticleMeta;
  counts: { highlights: number; links: number; claims: number };
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The dialog. */
export function DeleteArticleDialog({ article, counts, busy, onConfirm, onCancel }: DeleteArticleDialogProps) {
  return (
    <ConfirmDialog title="Delete this article?" confirmLabel="Delete article" busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        “{article.title}” will be removed from this project. The original file ({article.fileName}) is not touched.
      </p>
      {counts.highlights > 0 && (
        <p className="delete-warning" data-testid="delete-annotation-warning">
          It has <strong>{plural(counts.highlights, 'highlight')}</strong>
          {counts.links > 0 ? (
            <>
              {' '}
              (<strong>{plural(counts.links, 'evidence link')}</strong> to {plural(counts.claims, 'claim')})
            </>
          ) : null}
          . All its highlights and their notes are kept, shown as “article removed” with the article’s title, so no claim loses its evidence.{' '}
          Deleting an article also clears the undo history.
        </p>
      )}
    </ConfirmDialog>
  );
}
