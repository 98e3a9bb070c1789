import { describe, expect, it } from 'vitest';
import type { ClaimOrigins } from '../api-origins.js';
import type { EvidenceLink, Highlight, PublisherGrade, Stance } from '../model.js';
import type { CredibilityId } from '../reliability-scale.js';
import { claimOriginView, publisherGrades } from './origin-evidence.js';
import { TEST_STAMP, testHighlight } from '../test-support/items.js';
import { suggestRating } from './suggested-rating.js';
import { articleIndex } from './summary.js';

const at = '2026-01-01T00:00:00.000Z';
const stamp = TEST_STAMP;
const highlight = (id: string, articleId: string, credibility: CredibilityId | null = null): Highlight => testHighlight(id, articleId, { credibility });
const link = (id: string, highlightId: string, stance: Stance = 'supports'): EvidenceLink => ({ id, highlightId, claimId: 'c1', stance, weight: null, note: '', ...stamp });
const grade = (name: string, reliability: PublisherGrade['reliability']): PublisherGrade => ({ id: name.toLowerCase(), name, reliability, author: 'Ada', updatedAt: at, rev: 'g1', revs: [] });

const articles = articleIndex(
  ['a1', 'a2', 'a3'].map((id, i) => ({ id, title: `Title ${id}`, source: i === 2 ? null : `Outlet ${i + 1}`, date: null })),
  { removedArticles: [] },
);
const annotations = {
  highlights: [highlight('h1', 'a1', 2), highlight('h2', 'a2'), highlight('h3', 'a3')],
  links: [link('l1', 'h1'), link('l2', 'h2'), link('l3', 'h3'), { ...link('lx', 'h1'), claimId: 'other' }],
};
const report: ClaimOrigins = {
  claimId: 'c1',
  origins: 1,
  groups: [
    {
      clusterId: 'k1',
      name: 'The Wall Street Journal',
      weak: false,
      reasons: [{ kind: 'attribution', articles: ['a1'], detail: '“The Wall Street Journal reported …”', strength: 0.9, passages: [] }],
      passages: [
        { linkId: 'l1', highlightId: 'h1', articleId: 'a1', stance: 'supports' },
        { linkId: 'l2', highlightId: 'h2', articleId: 'a2', stance: 'supports' },
        { linkId: 'l3', highlightId: 'h3', articleId: 'a3', stance: 'supports' },
      ],
    },
  ],
};

describe('claimOriginView', () => {
  it('groups the claim’s passages as the origins report does, with grades, and warns of one origin', () => {
    const gradeOf = publisherGrades([grade('The Wall Street Journal', 'B'), grade('Outlet 2', 'D')]);
    const view = claimOriginView('c1', annotations, articles, gradeOf, report);
    expect(view).toMatchObject({ detected: true, supportingOrigins: 1, supportingNames: ['The Wall Street Journal'], singleOrigin: true });
    expect(view.groups[0]).toMatchObject({ clusterId: 'k1', reliability: 'B' });
    expect(view.groups[0]?.passages.map((p) => [p.articleId, p.credibility, p.reliability])).toEqual([['a1', 2, null], ['a2', null, 'D'], ['a3', null, null]]);
    expect(suggestRating(view.groups).rating).toBe('moderate');
  });

  it('without a report, each article is its own origin (never guessed together)', () => {
    const view = claimOriginView('c1', annotations, articles, publisherGrades(undefined), null);
    expect(view.detected).toBe(false);
    expect(view.groups.map((g) => g.name)).toEqual(['Outlet 1', 'Outlet 2', 'Title a3']);
    expect(view.singleOrigin).toBe(false);
  });

  it('an ungraded origin takes the best grade among the outlets that carry it (F never beats a real grade)', () => {
    const gradeOf = publisherGrades([grade('Outlet 1', 'F'), grade('Outlet 2', 'C')]);
    expect(claimOriginView('c1', annotations, articles, gradeOf, report).groups[0]?.reliability).toBe('C');
  });

  it('a link made after the report was computed counts as its own origin until it is recomputed', () => {
    const more = { highlights: [...annotations.highlights, highlight('h4', 'a3')], links: [...annotations.links, link('l4', 'h4')] };
    const view = claimOriginView('c1', more, articles, publisherGrades(undefined), report);
    expect(view.supportingOrigins).toBe(2);
  });

  it('compares publisher names as the evidence summary does (case and spacing ignored)', () => {
    expect(publisherGrades([grade('The Wall Street Journal', 'A')])('  the wall  STREET journal ')).toBe('A');
    expect(publisherGrades([grade('X', 'A')])(null)).toBeNull();
  });
});
