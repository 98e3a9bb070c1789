import { describe, expect, it } from 'vitest';
import { twoCopies, merge } from '../merge/fixtures/projects.js';
import { ProjectFile } from '../model.js';
import { applyDecisions, effectiveDecisions, mergeOriginDecisions, type OriginDecision } from './decisions.js';

const d = (id: string, kind: OriginDecision['kind'], articles: string[], at: string, name?: string | null): OriginDecision => ({
  id,
  kind,
  articles,
  author: 'Ada',
  at: `2026-02-0${at}T00:00:00.000Z`,
  ...(name !== undefined ? { name } : {}),
});

describe('origin decisions', () => {
  it('apply in time order, by article ids, ignoring articles no longer in the project', () => {
    const detected = [['a', 'b', 'c'], ['d'], ['e']];
    const p = applyDecisions(detected, [d('2', 'join', ['d', 'e', 'gone'], '2'), d('1', 'split', ['c'], '1'), d('3', 'rename', ['d', 'e'], '3', 'Agency copy')]);
    expect(p.groups.map((g) => [g.articles, g.name])).toEqual([
      [['a', 'b'], null],
      [['d', 'e'], 'Agency copy'],
      [['c'], null],
    ]);
  });

  it('a split of articles from several clusters puts them together; a join of one cluster changes nothing', () => {
    const p = applyDecisions([['a', 'b'], ['c', 'd']], [d('1', 'split', ['b', 'd'], '1'), d('2', 'join', ['a'], '2')]);
    expect(p.groups.map((g) => g.articles)).toEqual([['a'], ['c'], ['b', 'd']]);
  });

  it('merging copies is the union of both logs; the later decision wins; a reset hides what came before it', () => {
    const mine = [d('m1', 'rename', ['a'], '1', 'Mine'), d('m2', 'split', ['b'], '3')];
    const theirs = [d('m1', 'rename', ['a'], '1', 'Mine'), d('t1', 'rename', ['a'], '2', 'Theirs')];
    const merged = mergeOriginDecisions(mine, theirs)!;
    expect(merged.map((x) => x.id)).toEqual(['m1', 't1', 'm2']);
    expect(applyDecisions([['a', 'b']], merged).groups.map((g) => [g.articles, g.name])).toEqual([
      [['a'], 'Theirs'],
      [['b'], null],
    ]);
    const reset = mergeOriginDecisions([d('r', 'reset', [], '4')], theirs)!;
    expect(reset.map((x) => x.id)).toEqual(['r']);
    expect(effectiveDecisions([...theirs, d('late', 'split', ['b'], '5'), d('r', 'reset', [], '4')]).map((x) => x.id)).toEqual(['r', 'late']);
    expect(mergeOriginDecisions(undefined, undefined)).toBeUndefined();
  });

  it('survive merging project copies, with their article ids mapped onto mine', () => {
    const { b, ada, ben } = twoCopies();
    const adaWith: ProjectFile = { ...ada, originDecisions: [d('ada', 'split', [b.art2], '1')] };
    // Ben imported the same text under another id: the merge matches it by content.
    const benArticle = ben.articles.find((a) => a.id === b.art2)!;
    const renamedId = `${b.art2}-ben`;
    const benWith: ProjectFile = {
      ...ben,
      articles: ben.articles.map((a) => (a.id === b.art2 ? { ...a, id: renamedId } : a)),
      highlights: ben.highlights.map((h) => (h.articleId === b.art2 ? { ...h, articleId: renamedId } : h)),
      originDecisions: [d('ben', 'rename', [renamedId], '2', 'Wire copy')],
    };
    expect(benArticle).toBeDefined();
    const r = merge(adaWith, benWith);
    expect(r.merged.originDecisions?.map((x) => [x.id, x.articles])).toEqual([
      ['ada', [b.art2]],
      ['ben', [b.art2]],
    ]);
    expect(ProjectFile.safeParse(r.merged).success).toBe(true);
    // Neither side had decisions: the field stays absent.
    expect(merge(ada, ben).merged.originDecisions).toBeUndefined();
  });
});
