/**
 * Conflicts as the project file stores them until someone decides them (`PendingConflict`):
 * the merge's own conflicts, decided on their own, and the held items that follow one of them.
 */
import type { Deletion, PendingConflict } from '../model.js';
import type { HeldItem } from './keep-references.js';
import type { AnyConflict } from './project-kinds.js';

/** A conflict as stored in the project file until someone decides it. */
export function toPending(source: string) {
  return (c: AnyConflict): PendingConflict => ({
    kind: c.kind,
    id: c.id,
    reason: c.reason,
    theirs: c.reason === 'deleted-theirs-changed-mine' ? null : (c.theirs as PendingConflict['theirs']),
    deletions: c.reason === 'both-changed' ? [] : (c.deletions as Deletion[]),
    after: c.reason === 'deleted-mine-changed-theirs' ? c.after : null,
    source,
    dependsOn: null,
  });
}

/** A held item as stored in the project file: it waits on the conflict it depends on. */
export function heldToPending(source: string) {
  return (h: HeldItem): PendingConflict => ({
    kind: h.kind,
    id: h.item.id,
    reason: h.reason,
    theirs: h.item as PendingConflict['theirs'],
    deletions: h.deletions as Deletion[],
    after: h.after,
    source,
    dependsOn: h.dependsOn,
  });
}
