import { describe, expect, it } from 'vitest';
import type { DismissedSuggestion, ProjectFile } from '../model.js';
import { mergeProjects } from './merge-projects.js';
import { twoCopies } from './fixtures/projects.js';

const dismissal = (claimId: string, articleId: string, start: number, author: string): DismissedSuggestion => ({
  claimId,
  articleId,
  start,
  end: start + 20,
  author,
  at: '2025-06-01T10:00:00.000Z',
});

const withDismissals = (p: ProjectFile, ds: DismissedSuggestion[]): ProjectFile => ({ ...p, dismissedSuggestions: ds });

describe('merging dismissed suggestions', () => {
  it("keeps both researchers' dismissals: the union, each passage once, mine first", () => {
    const { b, ada, ben } = twoCopies();
    const both = dismissal(b.c1, b.art1, 0, 'Ada');
    const adas = withDismissals(ada, [both, dismissal(b.c1, b.art1, 40, 'Ada')]);
    const bens = withDismissals(ben, [{ ...both, author: 'Ben' }, dismissal(b.c2, b.art2, 5, 'Ben')]);
    const merged = mergeProjects(adas, bens).merged;
    expect(merged.dismissedSuggestions?.map((d) => `${d.claimId}:${d.articleId}:${d.start}:${d.author}`)).toEqual([
      `${b.c1}:${b.art1}:0:Ada`,
      `${b.c1}:${b.art1}:40:Ada`,
      `${b.c2}:${b.art2}:5:Ben`,
    ]);
    // Merging the same copy again changes nothing.
    expect(mergeProjects(merged, bens).merged.dismissedSuggestions).toEqual(merged.dismissedSuggestions);
  });

  it("takes a colleague's dismissals when I have none, and leaves the field absent when neither has any", () => {
    const { b, ada, ben } = twoCopies();
    const bens = withDismissals(ben, [dismissal(b.c2, b.art2, 5, 'Ben')]);
    expect(mergeProjects(ada, bens).merged.dismissedSuggestions).toEqual(bens.dismissedSuggestions);
    expect('dismissedSuggestions' in mergeProjects(ada, ben).merged).toBe(false);
  });
});
