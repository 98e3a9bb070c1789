/**
 * How a suggested passage relates to the annotations already made: is there a highlight at
 * exactly its offsets (then linking it adds a link to that highlight rather than a second,
 * identical highlight), and is that highlight already evidence for a claim.
 */
import type { Annotations, Highlight } from '../../shared/model.js';

/** A passage of one article, as the suggestions give it. */
export interface PassageRef {
  articleId: string;
  start: number;
  end: number;
}

/** The highlight of `articleId` stored at exactly [start, end), if there is one. */
export function highlightAt(annotations: Pick<Annotations, 'highlights'>, { articleId, start, end }: PassageRef): Highlight | undefined {
  return annotations.highlights.find((h) => h.articleId === articleId && h.target.position.start === start && h.target.position.end === end);
}

/** True when a highlight at exactly the passage's offsets is linked to `claimId`. */
export function isPassageLinked(annotations: Pick<Annotations, 'highlights' | 'links'>, passage: PassageRef, claimId: string): boolean {
  const h = highlightAt(annotations, passage);
  return h !== undefined && annotations.links.some((l) => l.highlightId === h.id && l.claimId === claimId);
}

/** A stable key for a passage, for React lists and "already handled" sets. */
export function passageKey({ articleId, start, end }: PassageRef): string {
  return `${articleId}:${start}-${end}`;
}
