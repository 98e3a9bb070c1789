/**
 * Revisions and deletion records (tombstones) for items that copies of a project can merge.
 *
 * There is no stored common ancestor: every item carries its own history instead (`revs`, its
 * previous revisions, oldest first), so two copies can tell "changed on one side" from "changed
 * on both" by looking for one side's `rev` in the other side's `revs`. Pure and platform-free.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';

/** How many previous revisions an item keeps. Older ones are dropped: see README "Capping". */
export const MAX_REVS = 100;

/** Longest revision id accepted from a file (random ids and hex hashes are far shorter). */
export const MAX_REV_LENGTH = 100;

/** Anything that merges by revision: an id, its current revision and that revision's ancestors. */
export interface Versioned {
  readonly id: string;
  /** Changes on every edit: a new random id, or a deterministic content hash for migrated items. */
  readonly rev: string;
  /** Previous revisions, oldest first, at most MAX_REVS. Never contains `rev` itself. */
  readonly revs: readonly string[];
}

/**
 * The record that an item was deleted, kept so that a copy which still has the item learns of
 * the deletion instead of sending the item back (deletions are not "absence").
 */
export interface Tombstone {
  /** Which collection the id belongs to (`claim`, `highlight`…): ids are only unique per kind. */
  readonly kind: string;
  readonly id: string;
  /** The revision that was deleted. */
  readonly rev: string;
  /** That revision's ancestors, so a delete of a later version also covers earlier ones. */
  readonly revs: readonly string[];
  readonly deletedAt: string;
  readonly author: string;
}

const revString = z.string().min(1).max(MAX_REV_LENGTH);

/** zod fields to spread into a mergeable item's schema: `{ ...Revisioned, id, … }`. */
export const Revisioned = {
  rev: revString,
  revs: z.array(revString).max(MAX_REVS),
};

/** zod schema of a tombstone as stored in a project file. */
export const TombstoneSchema = z
  .object({
    kind: z.string().min(1).max(50),
    // Rating ids are a claim id plus a rater hash: longer than other ids.
    id: z.string().min(1).max(200),
    ...Revisioned,
    deletedAt: z.iso.datetime(),
    author: z.string().max(LIMITS.maxAuthorLength),
  })
  .strict();

/**
 * The revision fields for the next version of `item`: `newRev` becomes current and the old
 * current revision joins the history. The caller supplies `newRev` (a fresh random id) so this
 * stays pure and testable: `{ ...item, ...patch, ...nextRevision(item, newId()) }`.
 */
export function nextRevision(item: Pick<Versioned, 'rev' | 'revs'>, newRev: string): { rev: string; revs: string[] } {
  return { rev: newRev, revs: [...item.revs, item.rev].slice(-MAX_REVS) };
}

/** The deletion record for `item` as it is now. */
export function tombstoneFor(kind: string, item: Versioned, deletedAt: string, author: string): Tombstone {
  return { kind, id: item.id, rev: item.rev, revs: [...item.revs], deletedAt, author };
}

/**
 * The pseudo-revision meaning "this history has seen deletion `t` and overruled it". A copy
 * that restores a deleted item (resolving a conflict) puts it in the item's `revs`, so later
 * merges know the restore is newer than the deletion and do not raise the conflict again.
 * It depends only on the deleted revision, so two people deleting the same version agree.
 */
export function deletionMarker(t: Pick<Tombstone, 'rev'>): string {
  return `${t.rev}~deleted`;
}

/** Identity of a tombstone: the same version of the same item deleted twice is one deletion. */
export function tombstoneKey(t: Pick<Tombstone, 'kind' | 'id' | 'rev'>): string {
  return `${t.kind}\u0000${t.id}\u0000${t.rev}`;
}

/**
 * Several histories combined into one, without `own` (the revision it will belong to), oldest
 * first and capped to MAX_REVS. Each list is a history ending in its newest revision; a
 * revision's age is its distance from the end of the lists it is in (the smallest), so capping
 * drops the oldest of EVERY list first rather than all of the last list's. A long unrelated
 * history can therefore never push out the recent revisions that decide the next merge.
 */
export function unionRevs(own: string, ...lists: ReadonlyArray<readonly string[]>): string[] {
  const age = new Map<string, number>();
  for (const list of lists) {
    list.forEach((r, i) => {
      const a = list.length - 1 - i;
      if (r !== own && (age.get(r) ?? Infinity) > a) age.set(r, a);
    });
  }
  // Map keeps first-seen order, and sort is stable: equal ages stay in the order given.
  return [...age].sort((x, y) => y[1] - x[1]).slice(-MAX_REVS).map(([r]) => r);
}

/** Does tombstone `t` delete exactly this version of the item, or a later one of it? */
export function covers(t: Tombstone, item: Versioned): boolean {
  return item.rev === t.rev || t.revs.includes(item.rev);
}

/** Has `item` been restored over deletion `t` (see deletionMarker)? */
export function hasSeen(item: Versioned, t: Tombstone): boolean {
  return item.revs.includes(deletionMarker(t));
}
