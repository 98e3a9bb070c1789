import { describe, expect, it } from 'vitest';
import type { Annotations, Claim, EvidenceLink, Highlight, Rating, Stance } from '../model.js';
import { RATING_SCALE, ratingOrder } from '../rating-scale.js';
import { TEST_STAMP, testHighlight } from '../test-support/items.js';
import { articleIndex, claimTree, evidenceSummaryText, summarizeEvidence } from './summary.js';

const at = '2026-01-01T00:00:00.000Z';
const stamp = TEST_STAMP;

const highlight = (id: string, articleId: string): Highlight => testHighlight(id, articleId);

function link(id: string, highlightId: string, claimId: string, stance: Stance): EvidenceLink {
  return { id, highlightId, claimId, stance, weight: null, note: '', ...stamp };
}

function claim(id: string, parentId: string | null = null): Claim {
  return { id, text: `claim ${id}`, parentId, verdict: null, ...stamp };
}

const article = (id: string, source: string | null) => ({ id, title: `Title ${id}`, source, date: '2025-01-01' });

describe('summarizeEvidence', () => {
  it('counts linked passages by stance, only for the claim asked about', () => {
    const a: Pick<Annotations, 'highlights' | 'links'> = {
      highlights: [highlight('h1', 'a1'), highlight('h2', 'a2'), highlight('h3', 'a3'), highlight('h4', 'a1')],
      links: [link('l1', 'h1', 'c1', 'supports'), link('l2', 'h2', 'c1', 'supports'), link('l3', 'h3', 'c1', 'refutes'), link('l4', 'h4', 'c1', 'context'), link('l5', 'h2', 'c2', 'refutes')],
    };
    const index = articleIndex([article('a1', 'Courier'), article('a2', 'Ledger'), article('a3', 'Post')], { removedArticles: [] });
    expect(summarizeEvidence('c1', a, index)).toEqual({ supports: 2, refutes: 1, context: 1, articles: 3, sources: 3, unknownSources: 0 });
    expect(summarizeEvidence('c2', a, index)).toEqual({ supports: 0, refutes: 1, context: 0, articles: 1, sources: 1, unknownSources: 0 });
    expect(summarizeEvidence('c3', a, index)).toEqual({ supports: 0, refutes: 0, context: 0, articles: 0, sources: 0, unknownSources: 0 });
  });

  it('counts two passages from one article as one article and one source', () => {
    const a = { highlights: [highlight('h1', 'a1'), highlight('h2', 'a1')], links: [link('l1', 'h1', 'c1', 'supports'), link('l2', 'h2', 'c1', 'supports')] };
    const index = articleIndex([article('a1', 'Courier')], { removedArticles: [] });
    expect(summarizeEvidence('c1', a, index)).toMatchObject({ supports: 2, articles: 1, sources: 1, unknownSources: 0 });
  });

  it('compares sources case-insensitively and ignoring spacing', () => {
    const a = {
      highlights: [highlight('h1', 'a1'), highlight('h2', 'a2'), highlight('h3', 'a3'), highlight('h4', 'a4')],
      links: ['h1', 'h2', 'h3', 'h4'].map((h, i) => link(`l${i}`, h, 'c1', 'supports')),
    };
    const index = articleIndex([article('a1', 'Reuters'), article('a2', 'reuters'), article('a3', ' REUTERS '), article('a4', 'The  Aldren Courier')], { removedArticles: [] });
    expect(summarizeEvidence('c1', a, index)).toMatchObject({ articles: 4, sources: 2, unknownSources: 0 });
    const courier = articleIndex([article('a1', 'The Aldren Courier'), article('a2', 'the aldren\ncourier'), article('a3', null), article('a4', null)], { removedArticles: [] });
    expect(summarizeEvidence('c1', a, courier)).toMatchObject({ sources: 1, unknownSources: 2 });
  });

  it('counts articles without a known source separately, never as one publisher', () => {
    const a = {
      highlights: [highlight('h1', 'a1'), highlight('h2', 'a2'), highlight('h3', 'a3'), highlight('h4', 'a3')],
      links: [link('l1', 'h1', 'c1', 'supports'), link('l2', 'h2', 'c1', 'refutes'), link('l3', 'h3', 'c1', 'context'), link('l4', 'h4', 'c1', 'context')],
    };
    const index = articleIndex([article('a1', null), article('a2', '   '), article('a3', 'Ledger')], { removedArticles: [] });
    expect(summarizeEvidence('c1', a, index)).toEqual({ supports: 1, refutes: 1, context: 2, articles: 3, sources: 1, unknownSources: 2 });
  });

  it('still counts evidence from removed articles, with their recorded source', () => {
    const a = {
      highlights: [highlight('h1', 'gone'), highlight('h2', 'a1')],
      links: [link('l1', 'h1', 'c1', 'supports'), link('l2', 'h2', 'c1', 'supports')],
    };
    const index = articleIndex([article('a1', 'Ledger')], { removedArticles: [{ id: 'gone', title: 'Deleted piece', source: 'Harbour Radio', date: null, removedAt: at }] });
    expect(index.get('gone')).toEqual({ id: 'gone', title: 'Deleted piece', source: 'Harbour Radio', date: null, removed: true });
    expect(index.get('a1')?.removed).toBe(false);
    expect(summarizeEvidence('c1', a, index)).toMatchObject({ supports: 2, articles: 2, sources: 2, unknownSources: 0 });
  });

  it('ignores links whose highlight is missing', () => {
    const a = { highlights: [highlight('h1', 'a1')], links: [link('l1', 'h1', 'c1', 'supports'), link('l2', 'nope', 'c1', 'refutes')] };
    expect(summarizeEvidence('c1', a, articleIndex([article('a1', 'X')], { removedArticles: [] }))).toMatchObject({ supports: 1, refutes: 0, articles: 1 });
  });
});

describe('claimTree', () => {
  it('lists each top-level claim followed by its sub-claims, in stored order', () => {
    const claims = [claim('b-child-1', 'B'), claim('A'), claim('B'), claim('a-child', 'A'), claim('C'), claim('b-child-2', 'B')];
    expect(claimTree(claims).map(({ claim: c, depth }) => [c.id, depth])).toEqual([
      ['A', 0],
      ['a-child', 1],
      ['B', 0],
      ['b-child-1', 1],
      ['b-child-2', 1],
      ['C', 0],
    ]);
  });
});

describe('ratings', () => {
  it('orders ratings from strongest support to unrated', () => {
    const ratings: Rating[] = ['unrated', 'weak', 'contradicted', 'strong', 'none', 'moderate'];
    expect([...ratings].sort((x, y) => ratingOrder(x) - ratingOrder(y))).toEqual(['strong', 'moderate', 'weak', 'none', 'contradicted', 'unrated']);
  });

  it('describes every rating on the scale exactly once', () => {
    const all: Rating[] = ['unrated', 'strong', 'moderate', 'weak', 'none', 'contradicted'];
    expect(RATING_SCALE.map((r) => r.rating).sort()).toEqual([...all].sort());
    for (const r of RATING_SCALE) expect(r.label.length && r.meaning.length).toBeGreaterThan(0);
  });
});

describe('evidenceSummaryText', () => {
  const five = { supports: 5, refutes: 0, context: 0, articles: 5, sources: 0, unknownSources: 5 };
  it('counts independent origins and names them, as the issue words it', () => {
    expect(evidenceSummaryText(five, { count: 1, names: ['The Wall Street Journal'] })).toBe('5 passages · 5 articles · 1 independent origin (The Wall Street Journal)');
  });
  it('names three origins and says how many more', () => {
    expect(evidenceSummaryText(five, { count: 5, names: ['A', 'B', 'C', 'D', 'E'] })).toBe('5 passages · 5 articles · 5 independent origins (A, B, C and 2 more)');
  });
  it('falls back to sources, unknown ones apart, before origins are detected', () => {
    expect(evidenceSummaryText({ ...five, sources: 1, unknownSources: 4 }, null)).toBe('5 passages · 5 articles · 1 source + 4 unknown');
    expect(evidenceSummaryText({ supports: 0, refutes: 0, context: 0, articles: 0, sources: 0, unknownSources: 0 }, null)).toBe('No evidence');
  });
  it('says 0 independent origins when nothing supports', () => {
    expect(evidenceSummaryText({ ...five, supports: 0, refutes: 1, articles: 1 }, { count: 0, names: [] })).toBe('1 passage · 1 article · 0 independent origins');
  });
});
