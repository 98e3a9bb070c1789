/**
 * Merging two copies' publisher reliability grades (format 5). A grade is one small judgement
 * per publisher, never deleted (clearing sets it to null), so it merges by its own rule rather
 * than through the conflict machinery of mergeCollection:
 *
 * - a publisher graded on one side only is taken as is;
 * - when one side's grade descends from the other's (`rev` in the other's `revs`), the newer one
 *   is taken (as for every other item, README "Rules");
 * - when both changed it independently to the same grade, they converge on the larger `rev`;
 * - when both changed it to DIFFERENT grades, the one set later (`updatedAt`; a tie goes to the
 *   larger `rev`) is taken, and its history records the other, so both copies agree from then on
 *   and the next merge does not ask again. This is the one case where a value is overruled
 *   rather than raised as a conflict: a grade is a single letter anyone can reset in the panel,
 *   and the merge reports how many it overruled (`overruled`) so the researcher can check them.
 *
 * Pure and platform-free. Order: mine's, then theirs' new publishers in their order.
 */
import type { PublisherGrade } from '../model.js';
import { unionRevs } from './versioned.js';

/** The merged grades, and the publishers whose grade both sides changed differently. */
export interface PublisherMerge {
  publishers: PublisherGrade[];
  /** Ids of publishers graded differently on both sides, where the later grade was taken. */
  overruled: string[];
}

/** Merges `theirs` publisher grades into `mine` (see the module comment). */
export function mergePublishers(mine: readonly PublisherGrade[] | undefined, theirs: readonly PublisherGrade[] | undefined): PublisherMerge {
  const theirsById = new Map((theirs ?? []).map((p) => [p.id, p]));
  const mineIds = new Set((mine ?? []).map((p) => p.id));
  const overruled: string[] = [];
  const merged = (mine ?? []).map((m) => {
    const t = theirsById.get(m.id);
    if (!t || m.revs.includes(t.rev)) return m;
    // One revision, two histories (one side took the other's overruling grade): the fuller history.
    if (t.rev === m.rev) return t.revs.every((r) => m.revs.includes(r)) ? m : { ...m, revs: unionRevs(m.rev, m.revs, t.revs) };
    if (t.revs.includes(m.rev)) return t;
    const sameGrade = t.reliability === m.reliability;
    if (!sameGrade) overruled.push(m.id);
    const later = sameGrade ? (t.rev > m.rev ? t : m) : laterOf(m, t);
    const other = later === m ? t : m;
    return { ...later, revs: unionRevs(later.rev, later.revs, [...other.revs, other.rev]) };
  });
  const added = (theirs ?? []).filter((t) => !mineIds.has(t.id));
  return { publishers: [...merged, ...added], overruled };
}

function laterOf(m: PublisherGrade, t: PublisherGrade): PublisherGrade {
  if (m.updatedAt !== t.updatedAt) return m.updatedAt > t.updatedAt ? m : t;
  return t.rev > m.rev ? t : m;
}
