/**
 * What the annotation operations record for merging copies: a new revision on every change
 * (history kept, oldest first, capped), none for a change that is not one, and a deletion record
 * for every item a deletion removes.
 */
import { describe, expect, it } from 'vitest';
import { MAX_REVS } from '../merge/versioned.js';
import { claimFamily, empty, expectNextRevision, linked, outline, stampAs, stamper, target } from './fixtures/annotations.js';
import { addClaim, addHighlight, deleteClaim, deleteHighlight, linkEvidence, moveClaim, rateClaim, setVerdict, unlinkEvidence, updateClaim, updateHighlight, updateLink } from './operations.js';

describe('revisions', () => {
  it('new items start with a fresh revision and no history', () => {
    const { a, highlight, claim, link } = linked();
    const { rating } = rateClaim(a, claim.id, { rating: 'weak' }, stamper());
    for (const item of [highlight, claim, link, rating]) {
      expect(item.rev).toMatch(/^id\d+$/);
      expect(item.revs).toEqual([]);
    }
    // Each item got its own revision id, distinct from every id.
    const all = [highlight, claim, link].flatMap((x) => [x.id, x.rev]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('every change gives the item a new revision and keeps the previous ones, oldest first', () => {
    const { a, highlight, claim, link } = linked();
    const s = stampAs('Cy', 'r');
    const h1 = updateHighlight(a, highlight.id, { note: 'check' }, s);
    expectNextRevision(highlight, h1.highlight);
    const h2 = updateHighlight(h1.next, highlight.id, { color: 'pink' }, s);
    expectNextRevision(h1.highlight, h2.highlight);
    expect(h2.highlight.revs).toEqual([highlight.rev, h1.highlight.rev]);

    const c1 = updateClaim(a, claim.id, { text: 'Bills rise 9 per cent' }, s);
    expectNextRevision(claim, c1.claim);
    const v1 = setVerdict(c1.next, claim.id, { rating: 'strong', rationale: 'Two ledgers agree' }, s);
    expectNextRevision(c1.claim, v1.claim);
    const v2 = setVerdict(v1.next, claim.id, null, s);
    expectNextRevision(v1.claim, v2.claim);

    const l1 = updateLink(a, link.id, { weight: 2 }, s);
    expectNextRevision(link, l1.link);
    // Linking the same pair again is a change of that link, not a new one.
    const l2 = linkEvidence(l1.next, { highlightId: highlight.id, claimId: claim.id, stance: 'refutes' }, s);
    expectNextRevision(l1.link, l2.link);

    const r1 = rateClaim(a, claim.id, { rating: 'weak' }, s);
    const r2 = rateClaim(r1.next, claim.id, { rationale: 'Only the council says so' }, s);
    expectNextRevision(r1.rating, r2.rating);
    // Every revision id handed out was used once.
    const revs = [h1, h2].map((x) => x.highlight.rev).concat([c1, v1, v2].map((x) => x.claim.rev), [l1, l2].map((x) => x.link.rev), [r1, r2].map((x) => x.rating.rev));
    expect(new Set(revs).size).toBe(revs.length);
  });

  it('keeps at most MAX_REVS previous revisions, dropping the oldest', () => {
    const { a, highlight } = linked();
    const s = stampAs('Cy', 'r');
    let next = a;
    for (let i = 0; i < MAX_REVS + 5; i++) next = updateHighlight(next, highlight.id, { note: `edit ${i}` }, s).next;
    const last = next.highlights[0]!;
    expect(last.rev).toBe(`r${MAX_REVS + 5}`);
    expect(last.revs).toHaveLength(MAX_REVS);
    expect(last.revs.at(-1)).toBe(`r${MAX_REVS + 4}`);
    expect(last.revs).not.toContain(highlight.rev);
  });

  it('an edit that changes nothing is not a new revision', () => {
    const { a, claim } = linked();
    const r = updateClaim(a, claim.id, { text: '  Bills rise 9%  ' }, stampAs('Cy', 'r'));
    expect(r.next).toBe(a);
    expect(r.claim).toBe(claim);
  });

  it('moving a claim among the same siblings keeps its revision; a new parent is a new revision', () => {
    const s = stamper();
    const p1 = addClaim(empty(), { text: 'P1' }, s);
    const p2 = addClaim(p1.next, { text: 'P2' }, s);
    const k1 = addClaim(p2.next, { text: 'k1', parentId: p1.claim.id }, s);
    const k2 = addClaim(k1.next, { text: 'k2', parentId: p1.claim.id }, s);
    const a = k2.next;
    const later = stampAs('Cy', 'r', '2026-09-09T00:00:00.000Z');

    // Reordering: every claim object is unchanged (same rev, same stamp), only the order differs.
    const reorderedTop = moveClaim(a, p2.claim.id, null, 0, later);
    expect(outline(reorderedTop)).toEqual(['P2', 'P1', '  k1', '  k2']);
    const reorderedKids = moveClaim(a, k2.claim.id, p1.claim.id, 0, later);
    expect(outline(reorderedKids)).toEqual(['P1', '  k2', '  k1', 'P2']);
    for (const moved of [reorderedTop, reorderedKids]) {
      expect([...moved.claims].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...a.claims].sort((x, y) => x.id.localeCompare(y.id)));
    }

    // A new parent, or none: a change of the claim, by the mover.
    const reparented = moveClaim(a, k1.claim.id, p2.claim.id, 0, later);
    const k1After = reparented.claims.find((c) => c.id === k1.claim.id)!;
    expectNextRevision(k1.claim, k1After);
    expect(k1After).toMatchObject({ parentId: p2.claim.id, author: 'Cy', updatedAt: '2026-09-09T00:00:00.000Z', createdAt: k1.claim.createdAt });
    const promoted = moveClaim(a, k2.claim.id, null, 1, later).claims.find((c) => c.id === k2.claim.id)!;
    expectNextRevision(k2.claim, promoted);
    expect(promoted.parentId).toBeNull();
    // The claims that did not move are untouched.
    expect(reparented.claims.filter((c) => c.id !== k1.claim.id)).toEqual(a.claims.filter((c) => c.id !== k1.claim.id));
  });
});

describe('deletion records', () => {
  it('deleting a highlight records it and its links, at the revisions deleted, by whom and when', () => {
    const { s, a, highlight, claim, link } = linked();
    const edited = updateHighlight(a, highlight.id, { note: 'edited first' }, s);
    const c2 = addClaim(edited.next, { text: 'Another claim' }, s);
    const l2 = linkEvidence(c2.next, { highlightId: highlight.id, claimId: c2.claim.id, stance: 'context' }, s);
    const other = addHighlight(l2.next, { articleId: 'a1', target: target('brine outfall'), color: 'blue' }, s);
    const otherLink = linkEvidence(other.next, { highlightId: other.highlight.id, claimId: claim.id, stance: 'refutes' }, s);
    const before = { ...otherLink.next, deleted: [{ kind: 'claim', id: 'old', rev: 'x', revs: [], deletedAt: '2025-01-01T00:00:00.000Z', author: 'Zed' }] };

    const by = stampAs('Ben', 'd', '2026-04-04T00:00:00.000Z');
    const next = deleteHighlight(before, highlight.id, by);
    const when = { deletedAt: '2026-04-04T00:00:00.000Z', author: 'Ben' };
    expect(next.deleted).toEqual([
      before.deleted[0],
      { kind: 'highlight', id: highlight.id, rev: edited.highlight.rev, revs: [highlight.rev], ...when },
      { kind: 'link', id: link.id, rev: link.rev, revs: [], ...when },
      { kind: 'link', id: l2.link.id, rev: l2.link.rev, revs: [], ...when },
    ]);
    expect(next.links).toEqual([otherLink.link]);
    // The input keeps its own records (undo restores it as it was).
    expect(before.deleted).toHaveLength(1);
  });

  it('deleting a claim records it, its sub-claims, their links and every rating of them', () => {
    const { s, a: withLinks, p, c, keep } = claimFamily();
    let a = withLinks;
    for (const author of ['Ada', 'Ben']) {
      for (const claimId of [p.claim.id, c.claim.id, keep.claim.id]) a = rateClaim(a, claimId, { rating: 'weak' }, { ...s, author }).next;
    }
    const doomed = new Set([p.claim.id, c.claim.id]);

    const next = deleteClaim(a, p.claim.id, stampAs('Cy', 'd', '2026-05-05T00:00:00.000Z'));
    const recorded = (kind: string) => next.deleted.filter((d) => d.kind === kind);
    expect(recorded('claim')).toEqual(a.claims.filter((x) => doomed.has(x.id)).map((x) => ({ kind: 'claim', id: x.id, rev: x.rev, revs: x.revs, deletedAt: '2026-05-05T00:00:00.000Z', author: 'Cy' })));
    expect(recorded('link').map((d) => [d.id, d.rev])).toEqual(a.links.filter((l) => doomed.has(l.claimId)).map((l) => [l.id, l.rev]));
    expect(recorded('rating').map((d) => [d.id, d.rev])).toEqual(a.ratings.filter((r) => doomed.has(r.claimId)).map((r) => [r.id, r.rev]));
    expect(recorded('rating')).toHaveLength(4);
    expect(recorded('highlight')).toEqual([]);
    // What stays: the highlight, the other claim, its link and both its ratings, unchanged.
    expect(next.highlights).toEqual(a.highlights);
    expect(next.claims).toEqual([keep.claim]);
    expect(next.links).toEqual(a.links.filter((l) => l.claimId === keep.claim.id));
    expect(next.ratings).toEqual(a.ratings.filter((r) => r.claimId === keep.claim.id));
    expect(next.ratings).toHaveLength(2);
  });

  it('removing a link records it', () => {
    const { a, link } = linked();
    const edited = updateLink(a, link.id, { note: 'weak' }, stampAs('Ada', 'r'));
    const next = unlinkEvidence(edited.next, link.id, stampAs('Ben', 'd', '2026-06-06T00:00:00.000Z'));
    expect(next.deleted).toEqual([{ kind: 'link', id: link.id, rev: 'r1', revs: [link.rev], deletedAt: '2026-06-06T00:00:00.000Z', author: 'Ben' }]);
  });
});
