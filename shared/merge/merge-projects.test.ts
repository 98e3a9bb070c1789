import { describe, expect, it } from 'vitest';
import { ratingId, type ProjectFile } from '../model.js';
import { mergeProjects } from './merge-projects.js';
import { deletionMarker } from './versioned.js';
import { BEN, TEXT_2, TEXT_3, T1, addClaim, addHighlightTo, article, baseProject, byId, changes, copyOf, decide, edit, expectNothing, expectWhole, heldKeys, ids, link, merge, ops, pendingKeys, revsOf, stamper, thrown, twoCopies } from './fixtures/projects.js';

describe('mergeProjects: edits on one side or on different items', () => {
  it('changes nothing when both copies are the same', () => {
    const { ada, ben } = twoCopies();
    const r = merge(ada, ben);
    expectNothing(r);
    expect(r.merged).toEqual(ada);
  });

  it('merges disjoint edits on both sides cleanly, with the right counts per kind', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    let ada = edit(a0, (s) => ops.updateHighlight(s, b.h1, { note: 'Check the minutes' }, sa).next);
    const adaClaim = addClaim(ada, 'Tariffs fund the plant', sa);
    ada = edit(adaClaim.next, (s) => ops.rateClaim(s, b.c2, { rating: 'weak' }, sa).next);

    let ben = edit(b0, (s) => ops.updateHighlight(s, b.h3, { color: 'green' }, sb).next);
    const benHighlight = addHighlightTo(ben, b.art2, TEXT_2, 'desalination plant opened', sb);
    const benLink = link(benHighlight.next, benHighlight.highlight.id, b.c2, 'context', sb);
    ben = edit(benLink.next, (s) => ops.unlinkEvidence(s, b.l2, sb));
    ben = edit(ben, (s) => ops.rateClaim(s, b.c1, { rating: 'strong' }, sb).next);

    const r = merge(ada, ben);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.conflicts).toEqual([]);
    expect(changes(r.counts)).toEqual({ highlight: { added: 1, changed: 1 }, link: { added: 1, deleted: 1 }, rating: { added: 1 } });
    const m = r.merged;
    expect(byId(m.highlights, b.h1)?.note).toBe('Check the minutes');
    expect(byId(m.highlights, b.h3)?.color).toBe('green');
    expect(ids(m.highlights)).toEqual([b.h1, b.h2, b.h3, benHighlight.highlight.id]);
    expect(ids(m.claims)).toContain(adaClaim.claim.id);
    expect(ids(m.links)).toEqual([b.l1, benLink.link.id]);
    expect(m.ratings.map((x) => `${x.rater}:${x.claimId}:${x.rating}`).sort()).toEqual([`Ada:${b.c1}:moderate`, `Ada:${b.c2}:weak`, `Ben:${b.c1}:strong`].sort());
    expect(m.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'link', id: b.l2 })]));

    // The other way round: Ben gets Ada's edits; her copy still has l2, which his deletion covers.
    const back = merge(ben, ada);
    expect(back.conflicts).toEqual([]);
    expect(changes(back.counts)).toEqual({ highlight: { changed: 1 }, claim: { added: 1 }, rating: { added: 1 } });
    expect(revsOf(back.merged)).toEqual(revsOf(m));
  });

  it('takes a deletion of an item the other side did not change', () => {
    const { b, ada, ben: b0, sb } = twoCopies();
    const ben = edit(b0, (s) => ops.deleteHighlight(s, b.h1, sb)); // and its link l1
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { deleted: 1 }, link: { deleted: 1 } });
    expect(ids(r.merged.highlights)).toEqual([b.h2, b.h3]);
    expect(ids(r.merged.links)).toEqual([b.l2]);
    expect(r.merged.deleted.map((d) => `${d.kind}:${d.id}`)).toEqual([`highlight:${b.h1}`, `link:${b.l1}`]);
    // The deleting side merging the unchanged copy keeps it deleted and reports nothing.
    const back = merge(ben, ada);
    expectNothing(back);
    expect(ids(back.merged.highlights)).toEqual([b.h2, b.h3]);
  });
});

describe('mergeProjects: both sides changed one item', () => {
  it('raises one conflict, keeps my version in place and theirs pending', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    const ada = edit(a0, (s) => ops.updateHighlight(s, b.h2, { note: 'Ada: only one fisherman' }, sa).next);
    const ben = edit(b0, (s) => ops.updateHighlight(s, b.h2, { note: 'Ben: the co-op says so' }, sb).next);
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(r.conflicts).toEqual([{ kind: 'highlight', id: b.h2, reason: 'both-changed', mine: byId(ada.highlights, b.h2), theirs: byId(ben.highlights, b.h2) }]);
    expect(r.merged.highlights).toEqual(ada.highlights);
    expect(r.merged.conflicts).toEqual([{ kind: 'highlight', id: b.h2, reason: 'both-changed', theirs: byId(ben.highlights, b.h2), deletions: [], after: null, source: BEN, dependsOn: null }]);
  });

  it('raises no conflict for the same edit made on both sides, and both sides converge on one revision', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    const ada = edit(a0, (s) => ops.updateHighlight(s, b.h2, { note: 'Same fix', color: 'blue' }, sa).next);
    const ben = edit(b0, (s) => ops.updateHighlight(s, b.h2, { note: 'Same fix', color: 'blue' }, sb).next);
    const ab = merge(ada, ben);
    const ba = merge(ben, ada);
    expect(ab.conflicts).toEqual([]);
    expect(ba.conflicts).toEqual([]);
    expect(changes(ab.counts)).toEqual({});
    expect(byId(ab.merged.highlights, b.h2)?.rev).toBe(byId(ba.merged.highlights, b.h2)?.rev);
    expect(revsOf(ab.merged)).toEqual(revsOf(ba.merged));
    expectNothing(merge(ab.merged, ba.merged));
  });
});

describe('mergeProjects: deleted on one side, changed on the other', () => {
  it('keeps my deletion pending against their edit; deciding theirs restores it, mine keeps it deleted', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    const ada = edit(a0, (s) => ops.deleteHighlight(s, b.h3, sa));
    const ben = edit(b0, (s) => ops.updateHighlight(s, b.h3, { note: 'Upgraded in May' }, sb).next);
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(ids(r.merged.highlights)).toEqual([b.h1, b.h2]);
    expect(pendingKeys(r.merged)).toEqual([`highlight:${b.h3}:deleted-mine-changed-theirs`]);
    const [pending] = r.merged.conflicts;
    expect(pending).toMatchObject({ theirs: byId(ben.highlights, b.h3), after: b.h2, source: BEN, dependsOn: null });
    expect(pending!.deletions).toEqual([expect.objectContaining({ kind: 'highlight', id: b.h3, author: 'Ada' })]);

    const restored = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'theirs' }]);
    expect(ids(restored.highlights)).toEqual([b.h1, b.h2, b.h3]);
    const h3 = byId(restored.highlights, b.h3)!;
    expect(h3.note).toBe('Upgraded in May');
    expect(h3.revs).toEqual(expect.arrayContaining([byId(ben.highlights, b.h3)!.rev, deletionMarker(pending!.deletions[0]!)]));
    expect(restored.conflicts).toEqual([]);
    expectNothing(merge(restored, ben));
    const benTakes = merge(ben, restored);
    expect(benTakes.conflicts).toEqual([]);
    expect(changes(benTakes.counts)).toEqual({ highlight: { changed: 1 } });

    const kept = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'mine' }]);
    expect(ids(kept.highlights)).toEqual([b.h1, b.h2]);
    expect(kept.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'highlight', id: b.h3, rev: byId(ben.highlights, b.h3)!.rev })]));
    expect(kept.conflicts).toEqual([]);
    expectNothing(merge(kept, ben));
    const benDeletes = merge(ben, kept);
    expect(benDeletes.conflicts).toEqual([]);
    expect(changes(benDeletes.counts)).toEqual({ highlight: { deleted: 1 } });
  });

  it('keeps my edit against their deletion, in place; deciding theirs deletes it, mine keeps it', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    const ada = edit(a0, (s) => ops.updateHighlight(s, b.h3, { note: 'Upgraded in May' }, sa).next);
    const ben = edit(b0, (s) => ops.deleteHighlight(s, b.h3, sb));
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(r.merged.highlights).toEqual(ada.highlights);
    expect(r.merged.conflicts).toEqual([
      { kind: 'highlight', id: b.h3, reason: 'deleted-theirs-changed-mine', theirs: null, deletions: [expect.objectContaining({ kind: 'highlight', id: b.h3, author: 'Ben' })], after: null, source: BEN, dependsOn: null },
    ]);

    const deleted = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'theirs' }]);
    expect(ids(deleted.highlights)).toEqual([b.h1, b.h2]);
    expect(deleted.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'highlight', id: b.h3, rev: byId(ada.highlights, b.h3)!.rev })]));
    expectNothing(merge(deleted, ben));

    const kept = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'mine' }]);
    expect(byId(kept.highlights, b.h3)?.note).toBe('Upgraded in May');
    expectNothing(merge(kept, ben));
    const benGetsItBack = merge(ben, kept);
    expect(benGetsItBack.conflicts).toEqual([]);
    expect(changes(benGetsItBack.counts)).toEqual({ highlight: { added: 1 } });
  });
});

describe('mergeProjects: ratings', () => {
  it('never lets ratings of one claim by different raters conflict', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    const ada = edit(a0, (s) => ops.rateClaim(s, b.c2, { rating: 'weak', rationale: 'One source' }, sa).next);
    const ben = edit(b0, (s) => ops.rateClaim(s, b.c2, { rating: 'strong', rationale: 'The co-op data' }, sb).next);
    const r = merge(ada, ben);
    expect(r.conflicts).toEqual([]);
    expect(changes(r.counts)).toEqual({ rating: { added: 1 } });
    expect(r.merged.ratings.filter((x) => x.claimId === b.c2).map((x) => `${x.rater}:${x.rating}`).sort()).toEqual(['Ada:weak', 'Ben:strong']);
  });

  it('raises a conflict when the same rater rated one claim differently in two copies', () => {
    const { b, ada: a0, ben: b0, sa } = twoCopies();
    // Ada rates c1 again in her copy, and also in the copy on Ben's machine.
    const adaElsewhere = stamper('Ada', 'b');
    const ada = edit(a0, (s) => ops.rateClaim(s, b.c1, { rating: 'strong' }, sa).next);
    let ben = edit(b0, (s) => ops.rateClaim(s, b.c1, { rating: 'weak' }, adaElsewhere).next);
    // A first rating of c2 made in both copies, differently: the same id, unrelated histories.
    const ada2 = edit(ada, (s) => ops.rateClaim(s, b.c2, { rating: 'none' }, sa).next);
    ben = edit(ben, (s) => ops.rateClaim(s, b.c2, { rating: 'moderate' }, adaElsewhere).next);
    const r = merge(ada2, ben);
    expect(changes(r.counts)).toEqual({ rating: { conflicts: 2 } });
    expect(pendingKeys(r.merged)).toEqual([`rating:${ratingId(b.c1, 'Ada')}:both-changed`, `rating:${ratingId(b.c2, 'Ada')}:both-changed`]);
    expect(byId(r.merged.ratings, ratingId(b.c1, 'Ada'))?.rating).toBe('strong');
    // The same rating made the same way on both sides is no conflict.
    const same = merge(edit(a0, (s) => ops.rateClaim(s, b.c2, { rating: 'weak' }, sa).next), edit(b0, (s) => ops.rateClaim(s, b.c2, { rating: 'weak' }, adaElsewhere).next));
    expect(same.conflicts).toEqual([]);
  });
});

describe('mergeProjects: articles are matched by content hash', () => {
  it('makes the same text imported on both sides under different ids one article, with their highlights on mine', () => {
    const { ada: a0, ben: b0, sb } = twoCopies();
    const ada: ProjectFile = { ...a0, articles: [...a0.articles, article('artAda', TEXT_3, 'Survey', T1)] };
    const withArticle: ProjectFile = { ...b0, articles: [...b0.articles, article('artBen', TEXT_3, 'Crab survey (Ben)', T1)] };
    const h = addHighlightTo(withArticle, 'artBen', TEXT_3, 'no change in crab numbers', sb);
    const r = merge(ada, h.next);
    expect(r.conflicts).toEqual([]);
    expect(changes(r.counts)).toEqual({ highlight: { added: 1 } });
    expect(ids(r.merged.articles)).toEqual(['art1', 'art2', 'artAda']);
    expect(byId(r.merged.highlights, h.highlight.id)?.articleId).toBe('artAda');
    expect(r.merged.removedArticles).toEqual([]);
    // And the other way round: Ben keeps his id, Ada's highlights would land on it.
    const back = merge(h.next, ada);
    expect(changes(back.counts)).toEqual({});
    expect(ids(back.merged.articles)).toEqual(['art1', 'art2', 'artBen']);
  });

  it('does not collapse a project that holds the same text twice', () => {
    const { ada: a0, sb } = twoCopies();
    const twice: ProjectFile = { ...a0, articles: [...a0.articles, article('artX', TEXT_3), article('artY', TEXT_3)] };
    const ben = addHighlightTo(copyOf(twice, BEN), 'artY', TEXT_3, 'independent survey', sb);
    const r = merge(twice, ben.next);
    expect(ids(r.merged.articles)).toEqual(['art1', 'art2', 'artX', 'artY']);
    expect(byId(r.merged.highlights, ben.highlight.id)?.articleId).toBe('artY');
    expect(changes(r.counts)).toEqual({ highlight: { added: 1 } });
    // Their copy holding it once under a third id is not matched to either of mine.
    const once: ProjectFile = { ...copyOf(a0, BEN), articles: [...a0.articles, article('artZ', TEXT_3)] };
    const r2 = merge(twice, once);
    expect(ids(r2.merged.articles).sort()).toEqual(['art1', 'art2', 'artX', 'artY', 'artZ']);
    expect(changes(r2.counts)).toEqual({ article: { added: 1 } });
  });
});

describe('mergeProjects: idempotence', () => {
  it('reports nothing when the result of a clean merge is merged with the same copy again', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    const ada = edit(a0, (s) => ops.updateClaim(s, b.c1, { text: 'Bills rise 9% in 2026' }, sa).next);
    const ben = link(edit(b0, (s) => ops.deleteHighlight(s, b.h2, sb)), b.h3, b.c2, 'context', sb).next;
    const once = merge(ada, ben);
    expect(once.conflicts).toEqual([]);
    const twice = merge(once.merged, ben);
    expectNothing(twice);
    expect(twice.merged).toEqual(once.merged);
  });

  it('reports a pending conflict again identically, never listing it twice', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    let ada = edit(a0, (s) => ops.updateHighlight(s, b.h1, { note: 'Ada' }, sa).next);
    ada = edit(ada, (s) => ops.deleteHighlight(s, b.h3, sa));
    let ben = edit(b0, (s) => ops.updateHighlight(s, b.h1, { note: 'Ben' }, sb).next);
    ben = link(ben, b.h3, b.c2, 'supports', sb).next;
    ben = edit(ben, (s) => ops.updateHighlight(s, b.h2, { color: 'pink' }, sb).next);
    const once = merge(ada, ben);
    expect(pendingKeys(once.merged)).toEqual([`highlight:${b.h1}:both-changed`, `highlight:${b.h3}:deleted-mine-changed-theirs`]);
    expect(heldKeys(once.merged)).toHaveLength(1);
    const twice = merge(once.merged, ben);
    expect(twice.conflicts).toEqual(once.conflicts);
    expect(twice.held).toEqual(once.held);
    expect(twice.merged.conflicts).toEqual(once.merged.conflicts);
    expect(changes(twice.counts)).toEqual({ highlight: { conflicts: 2 } });
    expect(twice.merged).toEqual(once.merged);
  });
});

describe('mergeProjects: three colleagues', () => {
  it('A merges B then C cleanly; B and C merging the result end with everything', () => {
    const b = baseProject();
    const a = copyOf(b.project, 'A');
    const sB = stamper('Ben', 'b');
    const sC = stamper('Cy', 'c');
    let copyB = edit(copyOf(b.project, 'B'), (s) => ops.updateHighlight(s, b.h1, { note: 'B checked it' }, sB).next);
    copyB = addClaim(copyB, 'The plant raised costs', sB).next;
    let copyC = edit(copyOf(b.project, 'C'), (s) => ops.updateHighlight(s, b.h3, { color: 'green' }, sC).next);
    copyC = link(copyC, b.h3, b.c1, 'context', sC).next;
    copyC = edit(copyC, (s) => ops.rateClaim(s, b.c2, { rating: 'strong' }, sC).next);
    copyC = edit(copyC, (s) => ops.deleteClaim(s, b.c1a, sC));

    const ab = merge(a, copyB);
    expect(ab.conflicts).toEqual([]);
    expect(changes(ab.counts)).toEqual({ highlight: { changed: 1 }, claim: { added: 1 } });
    const abc = merge(ab.merged, copyC);
    expect(abc.conflicts).toEqual([]);
    expect(changes(abc.counts)).toEqual({ highlight: { changed: 1 }, claim: { deleted: 1 }, link: { added: 1 }, rating: { added: 1 } });

    const bBack = merge(copyB, abc.merged);
    expect(bBack.conflicts).toEqual([]);
    expect(revsOf(bBack.merged)).toEqual(revsOf(abc.merged));
    const cBack = merge(copyC, abc.merged);
    expect(cBack.conflicts).toEqual([]);
    expect(revsOf(cBack.merged)).toEqual(revsOf(abc.merged));
    // Everyone agrees now: nothing more to bring over in any direction.
    expectNothing(merge(abc.merged, bBack.merged));
    expectNothing(merge(bBack.merged, cBack.merged));
  });

  it('keeps conflicts pending from merging B while merging C', () => {
    const b = baseProject();
    const a = edit(copyOf(b.project, 'A'), (s) => ops.updateHighlight(s, b.h2, { note: 'A says' }, stamper('Ada', 'a')).next);
    const copyB = edit(copyOf(b.project, 'B'), (s) => ops.updateHighlight(s, b.h2, { note: 'B says' }, stamper('Ben', 'b')).next);
    const copyC = edit(copyOf(b.project, 'C'), (s) => ops.updateClaim(s, b.c2, { text: 'The outfall harms crab catches' }, stamper('Cy', 'c')).next);
    const ab = merge(a, copyB);
    expect(pendingKeys(ab.merged)).toEqual([`highlight:${b.h2}:both-changed`]);
    const abc = merge(ab.merged, copyC);
    expect(abc.conflicts).toEqual([]);
    expect(changes(abc.counts)).toEqual({ claim: { changed: 1 } });
    expect(abc.merged.conflicts).toEqual(ab.merged.conflicts);
    expect(abc.merged.conflicts[0]!.source).toBe('B');
    const decided = decide(abc.merged, [{ kind: 'highlight', id: b.h2, choice: 'theirs' }]);
    expect(byId(decided.highlights, b.h2)?.note).toBe('B says');
    expectNothing(merge(decided, copyB));
    expectNothing(merge(decided, copyC));
    expect(merge(copyB, decided).conflicts).toEqual([]);
  });
});

describe('mergeProjects: refusals and purity', () => {
  it('refuses a copy of a different project', () => {
    const { ada, ben } = twoCopies();
    const err = thrown(() => mergeProjects(ada, { ...ben, id: 'other-project' }));
    expect(err.code).toBe('different-project');
  });

  it('refuses a copy that lists one id twice', () => {
    const { ada, ben } = twoCopies();
    expect(thrown(() => mergeProjects(ada, { ...ben, claims: [...ben.claims, ben.claims[0]!] })).code).toBe('corrupt-project');
  });

  it('changes neither input', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
    let ada = edit(a0, (s) => ops.deleteHighlight(s, b.h3, sa));
    ada = edit(ada, (s) => ops.deleteClaim(s, b.c2, sa));
    ada = edit(ada, (s) => ops.updateHighlight(s, b.h1, { note: 'Ada' }, sa).next);
    let ben = link(b0, b.h3, b.c1, 'supports', sb).next;
    ben = addClaim(ben, 'Sub of c2', sb, b.c2).next;
    ben = edit(ben, (s) => ops.updateHighlight(s, b.h1, { note: 'Ben' }, sb).next);
    ben = { ...ben, articles: [...ben.articles, article('artB', TEXT_3)] };
    const before = JSON.stringify([ada, ben]);
    const r = mergeProjects(ada, ben); // not frozen here: compared instead
    expect(JSON.stringify([ada, ben])).toBe(before);
    expectWhole(r.merged);
    const p = JSON.stringify(r.merged);
    decide(structuredClone(r.merged), [{ kind: 'highlight', id: b.h1, choice: 'theirs' }]);
    expect(JSON.stringify(r.merged)).toBe(p);
  });
});
