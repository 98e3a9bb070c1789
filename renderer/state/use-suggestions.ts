/**
 * A claim's suggested evidence (`suggest.forClaim`), loaded on demand, and what the researcher
 * does with each suggestion: link it (Supports / Refutes / Context) or dismiss it.
 *
 * The list is read again whenever the annotations change while it is shown (a link made here
 * or elsewhere, an undo, a redo): the backend leaves out passages already linked to the claim
 * and dismissed ones, so its answer is the truth. Until that answer arrives, a passage just
 * linked or dismissed is hidden here at once, so the list answers the click immediately.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PassageSuggestion } from '../../shared/api-suggest.js';
import type { Stance } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { stanceInfo } from '../lib/evidence.js';
import { passageKey } from '../lib/passage-link.js';
import { useCall, useEvent } from './backend.js';
import { useBackendRead } from './use-backend-read.js';
import { useReport } from './notices.js';
import { useLatestCall } from './use-latest-call.js';
import { usePassageActions } from './use-passage-actions.js';
import { useWorkbench } from './workbench.js';

/** How many suggestions are asked for first, and how many more each "Show more" adds. */
export const SUGGESTION_PAGE = 10;
/** The contract's largest `limit`. */
const MAX_LIMIT = 100;

/** What the suggestions section shows. */
export interface SuggestionsState {
  /** The latest answer (without passages just handled here), or null before the first. */
  items: PassageSuggestion[] | null;
  /** A read is on its way (the first, or a refresh: the old list stays meanwhile). */
  loading: boolean;
  /** The latest read failed. */
  error: AppError | null;
  /** The search index is being built: the list may be incomplete, and is read again when it is done. */
  indexing: boolean;
  /** More may exist: the backend filled the whole limit. */
  more: boolean;
  /** Asks for SUGGESTION_PAGE more. */
  showMore(): void;
  retry(): void;
  link(item: PassageSuggestion, stance: Stance): void;
  dismiss(item: PassageSuggestion): void;
  /** Suggests every dismissed passage of this claim again (`suggest.clearDismissed`). */
  restoreDismissed(): void;
  open(item: PassageSuggestion): void;
}

/** The claim's suggestions; reads nothing until `shown` is true. */
export function useSuggestions(claimId: string, shown: boolean): SuggestionsState {
  const wb = useWorkbench();
  const call = useCall();
  const report = useReport();
  const latest = useLatestCall();
  const actions = usePassageActions();
  const [answer, setAnswer] = useState<{ claimId: string; items: PassageSuggestion[]; limit: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [limit, setLimit] = useState(SUGGESTION_PAGE);
  // Passages handled here, by key → the number of the first read that started after the
  // action was done: from that read on, the backend's answer already reflects it.
  const [hidden, setHidden] = useState<ReadonlyMap<string, number>>(new Map());
  const reads = useRef(0);
  const [reload, setReload] = useState(0);

  // Suggestions come from the index: while it is built (a project just opened, an import),
  // they are read again each time it is done.
  const [indexing, setIndexing] = useState(false);
  useBackendRead('index.status', { args: {}, enabled: shown, onValue: (st) => setIndexing(st.state === 'building') });
  useEvent('index.progress', (st) => {
    setIndexing(st.state === 'building');
    if (st.state === 'ready') setReload((n) => n + 1);
  });

  const { view } = wb;
  useEffect(() => {
    if (!shown) return;
    const readNo = ++reads.current;
    setLoading(true);
    latest.run(
      () => call('suggest.forClaim', { claimId, limit }),
      (r) => {
        setLoading(false);
        if (!r.ok) return setError(r.error);
        setError(null);
        setAnswer({ claimId, items: r.value.suggestions, limit });
        setHidden((h) => (h.size === 0 ? h : new Map([...h].filter(([, after]) => readNo < after))));
      },
    );
    return latest.invalidate;
    // `view`: any change of the annotations (a link, undo, redo) can change the answer.
  }, [shown, claimId, limit, view, reload, call, latest]);

  const hide = useCallback((item: PassageSuggestion, on: boolean) => {
    setHidden((h) => {
      const next = new Map(h);
      // Set before the action's own change arrives: every read started from now on is newer.
      if (on) next.set(passageKey(item), reads.current + 1);
      else next.delete(passageKey(item));
      return next;
    });
  }, []);

  const { toast, undo } = wb;
  const link = useCallback(
    (item: PassageSuggestion, stance: Stance) => {
      hide(item, true);
      void actions.link(item, claimId, stance).then((ok) => {
        if (!ok) return hide(item, false);
        toast(`Linked as ${stanceInfo(stance).group.toLowerCase()} evidence: “${item.title}”`, { label: 'Undo', run: () => void undo() });
      });
    },
    [actions, claimId, hide, toast, undo],
  );

  const dismiss = useCallback(
    (item: PassageSuggestion) => {
      hide(item, true);
      void call('suggest.dismiss', { claimId, articleId: item.articleId, start: item.start, end: item.end }).then((r) => {
        if (!r.ok) {
          hide(item, false);
          return report('Could not dismiss the suggestion', r.error);
        }
        toast('Dismissed: it will not be suggested for this claim again', { label: 'Undo', run: () => void undo() });
        setReload((n) => n + 1);
      });
    },
    [call, claimId, hide, report, toast, undo],
  );

  const restoreDismissed = useCallback(() => {
    void call('suggest.clearDismissed', { claimId }).then((r) => {
      if (!r.ok) return report('Could not restore the dismissed suggestions', r.error);
      toast('Dismissed passages are suggested again', { label: 'Undo', run: () => void undo() });
      setReload((n) => n + 1);
    });
  }, [call, claimId, report, toast, undo]);

  const current = answer?.claimId === claimId ? answer : null;
  const items = useMemo(() => current?.items.filter((i) => !hidden.has(passageKey(i))) ?? null, [current, hidden]);
  return {
    items,
    loading,
    error,
    indexing,
    more: current !== null && current.items.length >= current.limit && current.limit < MAX_LIMIT,
    showMore: () => setLimit((l) => Math.min(MAX_LIMIT, l + SUGGESTION_PAGE)),
    retry: () => setReload((n) => n + 1),
    link,
    dismiss,
    restoreDismissed,
    open: actions.open,
  };
}
