/**
 * What can be done with a passage the backend suggested (a claim's suggested evidence, a
 * highlight's parallel passages): open it in the reader, and link it to a claim with a stance.
 */
import { useCallback, useMemo } from 'react';
import type { PassageSuggestion } from '../../shared/api-suggest.js';
import { SUGGESTION_HIGHLIGHT_COLOR } from '../../shared/highlight-colors.js';
import type { Stance } from '../../shared/model.js';
import { highlightAt } from '../lib/passage-link.js';
import { revealPassage } from '../lib/reveal-passage.js';
import { useWorkbench } from './workbench.js';

/** The actions on a suggested passage. */
export interface PassageActions {
  /** Opens the article with the passage in view and marked. */
  open(passage: PassageSuggestion): void;
  /**
   * Links the passage to `claimId` as `stance`, in one undo step: a new highlight (default
   * colour, no label) with its link, or a link from the highlight already at exactly those
   * offsets. Resolves false when it failed (reported) or the researcher declined to give a name.
   */
  link(passage: PassageSuggestion, claimId: string, stance: Stance): Promise<boolean>;
}

/** The passage actions, bound to the workbench. */
export function usePassageActions(): PassageActions {
  const wb = useWorkbench();
  const { run, view, openArticleAt } = wb;

  const open = useCallback(
    (p: PassageSuggestion) => {
      const existing = highlightAt(view, p);
      // A highlight there already: the reader's own jump scrolls to it and flashes it.
      openArticleAt(p.articleId, existing?.id ?? null);
      if (!existing) void revealPassage(p.start, p.end, p.text);
    },
    [view, openArticleAt],
  );

  const link = useCallback(
    async (p: PassageSuggestion, claimId: string, stance: Stance) => {
      const existing = highlightAt(view, p);
      const done = existing
        ? await run('links.create', { highlightId: existing.id, claimId, stance }, 'Could not link the passage')
        : await run('highlights.create', { articleId: p.articleId, start: p.start, end: p.end, color: SUGGESTION_HIGHLIGHT_COLOR, link: { claimId, stance } }, 'Could not link the passage');
      return done !== undefined;
    },
    [view, run],
  );

  return useMemo(() => ({ open, link }), [open, link]);
}
