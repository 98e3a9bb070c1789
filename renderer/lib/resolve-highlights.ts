/**
 * Where highlights sit in their article's text now: by their stored position when the text
 * there is unchanged, else by the exact quote, else by a fuzzy match (shared/anchoring). One
 * that cannot be found is orphaned, never moved or dropped. Pure, so it runs in the anchoring
 * worker (renderer/workers/) and, where there are no workers (unit tests), on the spot.
 */
import { anchor } from '../../shared/anchoring/index.js';
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Highlight } from '../../shared/model.js';

/** What anchoring needs of a highlight (all that is sent to the worker). */
export type AnchorableHighlight = Pick<Highlight, 'id' | 'target'>;

/** Anchors each highlight in `text`, in the order given. */
export function resolveHighlights(text: string, highlights: readonly AnchorableHighlight[]): ResolvedHighlight[] {
  return highlights.map((h) => {
    const found = anchor(text, h.target, { hint: h.target.position.start });
    return found
      ? { id: h.id, status: 'anchored', range: [found.start, found.end], method: found.method }
      : { id: h.id, status: 'orphaned', range: null, method: null };
  });
}
