/**
 * What an interchange import (W3C Web Annotation JSON-LD, Hypothesis JSON, a REFI-QDA project)
 * brings into a project, and how it is added: one platform-free step, so every reader of a
 * foreign format only has to produce {@link ImportedItems}. Nothing is dropped silently: what a
 * reader could not place is listed in `unmatched`, and what the project already has is counted.
 */
import { ratingId, type Article, type Claim, type ClaimRating, type EvidenceLink, type Highlight, type ProjectFile } from '../model.js';

/** One thing in the file that could not be brought in, and why (shown to the researcher). */
export interface Unmatched {
  /** What it was, in words: "annotation 12 (“the tariff rose…”)", "source “Interview 3”". */
  what: string;
  reason: string;
}

/** Items read from an interchange file, ready to add. Ids are fresh unless they come from our own export. */
export interface ImportedItems {
  /** Articles the file brings (REFI-QDA sources). One with the same text as an existing article is not added again: its highlights go onto the existing one. */
  articles: Article[];
  claims: Claim[];
  highlights: Highlight[];
  links: EvidenceLink[];
  ratings: ClaimRating[];
  unmatched: Unmatched[];
}

/** How many of each were added, and how many were already there. */
export interface ImportCounts {
  articles: number;
  claims: number;
  highlights: number;
  links: number;
  ratings: number;
  /** Items skipped because the project already has them (a file imported twice adds nothing twice). */
  alreadyPresent: number;
}

/** An empty set of items. */
export function noItems(): ImportedItems {
  return { articles: [], claims: [], highlights: [], links: [], ratings: [], unmatched: [] };
}

const claimKey = (text: string, parentId: string | null) => `${parentId ?? ''}\u0000${text.normalize('NFC').trim().toLowerCase()}`;
const spanKey = (h: Pick<Highlight, 'articleId' | 'target'>) => `${h.articleId}\u0000${h.target.position.start}\u0000${h.target.position.end}`;

/**
 * Adds `items` to `project`. Articles with text the project already has are reused (highlights
 * re-pointed), claims with the same text under the same parent are reused, highlights on the
 * same span of the same article are reused, and links and ratings the project already has are
 * skipped — so importing a file twice, or our own export back, adds nothing twice.
 */
export function addImportedItems(project: Readonly<ProjectFile>, items: ImportedItems): { project: ProjectFile; counts: ImportCounts } {
  const counts: ImportCounts = { articles: 0, claims: 0, highlights: 0, links: 0, ratings: 0, alreadyPresent: 0 };
  // An id the project deleted must not come back as the same item (its deletion record would
  // contradict it in every later merge): such an item is added under a fresh id.
  const deleted = new Set(project.deleted.map((d) => `${d.kind}\u0000${d.id}`));
  const taken = new Set<string>([...project.articles, ...project.claims, ...project.highlights, ...project.links].map((x) => x.id));
  const freshId = (kind: string, id: string): string => {
    if (!deleted.has(`${kind}\u0000${id}`) && !taken.has(id)) return id;
    for (let n = 2; ; n++) {
      const candidate = `${id.slice(0, 90)}~${n}`;
      if (!taken.has(candidate) && !deleted.has(`${kind}\u0000${candidate}`)) return candidate;
    }
  };
  const articleByHash = new Map(project.articles.map((a) => [a.contentHash, a.id]));
  const articleIds = new Map<string, string>();
  const articles = [...project.articles];
  for (const a of items.articles) {
    const existing = articleByHash.get(a.contentHash);
    if (existing !== undefined) {
      articleIds.set(a.id, existing);
      counts.alreadyPresent++;
      continue;
    }
    // Same id, other text: another project's article (ids are only unique per project).
    const id = freshId('article', a.id);
    taken.add(id);
    articles.push({ ...a, id });
    articleByHash.set(a.contentHash, id);
    articleIds.set(a.id, id);
    counts.articles++;
  }
  const liveArticles = new Set(articles.map((a) => a.id));

  // Parents need not come before their sub-claims in the file: a second pass places the rest.
  const claimIds = new Map<string, string>();
  const byKey = new Map(project.claims.map((c) => [claimKey(c.text, c.parentId), c.id]));
  const existingClaimIds = new Set(project.claims.map((c) => c.id));
  const parentOf = new Map(project.claims.map((c) => [c.id, c.parentId]));
  const claims = [...project.claims];
  const pending = [...items.claims];
  for (let pass = 0; pending.length > 0 && pass < 2; pass++) {
    for (let i = 0; i < pending.length; ) {
      const c = pending[i]!;
      // A parent is one of the file's claims (as placed), else a claim the project already has.
      let parentId = c.parentId === null ? null : (claimIds.get(c.parentId) ?? (existingClaimIds.has(c.parentId) ? c.parentId : null));
      // Claims nest one level: under a sub-claim, it goes under that sub-claim's parent instead.
      if (parentId !== null) parentId = parentOf.get(parentId) ?? parentId;
      if (c.parentId !== null && parentId === null && pass === 0) {
        i++;
        continue; // its parent comes later in the file
      }
      pending.splice(i, 1);
      const same = byKey.get(claimKey(c.text, parentId));
      if (same !== undefined || existingClaimIds.has(c.id)) {
        claimIds.set(c.id, same ?? c.id);
        counts.alreadyPresent++;
        continue;
      }
      const id = freshId('claim', c.id);
      taken.add(id);
      claims.push({ ...c, id, parentId });
      parentOf.set(id, parentId);
      claimIds.set(c.id, id);
      byKey.set(claimKey(c.text, parentId), id);
      counts.claims++;
    }
  }

  const highlightIds = new Map<string, string>();
  const existingHighlights = new Set(project.highlights.map((h) => h.id));
  const bySpan = new Map(project.highlights.map((h) => [spanKey(h), h.id]));
  const highlights = [...project.highlights];
  for (const h of items.highlights) {
    const articleId = articleIds.get(h.articleId) ?? h.articleId;
    if (!liveArticles.has(articleId)) continue; // a reader only emits highlights on known articles
    const moved = { ...h, articleId };
    // The same span, or our own export's highlight coming back (its id): already here.
    const same = bySpan.get(spanKey(moved)) ?? (existingHighlights.has(h.id) ? h.id : undefined);
    if (same !== undefined) {
      highlightIds.set(h.id, same);
      counts.alreadyPresent++;
      continue;
    }
    const id = freshId('highlight', h.id);
    taken.add(id);
    highlights.push({ ...moved, id });
    bySpan.set(spanKey(moved), id);
    highlightIds.set(h.id, id);
    counts.highlights++;
  }

  const linkPairs = new Set(project.links.map((l) => `${l.highlightId}\u0000${l.claimId}`));
  const existingLinks = new Set(project.links.map((l) => l.id));
  const links = [...project.links];
  for (const l of items.links) {
    const highlightId = highlightIds.get(l.highlightId);
    const claimId = claimIds.get(l.claimId);
    if (highlightId === undefined || claimId === undefined) continue;
    const pair = `${highlightId}\u0000${claimId}`;
    if (linkPairs.has(pair) || existingLinks.has(l.id)) {
      counts.alreadyPresent++;
      continue;
    }
    linkPairs.add(pair);
    const id = freshId('link', l.id);
    taken.add(id);
    links.push({ ...l, id, highlightId, claimId });
    counts.links++;
  }

  const ratingIds = new Set(project.ratings.map((r) => r.id));
  const ratings = [...project.ratings];
  for (const r of items.ratings) {
    const claimId = claimIds.get(r.claimId);
    if (claimId === undefined) continue;
    // A rating's id is derived from claim and rater: re-derive it when the claim was matched to one the project has.
    const id = claimId === r.claimId ? r.id : ratingId(claimId, r.rater);
    if (ratingIds.has(id)) {
      counts.alreadyPresent++;
      continue;
    }
    ratingIds.add(id);
    ratings.push({ ...r, id, claimId });
    counts.ratings++;
  }

  return { project: { ...project, articles, claims, highlights, links, ratings }, counts };
}
