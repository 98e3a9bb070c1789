/**
 * Merges one collection (claims, highlights, links…) of two copies of a project, deciding per id
 * from revision ancestry alone (no common ancestor is stored). Nothing is ever lost silently:
 * when ancestry cannot prove that one side supersedes the other, the id becomes a conflict and
 * MINE's state is kept until someone resolves it (resolve.ts). Rules: README.md.
 */
import { WarrantError } from '../result.js';
import { covers, hasSeen, tombstoneKey, unionRevs, type Tombstone, type Versioned } from './versioned.js';

/** One collection of both copies, with their deletion records. */
export interface MergeInput<T extends Versioned> {
  /** The collection's kind; tombstones of other kinds are ignored and left out of the result. */
  kind: string;
  /** My copy, in display order. */
  mine: readonly T[];
  /** Their copy, in display order. */
  theirs: readonly T[];
  mineDeleted: readonly Tombstone[];
  theirsDeleted: readonly Tombstone[];
  /**
   * Whether two versions that changed independently say the same thing (e.g. both fixed the
   * same typo): then they converge instead of conflicting. Compare content, not rev/revs/stamps.
   */
  sameContent(a: T, b: T): boolean;
}

/** Both sides edited the item since they last agreed, differently. */
export interface BothChangedConflict<T extends Versioned> {
  kind: string;
  id: string;
  reason: 'both-changed';
  mine: T;
  theirs: T;
}

/** They deleted the item; I have a version their deletion did not cover (kept, pending). */
export interface DeletedTheirsConflict<T extends Versioned> {
  kind: string;
  id: string;
  reason: 'deleted-theirs-changed-mine';
  mine: T;
  /** Their deletions of this id that my version has not overruled, most recent first. */
  deletions: Tombstone[];
}

/** I deleted the item; they have a version my deletion did not cover (not added, pending). */
export interface DeletedMineConflict<T extends Versioned> {
  kind: string;
  id: string;
  reason: 'deleted-mine-changed-theirs';
  theirs: T;
  /** My deletions of this id that their version has not overruled, most recent first. */
  deletions: Tombstone[];
  /** Where their version goes if it is restored: after this id of the merged list (null: first). */
  after: string | null;
}

/** An id the merge could not decide. MINE's state for it is what the merged list holds. */
export type Conflict<T extends Versioned> = BothChangedConflict<T> | DeletedTheirsConflict<T> | DeletedMineConflict<T>;

/** The merged collection; the id lists say what changes relative to MINE. */
export interface MergeResult<T extends Versioned> {
  /** MINE's order, with their new items placed after their nearest preceding neighbour (README). */
  items: T[];
  /** Both sides' deletions of this kind, one per deleted version (mine's record wins a tie). */
  tombstones: Tombstone[];
  /** Ids that were only in theirs and are now in the list. */
  added: string[];
  /** Ids whose version in the list is now theirs. */
  changed: string[];
  /** Ids of mine that their deletions removed. */
  deleted: string[];
  conflicts: Conflict<T>[];
}

/**
 * Merges their copy of one collection into mine. Pure: inputs are not modified, and the same
 * inputs always give the same result. Merging the result with the same `theirs` again reports
 * nothing new (only still-unresolved conflicts, identical to before).
 *
 * @throws WarrantError `corrupt-project` when one side lists the same id twice.
 */
export function mergeCollection<T extends Versioned>(input: MergeInput<T>): MergeResult<T> {
  const { kind } = input;
  const mineById = indexById(input.mine, kind, 'your copy');
  const theirsById = indexById(input.theirs, kind, 'their copy');
  const mineTombs = tombstonesById(input.mineDeleted, kind);
  const theirsTombs = tombstonesById(input.theirsDeleted, kind);

  const added: string[] = [];
  const changed: string[] = [];
  const deleted: string[] = [];
  const conflicts: Conflict<T>[] = [];

  // Mine first, in mine's order: everything I have either stays, is replaced or is deleted.
  const kept: T[] = [];
  for (const m of input.mine) {
    const t = theirsById.get(m.id);
    if (t) {
      const both = mergeBoth(m, t, input.sameContent);
      kept.push(both.item);
      if (both.outcome === 'changed') changed.push(m.id);
      if (both.outcome === 'conflict') conflicts.push({ kind, id: m.id, reason: 'both-changed', mine: m, theirs: t });
      continue;
    }
    const verdict = judgeDeletions(m, theirsTombs.get(m.id));
    if (verdict === 'deleted') {
      deleted.push(m.id);
      continue;
    }
    // Unknown or later version: keep mine, so a deletion never takes work it did not see.
    kept.push(m);
    if (verdict !== 'none') conflicts.push({ kind, id: m.id, reason: 'deleted-theirs-changed-mine', mine: m, deletions: verdict });
  }

  // Then what only they have: new to me, deleted by me, or restored/edited after my deletion.
  const addedById = new Map<string, T>();
  const pending = new Map<string, DeletedMineConflict<T>>();
  for (const t of input.theirs) {
    if (mineById.has(t.id)) continue;
    const verdict = judgeDeletions(t, mineTombs.get(t.id));
    if (verdict === 'none') {
      addedById.set(t.id, t);
      added.push(t.id);
    } else if (verdict !== 'deleted') {
      const c: DeletedMineConflict<T> = { kind, id: t.id, reason: 'deleted-mine-changed-theirs', theirs: t, deletions: verdict, after: null };
      pending.set(t.id, c);
      conflicts.push(c);
    }
  }

  return {
    items: placeTheirs(kept, input.theirs, addedById, pending),
    tombstones: unionTombstones(input.mineDeleted, input.theirsDeleted, kind),
    added,
    changed,
    deleted,
    conflicts,
  };
}

/** Both copies have the item: which version wins, by ancestry. */
function mergeBoth<T extends Versioned>(m: T, t: T, sameContent: (a: T, b: T) => boolean): { item: T; outcome: 'same' | 'changed' | 'conflict' } {
  if (m.rev === t.rev || m.revs.includes(t.rev)) return { item: m, outcome: 'same' };
  if (t.revs.includes(m.rev)) return { item: t, outcome: 'changed' };
  if (sameContent(m, t)) {
    // Identical independent edits converge on ONE revision, picked by a rule both sides
    // compute alike (the larger rev), carrying the other in its history. Keeping "mine" on
    // each side instead would leave two revisions that each claim to descend from the other,
    // and every later merge in either direction would keep its own: copies never converge.
    const [winner, loser] = m.rev > t.rev ? [m, t] : [t, m];
    return { item: { ...winner, revs: unionRevs(winner.rev, winner.revs, [...loser.revs, loser.rev]) }, outcome: 'same' };
  }
  return { item: m, outcome: 'conflict' };
}

/**
 * What the other side's deletions of this id mean for `item`, which only this side has:
 * `none` (no deletion it has not overruled), `deleted` (one deleted this version or a later
 * one), or the deletions that conflict — it changed after them, or ancestry cannot tell
 * (corrupted or capped history), which is never taken as permission to delete.
 */
function judgeDeletions(item: Versioned, tombs: readonly Tombstone[] | undefined): 'none' | 'deleted' | Tombstone[] {
  const live = (tombs ?? []).filter((t) => !hasSeen(item, t));
  if (live.length === 0) return 'none';
  if (live.some((t) => covers(t, item))) return 'deleted';
  // Most recent first: the deletion whose version is latest in the item's history leads.
  const age = (t: Tombstone) => item.revs.lastIndexOf(t.rev);
  return [...live].sort((a, b) => age(b) - age(a) || (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0));
}

/**
 * The order rule: MINE's order; each item added from theirs goes right after its nearest
 * preceding item in THEIRS' order that is in the merged list (else first), so a run of new
 * siblings keeps its order and stays next to the neighbour it was created beside. Also fills
 * in each pending conflict's `after` by the same rule, for when it is restored.
 */
function placeTheirs<T extends Versioned>(kept: readonly T[], theirs: readonly T[], addedById: ReadonlyMap<string, T>, pending: ReadonlyMap<string, DeletedMineConflict<T>>): T[] {
  if (addedById.size === 0 && pending.size === 0) return [...kept];
  const keptIds = new Set(kept.map((k) => k.id));
  // Added items are grouped under the nearest preceding KEPT item (null: the start); a run of
  // new items lands in one group in theirs' order, which is "right after the previous one".
  const groups = new Map<string | null, T[]>();
  let anchor: string | null = null;
  let previous: string | null = null;
  for (const t of theirs) {
    if (keptIds.has(t.id)) {
      anchor = t.id;
      previous = t.id;
    } else if (addedById.has(t.id)) {
      const group = groups.get(anchor);
      if (group) group.push(t);
      else groups.set(anchor, [t]);
      previous = t.id;
    } else {
      const c = pending.get(t.id);
      if (c) c.after = previous;
    }
  }
  const out: T[] = [...(groups.get(null) ?? [])];
  for (const k of kept) {
    out.push(k);
    const group = groups.get(k.id);
    if (group) out.push(...group);
  }
  return out;
}

/** Mine's records, then theirs' new ones; one per deleted version (mine kept on a tie, so re-merging is stable). */
function unionTombstones(mine: readonly Tombstone[], theirs: readonly Tombstone[], kind: string): Tombstone[] {
  const seen = new Set<string>();
  const out: Tombstone[] = [];
  for (const t of [...mine, ...theirs]) {
    const key = tombstoneKey(t);
    if (t.kind !== kind || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

function indexById<T extends Versioned>(items: readonly T[], kind: string, side: string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    // Two items with one id cannot be merged item by item; refusing beats guessing which is real.
    if (byId.has(item.id)) throw new WarrantError('corrupt-project', `${side} lists the ${kind} ${item.id} twice, so it cannot be merged.`);
    byId.set(item.id, item);
  }
  return byId;
}

function tombstonesById(tombs: readonly Tombstone[], kind: string): Map<string, Tombstone[]> {
  const byId = new Map<string, Tombstone[]>();
  const seen = new Set<string>();
  for (const t of tombs) {
    const key = tombstoneKey(t);
    if (t.kind !== kind || seen.has(key)) continue;
    seen.add(key);
    const list = byId.get(t.id);
    if (list) list.push(t);
    else byId.set(t.id, [t]);
  }
  return byId;
}
