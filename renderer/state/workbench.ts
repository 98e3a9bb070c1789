/**
 * What the claims panel, the reader and the dialogs share about annotations: the data, the
 * actions, and the panel's selection (active claim, open claim, selected highlight). Provided
 * once by the workspace so deep components need no long prop chains.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { AnnotationsView, ResolvedHighlight } from '../../shared/api.js';
import type { Highlight } from '../../shared/model.js';
import type { ArticleRef } from '../../shared/annotations/summary.js';
import { NO_FILTER, type ClaimFilter, type ClaimSort } from '../lib/claims-view.js';
import type { RunAction } from './use-annotations.js';
import type { ShowToast } from './use-toasts.js';

/** The highlight shown in the panel, and the others under the same click. */
export interface SelectedHighlight {
  id: string;
  /** Other highlights covering the clicked text, innermost first. */
  others: string[];
  /** Put the cursor in its note (after "Highlight and note"). */
  focusNote: boolean;
}

/** The panel's selection. */
export interface PanelSelection {
  /** The claim L links to; shown as active in the list. */
  activeClaimId: string | null;
  /** The claim whose detail view is open. */
  openClaimId: string | null;
  /** Put the cursor in the open claim's text (after "claim from selection", to reword it). */
  focusClaimText?: boolean;
  highlight: SelectedHighlight | null;
  /** Bumped to move the focus to the new-claim box. */
  newClaimSignal: number;
  /**
   * How the claims list is sorted and filtered. Kept here rather than in the list so the
   * export dialog can offer "the claims the panel shows" in the panel's order.
   */
  claimSort: ClaimSort;
  claimFilter: ClaimFilter;
}

/** Actions on the panel's selection. */
export interface PanelActions {
  setActiveClaim(id: string | null): void;
  openClaim(id: string | null, options?: { focusText?: boolean }): void;
  selectHighlight(id: string | null, options?: { others?: string[]; focusNote?: boolean }): void;
  focusNewClaim(): void;
  setClaimSort(sort: ClaimSort): void;
  setClaimFilter(filter: ClaimFilter): void;
}

/** The panel's selection and its actions. */
export function usePanelSelection(): PanelSelection & PanelActions {
  const [state, setState] = useState<PanelSelection>({
    activeClaimId: null,
    openClaimId: null,
    focusClaimText: false,
    highlight: null,
    newClaimSignal: 0,
    claimSort: 'manual',
    claimFilter: NO_FILTER,
  });
  const setActiveClaim = useCallback((id: string | null) => setState((s) => ({ ...s, activeClaimId: id })), []);
  const openClaim = useCallback(
    (id: string | null, options?: { focusText?: boolean }) =>
      setState((s) => ({ ...s, openClaimId: id, activeClaimId: id ?? s.activeClaimId, focusClaimText: options?.focusText ?? false })),
    [],
  );
  const selectHighlight = useCallback(
    (id: string | null, options?: { others?: string[]; focusNote?: boolean }) =>
      setState((s) => ({ ...s, highlight: id === null ? null : { id, others: options?.others ?? [], focusNote: options?.focusNote ?? false } })),
    [],
  );
  const focusNewClaim = useCallback(() => setState((s) => ({ ...s, newClaimSignal: s.newClaimSignal + 1 })), []);
  const setClaimSort = useCallback((claimSort: ClaimSort) => setState((s) => ({ ...s, claimSort })), []);
  const setClaimFilter = useCallback((claimFilter: ClaimFilter) => setState((s) => ({ ...s, claimFilter })), []);
  return useMemo(
    () => ({ ...state, setActiveClaim, openClaim, selectHighlight, focusNewClaim, setClaimSort, setClaimFilter }),
    [state, setActiveClaim, openClaim, selectHighlight, focusNewClaim, setClaimSort, setClaimFilter],
  );
}

/** The reader's article as far as annotations go. */
export interface OpenArticle {
  id: string;
  highlights: readonly Highlight[];
  /** Where each highlight is anchored now, by id (a just-created one may be missing until the worker answers). */
  resolved: ReadonlyMap<string, ResolvedHighlight>;
}

/** Everything about annotations that the workspace shares. */
export interface Workbench {
  view: AnnotationsView;
  /**
   * The researcher's name as this window stamps it (their own ratings are the ones under this
   * name): null when not set yet, undefined while loading.
   */
  authorName: string | null | undefined;
  /** Live and removed articles by id. */
  articles: Map<string, ArticleRef>;
  /** The article open in the reader, its highlights and where they are anchored now. */
  openArticle: OpenArticle | null;
  run: RunAction;
  undo(): Promise<void>;
  redo(): Promise<void>;
  toast: ShowToast;
  panel: PanelSelection & PanelActions;
  /** Opens an article in the reader, scrolled to a highlight (flashed) when given. */
  openArticleAt(articleId: string, highlightId: string | null): void;
  /** Deletes a claim (with its sub-claims and links) and offers Undo in a toast. */
  deleteClaim(id: string): Promise<void>;
}

/** Provided by the workspace once the annotations have loaded. */
export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench, or null while the annotations load (for what works without them). */
export function useWorkbenchOrNull(): Workbench | null {
  return useContext(WorkbenchContext);
}

/** The workbench; only valid below the workspace's provider. */
export function useWorkbench(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench() used outside <WorkbenchContext>');
  return value;
}
