import { describe, expect, it } from 'vitest';
import type { CredibilityId, ReliabilityId } from '../reliability-scale.js';
import { originQuality, suggestRating, type OriginEvidence, type WeighedPassage } from './suggested-rating.js';

const sup = (credibility: CredibilityId | null = null): WeighedPassage => ({ stance: 'supports', credibility });
const ref = (credibility: CredibilityId | null = null): WeighedPassage => ({ stance: 'refutes', credibility });
const origin = (name: string, reliability: ReliabilityId | null, ...passages: WeighedPassage[]): OriginEvidence => ({ name, reliability, passages });

describe('suggestRating', () => {
  it('five passages from one graded-B origin, nothing refuting: Moderate, explained as in the issue', () => {
    const s = suggestRating([origin('The Wall Street Journal', 'B', sup(), sup(), sup(), sup(), sup())]);
    expect(s.rating).toBe('moderate');
    expect(s.explanation).toMatch(/^Supported by 5 passages, but all from 1 independent origin \(The Wall Street Journal, reliability B\); no passage refutes it → Moderate/);
    expect(s.supportingOrigins).toBe(1);
  });

  it('the same passages from one ungraded origin: only Weak', () => {
    const s = suggestRating([origin('The Wall Street Journal', null, sup(), sup(), sup())]);
    expect(s.rating).toBe('weak');
    expect(s.explanation).toContain('one origin, not graded reliable');
  });

  it('two reliable independent origins: Strong; two of unknown reliability: Moderate', () => {
    expect(suggestRating([origin('Reuters', 'A', sup()), origin('AP', 'B', sup())]).rating).toBe('strong');
    expect(suggestRating([origin('Reuters', null, sup()), origin('AP', 'C', sup())]).rating).toBe('moderate');
    expect(suggestRating([origin('Reuters', 'A', sup()), origin('Blog', null, sup())]).rating).toBe('moderate');
  });

  it('a confirmed or probably-true passage makes an ungraded origin count as good', () => {
    expect(suggestRating([origin('Reuters', null, sup(1)), origin('AP', null, sup(2))]).rating).toBe('strong');
  });

  it('no evidence at all: No support; only context: No support', () => {
    expect(suggestRating([]).rating).toBe('none');
    expect(suggestRating([origin('X', 'A', { stance: 'context', credibility: null })]).rating).toBe('none');
    expect(suggestRating([]).explanation).toBe('No passage supports it; no passage refutes it → No support.');
  });

  it('credible refutation at least as broad as the support: Contradicted; narrower: Weak (contested)', () => {
    expect(suggestRating([origin('A', 'B', sup()), origin('B', null, ref())]).rating).toBe('contradicted');
    expect(suggestRating([origin('B', null, ref())]).rating).toBe('contradicted');
    const contested = suggestRating([origin('A', 'B', sup()), origin('C', 'B', sup()), origin('B', null, ref())]);
    expect(contested.rating).toBe('weak');
    expect(contested.explanation).toContain('refuted by 1 passage, from 1 independent origin (B)');
    expect(contested.explanation).toContain('contested');
  });

  it('refutation only from unreliable sources or improbable passages does not count', () => {
    const s = suggestRating([origin('A', 'A', sup()), origin('C', 'A', sup()), origin('Rumour mill', 'E', ref()), origin('D', null, ref(5))]);
    expect(s.rating).toBe('strong');
    expect(s.explanation).toContain('2 refuting origins of doubtful reliability not counted');
  });

  it('support only from doubtful passages: Weak, and says why', () => {
    const s = suggestRating([origin('A', null, sup(4)), origin('B', 'D', sup())]);
    expect(s.rating).toBe('weak');
    expect(s.explanation).toContain('only by passages of doubtful reliability or credibility');
  });

  it('names at most three origins', () => {
    const s = suggestRating(['A', 'B', 'C', 'D', 'E'].map((n) => origin(n, null, sup())));
    expect(s.explanation).toContain('from 5 independent origins (A; B; C and 2 more)');
  });
});

describe('originQuality', () => {
  it('treats "cannot be judged" (F, 6) as no grade, never as poor', () => {
    expect(originQuality(origin('X', 'F', sup(6)), 'supports')).toBe('fair');
  });
  it('lets improbable information outweigh a reliable source', () => {
    expect(originQuality(origin('X', 'A', sup(5)), 'supports')).toBe('poor');
  });
  it('lets confirmed information lift an unreliable source', () => {
    expect(originQuality(origin('X', 'E', sup(1)), 'supports')).toBe('good');
  });
});
