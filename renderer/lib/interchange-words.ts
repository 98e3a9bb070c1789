/**
 * Interchange imports in words: what a REFI-QDA project or an annotations file added
 * ("Added 3 articles, 12 highlights, 4 claims, 9 links") and which kind of file it was.
 */
import type { InterchangeKind, InterchangeSummary } from '../../shared/api-export.js';
import { formatCount, plural } from './format.js';

/** What each kind of interchange file is called. */
export const INTERCHANGE_KIND_LABELS: Record<InterchangeKind, string> = {
  qdpx: 'REFI-QDA project',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis annotations',
};

// The order a researcher reads them in: the sources first, then what was marked and argued.
const COUNTED = [
  ['articles', 'article'],
  ['highlights', 'highlight'],
  ['claims', 'claim'],
  ['links', 'link'],
  ['ratings', 'rating'],
] as const;

/**
 * "Added 3 articles, 12 highlights, 4 claims, 9 links" (kinds with none left out), "Added
 * nothing" when the file brought nothing new; then how many were already in the project.
 */
export function addedText(counts: InterchangeSummary['counts']): string {
  const parts = COUNTED.filter(([key]) => counts[key] > 0).map(([key, one]) => plural(counts[key], one));
  const added = parts.length > 0 ? `Added ${parts.join(', ')}` : 'Added nothing';
  return counts.alreadyPresent > 0 ? `${added} (${formatCount(counts.alreadyPresent)} already in the project)` : added;
}

/** True when the import changed the project (so there is something to undo). */
export function addedAnything(counts: InterchangeSummary['counts']): boolean {
  return COUNTED.some(([key]) => counts[key] > 0);
}
