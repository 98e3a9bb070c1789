/**
 * The annotated bench project shared by the merge and export benches: the Brown-corpus project
 * with 1,000 claims (every tenth a sub-claim), 10,000 highlights and as many evidence links of
 * every stance, and a rating per claim.
 */
import { describe as describeRange } from '../shared/anchoring/index.js';
import { ratingId, type ClaimRating, type EvidenceLink, type Highlight, type ProjectFile, type Stance } from '../shared/model.js';

export const CLAIMS = 1_000;
export const HIGHLIGHTS = 10_000;

const now = '2026-01-01T00:00:00.000Z';
const stamp = { author: 'Ana', createdAt: now, updatedAt: now };
const STANCES: readonly Stance[] = ['supports', 'supports', 'refutes', 'context'];

/** The bench corpus as a project with annotations by Ana. */
export function annotated(base: ProjectFile): ProjectFile {
  const claims = Array.from({ length: CLAIMS }, (_, i) => ({
    id: `c${i}`,
    text: `Claim number ${i}: the tariff rose by ${i % 17}% after the vote`,
    // Every tenth claim is a sub-claim of the claim before it (claims nest one level).
    parentId: i % 10 === 9 ? `c${i - 1}` : null,
    verdict: null,
    ...stamp,
    rev: `c${i}-0`,
    revs: [],
  }));
  const highlights: Highlight[] = [];
  for (let i = 0; highlights.length < HIGHLIGHTS; i++) {
    const article = base.articles[i % base.articles.length]!;
    const start = (i * 97) % Math.max(1, article.text.length - 60);
    const target = describeRange(article.text, start, start + 40);
    if (!target) continue;
    highlights.push({ id: `h${highlights.length}`, articleId: article.id, target, color: 'yellow', label: null, note: i % 5 === 0 ? 'Checked against the minutes.' : '', ...stamp, rev: `h${highlights.length}-0`, revs: [] });
  }
  const links: EvidenceLink[] = highlights.map((h, i) => ({ id: `l${i}`, highlightId: h.id, claimId: `c${i % CLAIMS}`, stance: STANCES[i % STANCES.length]!, weight: null, note: '', ...stamp, rev: `l${i}-0`, revs: [] }));
  const ratings: ClaimRating[] = claims.map((c) => ({ id: ratingId(c.id, 'Ana'), claimId: c.id, rater: 'Ana', rating: 'moderate', rationale: '', createdAt: now, updatedAt: now, rev: `${c.id}-r0`, revs: [] }));
  return { ...base, highlights, claims, links, ratings };
}
