import { describe, expect, it } from 'vitest';
import { addClaim, addHighlight, linkEvidence, moveClaim, rateClaim, setVerdict, type AnnotationState, type Stamp } from '../../shared/annotations/operations.js';
import { articleIndex, claimTree } from '../../shared/annotations/summary.js';
import type { Rating, Stance } from '../../shared/model.js';
import { claimRows, moveArgs, NO_FILTER, RATING_FILTERS, summarizeAll, verdictText, type MoveDirection } from './claims-view.js';

type Annotations = AnnotationState;
let n = 0;
const stamp: Stamp = { author: 'T', now: '2024-01-01T00:00:00.000Z', newId: () => `id${++n}` };
/** A second rater. */
const other: Stamp = { ...stamp, author: 'U' };
const empty: Annotations = { highlights: [], claims: [], links: [], ratings: [], removedArticles: [], deleted: [] };

/** Claims A, B (with sub-claims B1, B2), C — built with the real operations. */
function project(): { a: Annotations; id: Record<string, string> } {
  let a = empty;
  const id: Record<string, string> = {};
  for (const [name, parent] of [['A', null], ['B', null], ['B1', 'B'], ['B2', 'B'], ['C', null]] as const) {
    const r = addClaim(a, { text: name, parentId: parent ? id[parent]! : null }, stamp);
    a = r.next;
    id[name] = r.claim.id;
  }
  return { a, id };
}

const order = (a: Annotations) => claimTree(a.claims).map((r) => `${'  '.repeat(r.depth)}${r.claim.text}`);

function applyMove(a: Annotations, id: string, d: MoveDirection): Annotations {
  const args = moveArgs(a.claims, id, d);
  if (!args) throw new Error(`cannot move ${d}`);
  return moveClaim(a, args.id, args.parentId, args.index, stamp);
}

describe('moveArgs (checked against the real claims.move)', () => {
  it('moves claims up and down among their siblings', () => {
    const { a, id } = project();
    expect(order(applyMove(a, id.C!, 'up'))).toEqual(['A', 'C', 'B', '  B1', '  B2']);
    expect(order(applyMove(a, id.A!, 'down'))).toEqual(['B', '  B1', '  B2', 'A', 'C']);
    expect(order(applyMove(a, id.B2!, 'up'))).toEqual(['A', 'B', '  B2', '  B1', 'C']);
    expect(moveArgs(a.claims, id.A!, 'up')).toBeNull();
    expect(moveArgs(a.claims, id.C!, 'down')).toBeNull();
    expect(moveArgs(a.claims, id.B1!, 'up')).toBeNull();
  });

  it('indents under the claim above and outdents to just after the parent', () => {
    const { a, id } = project();
    expect(order(applyMove(a, id.C!, 'indent'))).toEqual(['A', 'B', '  B1', '  B2', '  C']);
    expect(order(applyMove(a, id.B1!, 'outdent'))).toEqual(['A', 'B', '  B2', 'B1', 'C']);
    // Only one level: the first claim has nothing above, a parent cannot become a child.
    expect(moveArgs(a.claims, id.A!, 'indent')).toBeNull();
    expect(moveArgs(a.claims, id.B!, 'indent')).toBeNull();
    expect(moveArgs(a.claims, id.B1!, 'indent')).toBeNull();
    expect(moveArgs(a.claims, id.A!, 'outdent')).toBeNull();
  });
});

describe('claimRows', () => {
  function rated(): { a: Annotations; id: Record<string, string> } {
    const p = project();
    let a = p.a;
    const ratings: Record<string, Rating> = { A: 'weak', B: 'strong', C: 'contradicted' };
    for (const [name, rating] of Object.entries(ratings)) a = rateClaim(a, p.id[name]!, { rating, rationale: name === 'C' ? 'the WSJ report' : '' }, stamp).next;
    // Evidence: C has two supporting passages and one refuting; B1 one supporting.
    const links: Array<[string, Stance, string]> = [['C', 'supports', 'x1'], ['C', 'supports', 'x2'], ['C', 'refutes', 'x2'], ['B1', 'supports', 'x1']];
    for (const [claim, stance, article] of links) {
      const h = addHighlight(a, { articleId: article, color: 'yellow', target: { position: { type: 'TextPositionSelector', start: 0, end: 1 }, quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } } }, stamp);
      a = linkEvidence(h.next, { highlightId: h.highlight.id, claimId: p.id[claim]!, stance }, stamp).next;
    }
    return { a, id: p.id };
  }
  const names = (rows: ReturnType<typeof claimRows>) => rows.map((r) => `${r.depth ? '  ' : ''}${r.claim.text}${r.matches ? '' : '*'}`);
  const summaries = (a: Annotations) => summarizeAll(a, articleIndex([{ id: 'x1', title: 'X1', source: 'S', date: null }, { id: 'x2', title: 'X2', source: null, date: null }], a));

  it('keeps the manual order, sub-claims under their parent', () => {
    const { a } = rated();
    expect(names(claimRows(a.claims, summaries(a), 'manual', NO_FILTER))).toEqual(['A', 'B', '  B1', '  B2', 'C']);
  });

  it('sorts by rating (strong first) and by amount of evidence, keeping sub-claims under parents', () => {
    const { a } = rated();
    expect(names(claimRows(a.claims, summaries(a), 'rating', NO_FILTER))).toEqual(['B', '  B1', '  B2', 'A', 'C']);
    expect(names(claimRows(a.claims, summaries(a), 'evidence', NO_FILTER))).toEqual(['C', 'A', 'B', '  B1', '  B2']);
  });

  it('filters by text (claim or rationale), rating and evidence, showing the parent of a matching sub-claim', () => {
    const { a } = rated();
    const s = summaries(a);
    expect(names(claimRows(a.claims, s, 'manual', { ...NO_FILTER, text: 'wsj' }))).toEqual(['C']);
    expect(names(claimRows(a.claims, s, 'manual', { ...NO_FILTER, rating: 'strong' }))).toEqual(['B']);
    expect(names(claimRows(a.claims, s, 'manual', { ...NO_FILTER, evidence: 'refuting' }))).toEqual(['C']);
    expect(names(claimRows(a.claims, s, 'manual', { ...NO_FILTER, evidence: 'supporting' }))).toEqual(['B*', '  B1', 'C']);
    expect(names(claimRows(a.claims, s, 'manual', { ...NO_FILTER, evidence: 'none' }))).toEqual(['A', 'B', '  B2']);
    expect(names(claimRows(a.claims, s, 'manual', { ...NO_FILTER, evidence: 'no-refuting' }))).toEqual(['A', 'B', '  B1', '  B2']);
  });

  it('carries each claim’s evidence summary', () => {
    const { a, id } = rated();
    const row = claimRows(a.claims, summaries(a), 'manual', NO_FILTER).find((r) => r.claim.id === id.C)!;
    expect(row.summary).toEqual({ supports: 2, refutes: 1, context: 0, articles: 2, sources: 1, unknownSources: 1 });
  });

  describe('by verdict, when several people rate', () => {
    /**
     * A: T and U both say weak (agreed). B: T strong, U weak (disputed). C: T contradicted,
     * U moderate, and the team recorded moderate (reconciled). B1: only T, no support. B2: U
     * looked but left it unrated (no rating).
     */
    function team(): { a: Annotations; id: Record<string, string> } {
      const p = project();
      let a = p.a;
      const rate = (name: string, s: Stamp, rating: Rating, rationale = '') => {
        a = rateClaim(a, p.id[name]!, { rating, rationale }, s).next;
      };
      rate('A', stamp, 'weak');
      rate('A', other, 'weak', 'only one source');
      rate('B', stamp, 'strong');
      rate('B', other, 'weak', 'the Reuters piece is thin');
      rate('C', stamp, 'contradicted');
      rate('C', other, 'moderate');
      a = setVerdict(a, p.id.C!, { rating: 'moderate', rationale: 'settled at the team meeting' }, stamp).next;
      rate('B1', stamp, 'none');
      rate('B2', other, 'unrated');
      return { a, id: p.id };
    }
    const rows = (a: Annotations, sort: 'manual' | 'rating', filter = NO_FILTER) => claimRows(a.claims, summarizeAll(a, articleIndex([], a)), sort, filter);

    it('gives each row its verdict, and says it (with the number of raters) for screen readers', () => {
      const { a } = team();
      const text = Object.fromEntries(rows(a, 'manual').map((r) => [r.claim.text, verdictText(r.verdict)]));
      expect(text).toEqual({
        A: 'Verdict: Weak (all raters agree, 2 raters).',
        B: 'Verdict: Disputed (raters disagree — no verdict recorded, 2 raters).',
        B1: 'Verdict: No support (one rater).',
        B2: 'Verdict: Unrated (not rated yet).',
        C: 'Verdict: Moderate (reconciled verdict, 2 raters).',
      });
    });

    it('sorts by verdict: the reconciled or agreed rating, disputed claims after every judged one, unrated last', () => {
      const { a } = team();
      expect(names(rows(a, 'rating'))).toEqual(['C', 'A', 'B', '  B1', '  B2']);
    });

    it('filters by verdict, with "Raters disagree" picking the disputed claims', () => {
      const { a } = team();
      const only = (rating: (typeof NO_FILTER)['rating']) => names(rows(a, 'manual', { ...NO_FILTER, rating }));
      expect(only('disputed')).toEqual(['B']);
      // A single rater's "weak" on a disputed claim is not its verdict.
      expect(only('weak')).toEqual(['A']);
      expect(only('moderate')).toEqual(['C']);
      expect(only('contradicted')).toEqual([]);
      expect(only('none')).toEqual(['B*', '  B1']);
      // Disputed is not unrated; an "unrated" rating is no rating.
      expect(only('unrated')).toEqual(['B*', '  B2']);
      expect(RATING_FILTERS.map((f) => f.label)).toEqual(['Any rating', 'Strong', 'Moderate', 'Weak', 'No support', 'Contradicted', 'Unrated', 'Raters disagree']);
    });

    it('finds claims by any rater’s rationale and by the verdict’s', () => {
      const { a } = team();
      const find = (text: string) => names(rows(a, 'manual', { ...NO_FILTER, text }));
      expect(find('reuters thin')).toEqual(['B']);
      expect(find('team meeting')).toEqual(['C']);
    });
  });
});
