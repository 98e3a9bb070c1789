/**
 * Deciding merge conflicts stored in a project (`conflicts`): keep mine, keep theirs, or keep
 * both where two items can coexist (highlights, claims). Works on the project value, so the
 * same code decides conflicts right after a merge and ones left pending for later. Pure.
 */
import type { Deletion, ItemKind, PendingConflict, ProjectFile } from '../model.js';
import { WarrantError } from '../result.js';
import type { Conflict } from './merge-collection.js';
import { MERGE_KINDS, type ItemOf } from './merge-projects.js';
import { applyResolutions, resolveConflict, type Choice, type Resolution } from './resolve.js';
import type { Tombstone, Versioned } from './versioned.js';

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

/** The engine's conflict for a pending one, with my version as it is now. */
function toConflict(p: ProjectFile, c: PendingConflict): Conflict<Versioned> {
  const mine = (list(p, c.kind) as Versioned[]).find((x) => x.id === c.id);
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
 * Items held on a decided conflict follow it: restored with it, or deleted with a record.
 * Conflicts without a decision stay pending.
 */
export function decideConflicts(project: ProjectFile, decisions: readonly Decision[], stamp: DecideStamp): ProjectFile {
  const pending = new Map(project.conflicts.filter((c) => c.dependsOn === null).map((c) => [key(c.kind, c.id), c]));
  const perKind = new Map<ItemKind, Resolution<Versioned>[]>(MERGE_KINDS.map((k) => [k, []]));
  const decided = new Set<string>();
  for (const d of decisions) {
    const c = pending.get(key(d.kind, d.id));
    if (!c) throw new WarrantError('not-found', `There is no undecided conflict on that ${d.kind}; it may have been decided already.`);
    if (d.choice === 'both' && !KEEP_BOTH_KINDS.has(d.kind)) throw new WarrantError('bad-args', `Both versions of a ${d.kind} cannot be kept side by side; keep yours or theirs.`);
    const resolution = resolveConflict(toConflict(project, c), d.choice, {
      newRev: stamp.newId(),
      deletedAt: stamp.now,
      author: stamp.author,
      makeCopy: (theirs) => ({ ...theirs, id: stamp.newId(), rev: stamp.newId(), revs: [] }),
    });
    perKind.get(d.kind)!.push(resolution);
    decided.add(key(d.kind, d.id));
    // Their items that use this one follow the decision.
    const restored = c.reason === 'deleted-mine-changed-theirs' && d.choice === 'theirs';
    for (const h of project.conflicts.filter((x) => x.dependsOn && x.dependsOn.kind === d.kind && x.dependsOn.id === d.id)) {
      decided.add(key(h.kind, h.id));
      if (!h.theirs) continue;
      const item = h.theirs as Versioned;
      const tomb: Tombstone = { kind: h.kind, id: item.id, rev: item.rev, revs: [...item.revs], deletedAt: stamp.now, author: stamp.author };
      perKind.get(h.kind)!.push(restored ? { id: item.id, items: [item], tombstones: [], after: null } : { id: item.id, items: [], tombstones: [tomb], after: null });
    }
  }
  let next: ProjectFile = { ...project };
  const tombstones: Tombstone[] = [...project.deleted];
  for (const kind of MERGE_KINDS) {
    const resolutions = perKind.get(kind)!;
    if (!resolutions.length) continue;
    const applied = applyResolutions({ items: list(project, kind) as Versioned[], tombstones: [] }, resolutions);
    next = { ...next, [LISTS[kind]]: applied.items };
    tombstones.push(...applied.tombstones);
  }
  return { ...next, deleted: tombstones as Deletion[], conflicts: project.conflicts.filter((c) => !decided.has(key(c.kind, c.id))) };
}
