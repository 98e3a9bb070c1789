import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatSavedAt, plural } from './format.js';

describe('format', () => {
  it('groups thousands', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(5)).toBe('5');
  });

  it('pluralizes counts', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(1200, 'result')).toBe('1,200 results');
    expect(plural(2, 'match', 'matches')).toBe('2 matches');
  });

  it('formats ISO calendar dates without shifting the day', () => {
    expect(formatDate('2019-02-04')).toBe('4 Feb 2019');
    expect(formatDate('2019-12-31')).toBe('31 Dec 2019');
    expect(formatDate('sometime')).toBe('sometime');
  });

  it('shows only the time for a save made today', () => {
    const now = new Date(2024, 4, 10, 15, 0);
    expect(formatSavedAt(new Date(2024, 4, 10, 12, 3).toISOString(), now)).toBe('12:03');
    expect(formatSavedAt(new Date(2024, 1, 4, 9, 5).toISOString(), now)).toBe('4 Feb, 09:05');
    expect(formatSavedAt(new Date(2023, 1, 4, 9, 5).toISOString(), now)).toBe('4 Feb 2023, 09:05');
  });
});
