import { describe, expect, it } from 'vitest';
import { ratingId } from '../model.js';
import { claimFamily, empty, expectNextRevision, linked, outline, stampAs, stamper, target, thrown } from './fixtures/annotations.js';
import { addClaim, addHighlight, deleteClaim, deleteHighlight, linkEvidence, moveClaim, rateClaim, setVerdict, unlinkEvidence, updateClaim, updateHighlight, updateLink, type Stamp } from './operations.js';
import { verdictOf } from './verdict.js';

describe('highlights', () => {
  it('adds a highlight with defaults and the author and time of the stamp', () => {
    const { next, highlight } = addHighlight(empty(), { articleId: 'a1', target: target('brine outfall'), color: 'green' }, stamper('Ben', '2026-02-03T04:05:06.000Z'));
    expect(next.highlights).toEqual([highlight]);
    expect(highlight).toMatchObject({ articleId: 'a1', color: 'green', label: null, note: '', author: 'Ben', createdAt: '2026-02-03T04:05:06.000Z', updatedAt: '2026-02-03T04:05:06.000Z' });
    expect(highlight.target.quote.exact).toBe('brine outfall');
  });

  it('updates colour, label and note, keeping when it was created and recording who changed it', () => {
    const { a, highlight } = linked();
    const later: Stamp = { author: 'Cy', now: '2026-05-05T00:00:00.000Z', newId: () => 'unused' };
    const { next, highlight: updated } = updateHighlight(a, highlight.id, { color: 'pink', label: 'key figure', note: 'Check against the ledger' }, later);
    expect(updated).toMatchObject({ color: 'pink', label: 'key figure', note: 'Check against the ledger', author: 'Cy', createdAt: highlight.createdAt, updatedAt: '2026-05-05T00:00:00.000Z' });
    expect(updated.target).toEqual(highlight.target);
    expect(next.highlights).toEqual([updated]);
    // The input value is not changed (undo keeps it).
    expect(a.highlights[0]).toEqual(highlight);
  });

  it('deleting a highlight removes its evidence links but keeps the claim and other links', () => {
    const { s, a, highlight, claim } = linked();
    const other = addHighlight(a, { articleId: 'a1', target: target('harms crab catches'), color: 'blue' }, s);
    const otherLink = linkEvidence(other.next, { highlightId: other.highlight.id, claimId: claim.id, stance: 'refutes' }, s);
    const next = deleteHighlight(otherLink.next, highlight.id, s);
    expect(next.highlights.map((h) => h.id)).toEqual([other.highlight.id]);
    expect(next.links).toEqual([otherLink.link]);
    expect(next.claims).toEqual([claim]);
  });

  it('says a missing highlight no longer exists', () => {
    const e = thrown(() => updateHighlight(empty(), 'gone', { note: 'x' }, stamper()));
    expect(e.code).toBe('not-found');
    expect(e.message).toMatch(/highlight no longer exists/);
    expect(thrown(() => deleteHighlight(empty(), 'gone', stamper())).code).toBe('not-found');
  });
});

describe('claims', () => {
  it('adds claims at the end by default and at an index among their siblings', () => {
    const s = stamper();
    let a = addClaim(empty(), { text: 'First' }, s).next;
    a = addClaim(a, { text: 'Third' }, s).next;
    a = addClaim(a, { text: 'Second', index: 1 }, s).next;
    a = addClaim(a, { text: 'Zeroth', index: 0 }, s).next;
    a = addClaim(a, { text: 'Last', index: 99 }, s).next;
    expect(outline(a)).toEqual(['Zeroth', 'First', 'Second', 'Third', 'Last']);
  });

  it('adds sub-claims at an index among the children of their parent only', () => {
    const s = stamper();
    const p = addClaim(empty(), { text: 'Parent' }, s);
    let a = addClaim(p.next, { text: 'Other top' }, s).next;
    a = addClaim(a, { text: 'child B', parentId: p.claim.id }, s).next;
    a = addClaim(a, { text: 'child A', parentId: p.claim.id, index: 0 }, s).next;
    a = addClaim(a, { text: 'child C', parentId: p.claim.id }, s).next;
    expect(outline(a)).toEqual(['Parent', '  child A', '  child B', '  child C', 'Other top']);
  });

  it('trims claim text, starts unrated, and refuses an empty claim', () => {
    const { claim } = addClaim(empty(), { text: '  Bills rise 9%\n' }, stamper());
    expect(claim).toMatchObject({ text: 'Bills rise 9%', verdict: null, parentId: null });
    expect(verdictOf(claim, [])).toMatchObject({ rating: 'unrated', rationale: '', basis: 'unrated' });
    const e = thrown(() => addClaim(empty(), { text: '   ' }, stamper()));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/needs some text/);
    const updateEmpty = thrown(() => updateClaim(addClaim(empty(), { text: 'x' }, stamper()).next, 'id1', { text: ' ' }, stamper()));
    expect(updateEmpty.code).toBe('bad-args');
  });

  it('updates text, and rating and rationale (the rater’s own)', () => {
    const s = stamper();
    const { next, claim } = addClaim(empty(), { text: 'Bills rise 9%' }, s);
    const edited = updateClaim(next, claim.id, { text: ' Bills rise 9 per cent ' }, s);
    const rated = rateClaim(edited.next, claim.id, { rating: 'moderate', rationale: 'Council figure, not independent' }, s);
    expect(edited.claim).toMatchObject({ text: 'Bills rise 9 per cent', parentId: null, verdict: null });
    expect(rated.rating).toMatchObject({ claimId: claim.id, rater: 'Ada', rating: 'moderate', rationale: 'Council figure, not independent' });
    expect(verdictOf(edited.claim, rated.next.ratings)).toMatchObject({ rating: 'moderate', rationale: 'Council figure, not independent', basis: 'single' });
    // Rating alone leaves the text (and the claim) as it was.
    const { next: onlyRated, rating } = rateClaim(next, claim.id, { rating: 'weak' }, s);
    expect(onlyRated.claims).toEqual([claim]);
    expect(rating).toMatchObject({ rating: 'weak', rationale: '' });
  });

  it('nests one level only: a sub-claim cannot get sub-claims', () => {
    const s = stamper();
    const p = addClaim(empty(), { text: 'Parent' }, s);
    const c = addClaim(p.next, { text: 'Child', parentId: p.claim.id }, s);
    const e = thrown(() => addClaim(c.next, { text: 'Grandchild', parentId: c.claim.id }, s));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/Sub-claims cannot have sub-claims.*one level/);
    const other = addClaim(c.next, { text: 'Other' }, s);
    const moved = thrown(() => moveClaim(other.next, other.claim.id, c.claim.id, 0, s));
    expect(moved.message).toMatch(/Sub-claims cannot have sub-claims/);
  });

  it('a claim with sub-claims cannot become a sub-claim, nor its own', () => {
    const s = stamper();
    const p = addClaim(empty(), { text: 'Parent' }, s);
    const c = addClaim(p.next, { text: 'Child', parentId: p.claim.id }, s);
    const q = addClaim(c.next, { text: 'Another' }, s);
    const e = thrown(() => moveClaim(q.next, p.claim.id, q.claim.id, 0, s));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/with sub-claims cannot become a sub-claim/);
    expect(thrown(() => moveClaim(q.next, q.claim.id, q.claim.id, 0, s)).message).toMatch(/its own sub-claim/);
  });

  it('refuses a parent that does not exist', () => {
    const e = thrown(() => addClaim(empty(), { text: 'Orphan', parentId: 'nope' }, stamper()));
    expect(e.code).toBe('not-found');
    expect(e.message).toMatch(/parent claim no longer exists/);
  });

  it('reorders claims among siblings, the index being the final position', () => {
    const s = stamper();
    let a = empty();
    const ids: Record<string, string> = {};
    for (const t of ['A', 'B', 'C', 'D']) {
      const r = addClaim(a, { text: t }, s);
      a = r.next;
      ids[t] = r.claim.id;
    }
    expect(outline(moveClaim(a, ids.A!, null, 2, s))).toEqual(['B', 'C', 'A', 'D']);
    expect(outline(moveClaim(a, ids.D!, null, 0, s))).toEqual(['D', 'A', 'B', 'C']);
    expect(outline(moveClaim(a, ids.B!, null, 10, s))).toEqual(['A', 'C', 'D', 'B']);
  });

  it('moves a claim between parents, keeping every other claim in its order', () => {
    const s = stamper();
    const p1 = addClaim(empty(), { text: 'P1' }, s);
    const p2 = addClaim(p1.next, { text: 'P2' }, s);
    let a = p2.next;
    const kids: Record<string, string> = {};
    for (const [t, parent] of [['a', p1], ['b', p1], ['c', p1], ['x', p2], ['y', p2]] as const) {
      const r = addClaim(a, { text: t, parentId: parent.claim.id }, s);
      a = r.next;
      kids[t] = r.claim.id;
    }
    const moved = moveClaim(a, kids.b!, p2.claim.id, 1, s);
    expect(outline(moved)).toEqual(['P1', '  a', '  c', 'P2', '  x', '  b', '  y']);
    expect(moved.claims.find((c) => c.id === kids.b)?.parentId).toBe(p2.claim.id);
    // Promoted to the top level, between P1 and P2; its old siblings stay in order.
    expect(outline(moveClaim(a, kids.a!, null, 1, s))).toEqual(['P1', '  b', '  c', 'a', 'P2', '  x', '  y']);
    // A top-level claim without children becomes the first child of P1.
    const loner = addClaim(a, { text: 'loner' }, s);
    expect(outline(moveClaim(loner.next, loner.claim.id, p1.claim.id, 0, s))).toEqual(['P1', '  loner', '  a', '  b', '  c', 'P2', '  x', '  y']);
  });

  it('deleting a claim removes its sub-claims and their links but keeps every highlight', () => {
    const { s, a, h, p, keep } = claimFamily();
    const next = deleteClaim(a, p.claim.id, s);
    expect(outline(next)).toEqual(['Keep me']);
    expect(next.links.map((l) => l.claimId)).toEqual([keep.claim.id]);
    expect(next.highlights).toEqual([h.highlight]);
    expect(thrown(() => deleteClaim(next, p.claim.id, s)).code).toBe('not-found');
  });

  it('says a missing claim no longer exists', () => {
    const s = stamper();
    for (const fn of [
      () => updateClaim(empty(), 'x', { text: 'y' }, s),
      () => rateClaim(empty(), 'x', { rating: 'strong' }, s),
      () => setVerdict(empty(), 'x', { rating: 'strong', rationale: '' }, s),
      () => moveClaim(empty(), 'x', null, 0, s),
      () => deleteClaim(empty(), 'x', s),
    ]) {
      const e = thrown(fn);
      expect(e.code).toBe('not-found');
      expect(e.message).toMatch(/claim no longer exists/);
    }
  });
});

describe('evidence links', () => {
  it('links a highlight to a claim with the stance, weight and note given', () => {
    const s = stamper();
    const h = addHighlight(empty(), { articleId: 'a1', target: target('brine outfall'), color: 'yellow' }, s);
    const c = addClaim(h.next, { text: 'Outfall harms crabs' }, s);
    const { next, link } = linkEvidence(c.next, { highlightId: h.highlight.id, claimId: c.claim.id, stance: 'supports', weight: 2, note: 'fishermen only' }, s);
    expect(next.links).toEqual([link]);
    expect(link).toMatchObject({ highlightId: h.highlight.id, claimId: c.claim.id, stance: 'supports', weight: 2, note: 'fishermen only', author: 'Ada' });
  });

  it('linking the same pair again changes the stance instead of adding a second link', () => {
    const { a, link, highlight, claim } = linked();
    const later: Stamp = { author: 'Cy', now: '2026-06-01T00:00:00.000Z', newId: () => 'never-used' };
    const { next, link: again } = linkEvidence(a, { highlightId: highlight.id, claimId: claim.id, stance: 'refutes' }, later);
    expect(next.links).toHaveLength(1);
    expect(again).toMatchObject({ id: link.id, stance: 'refutes', weight: null, note: '', author: 'Cy', createdAt: link.createdAt, updatedAt: '2026-06-01T00:00:00.000Z' });
    // Weight and note change only when given.
    const weighted = linkEvidence(next, { highlightId: highlight.id, claimId: claim.id, stance: 'refutes', weight: 3, note: 'strong' }, later).next;
    expect(linkEvidence(weighted, { highlightId: highlight.id, claimId: claim.id, stance: 'context' }, later).link).toMatchObject({ stance: 'context', weight: 3, note: 'strong' });
  });

  it('updates and removes a link, keeping the highlight and the claim', () => {
    const { s, a, link, highlight, claim } = linked();
    const { link: updated } = updateLink(a, link.id, { weight: 1, note: 'indirect' }, s);
    expect(updated).toMatchObject({ stance: 'supports', weight: 1, note: 'indirect' });
    const next = unlinkEvidence(a, link.id, s);
    expect(next.links).toEqual([]);
    expect(next.highlights).toEqual([highlight]);
    expect(next.claims).toEqual([claim]);
  });

  it('refuses links to a missing highlight or claim, and missing links, with not-found', () => {
    const { s, a, highlight, claim } = linked();
    const noHighlight = thrown(() => linkEvidence(a, { highlightId: 'gone', claimId: claim.id, stance: 'supports' }, s));
    expect(noHighlight.code).toBe('not-found');
    expect(noHighlight.message).toMatch(/highlight no longer exists/);
    const noClaim = thrown(() => linkEvidence(a, { highlightId: highlight.id, claimId: 'gone', stance: 'supports' }, s));
    expect(noClaim.code).toBe('not-found');
    expect(noClaim.message).toMatch(/claim no longer exists/);
    for (const fn of [() => unlinkEvidence(a, 'gone', s), () => updateLink(a, 'gone', { stance: 'context' }, s)]) {
      const e = thrown(fn);
      expect(e.code).toBe('not-found');
      expect(e.message).toMatch(/evidence link no longer exists/);
    }
  });
});

describe('ratings', () => {
  it('the first rating of a claim by a person creates theirs; later ones change only it', () => {
    const { a, claim } = linked();
    const first = rateClaim(a, claim.id, { rating: 'weak', rationale: 'One source' }, stampAs('Ada', 'r', '2026-02-01T00:00:00.000Z'));
    expect(first.rating).toEqual({
      id: ratingId(claim.id, 'Ada'),
      claimId: claim.id,
      rater: 'Ada',
      rating: 'weak',
      rationale: 'One source',
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
      rev: 'r1',
      revs: [],
    });
    expect(first.next.ratings).toEqual([first.rating]);
    // The claim itself does not change when it is rated.
    expect(first.next.claims).toEqual(a.claims);

    const second = rateClaim(first.next, claim.id, { rating: 'moderate' }, stampAs('Ada', 's', '2026-02-02T00:00:00.000Z'));
    expect(second.next.ratings).toEqual([second.rating]);
    expect(second.rating).toMatchObject({ id: first.rating.id, rating: 'moderate', rationale: 'One source', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-02T00:00:00.000Z' });
    expectNextRevision(first.rating, second.rating);
  });

  it('two raters get two ratings, and neither overwrites the other', () => {
    const { a, claim } = linked();
    const ada = rateClaim(a, claim.id, { rating: 'strong', rationale: 'Ledger agrees' }, stampAs('Ada', 'a'));
    const ben = rateClaim(ada.next, claim.id, { rating: 'weak', rationale: 'Council figure only' }, stampAs('Ben', 'b'));
    expect(ben.next.ratings).toEqual([ada.rating, ben.rating]);
    expect(ben.rating.id).not.toBe(ada.rating.id);
    expect(ben.rating).toMatchObject({ id: ratingId(claim.id, 'Ben'), rater: 'Ben', rating: 'weak' });

    // Ada changes her mind: Ben's rating is the very same object as before.
    const adaAgain = rateClaim(ben.next, claim.id, { rating: 'moderate' }, stampAs('Ada', 'a2'));
    expect(adaAgain.next.ratings[1]).toBe(ben.rating);
    expect(adaAgain.next.ratings.map((r) => [r.rater, r.rating, r.rationale])).toEqual([
      ['Ada', 'moderate', 'Ledger agrees'],
      ['Ben', 'weak', 'Council figure only'],
    ]);
    // The same person, however the name is spaced or cased, is one rater.
    const spaced = rateClaim(adaAgain.next, claim.id, { rating: 'none' }, stampAs('  ada ', 'a3'));
    expect(spaced.next.ratings).toHaveLength(2);
    expect(spaced.rating).toMatchObject({ id: ada.rating.id, rater: 'Ada', rating: 'none' });
    expect(verdictOf(claim, spaced.next.ratings)).toMatchObject({ basis: 'disagreement', rating: 'unrated' });
  });

  it('a rating with only a rationale starts unrated', () => {
    const { a, claim } = linked();
    expect(rateClaim(a, claim.id, { rationale: 'Need the budget tables' }, stamper()).rating).toMatchObject({ rating: 'unrated', rationale: 'Need the budget tables' });
  });

  it('refuses to rate without a name, so no rating is anybody’s', () => {
    const { a, claim } = linked();
    for (const author of ['', '   ']) {
      const e = thrown(() => rateClaim(a, claim.id, { rating: 'strong' }, stampAs(author, 'r')));
      expect(e.code).toBe('bad-args');
      expect(e.message).toMatch(/Set your name/);
    }
    expect(a.ratings).toEqual([]);
  });
});

describe('verdicts', () => {
  it('records the reconciled verdict with who decided and when, and withdraws it', () => {
    const { a, claim } = linked();
    let next = rateClaim(a, claim.id, { rating: 'strong' }, stampAs('Ada', 'a')).next;
    next = rateClaim(next, claim.id, { rating: 'weak' }, stampAs('Ben', 'b')).next;
    expect(verdictOf(claim, next.ratings).basis).toBe('disagreement');

    const set = setVerdict(next, claim.id, { rating: 'moderate', rationale: 'Agreed after reading the annex' }, stampAs('Cy', 'v', '2026-07-07T00:00:00.000Z'));
    expect(set.claim).toMatchObject({ text: claim.text, verdict: { rating: 'moderate', rationale: 'Agreed after reading the annex', author: 'Cy', decidedAt: '2026-07-07T00:00:00.000Z' } });
    expect(set.next.claims).toEqual([set.claim]);
    // Nobody's own rating changes.
    expect(set.next.ratings).toBe(next.ratings);
    expect(verdictOf(set.claim, set.next.ratings)).toMatchObject({ rating: 'moderate', basis: 'reconciled' });

    const withdrawn = setVerdict(set.next, claim.id, null, stampAs('Ada', 'w', '2026-08-08T00:00:00.000Z'));
    expect(withdrawn.claim).toMatchObject({ verdict: null, author: 'Ada', updatedAt: '2026-08-08T00:00:00.000Z' });
    expectNextRevision(set.claim, withdrawn.claim);
    expect(verdictOf(withdrawn.claim, withdrawn.next.ratings).basis).toBe('disagreement');
  });
});
