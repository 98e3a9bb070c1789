/**
 * Where the open article's highlights are in its text now (position, then quote, then fuzzy
 * match), computed in the anchoring worker from the text the reader already has, and again
 * whenever that article's highlights change.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Highlight } from '../../shared/model.js';
import { resolveInWorker } from '../workers/anchor-client.js';
import { useReport } from './notices.js';
import { useLatestCall } from './use-latest-call.js';

const EMPTY: ReadonlyMap<string, ResolvedHighlight> = new Map();

/** The article whose highlights are placed: its id and text (null while it loads). */
export interface LoadedText {
  id: string;
  text: string;
}

/** The anchoring of `highlights` (all of the article `loaded`) by highlight id. */
export function useResolvedHighlights(loaded: LoadedText | null, highlights: readonly Highlight[]): ReadonlyMap<string, ResolvedHighlight> {
  const report = useReport();
  const latest = useLatestCall();
  const [state, setState] = useState<{ key: string; resolved: ReadonlyMap<string, ResolvedHighlight> }>({ key: '', resolved: EMPTY });
  const articleId = loaded?.id ?? null;
  const text = loaded?.text ?? null;
  // Only a change of which highlights exist or where they point needs a new answer.
  const key = useMemo(
    () => (articleId === null ? '' : `${articleId}|${highlights.map((h) => `${h.id}:${h.target.position.start}-${h.target.position.end}`).join(',')}`),
    [articleId, highlights],
  );
  // Read through a ref: a new array with the same anchors (a note was edited) asks nothing.
  const latestHighlights = useRef(highlights);
  useEffect(() => {
    latestHighlights.current = highlights;
  });

  useEffect(() => {
    const list = latestHighlights.current;
    if (articleId === null || text === null || list.length === 0) return;
    latest.run(
      () => resolveInWorker({ id: articleId, text }, list),
      (r) => {
        if (r.ok) setState({ key, resolved: new Map(r.value.map((x) => [x.id, x])) });
        // Cancelled: a newer request for this article replaced it (and its answer comes instead).
        else if (r.error.code !== 'cancelled') report('Could not place the highlights in this article', r.error);
      },
    );
    return latest.invalidate;
  }, [articleId, text, key, latest, report]);

  // A stale answer still helps for the highlights it covers; new ones fall back to their position.
  return articleId !== null && state.key.startsWith(`${articleId}|`) ? state.resolved : EMPTY;
}
