/**
 * Cross-references a schema cannot express: unique ids, and every highlight, link and claim
 * pointing at something that exists. A colleague's file that breaks them is refused on open
 * rather than half-shown.
 */
import { ratingId, type ProjectFile } from '../model.js';

/** Page starts begin at 0, never go back, and stay within the text. */
function pageStartsFit(starts: readonly number[], length: number): boolean {
  return starts.length > 0 && starts[0] === 0 && starts.every((s, i) => s <= length && (i === 0 || s >= starts[i - 1]!));
}

/** Returns a description of the first broken reference, or null when the project is consistent. */
export function findIntegrityProblem(project: ProjectFile): string | null {
  const articleIds = new Set<string>();
  for (const a of project.articles) {
    if (articleIds.has(a.id)) return `two articles share the id “${a.id}”`;
    articleIds.add(a.id);
    if (a.length !== a.text.length) return `the text of “${a.title}” does not have its recorded length (${a.length} characters, found ${a.text.length})`;
    if (a.pageStarts && !pageStartsFit(a.pageStarts, a.text.length)) return `the page starts of “${a.title}” do not fit its text`;
  }
  const removedIds = new Set<string>();
  for (const r of project.removedArticles) {
    if (articleIds.has(r.id)) return `the article “${r.id}” is listed both as present and as removed`;
    if (removedIds.has(r.id)) return `the removed article “${r.id}” is listed twice`;
    removedIds.add(r.id);
  }
  const highlightIds = new Set<string>();
  for (const h of project.highlights) {
    if (highlightIds.has(h.id)) return `two highlights share the id “${h.id}”`;
    highlightIds.add(h.id);
    if (!articleIds.has(h.articleId) && !removedIds.has(h.articleId)) return `highlight “${h.id}” belongs to an article that is not in the project`;
    if (h.target.quote.exact.length !== h.target.position.end - h.target.position.start) return `highlight “${h.id}” has a quote that does not fit its position`;
  }
  const claims = new Map<string, (typeof project.claims)[number]>();
  for (const c of project.claims) {
    if (claims.has(c.id)) return `two claims share the id “${c.id}”`;
    claims.set(c.id, c);
  }
  for (const c of project.claims) {
    if (c.parentId === null) continue;
    if (c.parentId === c.id) return `claim “${c.text.slice(0, 60)}” is its own parent claim`;
    const parent = claims.get(c.parentId);
    if (!parent) return `claim “${c.text.slice(0, 60)}” has a parent claim that is not in the project`;
    if (parent.parentId !== null) return `claim “${c.text.slice(0, 60)}” is nested more than one level deep`;
  }
  const linkIds = new Set<string>();
  const pairs = new Set<string>();
  for (const l of project.links) {
    if (linkIds.has(l.id)) return `two evidence links share the id “${l.id}”`;
    linkIds.add(l.id);
    if (!highlightIds.has(l.highlightId)) return `evidence link “${l.id}” points at a highlight that is not in the project`;
    if (!claims.has(l.claimId)) return `evidence link “${l.id}” points at a claim that is not in the project`;
    const pair = `${l.highlightId}\u0000${l.claimId}`;
    if (pairs.has(pair)) return `a highlight is linked to the same claim twice (link “${l.id}”)`;
    pairs.add(pair);
  }
  const ratingIds = new Set<string>();
  for (const r of project.ratings) {
    if (ratingIds.has(r.id)) return `a rater has two ratings of one claim (rating “${r.id}”)`;
    ratingIds.add(r.id);
    if (!claims.has(r.claimId)) return `rating “${r.id}” is of a claim that is not in the project`;
    // The id is derived from claim and rater: one rating per person per claim, in every copy.
    if (r.id !== ratingId(r.claimId, r.rater)) return `rating “${r.id}” does not carry the id of its claim and rater`;
  }
  return null;
}
