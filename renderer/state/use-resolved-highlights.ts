/**
 * Where an article's highlights are in its text now, as the backend anchors them (position,
 * then quote, then fuzzy match), refreshed whenever that article's highlights change.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Highlight } from '../../shared/model.js';
import { useCall } from './backend.js';
import { useReport } from './notices.js';

const EMPTY: ReadonlyMap<string, ResolvedHighlight> = new Map();

/** The anchoring of `highlights` (all of article `articleId`) by highlight id. */
export function useResolvedHighlights(articleId: string | null, highlights: readonly Highlight[]): ReadonlyMap<string, ResolvedHighlight> {
  const call = useCall();
  const report = useReport();
  const [state, setState] = useState<{ key: string; resolved: ReadonlyMap<string, ResolvedHighlight> }>({ key: '', resolved: EMPTY });
  // Only a change of which highlights exist or where they point needs a new answer.
  const key = useMemo(
    () => (articleId === null ? '' : `${articleId}|${highlights.map((h) => `${h.id}:${h.target.position.start}-${h.target.position.end}`).join(',')}`),
    [articleId, highlights],
  );

  useEffect(() => {
    if (articleId === null || key === `${articleId}|`) return;
    let live = true;
    void call('highlights.resolve', { articleId }).then((r) => {
      if (!live) return;
      if (r.ok) setState({ key, resolved: new Map(r.value.map((x) => [x.id, x])) });
      else if (r.error.code !== 'not-found') report('Could not place the highlights in this article', r.error);
    });
    return () => {
      live = false;
    };
  }, [articleId, call, key, report]);

  // A stale answer still helps for the highlights it covers; new ones fall back to their position.
  return state.key.startsWith(`${articleId}|`) ? state.resolved : EMPTY;
}
