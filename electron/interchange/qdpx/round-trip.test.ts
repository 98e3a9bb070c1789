import { describe, expect, it } from 'vitest';
import { addImportedItems } from '../../../shared/interchange/imported-items.js';
import { Article, Claim, ClaimRating, EvidenceLink, Highlight, type ProjectFile } from '../../../shared/model.js';
import { writeQdpx } from './export-qdpx.js';
import { readQdpx } from './import-qdpx.js';
import { emptyProject, sampleProject, T1 } from './test-qdpx.js';

function stamp(prefix = 'n') {
  let n = 0;
  return { author: 'Importer', now: '2026-03-01T00:00:00.000Z', newId: () => `${prefix}${++n}` };
}

/** The project as a researcher sees it: texts, the claim tree, spans with their stances, ratings. */
function view(p: ProjectFile) {
  const text = new Map(p.articles.map((a) => [a.id, a.text]));
  const claim = new Map(p.claims.map((c) => [c.id, c]));
  const claimText = (id: string) => claim.get(id)!.text;
  const hl = new Map(p.highlights.map((h) => [h.id, h]));
  return {
    texts: p.articles.map((a) => [a.title, a.text, a.source, a.author, a.date, a.url]).sort(),
    claims: p.claims.map((c) => [c.text, c.parentId === null ? null : claimText(c.parentId), c.verdict && [c.verdict.rating, c.verdict.rationale, c.verdict.author]]).sort(),
    highlights: p.highlights.map((h) => [text.get(h.articleId)!.slice(0, 20), h.target.position.start, h.target.position.end, h.target.quote.exact, h.color, h.label, h.note, h.author]).sort(),
    links: p.links.map((l) => [hl.get(l.highlightId)!.target.quote.exact, claimText(l.claimId), l.stance, l.weight, l.note, l.author]).sort(),
    ratings: p.ratings.map((r) => [claimText(r.claimId), r.rater, r.rating, r.rationale]).sort(),
  };
}

describe('round trip: our export read back', () => {
  it('onto an empty project gives the same texts, claims and nesting, spans, stances, ratings and verdict', async () => {
    const original = sampleProject();
    const bytes = await writeQdpx(original, { claimIds: null, generatedAt: T1 });
    const items = await readQdpx(bytes, emptyProject(), stamp());
    expect(items.unmatched).toEqual([]);
    // Every item is valid by the project file's own schemas.
    for (const a of items.articles) Article.parse(a);
    for (const c of items.claims) Claim.parse(c);
    for (const h of items.highlights) Highlight.parse(h);
    for (const l of items.links) EvidenceLink.parse(l);
    for (const r of items.ratings) ClaimRating.parse(r);
    const { project } = addImportedItems(emptyProject(), items);
    expect(view(project)).toEqual(view(original));
    expect(project.articles.map((a) => a.format)).toEqual(['txt', 'txt']);
    expect(project.articles.map((a) => a.contentHash)).toEqual(original.articles.map((a) => a.contentHash));
  });

  it('into the project it came from adds nothing, and a second import adds nothing twice', async () => {
    const original = sampleProject();
    const bytes = await writeQdpx(original, { claimIds: null, generatedAt: T1 });
    const back = addImportedItems(original, await readQdpx(bytes, original, stamp('x')));
    expect(back.counts).toEqual({ articles: 0, claims: 0, highlights: 0, links: 0, ratings: 0, alreadyPresent: expect.any(Number) });
    expect(back.counts.alreadyPresent).toBeGreaterThan(0);
    expect(view(back.project)).toEqual(view(original));

    const once = addImportedItems(emptyProject(), await readQdpx(bytes, emptyProject(), stamp('y'))).project;
    const twice = addImportedItems(once, await readQdpx(bytes, once, stamp('z')));
    expect(twice.counts).toMatchObject({ articles: 0, claims: 0, highlights: 0, links: 0, ratings: 0 });
  });
});
