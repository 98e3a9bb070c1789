/**
 * Turning a merge conflict into a decision. Every decision is written as a NEW revision (or a
 * new deletion record) that descends from both sides, so the next merge with the same copy —
 * or with any third copy holding either old version — sees the decision as newer than both and
 * does not raise the conflict again.
 */
import { WarrantError } from '../result.js';
import type { Conflict } from './merge-collection.js';
import { deletionMarker, tombstoneFor, tombstoneKey, unionRevs, type Tombstone, type Versioned } from './versioned.js';

/**
 * Which side wins. For a deletion conflict the deleting side's choice deletes: `theirs` on
 * `deleted-theirs-changed-mine`, `mine` on `deleted-mine-changed-theirs`. `both` (keep mine and
 * a copy of theirs) exists only for `both-changed`.
 */
export type Choice = 'mine' | 'theirs' | 'both';

/** What a decision needs from the caller, so that resolving stays pure and testable. */
export interface ResolveOptions<T extends Versioned> {
  /** A fresh revision id for the kept item (unused when the choice deletes). */
  newRev: string;
  /** Stamp of the deletion record when the choice deletes. */
  deletedAt: string;
  author: string;
  /**
   * For `both`: a copy of their version as a new item (a new id, and its own rev with revs
   * `[]` like any new item). Without it `both` is refused.
   */
  makeCopy?: (theirs: T) => T;
}

/** A decision, to apply to the merged collection with applyResolutions. */
export interface Resolution<T extends Versioned> {
  /** The conflicting id. */
  id: string;
  /** Replace the item `id` (if the list has it) by these, in order; `[]` removes it. */
  items: T[];
  /** Deletion records to add to the merged ones. */
  tombstones: Tombstone[];
  /** Where `items` go when the list does not hold `id`: after this id (null: first). */
  after: string | null;
}

/**
 * Decides a conflict.
 *
 * - `both-changed`: `mine` / `theirs` keep that side's content under `newRev`, descending from
 *   both versions; `both` does that for mine and adds `makeCopy(theirs)` right after it.
 * - `deleted-theirs-changed-mine`: `mine` keeps my version under `newRev`, descending from
 *   their deletions too (it overrules them); `theirs` deletes it with a tombstone of my version.
 * - `deleted-mine-changed-theirs`: `theirs` restores their version under `newRev` (overruling
 *   my deletions); `mine` keeps it deleted with a tombstone of their version.
 *
 * @throws WarrantError `bad-args` for `both` on a deletion conflict or without `makeCopy`, when
 *   the copy keeps the conflicting id, or when `newRev` is already in the item's history.
 */
export function resolveConflict<T extends Versioned>(conflict: Conflict<T>, choice: Choice, options: ResolveOptions<T>): Resolution<T> {
  const { kind, id } = conflict;
  const decision = (items: T[], tombstones: Tombstone[] = [], after: string | null = null): Resolution<T> => ({ id, items, tombstones, after });
  switch (conflict.reason) {
    case 'both-changed': {
      const { mine, theirs } = conflict;
      const histories = [[...mine.revs, mine.rev], [...theirs.revs, theirs.rev]];
      if (choice === 'theirs') return decision([supersede(theirs, histories, options.newRev)]);
      const kept = supersede(mine, histories, options.newRev);
      if (choice === 'mine') return decision([kept]);
      if (!options.makeCopy) throw new WarrantError('bad-args', 'Keeping both versions needs a way to copy theirs as a new item.');
      const copy = options.makeCopy(theirs);
      // The copy must be a different item, or it would silently replace the one kept.
      if (copy.id === id) throw new WarrantError('bad-args', `The copy of ${kind} ${id} must get a new id.`);
      return decision([kept, copy]);
    }
    case 'deleted-theirs-changed-mine': {
      const { mine, deletions } = conflict;
      if (choice === 'both') throw bothOnDeletion(kind, id);
      if (choice === 'theirs') return decision([], [tombstoneFor(kind, mine, options.deletedAt, options.author)]);
      return decision([supersede(mine, [[...mine.revs, mine.rev], ...overruled(deletions)], options.newRev)]);
    }
    case 'deleted-mine-changed-theirs': {
      const { theirs, deletions, after } = conflict;
      if (choice === 'both') throw bothOnDeletion(kind, id);
      if (choice === 'mine') return decision([], [tombstoneFor(kind, theirs, options.deletedAt, options.author)], after);
      return decision([supersede(theirs, [[...theirs.revs, theirs.rev], ...overruled(deletions)], options.newRev)], [], after);
    }
  }
}

/**
 * Applies decisions to a merged collection, all at once (one pass, however many conflicts): a
 * conflicting item in the list is replaced in place by its decision's items; a decision for an
 * id the list does not hold (a restore) puts its items after `after`, or first when that item
 * is not in the result. New deletion records are added once each. Pure.
 *
 * @throws WarrantError `bad-args` for two decisions on one id, or when an id would be listed twice.
 */
export function applyResolutions<T extends Versioned>(merged: { items: readonly T[]; tombstones: readonly Tombstone[] }, resolutions: readonly Resolution<T>[]): { items: T[]; tombstones: Tombstone[] } {
  const byId = new Map<string, Resolution<T>>();
  for (const r of resolutions) {
    if (byId.has(r.id)) throw new WarrantError('bad-args', `Two decisions for ${r.id}.`);
    byId.set(r.id, r);
  }
  const placed: T[] = [];
  for (const item of merged.items) {
    const r = byId.get(item.id);
    if (r) byId.delete(r.id);
    placed.push(...(r ? r.items : [item]));
  }
  // What is left was not in the list: restores, placed by the same rule as merged additions.
  const placedIds = new Set(placed.map((i) => i.id));
  const groups = new Map<string | null, T[]>();
  for (const r of byId.values()) {
    const anchor = r.after !== null && placedIds.has(r.after) ? r.after : null;
    groups.set(anchor, [...(groups.get(anchor) ?? []), ...r.items]);
  }
  const items = [...(groups.get(null) ?? [])];
  for (const item of placed) items.push(item, ...(groups.get(item.id) ?? []));
  const seen = new Set<string>();
  for (const item of items) {
    // A copy given an id that is already used would make the collection unmergeable.
    if (seen.has(item.id)) throw new WarrantError('bad-args', `The id ${item.id} is already in use.`);
    seen.add(item.id);
  }
  const keys = new Set(merged.tombstones.map(tombstoneKey));
  const tombstones = [...merged.tombstones];
  for (const t of resolutions.flatMap((r) => r.tombstones)) {
    if (keys.has(tombstoneKey(t))) continue;
    keys.add(tombstoneKey(t));
    tombstones.push(t);
  }
  return { items, tombstones };
}

/** `base`'s content as a new revision whose history holds every given history. */
function supersede<T extends Versioned>(base: T, histories: ReadonlyArray<readonly string[]>, newRev: string): T {
  // A reused revision would make the decision look like a version someone already has.
  if (histories.some((h) => h.includes(newRev))) throw new WarrantError('bad-args', `The revision ${newRev} is not new.`);
  return { ...base, rev: newRev, revs: unionRevs(newRev, ...histories) };
}

/** Histories that make a version overrule these deletions: each deleted version, then its marker as the newest entry. */
function overruled(deletions: readonly Tombstone[]): string[][] {
  return deletions.map((d) => [...d.revs, d.rev, deletionMarker(d)]);
}

function bothOnDeletion(kind: string, id: string): WarrantError {
  return new WarrantError('bad-args', `The ${kind} ${id} was deleted on one side: keep it or delete it, "both" does not apply.`);
}
