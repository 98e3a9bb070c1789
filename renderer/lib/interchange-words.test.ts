import { describe, expect, it } from 'vitest';
import { addedAnything, addedText } from './interchange-words.js';

const none = { articles: 0, highlights: 0, claims: 0, links: 0, ratings: 0, alreadyPresent: 0 };

describe('interchange words', () => {
  it('names what was added, in reading order, leaving out kinds with none', () => {
    expect(addedText({ ...none, articles: 3, highlights: 12, claims: 4, links: 9 })).toBe('Added 3 articles, 12 highlights, 4 claims, 9 links');
    expect(addedText({ ...none, highlights: 1, ratings: 2 })).toBe('Added 1 highlight, 2 ratings');
  });

  it('says when nothing was new, and how much was already there', () => {
    expect(addedText({ ...none, alreadyPresent: 5 })).toBe('Added nothing (5 already in the project)');
    expect(addedAnything({ ...none, alreadyPresent: 5 })).toBe(false);
    expect(addedAnything({ ...none, links: 1 })).toBe(true);
  });
});
