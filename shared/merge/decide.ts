/**
 * Deciding merge conflicts stored in a project (`conflicts`): keep mine, keep theirs, or keep
 * both where two items can coexist (highlights, claims). Works on the project value, so the
 * same code decides conflicts right after a merge and ones left pending for later. Pure.
 */
import type { Deletion, ItemKind, PendingConflict, ProjectFile } from '../model.js';
import { findIntegrityProblem } from '../annotations/integrity.js';
import { WarrantError } from '../result.js';
import type { Conflict } from './merge-collection.js';
import { MERGE_KINDS, type ItemOf } from './merge-projects.js';
import { applyResolutions, resolveConflict, type Choice, type Resolution } from './resolve.js';
import { tombstoneFor, tombstoneKey, type Tombstone, type Versioned } from './versioned.js';

/** One decision: which conflict, and what to keep. */
export interface Decision {
  kind: ItemKind;
  id: string;
  choice: Choice;
}

/** Who decides, when, and how new ids are made (supplied by the caller, so this stays pure). */
export interface DecideStamp {
  author: string;
  now: string;
  newId: () => string;
}

/** The kinds where "keep both" makes sense: two highlights or two claims can coexist. */
export const KEEP_BOTH_KINDS: ReadonlySet<ItemKind> = new Set(['highlight', 'claim']);

const LISTS = { article: 'articles', highlight: 'highlights', claim: 'claims', link: 'links', rating: 'ratings' } as const satisfies Record<ItemKind, keyof ProjectFile>;

function list<K extends ItemKind>(p: ProjectFile, kind: K): ItemOf[K][] {
  return p[LISTS[kind]] as ItemOf[K][];
}

const key = (kind: string, id: string) => `${kind}:${id}`;

/** The engine's conflict for a pending one, with my version as it is now (`find`: by kind and id). */
function toConflict(find: (kind: ItemKind, id: string) => Versioned | undefined, c: PendingConflict): Conflict<Versioned> {
  const mine = find(c.kind, c.id);
  const deletions = c.deletions as Tombstone[];
  if (c.reason === 'deleted-mine-changed-theirs') {
    if (!c.theirs) throw new WarrantError('corrupt-project', `The pending conflict on ${c.kind} ${c.id} has no version to restore.`);
    return { kind: c.kind, id: c.id, reason: c.reason, theirs: c.theirs, deletions, after: c.after };
  }
  if (!mine) throw new WarrantError('not-found', `The ${c.kind} of that conflict is no longer in the project; merge again to see what is left to decide.`);
  if (c.reason === 'deleted-theirs-changed-mine') return { kind: c.kind, id: c.id, reason: c.reason, mine, deletions };
  if (!c.theirs) throw new WarrantError('corrupt-project', `The pending conflict on ${c.kind} ${c.id} has no version of theirs.`);
  return { kind: c.kind, id: c.id, reason: c.reason, mine, theirs: c.theirs };
}

/**
 * Applies `decisions` to the project's pending conflicts and returns the new project value.
 * Items held on a decided conflict follow it: restored (or their version kept) with it, or
 * dropped with a record (or my version kept) when it stays deleted. Deleting an item deletes
 * what uses it, as deleting it by hand does (links of a highlight; sub-claims, links and
 * ratings of a claim), with deletion records. Conflicts without a decision stay pending.
 *
 * @throws WarrantError `not-found` for a decision on no undecided conflict, `bad-args` for
 *   `both` where two items cannot coexist, or for decisions that would leave the project
 *   inconsistent (restoring something whose claim or highlight is gone).
 */
export function decideConflicts(project: ProjectFile, decisions: readonly Decision[], stamp: DecideStamp): ProjectFile {
  const pending = new Map(project.conflicts.filter((c) => c.dependsOn === null).map((c) => [key(c.kind, c.id), c]));
  const heldBy = new Map<string, PendingConflict[]>();
  for (const c of project.conflicts) {
    if (!c.dependsOn) continue;
    const on = key(c.dependsOn.kind, c.dependsOn.id);
    const list = heldBy.get(on);
    if (list) list.push(c);
    else heldBy.set(on, [c]);
  }
  const byId = new Map<ItemKind, Map<string, Versioned>>();
  const find = (kind: ItemKind, id: string): Versioned | undefined => {
    let index = byId.get(kind);
    if (!index) byId.set(kind, (index = new Map((list(project, kind) as Versioned[]).map((x) => [x.id, x]))));
    return index.get(id);
  };
  const perKind = new Map<ItemKind, Resolution<Versioned>[]>(MERGE_KINDS.map((k) => [k, []]));
  const decided = new Set<string>();
  const options = () => ({
    newRev: stamp.newId(),
    deletedAt: stamp.now,
    author: stamp.author,
    makeCopy: (theirs: Versioned) => ({ ...theirs, id: stamp.newId(), rev: stamp.newId(), revs: [] }),
  });
  for (const d of decisions) {
    const c = pending.get(key(d.kind, d.id));
    if (!c) throw new WarrantError('not-found', `There is no undecided conflict on that ${d.kind}; it may have been decided already.`);
    if (d.choice === 'both' && !KEEP_BOTH_KINDS.has(d.kind)) throw new WarrantError('bad-args', `Both versions of a ${d.kind} cannot be kept side by side; keep yours or theirs.`);
    perKind.get(d.kind)!.push(resolveConflict(toConflict(find, c), d.choice, options()));
    decided.add(key(d.kind, d.id));
    // Their items that use this one follow the decision: their version wins only if this one
    // is theirs restored. (Held items depend on the decided conflict; older files may chain.)
    const restored = c.reason === 'deleted-mine-changed-theirs' && d.choice === 'theirs';
    for (const h of heldOn(heldBy, d.kind, d.id)) {
      decided.add(key(h.kind, h.id));
      if (!h.theirs) continue;
      const item = h.theirs as Versioned;
      // A new item of theirs has nothing of mine to overrule: restored as it is, so both copies keep one revision.
      const resolution = restored && h.reason === 'deleted-mine-changed-theirs' && h.deletions.length === 0 ? { id: item.id, items: [item], tombstones: [], after: h.after } : resolveConflict(toConflict(find, h), restored ? 'theirs' : 'mine', options());
      perKind.get(h.kind)!.push(resolution);
    }
  }
  let next: ProjectFile = { ...project };
  const tombstones: Tombstone[] = [];
  for (const kind of MERGE_KINDS) {
    const resolutions = perKind.get(kind)!;
    if (!resolutions.length) continue;
    const applied = applyResolutions({ items: list(project, kind) as Versioned[], tombstones: [] }, resolutions);
    next = { ...next, [LISTS[kind]]: applied.items };
    tombstones.push(...applied.tombstones);
  }
  const cascaded = deleteWhatUsesDeleted(project, next, stamp);
  tombstones.push(...cascaded.tombstones);
  const gone = new Set(cascaded.tombstones.map((t) => key(t.kind, t.id)));
  const result: ProjectFile = { ...cascaded.project, deleted: withRecords(project.deleted as Tombstone[], tombstones) as Deletion[], conflicts: project.conflicts.filter((c) => !decided.has(key(c.kind, c.id)) && !gone.has(key(c.kind, c.id))) };
  // Restoring something whose claim or highlight is gone (their version of a claim moved under
  // a claim that is now a sub-claim…) would make the project unsavable: refused, nothing changes.
  const problem = findIntegrityProblem(result);
  if (problem && !findIntegrityProblem(project)) {
    throw new WarrantError('bad-args', `Those decisions would leave the project inconsistent (${problem}). Keep your version instead, or decide the item it uses first.`);
  }
  return result;
}

/** The conflicts held on `kind`/`id`, and those held on them (files of older versions chained them). */
function heldOn(heldBy: ReadonlyMap<string, readonly PendingConflict[]>, kind: ItemKind, id: string): PendingConflict[] {
  const out: PendingConflict[] = [];
  const seen = new Set<string>([key(kind, id)]);
  for (let i = -1; i < out.length; i++) {
    const on = i < 0 ? { kind, id } : out[i]!;
    for (const h of heldBy.get(key(on.kind, on.id)) ?? []) {
      if (seen.has(key(h.kind, h.id))) continue;
      seen.add(key(h.kind, h.id));
      out.push(h);
    }
  }
  return out;
}

/**
 * Removes, with deletion records, what uses an item the decisions deleted (`before` had it,
 * `p` no longer does): its sub-claims, then links and ratings of a deleted highlight or claim,
 * as deleteHighlight and deleteClaim do when a person deletes one. Nothing else is removed: an
 * item restored while what it uses is gone is left for the consistency check to refuse.
 */
function deleteWhatUsesDeleted(before: ProjectFile, p: ProjectFile, stamp: DecideStamp): { project: ProjectFile; tombstones: Tombstone[] } {
  const goneFrom = (was: readonly Versioned[], now: readonly Versioned[]) => {
    const kept = new Set(now.map((x) => x.id));
    return new Set(was.filter((x) => !kept.has(x.id)).map((x) => x.id));
  };
  const goneClaims = goneFrom(before.claims, p.claims);
  const goneHighlights = goneFrom(before.highlights, p.highlights);
  if (!goneClaims.size && !goneHighlights.size) return { project: p, tombstones: [] };
  const tombstones: Tombstone[] = [];
  const drop = <T extends Versioned>(kind: ItemKind, items: readonly T[], doomed: (item: T) => boolean): T[] => {
    const kept: T[] = [];
    for (const item of items) {
      if (!doomed(item)) kept.push(item);
      else tombstones.push(tombstoneFor(kind, item, stamp.now, stamp.author));
    }
    return kept;
  };
  const claims = drop('claim', p.claims, (c) => c.parentId !== null && goneClaims.has(c.parentId));
  const keptClaims = new Set(claims);
  for (const c of p.claims) if (!keptClaims.has(c)) goneClaims.add(c.id);
  const links = drop('link', p.links, (l) => goneHighlights.has(l.highlightId) || goneClaims.has(l.claimId));
  const ratings = drop('rating', p.ratings, (r) => goneClaims.has(r.claimId));
  if (!tombstones.length) return { project: p, tombstones };
  return { project: { ...p, claims, links, ratings }, tombstones };
}

/** `existing` plus the records of `added` it does not hold yet (one per deleted version). */
function withRecords(existing: readonly Tombstone[], added: readonly Tombstone[]): Tombstone[] {
  const seen = new Set(existing.map(tombstoneKey));
  const out = [...existing];
  for (const t of added) {
    if (seen.has(tombstoneKey(t))) continue;
    seen.add(tombstoneKey(t));
    out.push(t);
  }
  return out;
}
