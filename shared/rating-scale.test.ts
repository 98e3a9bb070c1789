import { describe, expect, it } from 'vitest';
import { Rating } from './model.js';
import { compareRatings, compareSupport, isJudged, RATING_IDS, RATING_SCALE, ratingLabel, ratingLevel, type JudgedRating } from './rating-scale.js';

describe('rating scale', () => {
  it('is the schema of stored ratings, in display order', () => {
    expect([...Rating.options]).toEqual([...RATING_IDS]);
    expect(RATING_IDS).toEqual(['strong', 'moderate', 'weak', 'none', 'contradicted', 'unrated']);
    expect(ratingLabel('none')).toBe('No support');
  });

  it('is ordinal: levels fall strictly from strong to contradicted, and unrated has none', () => {
    const judged = RATING_SCALE.filter((s) => s.level !== null);
    expect(judged.map((s) => s.rating)).toEqual(['strong', 'moderate', 'weak', 'none', 'contradicted']);
    expect(judged.map((s) => s.level)).toEqual([4, 3, 2, 1, 0]);
    judged.forEach((s, i) => expect(s.level).toBe(judged.length - 1 - i)); // strictly decreasing, down to 0
    expect(ratingLevel('unrated')).toBeNull();
    expect(isJudged('unrated')).toBe(false);
    expect(isJudged('contradicted')).toBe(true);
  });

  it('compares judgements by support, and sorts unrated last for display', () => {
    const judged: JudgedRating[] = ['none', 'strong', 'contradicted', 'weak', 'moderate'];
    expect([...judged].sort(compareSupport)).toEqual(['contradicted', 'none', 'weak', 'moderate', 'strong']);
    expect(compareSupport('contradicted', 'none')).toBeLessThan(0);
    expect([...RATING_IDS].reverse().sort(compareRatings)).toEqual([...RATING_IDS]);
  });
});
