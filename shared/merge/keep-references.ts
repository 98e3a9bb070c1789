/**
 * The pass that keeps references whole after each kind was merged on its own (see
 * `keepReferencesWhole`): an item may point at something the other side deleted, and nothing may
 * be dropped or left dangling.
 */
import type { ClaimRating, Claim, Deletion, EvidenceLink, Highlight, ItemKind, ProjectFile, RemovedArticle } from '../model.js';
import type { MergeResult } from './merge-collection.js';
import { collection, sameContent, type AnyConflict, type ItemOf, type KindCounts } from './project-kinds.js';
import { hasSeen, tombstoneFor, tombstoneKey, type Tombstone, type Versioned } from './versioned.js';

/**
 * A colleague's version of an item that uses something I deleted (their new link to my deleted
 * highlight, their sub-claim under my deleted claim, their edit of my deleted link): it is
 * decided together with the conflict on that item, never on its own — restored with it when
 * theirs is kept, dropped (or, for `both-changed`, my version kept) when it stays deleted.
 */
export interface HeldItem {
  kind: ItemKind;
  /** Their version. */
  item: ItemOf[ItemKind];
  /** The conflict it follows: always one that is decided on its own (`dependsOn` null). */
  dependsOn: { kind: ItemKind; id: string };
  /**
   * `deleted-mine-changed-theirs`: not in my list (new to me, or deleted by me);
   * `both-changed`: my version stays in the list until the decision.
   */
  reason: 'deleted-mine-changed-theirs' | 'both-changed';
  /** My deletions of it, overruled if it is restored. */
  deletions: Tombstone[];
  /** Where it goes if it is restored (null: first). */
  after: string | null;
}

/** The kinds whose items other items point at (an article's highlights are handled apart). */
type UsedKind = 'highlight' | 'claim';
type Ref = { kind: UsedKind; id: string };

/** What an item points at: a sub-claim its parent, a link its highlight and claim, a rating its claim. */
function usesOf(kind: ItemKind, item: Versioned): Ref[] {
  if (kind === 'claim') {
    const { parentId } = item as Claim;
    return parentId === null ? [] : [{ kind: 'claim', id: parentId }];
  }
  if (kind === 'link') {
    const l = item as EvidenceLink;
    return [
      { kind: 'highlight', id: l.highlightId },
      { kind: 'claim', id: l.claimId },
    ];
  }
  if (kind === 'rating') return [{ kind: 'claim', id: (item as ClaimRating).claimId }];
  return [];
}

const refKey = (kind: string, id: string) => `${kind}\u0000${id}`;

/**
 * After merging each kind on its own, an item may point at something the other side deleted.
 * Nothing is dropped and nothing is left dangling:
 * - a highlight of an article gone on my side keeps the article as a "removed article" record;
 * - something of mine that their deletion removed but that my kept items still use (my new link
 *   to a highlight they deleted) is kept: a `deleted-theirs-changed-mine` conflict;
 * - their items that use something I deleted (their new or edited link to my deleted highlight,
 *   their sub-claim under my deleted claim, their move of a claim under it) are held: the item
 *   they use becomes a `deleted-mine-changed-theirs` conflict, and they follow its decision.
 *   Their version of an item I still have waits the same way while mine stays in place.
 * Two links of one highlight–claim pair made on both sides become one (mine), conflicting if
 * they say different things.
 */
export function keepReferencesWhole(
  merged: ProjectFile,
  mine: ProjectFile,
  theirs: ProjectFile,
  results: { [K in ItemKind]: MergeResult<ItemOf[K]> },
  conflicts: AnyConflict[],
  counts: Record<ItemKind, KindCounts>,
): HeldItem[] {
  const articleIds = new Set(merged.articles.map((a) => a.id));
  const removedIds = new Set(merged.removedArticles.map((r) => r.id));
  for (const h of merged.highlights) {
    if (articleIds.has(h.articleId) || removedIds.has(h.articleId)) continue;
    const theirArticle = theirs.articles.find((a) => a.id === h.articleId);
    const record: RemovedArticle = { id: h.articleId, title: theirArticle?.title ?? 'Removed article', source: theirArticle?.source ?? null, date: theirArticle?.date ?? null, removedAt: merged.updatedAt };
    merged.removedArticles = [...merged.removedArticles, record];
    removedIds.add(h.articleId);
  }

  type ListKind = 'highlight' | 'claim' | 'link' | 'rating';
  const lists: Record<ListKind, Versioned[]> = { highlight: [...merged.highlights], claim: [...merged.claims], link: [...merged.links], rating: [...merged.ratings] };
  const present = new Set<string>();
  for (const kind of ['highlight', 'claim', 'link', 'rating'] as const) for (const x of lists[kind]) present.add(refKey(kind, x.id));
  const has = (r: Ref) => present.has(refKey(r.kind, r.id));
  const conflictKeys = new Set(conflicts.map((c) => refKey(c.kind, c.id)));
  const raise = (c: AnyConflict): void => {
    conflicts.push(c);
    conflictKeys.add(refKey(c.kind, c.id));
    counts[c.kind].conflicts++;
  };
  // Indexes, built on first use: most merges never need them.
  const positions = new Map<string, Map<string, number>>();
  /** The index of each id in one side's list of `kind`. */
  const positionIn = (p: ProjectFile, kind: ListKind): Map<string, number> => {
    const k = `${p === mine ? 'mine' : 'theirs'}:${kind}`;
    let index = positions.get(k);
    if (!index) positions.set(k, (index = new Map((collection(p, kind) as readonly Versioned[]).map((x, i) => [x.id, i]))));
    return index;
  };
  const find = (p: ProjectFile, kind: ListKind, id: string): Versioned | undefined => {
    const at = positionIn(p, kind).get(id);
    return at === undefined ? undefined : (collection(p, kind) as readonly Versioned[])[at];
  };
  const tombIndex = new Map<ProjectFile, Map<string, Tombstone[]>>();
  /** Live deletion records of `item` on one side (not overruled by it), one per deleted version. */
  const deletionsOf = (p: ProjectFile, kind: ItemKind, item: Versioned): Tombstone[] => {
    let index = tombIndex.get(p);
    if (!index) {
      index = new Map();
      for (const t of p.deleted as Tombstone[]) {
        const k = refKey(t.kind, t.id);
        const list = index.get(k);
        if (list) list.push(t);
        else index.set(k, [t]);
      }
      tombIndex.set(p, index);
    }
    const out = new Map<string, Tombstone>();
    for (const t of index.get(refKey(kind, item.id)) ?? []) if (!hasSeen(item, t) && !out.has(tombstoneKey(t))) out.set(tombstoneKey(t), t);
    return [...out.values()];
  };
  // Where an item of theirs goes if restored: after its nearest preceding item in their order
  // that is in the list. Items only leave the list here (held), so "nearest preceding present"
  // is kept as a skip list: each absent position points further back (path-compressed), and
  // long runs of held items cost nothing per lookup.
  const skips = new Map<ListKind, Int32Array>();
  const skipsOf = (kind: ListKind): Int32Array => {
    let up = skips.get(kind);
    if (!up) {
      const order = collection(theirs, kind) as readonly Versioned[];
      up = Int32Array.from(order, (x, i) => (present.has(refKey(kind, x.id)) ? i : i - 1));
      skips.set(kind, up);
    }
    return up;
  };
  const afterIn = (kind: ListKind, id: string): string | null => {
    const up = skipsOf(kind);
    const start = (positionIn(theirs, kind).get(id) ?? 0) - 1;
    let root = start;
    while (root >= 0 && up[root] !== root) root = up[root]!;
    for (let i = start; i >= 0 && up[i] !== i; ) {
      const next = up[i]!;
      up[i] = root;
      i = next;
    }
    return root >= 0 ? (collection(theirs, kind) as readonly Versioned[])[root]!.id : null;
  };
  const leaves = (kind: ListKind, id: string): void => {
    present.delete(refKey(kind, id));
    const up = skips.get(kind);
    const at = positionIn(theirs, kind).get(id);
    if (up && at !== undefined) up[at] = at - 1;
  };

  // 1. What my kept items use stays: their deletion of it did not see my new use (my link to
  //    the highlight they deleted, my sub-claim of their deleted claim). Repeated, since a kept
  //    sub-claim needs its parent too.
  const deletedByThem = { highlight: new Set(results.highlight.deleted), claim: new Set(results.claim.deleted) };
  const keepWhatMineUses = (): void => {
    for (let again = deletedByThem.highlight.size + deletedByThem.claim.size > 0; again; ) {
      again = false;
      const back: Record<UsedKind, Versioned[]> = { highlight: [], claim: [] };
      for (const kind of ['claim', 'link', 'rating'] as const) {
        for (const x of lists[kind]) {
          for (const r of usesOf(kind, x)) {
            if (has(r) || !deletedByThem[r.kind].has(r.id)) continue;
            const m = find(mine, r.kind, r.id)!;
            deletedByThem[r.kind].delete(r.id);
            back[r.kind].push(m);
            present.add(refKey(r.kind, r.id));
            counts[r.kind].deleted--;
            raise({ kind: r.kind, id: r.id, reason: 'deleted-theirs-changed-mine', mine: m, deletions: deletionsOf(theirs, r.kind, m) } as AnyConflict);
            again = true;
          }
        }
      }
      for (const kind of ['highlight', 'claim'] as const) if (back[kind].length) lists[kind] = inMineOrder(lists[kind], back[kind], collection(mine, kind) as readonly Versioned[]);
    }
  };
  keepWhatMineUses();

  // 2. Their items that use what I deleted wait for a decision on it.
  const held = new Map<string, HeldItem>();
  const hold = (kind: ItemKind, item: Versioned, reason: HeldItem['reason'], deletions: Tombstone[], dependsOn: HeldItem['dependsOn'], after: string | null): void => {
    held.set(refKey(kind, item.id), { kind, item: item as HeldItem['item'], reason, deletions, dependsOn, after });
  };
  /** The conflict an item of theirs that uses `r` (missing here) is decided with; raised if needed. */
  const rootOf = (r: Ref): HeldItem['dependsOn'] => {
    const h = held.get(refKey(r.kind, r.id));
    if (h) return h.dependsOn;
    if (conflictKeys.has(refKey(r.kind, r.id))) return { kind: r.kind, id: r.id };
    const y = find(theirs, r.kind, r.id);
    // Their copy does not have it either: it cannot be decided, only held (a copy that fails
    // the integrity check on open never gets here).
    if (!y) return { kind: r.kind, id: r.id };
    // What it uses may be gone too (their link to a sub-claim of a claim I deleted).
    const missing = usesOf(r.kind, y).find((u) => !has(u));
    if (missing) {
      const root = rootOf(missing);
      hold(r.kind, y, 'deleted-mine-changed-theirs', deletionsOf(mine, r.kind, y), root, afterIn(r.kind, y.id));
      return root;
    }
    raise({ kind: r.kind, id: r.id, reason: 'deleted-mine-changed-theirs', theirs: y, deletions: deletionsOf(mine, r.kind, y), after: afterIn(r.kind, y.id) } as AnyConflict);
    return { kind: r.kind, id: r.id };
  };
  const converted = new Set<AnyConflict>();
  // Parents before what uses them: sub-claims, then links and ratings.
  for (const kind of ['claim', 'link', 'rating'] as const) {
    const added = new Set(results[kind].added);
    const changed = new Set(results[kind].changed);
    const next: Versioned[] = [];
    for (const x of lists[kind]) {
      const missing = added.has(x.id) || changed.has(x.id) ? usesOf(kind, x).find((u) => !has(u)) : undefined;
      if (!missing) {
        next.push(x);
        continue;
      }
      const root = rootOf(missing);
      if (changed.has(x.id)) {
        // Their edit (a claim moved under my deleted claim): mine stays until the decision.
        next.push(find(mine, kind, x.id)!);
        counts[kind].changed--;
        hold(kind, x, 'both-changed', [], root, null);
      } else {
        leaves(kind, x.id);
        counts[kind].added--;
        hold(kind, x, 'deleted-mine-changed-theirs', [], root, afterIn(kind, x.id));
      }
    }
    lists[kind] = next;
    // A conflict whose "theirs" uses something I deleted cannot be decided for theirs on its own.
    for (const c of conflicts) {
      if (c.kind !== kind || c.reason === 'deleted-theirs-changed-mine') continue;
      const missing = usesOf(kind, c.theirs).find((u) => !has(u));
      if (!missing) continue;
      const root = rootOf(missing);
      converted.add(c);
      conflictKeys.delete(refKey(c.kind, c.id));
      counts[kind].conflicts--;
      if (c.reason === 'deleted-mine-changed-theirs') hold(kind, c.theirs, c.reason, c.deletions, root, c.after);
      else hold(kind, c.theirs, c.reason, [], root, null);
    }
  }
  if (converted.size) {
    const rest = conflicts.filter((c) => !converted.has(c));
    conflicts.length = 0;
    for (const c of rest) conflicts.push(c);
  }
  // A claim of mine put back in place of their move uses its own parent, which must stay too.
  keepWhatMineUses();

  // 3. The same passage linked to the same claim on both sides, under two ids: mine is kept.
  const addedLinks = new Set(results.link.added);
  const byPair = new Map<string, EvidenceLink>();
  const dropped = new Set<string>();
  for (const l of lists.link as EvidenceLink[]) {
    const pair = `${l.highlightId}\u0000${l.claimId}`;
    const other = byPair.get(pair);
    if (!other) {
      byPair.set(pair, l);
      continue;
    }
    const [kept, theirsLink] = positionIn(mine, 'link').has(other.id) ? [other, l] : [l, other];
    byPair.set(pair, kept);
    dropped.add(theirsLink.id);
    if (addedLinks.has(theirsLink.id)) counts.link.added--;
    merged.deleted = [...merged.deleted, tombstoneFor('link', theirsLink, merged.updatedAt, theirsLink.author) as Deletion];
    // What they said about it waits as their version of my link (unless mine is in conflict already).
    if (!sameContent({ ...kept, id: '' }, { ...theirsLink, id: '' }) && !conflictKeys.has(refKey('link', kept.id))) {
      raise({ kind: 'link', id: kept.id, reason: 'both-changed', mine: kept, theirs: { ...theirsLink, id: kept.id } });
    }
  }

  merged.highlights = lists.highlight as Highlight[];
  merged.claims = lists.claim as Claim[];
  merged.links = dropped.size ? (lists.link as EvidenceLink[]).filter((l) => !dropped.has(l.id)) : (lists.link as EvidenceLink[]);
  merged.ratings = lists.rating as ClaimRating[];
  return [...held.values()];
}

/**
 * `list` with `back` (items of mine put back) inserted where they are in my order: each right
 * after its nearest preceding item of mine that the list holds (first if none).
 */
function inMineOrder(list: readonly Versioned[], back: readonly Versioned[], mineOrder: readonly Versioned[]): Versioned[] {
  const listIds = new Set(list.map((x) => x.id));
  const backById = new Map(back.map((x) => [x.id, x]));
  const after = new Map<string | null, Versioned[]>();
  let anchor: string | null = null;
  for (const m of mineOrder) {
    if (listIds.has(m.id)) anchor = m.id;
    const item = backById.get(m.id);
    if (!item) continue;
    const group = after.get(anchor);
    if (group) group.push(item);
    else after.set(anchor, [item]);
  }
  const out = [...(after.get(null) ?? [])];
  for (const x of list) {
    out.push(x);
    for (const y of after.get(x.id) ?? []) out.push(y);
  }
  return out;
}
