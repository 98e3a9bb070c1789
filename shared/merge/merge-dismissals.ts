/**
 * Merging dismissed evidence suggestions (format 5, `dismissedSuggestions`): a dismissal says
 * "this passage is not relevant to this claim", and either researcher's word is kept — the
 * union of both copies', one record per (claim, article, range), mine first when both made it.
 * Nothing is ever in conflict, and merging the same copy twice changes nothing.
 */
import type { DismissedSuggestion } from '../model.js';

const key = (d: DismissedSuggestion) => `${d.claimId}\n${d.articleId}\n${d.start}\n${d.end}`;

/** The union of both copies' dismissals; undefined when neither copy has the field (it stays absent). */
export function mergeDismissals(
  mine: readonly DismissedSuggestion[] | undefined,
  theirs: readonly DismissedSuggestion[] | undefined,
): DismissedSuggestion[] | undefined {
  if (!mine && !theirs) return undefined;
  const seen = new Set((mine ?? []).map(key));
  const added = (theirs ?? []).filter((d) => {
    const k = key(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return [...(mine ?? []), ...added];
}
