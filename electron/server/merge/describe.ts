/**
 * Merge conflicts as a person reads them: each side of a conflict summarised with the same
 * fields in the same order, so the UI can show them side by side and mark what differs.
 */
import type { ConflictView, ItemSummary } from '../../../shared/api.js';
import type { ItemOf } from '../../../shared/merge/merge-projects.js';
import { KEEP_BOTH_KINDS } from '../../../shared/merge/decide.js';
import type { ItemKind, PendingConflict, ProjectFile } from '../../../shared/model.js';
import { ratingLabel } from '../../../shared/rating-scale.js';
import { highlightColorInfo } from '../../../shared/highlight-colors.js';

type Describers = { [K in ItemKind]: (item: ItemOf[K], p: ProjectFile) => Omit<ItemSummary, 'author' | 'updatedAt'> };

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const claimText = (p: ProjectFile, id: string) => p.claims.find((c) => c.id === id)?.text ?? '(a claim not in this copy)';
const quoteOf = (p: ProjectFile, id: string) => p.highlights.find((h) => h.id === id)?.target.quote.exact ?? '(a passage not in this copy)';
const articleTitle = (p: ProjectFile, id: string) => p.articles.find((a) => a.id === id)?.title ?? p.removedArticles.find((a) => a.id === id)?.title ?? '(an article not in this copy)';

const DESCRIBE: Describers = {
  article: (a) => ({
    heading: a.title,
    fields: [
      { label: 'Title', value: a.title },
      { label: 'Source', value: a.source ?? '' },
      { label: 'Author', value: a.author ?? '' },
      { label: 'Date', value: a.date ?? '' },
      { label: 'URL', value: a.url ?? '' },
    ],
  }),
  highlight: (h, p) => ({
    heading: `“${clip(h.target.quote.exact)}”`,
    fields: [
      { label: 'Article', value: articleTitle(p, h.articleId) },
      { label: 'Colour', value: highlightColorInfo(h.color).label },
      { label: 'Label', value: h.label ?? '' },
      { label: 'Note', value: h.note },
    ],
  }),
  claim: (c, p) => ({
    heading: c.text,
    fields: [
      { label: 'Text', value: c.text },
      { label: 'Sub-claim of', value: c.parentId ? claimText(p, c.parentId) : '' },
      { label: 'Verdict', value: c.verdict ? ratingLabel(c.verdict.rating) : '' },
      { label: 'Verdict rationale', value: c.verdict?.rationale ?? '' },
    ],
  }),
  link: (l, p) => ({
    heading: `“${clip(quoteOf(p, l.highlightId), 80)}” → ${clip(claimText(p, l.claimId), 80)}`,
    fields: [
      { label: 'Stance', value: l.stance },
      { label: 'Weight', value: l.weight === null ? '' : String(l.weight) },
      { label: 'Note', value: l.note },
    ],
  }),
  rating: (r, p) => ({
    heading: `${r.rater}: ${ratingLabel(r.rating)} — ${clip(claimText(p, r.claimId), 80)}`,
    fields: [
      { label: 'Rater', value: r.rater },
      { label: 'Rating', value: ratingLabel(r.rating) },
      { label: 'Rationale', value: r.rationale },
    ],
  }),
};

/** One item summarised; `p` is the copy it comes from (for titles, quotes and claim texts). */
export function describeItem<K extends ItemKind>(kind: K, item: ItemOf[K], p: ProjectFile): ItemSummary {
  const base = (DESCRIBE[kind] as (i: ItemOf[K], p: ProjectFile) => Omit<ItemSummary, 'author' | 'updatedAt'>)(item, p);
  const stamped = item as { author?: string; updatedAt?: string };
  return { ...base, author: stamped.author ?? (kind === 'rating' ? (item as ItemOf['rating']).rater : null), updatedAt: stamped.updatedAt ?? null };
}

/** The decidable pending conflicts of `mine` as views (held items are counted, not listed). */
export function conflictViews(mine: ProjectFile, theirs: ProjectFile | null): ConflictView[] {
  const decidable = mine.conflicts.filter((c) => c.dependsOn === null);
  return decidable.map((c: PendingConflict) => {
    const own = c.reason === 'deleted-mine-changed-theirs' ? null : (listOf(mine, c.kind).find((x) => x.id === c.id) ?? null);
    return {
      kind: c.kind,
      id: c.id,
      reason: c.reason,
      mine: own ? describeItem(c.kind, own as never, mine) : null,
      // Their item is described with their copy when we have it (their claim texts, quotes).
      theirs: c.theirs ? describeItem(c.kind, c.theirs as never, theirs ?? mine) : null,
      canKeepBoth: c.reason === 'both-changed' && KEEP_BOTH_KINDS.has(c.kind),
      heldItems: mine.conflicts.filter((h) => h.dependsOn?.kind === c.kind && h.dependsOn.id === c.id).length,
      source: c.source,
    };
  });
}

function listOf(p: ProjectFile, kind: ItemKind): readonly { id: string }[] {
  return { article: p.articles, highlight: p.highlights, claim: p.claims, link: p.links, rating: p.ratings }[kind];
}
