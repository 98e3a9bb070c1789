/**
 * The kinds of item a project holds, as the whole-project merge sees them: each kind's item
 * type, the order they are merged in, one side's list of a kind, and when two versions say the
 * same thing. Shared by the merge (merge-projects.ts), the reference pass (keep-references.ts)
 * and decisions (decide.ts).
 */
import type { Article, ClaimRating, Claim, EvidenceLink, Highlight, ItemKind, ProjectFile } from '../model.js';
import type { Conflict } from './merge-collection.js';

/** The item type of each kind. */
export interface ItemOf {
  article: Article;
  highlight: Highlight;
  claim: Claim;
  link: EvidenceLink;
  rating: ClaimRating;
}

/** The kinds, in the order they are merged and reported. */
export const MERGE_KINDS = ['article', 'highlight', 'claim', 'link', 'rating'] as const satisfies readonly ItemKind[];

/** What a merge changes in my copy, per kind. */
export interface KindCounts {
  added: number;
  changed: number;
  deleted: number;
  conflicts: number;
}

/** A conflict of any kind, as the merge engine reports it. */
export type AnyConflict = { [K in ItemKind]: Conflict<ItemOf[K]> & { kind: K } }[ItemKind];

/** Fields that record who/when/which revision rather than what an item says. */
const BOOKKEEPING = new Set(['rev', 'revs', 'updatedAt', 'author', 'createdAt', 'importedAt']);

/** True when two versions say the same thing (identical edits on both sides are no conflict). */
export function sameContent(a: object, b: object): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (BOOKKEEPING.has(k)) continue;
    if (JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A project's list of one kind. */
export function collection<K extends ItemKind>(p: ProjectFile, kind: K): readonly ItemOf[K][] {
  const lists: { [Q in ItemKind]: readonly ItemOf[Q][] } = { article: p.articles, highlight: p.highlights, claim: p.claims, link: p.links, rating: p.ratings };
  return lists[kind];
}
