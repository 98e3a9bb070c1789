import { describe, expect, it } from 'vitest';
import { ratingId, type ProjectFile } from '../model.js';
import { mergeProjects } from './merge-projects.js';
import { deletionMarker } from './versioned.js';
import {
  TEXT_2,
  TEXT_3,
  T1,
  addClaim,
  addHighlightTo,
  article,
  baseProject,
  byId,
  changes,
  copyOf,
  decide,
  edit,
  expectNothing,
  expectWhole,
  heldKeys,
  ids,
  link,
  merge,
  ops,
  pendingKeys,
  revsOf,
  stamper,
  thrown,
  type Base,
} from './fixtures/projects.js';

const ADA = 'Ada’s copy';
const BEN = 'Ben’s copy';

/** The base, Ada's copy of it (the project itself) and Ben's, with a stamp for each. */
function start(): { b: Base; ada: ProjectFile; ben: ProjectFile; sa: ReturnType<typeof stamper>; sb: ReturnType<typeof stamper> } {
  const b = baseProject();
  return { b, ada: copyOf(b.project, ADA), ben: copyOf(b.project, BEN), sa: stamper('Ada', 'a'), sb: stamper('Ben', 'b') };
}

describe('mergeProjects: edits on one side or on different items', () => {
  it('changes nothing when both copies are the same', () => {
    const { ada, ben } = start();
    const r = merge(ada, ben);
    expectNothing(r);
    expect(r.merged).toEqual(ada);
  });

  it('merges disjoint edits on both sides cleanly, with the right counts per kind', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
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
    const { b, ada, ben: b0, sb } = start();
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
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.updateHighlight(s, b.h2, { note: 'Ada: only one fisherman' }, sa).next);
    const ben = edit(b0, (s) => ops.updateHighlight(s, b.h2, { note: 'Ben: the co-op says so' }, sb).next);
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(r.conflicts).toEqual([{ kind: 'highlight', id: b.h2, reason: 'both-changed', mine: byId(ada.highlights, b.h2), theirs: byId(ben.highlights, b.h2) }]);
    expect(r.merged.highlights).toEqual(ada.highlights);
    expect(r.merged.conflicts).toEqual([{ kind: 'highlight', id: b.h2, reason: 'both-changed', theirs: byId(ben.highlights, b.h2), deletions: [], after: null, source: BEN, dependsOn: null }]);
  });

  it('raises no conflict for the same edit made on both sides, and both sides converge on one revision', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
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
    const { b, ada: a0, ben: b0, sa, sb } = start();
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
    const { b, ada: a0, ben: b0, sa, sb } = start();
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
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.rateClaim(s, b.c2, { rating: 'weak', rationale: 'One source' }, sa).next);
    const ben = edit(b0, (s) => ops.rateClaim(s, b.c2, { rating: 'strong', rationale: 'The co-op data' }, sb).next);
    const r = merge(ada, ben);
    expect(r.conflicts).toEqual([]);
    expect(changes(r.counts)).toEqual({ rating: { added: 1 } });
    expect(r.merged.ratings.filter((x) => x.claimId === b.c2).map((x) => `${x.rater}:${x.rating}`).sort()).toEqual(['Ada:weak', 'Ben:strong']);
  });

  it('raises a conflict when the same rater rated one claim differently in two copies', () => {
    const { b, ada: a0, ben: b0, sa } = start();
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
    const { ada: a0, ben: b0, sb } = start();
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
    const { ada: a0, sb } = start();
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

describe('mergeProjects: their items that use something I deleted', () => {
  it('holds their new link to a highlight I deleted on a conflict about that highlight', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.deleteHighlight(s, b.h3, sa));
    const benLink = link(b0, b.h3, b.c1, 'refutes', sb, 'Screens, not tariffs');
    const ben = benLink.next;
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(pendingKeys(r.merged)).toEqual([`highlight:${b.h3}:deleted-mine-changed-theirs`]);
    expect(heldKeys(r.merged)).toEqual([`link:${benLink.link.id}→highlight:${b.h3}`]);
    expect(r.held).toEqual([{ kind: 'link', item: benLink.link, dependsOn: { kind: 'highlight', id: b.h3 }, reason: 'deleted-mine-changed-theirs', deletions: [], after: b.l2 }]);
    expect(ids(r.merged.links)).toEqual([b.l1, b.l2]);
    // A held item is decided with its highlight, not on its own.
    expect(thrown(() => decide(r.merged, [{ kind: 'link', id: benLink.link.id, choice: 'theirs' }])).code).toBe('not-found');

    const restored = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'theirs' }]);
    expect(ids(restored.highlights)).toEqual([b.h1, b.h2, b.h3]);
    expect(restored.links).toEqual([...ada.links, benLink.link]);
    expect(restored.conflicts).toEqual([]);
    expectNothing(merge(restored, ben));
    expect(merge(ben, restored).conflicts).toEqual([]);

    const dropped = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'mine' }]);
    expect(ids(dropped.highlights)).toEqual([b.h1, b.h2]);
    expect(ids(dropped.links)).toEqual([b.l1, b.l2]);
    expect(dropped.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'link', id: benLink.link.id, rev: benLink.link.rev })]));
    expect(dropped.conflicts).toEqual([]);
    expectNothing(merge(dropped, ben));
    const benLoses = merge(ben, dropped);
    expect(benLoses.conflicts).toEqual([]);
    expect(changes(benLoses.counts)).toEqual({ highlight: { deleted: 1 }, link: { deleted: 1 } });
  });

  it('holds their edit of a link whose highlight I deleted (with the link) on that highlight', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.deleteHighlight(s, b.h1, sa));
    const ben = edit(b0, (s) => ops.updateLink(s, b.l1, { stance: 'context', note: 'Only the headline rate' }, sb).next);
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(pendingKeys(r.merged)).toEqual([`highlight:${b.h1}:deleted-mine-changed-theirs`]);
    expect(heldKeys(r.merged)).toEqual([`link:${b.l1}→highlight:${b.h1}`]);
    expect(ids(r.merged.links)).toEqual([b.l2]);
    // Restoring the link alone would leave it pointing at nothing: it follows its highlight.
    expect(thrown(() => decide(r.merged, [{ kind: 'link', id: b.l1, choice: 'theirs' }])).code).toBe('not-found');

    const restored = decide(r.merged, [{ kind: 'highlight', id: b.h1, choice: 'theirs' }]);
    expect(ids(restored.highlights)).toEqual([b.h1, b.h2, b.h3]);
    expect(byId(restored.links, b.l1)).toMatchObject({ stance: 'context', note: 'Only the headline rate' });
    expectNothing(merge(restored, ben));
    expect(merge(ben, restored).conflicts).toEqual([]);

    const dropped = decide(r.merged, [{ kind: 'highlight', id: b.h1, choice: 'mine' }]);
    expect(ids(dropped.links)).toEqual([b.l2]);
    expectNothing(merge(dropped, ben));
    expect(merge(ben, dropped).conflicts).toEqual([]);
  });

  it('holds their new sub-claim under a claim I deleted, with its link and rating, on that claim', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.deleteClaim(s, b.c2, sa)); // and its link l2
    const sub = addClaim(b0, 'Crab catches fell 30%', sb, b.c2);
    const subLink = link(sub.next, b.h2, sub.claim.id, 'supports', sb);
    const benRating = ops.rateClaim(subLink.next, sub.claim.id, { rating: 'weak' }, sb);
    const ben = edit(subLink.next, () => benRating.next);
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ claim: { conflicts: 1 } });
    expect(pendingKeys(r.merged)).toEqual([`claim:${b.c2}:deleted-mine-changed-theirs`]);
    expect(heldKeys(r.merged)).toEqual([`claim:${sub.claim.id}→claim:${b.c2}`, `link:${subLink.link.id}→claim:${b.c2}`, `rating:${benRating.rating.id}→claim:${b.c2}`]);
    expect(ids(r.merged.claims)).toEqual([b.c1, b.c1a]);
    expect(ids(r.merged.links)).toEqual([b.l1]);

    const restored = decide(r.merged, [{ kind: 'claim', id: b.c2, choice: 'theirs' }]);
    // Back where they are in Ben's copy (the base lists c1, c2, then c1's sub-claim).
    expect(ids(b.project.claims)).toEqual([b.c1, b.c2, b.c1a]);
    expect(ids(restored.claims)).toEqual([b.c1, b.c2, sub.claim.id, b.c1a]);
    expect(byId(restored.claims, sub.claim.id)?.parentId).toBe(b.c2);
    expect(ids(restored.links)).toEqual([b.l1, subLink.link.id]); // l2 stays deleted: Ben did not touch it
    expect(byId(restored.ratings, benRating.rating.id)?.rating).toBe('weak');
    expect(restored.conflicts).toEqual([]);
    expectNothing(merge(restored, ben));
    expect(merge(ben, restored).conflicts).toEqual([]);

    const dropped = decide(r.merged, [{ kind: 'claim', id: b.c2, choice: 'mine' }]);
    expect(ids(dropped.claims)).toEqual([b.c1, b.c1a]);
    expect(ids(dropped.links)).toEqual([b.l1]);
    expect(dropped.ratings.map((x) => x.claimId)).toEqual([b.c1]);
    expect(dropped.deleted.map((d) => `${d.kind}:${d.id}`)).toEqual(expect.arrayContaining([`claim:${b.c2}`, `claim:${sub.claim.id}`, `link:${subLink.link.id}`, `rating:${benRating.rating.id}`]));
    expectNothing(merge(dropped, ben));
    expect(merge(ben, dropped).conflicts).toEqual([]);
  });

  it('keeps my claim in place when they moved it under a claim I deleted; their move follows that claim', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.deleteClaim(s, b.c1, sa)); // and c1a, l1, Ada's rating
    const ben = edit(b0, (s) => ops.moveClaim(s, b.c2, b.c1, 0, sb));
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ claim: { conflicts: 1 } });
    expect(r.merged.claims).toEqual(ada.claims);
    expect(pendingKeys(r.merged)).toEqual([`claim:${b.c1}:deleted-mine-changed-theirs`]);
    expect(heldKeys(r.merged)).toEqual([`claim:${b.c2}→claim:${b.c1}`]);
    expectWhole(merge(r.merged, ben).merged);

    const restored = decide(r.merged, [{ kind: 'claim', id: b.c1, choice: 'theirs' }]);
    expect(ids(restored.claims)).toEqual([b.c1, b.c2]);
    expect(byId(restored.claims, b.c2)?.parentId).toBe(b.c1);
    expectNothing(merge(restored, ben));
    expect(merge(ben, restored).conflicts).toEqual([]);

    const kept = decide(r.merged, [{ kind: 'claim', id: b.c1, choice: 'mine' }]);
    expect(ids(kept.claims)).toEqual([b.c2]);
    expect(byId(kept.claims, b.c2)?.parentId).toBeNull();
    expectNothing(merge(kept, ben));
    expect(merge(ben, kept).conflicts).toEqual([]);
  });

  it('holds their new link to a sub-claim I deleted with its parent on the conflict about the parent', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.deleteClaim(s, b.c1, sa)); // with c1a, l1 and Ada's rating
    const benLink = link(b0, b.h3, b.c1a, 'supports', sb);
    const r = merge(ada, benLink.next);
    expect(changes(r.counts)).toEqual({ claim: { conflicts: 1 } });
    expect(pendingKeys(r.merged)).toEqual([`claim:${b.c1}:deleted-mine-changed-theirs`]);
    expect(heldKeys(r.merged)).toEqual([`claim:${b.c1a}→claim:${b.c1}`, `link:${benLink.link.id}→claim:${b.c1}`]);
    // The sub-claim was deleted by me: restoring it overrules that deletion.
    expect(r.held.find((h) => h.kind === 'claim')?.deletions).toEqual([expect.objectContaining({ kind: 'claim', id: b.c1a, author: 'Ada' })]);
    const again = merge(r.merged, benLink.next);
    expect(again.merged).toEqual(r.merged);
    expect(again.held).toEqual(r.held);

    const restored = decide(r.merged, [{ kind: 'claim', id: b.c1, choice: 'theirs' }]);
    expect(ids(restored.claims)).toEqual([b.c1, b.c2, b.c1a]);
    expect(byId(restored.claims, b.c1a)?.revs).toEqual(expect.arrayContaining([deletionMarker(r.held[0]!.deletions[0]!)]));
    expect(ids(restored.links)).toEqual([b.l2, benLink.link.id]);
    expectNothing(merge(restored, benLink.next));
    expect(merge(benLink.next, restored).conflicts).toEqual([]);

    const dropped = decide(r.merged, [{ kind: 'claim', id: b.c1, choice: 'mine' }]);
    expect(ids(dropped.claims)).toEqual([b.c2]);
    expect(ids(dropped.links)).toEqual([b.l2]);
    expectNothing(merge(dropped, benLink.next));
  });

  it('holds the same items the same way when the same copy is merged again', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    let ada = edit(a0, (s) => ops.deleteClaim(s, b.c1, sa));
    ada = edit(ada, (s) => ops.deleteHighlight(s, b.h2, sa));
    let ben = edit(b0, (s) => ops.moveClaim(s, b.c2, b.c1, 0, sb));
    ben = edit(ben, (s) => ops.updateLink(s, b.l2, { note: 'Co-op data' }, sb).next);
    ben = addClaim(ben, 'Sub of c1', sb, b.c1).next;
    const once = merge(ada, ben);
    expect(pendingKeys(once.merged)).toEqual([`claim:${b.c1}:deleted-mine-changed-theirs`, `highlight:${b.h2}:deleted-mine-changed-theirs`]);
    expect(heldKeys(once.merged)).toHaveLength(3);
    const twice = merge(once.merged, ben);
    expect(twice.merged).toEqual(once.merged);
    expect(twice.conflicts).toEqual(once.conflicts);
    expect(twice.held).toEqual(once.held);
    expect(changes(twice.counts)).toEqual(changes(once.counts));
    const all = decide(once.merged, [
      { kind: 'claim', id: b.c1, choice: 'theirs' },
      { kind: 'highlight', id: b.h2, choice: 'theirs' },
    ]);
    expect(all.conflicts).toEqual([]);
    expect(byId(all.links, b.l2)?.note).toBe('Co-op data');
    expectNothing(merge(all, ben));
  });
});

describe('mergeProjects: my items that use something they deleted', () => {
  it('keeps a highlight they deleted that my new link uses, as a conflict', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const adaLink = link(a0, b.h3, b.c1, 'context', sa);
    const ada = adaLink.next;
    const ben = edit(b0, (s) => ops.deleteHighlight(s, b.h3, sb));
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 } });
    expect(r.merged.highlights).toEqual(ada.highlights);
    expect(r.merged.links).toEqual(ada.links);
    expect(pendingKeys(r.merged)).toEqual([`highlight:${b.h3}:deleted-theirs-changed-mine`]);
    expect(r.merged.conflicts[0]!.deletions).toEqual([expect.objectContaining({ kind: 'highlight', id: b.h3, author: 'Ben' })]);

    // Deleting it deletes my link too, as deleting a highlight by hand does.
    const deleted = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'theirs' }]);
    expect(ids(deleted.highlights)).toEqual([b.h1, b.h2]);
    expect(ids(deleted.links)).toEqual([b.l1, b.l2]);
    expect(deleted.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'link', id: adaLink.link.id, rev: adaLink.link.rev })]));
    expectNothing(merge(deleted, ben));

    const kept = decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'mine' }]);
    expect(ids(kept.highlights)).toEqual([b.h1, b.h2, b.h3]);
    expect(ids(kept.links)).toEqual([b.l1, b.l2, adaLink.link.id]);
    expectNothing(merge(kept, ben));
    const benGetsThem = merge(ben, kept);
    expect(benGetsThem.conflicts).toEqual([]);
    expect(changes(benGetsThem.counts)).toEqual({ highlight: { added: 1 }, link: { added: 1 } });
  });

  it('keeps the highlight of my edited link when they deleted both; deleting the highlight takes the link and its conflict', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.updateLink(s, b.l1, { stance: 'refutes' }, sa).next);
    const ben = edit(b0, (s) => ops.deleteHighlight(s, b.h1, sb));
    const r = merge(ada, ben);
    expect(changes(r.counts)).toEqual({ highlight: { conflicts: 1 }, link: { conflicts: 1 } });
    expect(pendingKeys(r.merged)).toEqual([`link:${b.l1}:deleted-theirs-changed-mine`, `highlight:${b.h1}:deleted-theirs-changed-mine`]);
    expect(heldKeys(r.merged)).toEqual([]);
    expect(r.merged.links).toEqual(ada.links);

    const gone = decide(r.merged, [{ kind: 'highlight', id: b.h1, choice: 'theirs' }]);
    expect(ids(gone.links)).toEqual([b.l2]);
    expect(gone.conflicts).toEqual([]);
    expectNothing(merge(gone, ben));

    const kept = decide(r.merged, [
      { kind: 'highlight', id: b.h1, choice: 'mine' },
      { kind: 'link', id: b.l1, choice: 'mine' },
    ]);
    expect(byId(kept.links, b.l1)?.stance).toBe('refutes');
    expectNothing(merge(kept, ben));
    expect(merge(ben, kept).conflicts).toEqual([]);
  });
});

describe('mergeProjects: one highlight–claim pair linked on both sides', () => {
  it('keeps one link, mine, when both say the same thing', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const adaLink = link(a0, b.h3, b.c2, 'supports', sa);
    const benLink = link(b0, b.h3, b.c2, 'supports', sb);
    const r = merge(adaLink.next, benLink.next);
    expect(r.conflicts).toEqual([]);
    expect(changes(r.counts)).toEqual({});
    expect(ids(r.merged.links)).toEqual([b.l1, b.l2, adaLink.link.id]);
    expect(r.merged.deleted).toEqual([expect.objectContaining({ kind: 'link', id: benLink.link.id })]);
    expectNothing(merge(r.merged, benLink.next));
    // Ben converges on Ada's link once he merges her result.
    const back = merge(benLink.next, r.merged);
    expect(back.conflicts).toEqual([]);
    expect(ids(back.merged.links)).toEqual([b.l1, b.l2, adaLink.link.id]);
  });

  it('keeps mine and raises a conflict when stance or note differ', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const adaLink = link(a0, b.h3, b.c2, 'supports', sa);
    const benLink = link(b0, b.h3, b.c2, 'refutes', sb, 'The screens fixed it');
    const r = merge(adaLink.next, benLink.next);
    expect(changes(r.counts)).toEqual({ link: { conflicts: 1 } });
    expect(ids(r.merged.links)).toEqual([b.l1, b.l2, adaLink.link.id]);
    expect(r.conflicts).toEqual([{ kind: 'link', id: adaLink.link.id, reason: 'both-changed', mine: adaLink.link, theirs: { ...benLink.link, id: adaLink.link.id } }]);
    // Reported again identically (not twice) by the next merge of the same copy.
    expect(merge(r.merged, benLink.next).merged.conflicts).toEqual(r.merged.conflicts);

    const theirs = decide(r.merged, [{ kind: 'link', id: adaLink.link.id, choice: 'theirs' }]);
    expect(byId(theirs.links, adaLink.link.id)).toMatchObject({ stance: 'refutes', note: 'The screens fixed it' });
    expectNothing(merge(theirs, benLink.next));
    const back = merge(benLink.next, theirs);
    expect(back.conflicts).toEqual([]);
    expect(back.merged.links.filter((l) => l.highlightId === b.h3)).toEqual([byId(theirs.links, adaLink.link.id)]);
  });
});

describe('mergeProjects: idempotence', () => {
  it('reports nothing when the result of a clean merge is merged with the same copy again', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
    const ada = edit(a0, (s) => ops.updateClaim(s, b.c1, { text: 'Bills rise 9% in 2026' }, sa).next);
    const ben = link(edit(b0, (s) => ops.deleteHighlight(s, b.h2, sb)), b.h3, b.c2, 'context', sb).next;
    const once = merge(ada, ben);
    expect(once.conflicts).toEqual([]);
    const twice = merge(once.merged, ben);
    expectNothing(twice);
    expect(twice.merged).toEqual(once.merged);
  });

  it('reports a pending conflict again identically, never listing it twice', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
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
    const { ada, ben } = start();
    const err = thrown(() => mergeProjects(ada, { ...ben, id: 'other-project' }));
    expect(err.code).toBe('different-project');
  });

  it('refuses a copy that lists one id twice', () => {
    const { ada, ben } = start();
    expect(thrown(() => mergeProjects(ada, { ...ben, claims: [...ben.claims, ben.claims[0]!] })).code).toBe('corrupt-project');
  });

  it('changes neither input', () => {
    const { b, ada: a0, ben: b0, sa, sb } = start();
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
