/**
 * Builds the workspace's Workbench: the annotations, the panel selection, the open article's
 * anchored highlights, toasts, and the actions that span them.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { articleIndex } from '../../shared/annotations/summary.js';
import type { HistoryState } from '../../shared/api.js';
import type { ArticleMeta, Highlight } from '../../shared/model.js';
import type { Report } from './notices.js';
import { useAnnotations, type AnnotationsState } from './use-annotations.js';
import { useResolvedHighlights, type LoadedText } from './use-resolved-highlights.js';
import { useToasts, type Toast } from './use-toasts.js';
import { usePanelSelection, type Workbench } from './workbench.js';

/** Inputs from the workspace. */
export interface WorkbenchInputs {
  articles: readonly ArticleMeta[];
  openArticleId: string | null;
  /** The open article's text once loaded: highlights are anchored in it. */
  openText: LoadedText | null;
  /** Opens an article in the reader, asking it to show a highlight. */
  showArticle(articleId: string, highlightId: string | null): void;
  report: Report;
}

/** What useWorkbenchSetup returns. */
export interface WorkbenchSetup {
  /** Null until the annotations have loaded. */
  workbench: Workbench | null;
  toasts: { toasts: Toast[]; dismiss(id: number): void };
  author: AnnotationsState['author'];
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];

/** Sets up the workbench for an open project. */
export function useWorkbenchSetup({ articles, openArticleId, openText, showArticle, report }: WorkbenchInputs): WorkbenchSetup {
  const { toasts, show, dismiss } = useToasts();
  const annotations = useAnnotations(report, show);
  const panel = usePanelSelection();
  const { view, run, undo, redo } = annotations;
  const authorName = annotations.author.name;

  const removed = view?.removedArticles;
  const index = useMemo(() => articleIndex(articles, { removedArticles: removed ?? [] }), [articles, removed]);
  const allHighlights = view?.highlights;
  const openHighlights = useMemo(
    () => (allHighlights && openArticleId ? allHighlights.filter((h) => h.articleId === openArticleId) : NO_HIGHLIGHTS),
    [allHighlights, openArticleId],
  );
  const resolved = useResolvedHighlights(openText && openText.id === openArticleId ? openText : null, openHighlights);
  const openArticle = useMemo(
    () => (openArticleId ? { id: openArticleId, highlights: openHighlights, resolved } : null),
    [openArticleId, openHighlights, resolved],
  );

  // The toast's Undo must undo this deletion, not whatever was done after it (another
  // deletion, say): it undoes only while the action on top of the undo stack is this one, by
  // its sequence number (a kind or a label would not tell two deletions apart).
  const history = useRef<HistoryState | null>(null);
  useEffect(() => {
    history.current = view?.history ?? null;
  }, [view]);
  const deleteClaim = useCallback(
    async (id: string) => {
      const done = await run('claims.delete', { id }, 'Could not delete the claim');
      if (done === undefined) return;
      if (panel.openClaimId === id) panel.openClaim(null);
      if (panel.activeClaimId === id) panel.setActiveClaim(null);
      show('Claim deleted', {
        label: 'Undo',
        run: () => {
          const now = history.current;
          if (now?.undoSeq === done.seq) void undo();
          else if (now?.canUndo && now.undoSeq !== null && now.undoSeq > done.seq) show(`Undo “${now.undoLabel ?? 'the later changes'}” first: changes since the deletion come off the undo stack in order`);
          else show('That deletion is no longer on the undo stack (it was undone already)');
        },
      });
    },
    [panel, run, show, undo],
  );

  const openArticleAt = useCallback(
    (articleId: string, highlightId: string | null) => {
      if (index.get(articleId)?.removed) {
        show('That article was deleted from the project; its passage is kept with the claim');
        return;
      }
      showArticle(articleId, highlightId);
    },
    [index, show, showArticle],
  );

  const workbench = useMemo<Workbench | null>(
    () => (view ? { view, authorName, articles: index, openArticle, run, undo, redo, toast: show, panel, openArticleAt, deleteClaim } : null),
    [view, authorName, index, openArticle, run, undo, redo, show, panel, openArticleAt, deleteClaim],
  );

  return { workbench, toasts: { toasts, dismiss }, author: annotations.author };
}
