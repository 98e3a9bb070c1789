import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../anchoring/describe.js';
import type { Annotations } from '../model.js';
import { WarrantError } from '../result.js';
import {
  addClaim,
  addHighlight,
  deleteClaim,
  deleteHighlight,
  linkEvidence,
  moveClaim,
  unlinkEvidence,
  updateClaim,
  updateHighlight,
  updateLink,
  type Stamp,
} from './operations.js';
import { claimTree } from './summary.js';

const TEXT = 'The council approved a 9% water tariff rise. Fishermen say the brine outfall harms crab catches.';

/** A stamp with predictable ids (`id1`, `id2`, …) and a fixed author and time. */
function stamper(author = 'Ada', now = '2026-01-01T00:00:00.000Z'): Stamp {
  let n = 0;
  return { author, now, newId: () => `id${++n}` };
}

const empty = (): Annotations => ({ highlights: [], claims: [], links: [], removedArticles: [] });

function target(phrase: string) {
  const at = TEXT.indexOf(phrase);
  const t = describeRange(TEXT, at, at + phrase.length);
  if (!t) throw new Error(`no selectors for ${phrase}`);
  return t;
}

/** Runs `fn` and returns the WarrantError it throws (failing the test if it does not). */
function thrown(fn: () => unknown): WarrantError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WarrantError);
    return e as WarrantError;
  }
  throw new Error('expected a WarrantError, nothing was thrown');
}

/** Top-level claim texts followed by their children, as the claims panel shows them. */
const outline = (a: Annotations): string[] => claimTree(a.claims).map(({ claim, depth }) => `${depth ? '  ' : ''}${claim.text}`);

/** A project with one highlight linked to a claim. */
function linked() {
  const s = stamper();
  const h = addHighlight(empty(), { articleId: 'a1', target: target('9% water tariff rise'), color: 'yellow' }, s);
  const c = addClaim(h.next, { text: 'Bills rise 9%' }, s);
  const l = linkEvidence(c.next, { highlightId: h.highlight.id, claimId: c.claim.id, stance: 'supports' }, s);
  return { s, a: l.next, highlight: h.highlight, claim: c.claim, link: l.link };
}

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
    const next = deleteHighlight(otherLink.next, highlight.id);
    expect(next.highlights.map((h) => h.id)).toEqual([other.highlight.id]);
    expect(next.links).toEqual([otherLink.link]);
    expect(next.claims).toEqual([claim]);
  });

  it('says a missing highlight no longer exists', () => {
    const e = thrown(() => updateHighlight(empty(), 'gone', { note: 'x' }, stamper()));
    expect(e.code).toBe('not-found');
    expect(e.message).toMatch(/highlight no longer exists/);
    expect(thrown(() => deleteHighlight(empty(), 'gone')).code).toBe('not-found');
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
    expect(claim).toMatchObject({ text: 'Bills rise 9%', rating: 'unrated', rationale: '', parentId: null });
    const e = thrown(() => addClaim(empty(), { text: '   ' }, stamper()));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/needs some text/);
    const updateEmpty = thrown(() => updateClaim(addClaim(empty(), { text: 'x' }, stamper()).next, 'id1', { text: ' ' }, stamper()));
    expect(updateEmpty.code).toBe('bad-args');
  });

  it('updates text, rating and rationale', () => {
    const s = stamper();
    const { next, claim } = addClaim(empty(), { text: 'Bills rise 9%' }, s);
    const { claim: updated } = updateClaim(next, claim.id, { rating: 'moderate', rationale: 'Council figure, not independent', text: ' Bills rise 9 per cent ' }, s);
    expect(updated).toMatchObject({ rating: 'moderate', rationale: 'Council figure, not independent', text: 'Bills rise 9 per cent', parentId: null });
    const { claim: rated } = updateClaim(next, claim.id, { rating: 'weak' }, s);
    expect(rated.text).toBe('Bills rise 9%');
  });

  it('nests one level only: a sub-claim cannot get sub-claims', () => {
    const s = stamper();
    const p = addClaim(empty(), { text: 'Parent' }, s);
    const c = addClaim(p.next, { text: 'Child', parentId: p.claim.id }, s);
    const e = thrown(() => addClaim(c.next, { text: 'Grandchild', parentId: c.claim.id }, s));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/Sub-claims cannot have sub-claims.*one level/);
    const other = addClaim(c.next, { text: 'Other' }, s);
    const moved = thrown(() => moveClaim(other.next, other.claim.id, c.claim.id, 0));
    expect(moved.message).toMatch(/Sub-claims cannot have sub-claims/);
  });

  it('a claim with sub-claims cannot become a sub-claim, nor its own', () => {
    const s = stamper();
    const p = addClaim(empty(), { text: 'Parent' }, s);
    const c = addClaim(p.next, { text: 'Child', parentId: p.claim.id }, s);
    const q = addClaim(c.next, { text: 'Another' }, s);
    const e = thrown(() => moveClaim(q.next, p.claim.id, q.claim.id, 0));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/with sub-claims cannot become a sub-claim/);
    expect(thrown(() => moveClaim(q.next, q.claim.id, q.claim.id, 0)).message).toMatch(/its own sub-claim/);
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
    expect(outline(moveClaim(a, ids.A!, null, 2))).toEqual(['B', 'C', 'A', 'D']);
    expect(outline(moveClaim(a, ids.D!, null, 0))).toEqual(['D', 'A', 'B', 'C']);
    expect(outline(moveClaim(a, ids.B!, null, 10))).toEqual(['A', 'C', 'D', 'B']);
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
    const moved = moveClaim(a, kids.b!, p2.claim.id, 1);
    expect(outline(moved)).toEqual(['P1', '  a', '  c', 'P2', '  x', '  b', '  y']);
    expect(moved.claims.find((c) => c.id === kids.b)?.parentId).toBe(p2.claim.id);
    // Promoted to the top level, between P1 and P2; its old siblings stay in order.
    expect(outline(moveClaim(a, kids.a!, null, 1))).toEqual(['P1', '  b', '  c', 'a', 'P2', '  x', '  y']);
    // A top-level claim without children becomes the first child of P1.
    const loner = addClaim(a, { text: 'loner' }, s);
    expect(outline(moveClaim(loner.next, loner.claim.id, p1.claim.id, 0))).toEqual(['P1', '  loner', '  a', '  b', '  c', 'P2', '  x', '  y']);
  });

  it('deleting a claim removes its sub-claims and their links but keeps every highlight', () => {
    const s = stamper();
    const h = addHighlight(empty(), { articleId: 'a1', target: target('brine outfall'), color: 'yellow' }, s);
    const p = addClaim(h.next, { text: 'Parent' }, s);
    const c = addClaim(p.next, { text: 'Child', parentId: p.claim.id }, s);
    const keep = addClaim(c.next, { text: 'Keep me' }, s);
    let a = keep.next;
    for (const claimId of [p.claim.id, c.claim.id, keep.claim.id]) a = linkEvidence(a, { highlightId: h.highlight.id, claimId, stance: 'context' }, s).next;
    const next = deleteClaim(a, p.claim.id);
    expect(outline(next)).toEqual(['Keep me']);
    expect(next.links.map((l) => l.claimId)).toEqual([keep.claim.id]);
    expect(next.highlights).toEqual([h.highlight]);
    expect(thrown(() => deleteClaim(next, p.claim.id)).code).toBe('not-found');
  });

  it('says a missing claim no longer exists', () => {
    for (const fn of [() => updateClaim(empty(), 'x', { rating: 'strong' }, stamper()), () => moveClaim(empty(), 'x', null, 0), () => deleteClaim(empty(), 'x')]) {
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
    const next = unlinkEvidence(a, link.id);
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
    for (const fn of [() => unlinkEvidence(a, 'gone'), () => updateLink(a, 'gone', { stance: 'context' }, s)]) {
      const e = thrown(fn);
      expect(e.code).toBe('not-found');
      expect(e.message).toMatch(/evidence link no longer exists/);
    }
  });
});
