import { describe, expect, it } from 'vitest';
import { CREDIBILITY_IDS, CREDIBILITY_SCALE, credibilityInfo, describeCredibility, describeReliability, publisherKey, RELIABILITY_IDS, RELIABILITY_SCALE, reliabilityInfo } from './reliability-scale.js';

describe('the Admiralty scales', () => {
  it('grade source reliability A (completely reliable) … E (unreliable), F cannot be judged', () => {
    expect(RELIABILITY_IDS).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(RELIABILITY_SCALE.map((g) => g.label)).toEqual(['Completely reliable', 'Usually reliable', 'Fairly reliable', 'Not usually reliable', 'Unreliable', 'Reliability cannot be judged']);
    expect(describeReliability('B')).toBe('B (Usually reliable)');
  });

  it('grade information credibility 1 (confirmed by other sources) … 5 (improbable), 6 cannot be judged', () => {
    expect(CREDIBILITY_IDS).toEqual([1, 2, 3, 4, 5, 6]);
    expect(CREDIBILITY_SCALE.map((g) => g.label)).toEqual(['Confirmed by other sources', 'Probably true', 'Possibly true', 'Doubtful', 'Improbable', 'Truth cannot be judged']);
    expect(describeCredibility(2)).toBe('2 (Probably true)');
  });

  it('treat "cannot be judged" as no level, not as the bottom of the scale', () => {
    expect(reliabilityInfo('F').level).toBeNull();
    expect(credibilityInfo(6).level).toBeNull();
    expect(reliabilityInfo('E').level).toBeLessThan(reliabilityInfo('A').level!);
  });

  it('key publishers by name ignoring case, Unicode form and spacing', () => {
    expect(publisherKey('  The\u00a0Wall  Street JOURNAL ')).toBe('the wall street journal');
    expect(publisherKey(null)).toBe('');
  });
});
