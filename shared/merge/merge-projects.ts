/**
 * Merging a colleague's copy of a project into mine: articles matched by content hash,
 * everything else by stable id, each kind through `mergeCollection`. Pure: the backend runs it
 * in a worker. What it cannot decide alone comes back as conflicts; until they are decided, my
 * version stays in place and theirs waits in the project's `conflicts` list (nothing dropped).
 */
import type { Article, Deletion, ItemKind, ProjectFile, RemovedArticle } from '../model.js';
import { WarrantError } from '../result.js';
import { mergeOriginDecisions } from '../origins/decisions.js';
import { keepReferencesWhole, type HeldItem } from './keep-references.js';
import { mergeCollection, type MergeResult } from './merge-collection.js';
import { mergePublishers } from './merge-publishers.js';
import { mergeDismissals } from './merge-dismissals.js';
import { heldToPending, toPending } from './pending-conflicts.js';
import { collection, MERGE_KINDS, sameContent, type AnyConflict, type ItemOf, type KindCounts } from './project-kinds.js';

export { MERGE_KINDS, type AnyConflict, type ItemOf, type KindCounts } from './project-kinds.js';
export type { HeldItem } from './keep-references.js';

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
    ...(theirs.originDecisions ? { originDecisions: theirs.originDecisions.map((d) => ({ ...d, articles: d.articles.map(to) })) } : {}),
    ...(theirs.dismissedSuggestions ? { dismissedSuggestions: theirs.dismissedSuggestions.map((d) => ({ ...d, articleId: to(d.articleId) })) } : {}),
  };
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
    // Format 5's publisher grades merge by their own rule (merge-publishers.ts); absent stays absent.
    ...(mine.publishers || theirs.publishers ? { publishers: mergePublishers(mine.publishers, theirs.publishers).publishers } : {}),
    deleted: tombstones,
    conflicts: [],
  };
  // Origin decisions are a log: the union of both copies', in time order (shared/origins/decisions.ts).
  const originDecisions = mergeOriginDecisions(mine.originDecisions, theirs.originDecisions);
  if (originDecisions) merged.originDecisions = originDecisions;
  // Dismissed suggestions: either researcher's "not relevant" is kept (merge-dismissals.ts).
  const dismissed = mergeDismissals(mine.dismissedSuggestions, theirs.dismissedSuggestions);
  if (dismissed) merged.dismissedSuggestions = dismissed;
  const held = keepReferencesWhole(merged, mine, theirs, results, conflicts, counts);
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
