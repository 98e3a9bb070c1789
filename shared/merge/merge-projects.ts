/**
 * Merging a colleague's copy of a project into mine: articles matched by content hash,
 * everything else by stable id, each kind through `mergeCollection`. Pure: the backend runs it
 * in a worker. What it cannot decide alone comes back as conflicts; until they are decided, my
 * version stays in place and theirs waits in the project's `conflicts` list (nothing dropped).
 */
import type { Article, ClaimRating, Claim, Deletion, EvidenceLink, Highlight, ItemKind, PendingConflict, ProjectFile, RemovedArticle } from '../model.js';
import { WarrantError } from '../result.js';
import { mergeCollection, type Conflict, type MergeResult } from './merge-collection.js';
import type { Tombstone, Versioned } from './versioned.js';

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

/** A colleague's new item that uses something I deleted: decided with that item's conflict. */
export interface HeldItem {
  kind: ItemKind;
  item: ItemOf[ItemKind];
  dependsOn: { kind: ItemKind; id: string };
}

/** The result of merging two copies, before any conflict is decided. */
export interface ProjectMerge {
  /** My project with their changes; conflicting items keep my version (or stay deleted). */
  merged: ProjectFile;
  counts: Record<ItemKind, KindCounts>;
  /** Every conflict to decide, new or still pending from an earlier merge. */
  conflicts: AnyConflict[];
  /** Their new items waiting on a conflict's decision (see HeldItem). */
  held: HeldItem[];
}

/** Fields that record who/when/which revision rather than what an item says. */
const BOOKKEEPING = new Set(['rev', 'revs', 'updatedAt', 'author', 'createdAt', 'importedAt']);

/** True when two versions say the same thing (identical edits on both sides are no conflict). */
function sameContent(a: object, b: object): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (BOOKKEEPING.has(k)) continue;
    if (JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * Their copy with article ids translated to mine: the same text imported on both sides
 * independently is one article (matched by content hash), whatever id each side gave it.
 */
function alignArticles(mine: ProjectFile, theirs: ProjectFile): ProjectFile {
  // Only texts that occur once on each side are matched by hash: a file holding the same text
  // twice (made by hand, or by an old version) keeps its articles apart, by id.
  const once = (articles: readonly Article[]) => {
    const seen = new Map<string, string | null>();
    for (const a of articles) seen.set(a.contentHash, seen.has(a.contentHash) ? null : a.id);
    return seen;
  };
  const mineByHash = once(mine.articles);
  const theirsByHash = once(theirs.articles);
  const theirIds = new Set(theirs.articles.map((a) => a.id));
  const map = new Map<string, string>();
  for (const a of theirs.articles) {
    const id = mineByHash.get(a.contentHash);
    if (id && id !== a.id && theirsByHash.get(a.contentHash) === a.id && !theirIds.has(id)) map.set(a.id, id);
  }
  if (map.size === 0) return theirs;
  const to = (id: string) => map.get(id) ?? id;
  return {
    ...theirs,
    articles: theirs.articles.map((a) => ({ ...a, id: to(a.id) })),
    highlights: theirs.highlights.map((h) => ({ ...h, articleId: to(h.articleId) })),
    removedArticles: theirs.removedArticles.map((r) => ({ ...r, id: to(r.id) })),
    deleted: theirs.deleted.map((d) => (d.kind === 'article' ? { ...d, id: to(d.id) } : d)),
    conflicts: theirs.conflicts,
  };
}

function collection<K extends ItemKind>(p: ProjectFile, kind: K): readonly ItemOf[K][] {
  const lists: { [Q in ItemKind]: readonly ItemOf[Q][] } = { article: p.articles, highlight: p.highlights, claim: p.claims, link: p.links, rating: p.ratings };
  return lists[kind];
}

/**
 * Merges `theirs` into `mine`. Refuses (code `different-project`) a copy of another project.
 * Merging the same copy twice changes nothing the second time.
 */
export function mergeProjects(mine: ProjectFile, theirsRaw: ProjectFile): ProjectMerge {
  if (mine.id !== theirsRaw.id) {
    throw new WarrantError('different-project', 'That file is a different project, not a copy of this one, so it cannot be merged. You can import its articles instead.');
  }
  const theirs = alignArticles(mine, theirsRaw);
  const counts = {} as Record<ItemKind, KindCounts>;
  const conflicts: AnyConflict[] = [];
  const results = {} as { [K in ItemKind]: MergeResult<ItemOf[K]> };
  const run = <K extends ItemKind>(kind: K): void => {
    const result = mergeCollection<ItemOf[K]>({
      kind,
      mine: collection(mine, kind),
      theirs: collection(theirs, kind),
      mineDeleted: mine.deleted,
      theirsDeleted: theirs.deleted,
      sameContent,
    });
    results[kind] = result as (typeof results)[K];
    counts[kind] = { added: result.added.length, changed: result.changed.length, deleted: result.deleted.length, conflicts: result.conflicts.length };
    for (const c of result.conflicts) conflicts.push({ ...c, kind } as AnyConflict);
  };
  for (const kind of MERGE_KINDS) run(kind);

  const tombstones = MERGE_KINDS.flatMap((k) => results[k].tombstones) as Deletion[];
  const merged: ProjectFile = {
    ...mine,
    articles: results.article.items,
    highlights: results.highlight.items,
    claims: results.claim.items,
    links: results.link.items,
    ratings: results.rating.items,
    removedArticles: unionRemoved(mine.removedArticles, theirs.removedArticles),
    deleted: tombstones,
    conflicts: [],
  };
  const held = keepReferencesWhole(merged, theirs, conflicts, counts);
  const fresh = [...conflicts.map(toPending(theirsRaw.name)), ...held.map(heldToPending(theirsRaw.name))];
  // Conflicts still undecided from earlier merges (another colleague's copy) stay pending.
  const raised = new Set(fresh.map((c) => `${c.kind}:${c.id}`));
  merged.conflicts = [...fresh, ...mine.conflicts.filter((c) => !raised.has(`${c.kind}:${c.id}`))];
  return { merged, counts, conflicts, held };
}

function unionRemoved(mine: readonly RemovedArticle[], theirs: readonly RemovedArticle[]): RemovedArticle[] {
  const ids = new Set(mine.map((r) => r.id));
  return [...mine, ...theirs.filter((r) => !ids.has(r.id))];
}

/**
 * After merging each kind on its own, a colleague's new item may point at something I deleted
 * (a link to my deleted highlight, a highlight in an article I removed). Nothing is dropped:
 * - a highlight of an article gone on my side keeps the article as a "removed article" record;
 * - a link or rating whose claim or highlight is gone, and a sub-claim whose parent is gone,
 *   become conflicts ("deleted by you, used by them") and wait until someone decides.
 * Two links of one highlight–claim pair made on both sides become one (mine), conflicting if
 * they say different things.
 */
function keepReferencesWhole(merged: ProjectFile, theirs: ProjectFile, conflicts: AnyConflict[], counts: Record<ItemKind, KindCounts>): HeldItem[] {
  const held: HeldItem[] = [];
  const articleIds = new Set(merged.articles.map((a) => a.id));
  const removedIds = new Set(merged.removedArticles.map((r) => r.id));
  for (const h of merged.highlights) {
    if (articleIds.has(h.articleId) || removedIds.has(h.articleId)) continue;
    const theirArticle = theirs.articles.find((a) => a.id === h.articleId);
    const record: RemovedArticle = { id: h.articleId, title: theirArticle?.title ?? 'Removed article', source: theirArticle?.source ?? null, date: theirArticle?.date ?? null, removedAt: merged.updatedAt };
    merged.removedArticles = [...merged.removedArticles, record];
    removedIds.add(h.articleId);
  }

  /** Holds `item` until the conflict on the deleted item it uses is decided (raised here once). */
  const hold = <K extends 'link' | 'rating' | 'claim'>(kind: K, item: ItemOf[K], missing: { id: string }, missingKind: 'highlight' | 'claim'): void => {
    const raised = conflicts.some((c) => c.kind === missingKind && c.id === missing.id);
    const theirParent = (collection(theirs, missingKind) as readonly Versioned[]).find((x) => x.id === missing.id);
    if (!raised && theirParent) {
      const deletions = merged.deleted.filter((d) => d.kind === missingKind && d.id === missing.id) as Tombstone[];
      conflicts.push({ kind: missingKind, id: missing.id, reason: 'deleted-mine-changed-theirs', theirs: theirParent, deletions, after: null } as AnyConflict);
      counts[missingKind].conflicts++;
    }
    held.push({ kind, item, dependsOn: { kind: missingKind, id: missing.id } });
    if (counts[kind].added > 0) counts[kind].added--;
  };
  const claimIds = new Set(merged.claims.map((c) => c.id));
  const highlightIds = new Set(merged.highlights.map((h) => h.id));
  // Sub-claims whose parent I deleted.
  merged.claims = merged.claims.filter((c) => {
    if (c.parentId === null || claimIds.has(c.parentId)) return true;
    hold('claim', c, { id: c.parentId }, 'claim');
    claimIds.delete(c.id);
    return false;
  });
  const pairs = new Map<string, EvidenceLink>();
  merged.links = merged.links.filter((l) => {
    if (!highlightIds.has(l.highlightId)) {
      hold('link', l, { id: l.highlightId }, 'highlight');
      return false;
    }
    if (!claimIds.has(l.claimId)) {
      hold('link', l, { id: l.claimId }, 'claim');
      return false;
    }
    const key = `${l.highlightId}\u0000${l.claimId}`;
    const first = pairs.get(key);
    if (!first) {
      pairs.set(key, l);
      return true;
    }
    // The same passage linked to the same claim on both sides, under two ids: keep one.
    const dropped: Deletion = { kind: 'link', id: l.id, rev: l.rev, revs: [...l.revs], deletedAt: merged.updatedAt, author: l.author };
    merged.deleted = [...merged.deleted, dropped];
    if (!sameContent({ ...first, id: '' }, { ...l, id: '' })) {
      conflicts.push({ kind: 'link', id: first.id, reason: 'both-changed', mine: first, theirs: { ...l, id: first.id } });
      counts.link.conflicts++;
    }
    return false;
  });
  merged.ratings = merged.ratings.filter((r) => {
    if (claimIds.has(r.claimId)) return true;
    hold('rating', r, { id: r.claimId }, 'claim');
    return false;
  });
  return held;
}

/** A conflict as stored in the project file until someone decides it. */
function toPending(source: string) {
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

function heldToPending(source: string) {
  return (h: HeldItem): PendingConflict => ({
    kind: h.kind,
    id: h.item.id,
    reason: 'deleted-mine-changed-theirs',
    theirs: h.item as PendingConflict['theirs'],
    deletions: [],
    after: null,
    source,
    dependsOn: h.dependsOn,
  });
}
