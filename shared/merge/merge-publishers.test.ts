import { describe, expect, it } from 'vitest';
import type { PublisherGrade } from '../model.js';
import { emptyProject } from './fixtures/projects.js';
import { mergeProjects } from './merge-projects.js';
import { mergePublishers } from './merge-publishers.js';

const grade = (id: string, reliability: PublisherGrade['reliability'], rev: string, revs: string[] = [], updatedAt = '2026-01-01T00:00:00.000Z'): PublisherGrade => ({ id, name: id, reliability, author: 'Ada', updatedAt, rev, revs });

describe('mergePublishers', () => {
  it('takes grades set on one side only, from either side, mine first', () => {
    const r = mergePublishers([grade('wsj', 'B', 'm1')], [grade('ap', 'A', 't1')]);
    expect(r.publishers.map((p) => [p.id, p.reliability])).toEqual([['wsj', 'B'], ['ap', 'A']]);
    expect(mergePublishers(undefined, undefined).publishers).toEqual([]);
  });

  it('takes the newer grade when one descends from the other, either way, including a cleared one', () => {
    expect(mergePublishers([grade('wsj', 'B', 'r1')], [grade('wsj', 'A', 'r2', ['r1'])]).publishers[0]?.reliability).toBe('A');
    expect(mergePublishers([grade('wsj', null, 'r2', ['r1'])], [grade('wsj', 'B', 'r1')]).publishers[0]?.reliability).toBeNull();
  });

  it('converges on one revision when both set the same grade independently', () => {
    const a = mergePublishers([grade('wsj', 'B', 'ra')], [grade('wsj', 'B', 'rb')]);
    const b = mergePublishers([grade('wsj', 'B', 'rb')], [grade('wsj', 'B', 'ra')]);
    expect(a.publishers).toEqual(b.publishers);
    expect(a.overruled).toEqual([]);
  });

  it('takes the later of two different grades, records the other in its history, and says so', () => {
    const mine = grade('wsj', 'B', 'ra', ['r0'], '2026-01-02T00:00:00.000Z');
    const theirs = grade('wsj', 'D', 'rb', ['r0'], '2026-01-03T00:00:00.000Z');
    const r = mergePublishers([mine], [theirs]);
    expect(r.publishers[0]).toMatchObject({ reliability: 'D', rev: 'rb' });
    expect(r.overruled).toEqual(['wsj']);
    // Both copies now agree: merging either way again changes nothing.
    const again = mergePublishers(r.publishers, [mine]);
    expect(again.publishers).toEqual(r.publishers);
    expect(again.overruled).toEqual([]);
    expect(mergePublishers([theirs], r.publishers).publishers).toEqual(r.publishers);
  });

  it('is idempotent', () => {
    const mine = [grade('wsj', 'B', 'm1'), grade('ap', 'A', 'm2')];
    const theirs = [grade('wsj', 'C', 't1'), grade('bbc', 'B', 't2')];
    const once = mergePublishers(mine, theirs).publishers;
    expect(mergePublishers(once, theirs).publishers).toEqual(once);
  });
});

describe('mergeProjects with publisher grades', () => {
  it('carries both copies’ grades into the merged project, and leaves a project without any as it was', () => {
    const mine = { ...emptyProject('Mine'), publishers: [grade('wsj', 'B', 'm1')] };
    const theirs = { ...emptyProject('Theirs'), publishers: [grade('ap', 'A', 't1')] };
    expect(mergeProjects(mine, theirs).merged.publishers?.map((p) => p.id)).toEqual(['wsj', 'ap']);
    expect('publishers' in mergeProjects(emptyProject(), emptyProject()).merged).toBe(false);
  });
});
