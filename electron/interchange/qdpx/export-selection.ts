/**
 * What a REFI-QDA export contains: the chosen claims (with their sub-claims, and the parent of a
 * chosen sub-claim so the code tree stays whole), the highlights that bear on them, the articles
 * those highlights are in, and every person who wrote or rated any of it. Pure, one pass per
 * collection: exports must scale to 10,000 highlights.
 */
import type { Article, Claim, ClaimRating, EvidenceLink, Highlight, ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';

/** The items of one export, grouped the way the XML is written. */
export interface ExportSelection {
  /** Top-level claims in project order, each with its sub-claims in project order. */
  tree: { claim: Claim; children: Claim[] }[];
  /** Articles in project order, each with its highlights in project order. */
  articles: { article: Article; highlights: Highlight[] }[];
  /** Links by highlight id (only links to exported claims). */
  linksByHighlight: Map<string, EvidenceLink[]>;
  /** Ratings by claim id (only of exported claims). */
  ratingsByClaim: Map<string, ClaimRating[]>;
  /** Everyone named as author, rater or decider, in first-seen order. */
  users: string[];
}

/**
 * Picks what to export. `claimIds` null exports everything: all claims, and all highlights,
 * linked or not. Otherwise only those claims (plus sub-claims and parents) and the highlights
 * linked to them.
 * @throws WarrantError `not-found` when a chosen claim does not exist.
 */
export function selectForExport(project: Readonly<ProjectFile>, claimIds: readonly string[] | null): ExportSelection {
  const byId = new Map(project.claims.map((c) => [c.id, c]));
  let chosen: Set<string>;
  if (claimIds === null) {
    chosen = new Set(byId.keys());
  } else {
    chosen = new Set<string>();
    for (const id of claimIds) {
      const c = byId.get(id);
      if (!c) throw new WarrantError('not-found', 'A claim chosen for the export no longer exists. Choose the claims again.');
      chosen.add(id);
      if (c.parentId !== null && byId.has(c.parentId)) chosen.add(c.parentId);
    }
    for (const c of project.claims) if (c.parentId !== null && chosen.has(c.parentId)) chosen.add(c.id);
  }

  const children = new Map<string, Claim[]>();
  const tops: Claim[] = [];
  for (const c of project.claims) {
    if (!chosen.has(c.id)) continue;
    // A sub-claim whose parent is gone is shown at top level, as the app does.
    if (c.parentId !== null && chosen.has(c.parentId)) {
      const list = children.get(c.parentId);
      if (list) list.push(c);
      else children.set(c.parentId, [c]);
    } else tops.push(c);
  }
  const tree = tops.map((claim) => ({ claim, children: children.get(claim.id) ?? [] }));

  const linksByHighlight = new Map<string, EvidenceLink[]>();
  for (const l of project.links) {
    if (!chosen.has(l.claimId)) continue;
    const list = linksByHighlight.get(l.highlightId);
    if (list) list.push(l);
    else linksByHighlight.set(l.highlightId, [l]);
  }

  const articleIds = new Set(project.articles.map((a) => a.id));
  const byArticle = new Map<string, Highlight[]>();
  for (const h of project.highlights) {
    // Highlights of a removed article have no text to point into: they cannot be a selection.
    if (!articleIds.has(h.articleId)) continue;
    if (claimIds !== null && !linksByHighlight.has(h.id)) continue;
    const list = byArticle.get(h.articleId);
    if (list) list.push(h);
    else byArticle.set(h.articleId, [h]);
  }
  const articles = project.articles
    .filter((a) => claimIds === null || byArticle.has(a.id))
    .map((article) => ({ article, highlights: byArticle.get(article.id) ?? [] }));

  const ratingsByClaim = new Map<string, ClaimRating[]>();
  for (const r of project.ratings) {
    if (!chosen.has(r.claimId)) continue;
    const list = ratingsByClaim.get(r.claimId);
    if (list) list.push(r);
    else ratingsByClaim.set(r.claimId, [r]);
  }

  const users = new Map<string, string>();
  const see = (name: string) => {
    const key = name.trim().toLowerCase();
    if (key !== '' && !users.has(key)) users.set(key, name.trim());
  };
  for (const { claim, children: subs } of tree) {
    for (const c of [claim, ...subs]) {
      see(c.author);
      if (c.verdict) see(c.verdict.author);
      for (const r of ratingsByClaim.get(c.id) ?? []) see(r.rater);
    }
  }
  for (const { highlights } of articles) {
    for (const h of highlights) {
      see(h.author);
      for (const l of linksByHighlight.get(h.id) ?? []) see(l.author);
    }
  }
  return { tree, articles, linksByHighlight, ratingsByClaim, users: [...users.values()] };
}
