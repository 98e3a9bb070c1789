/**
 * Merging whole projects where an item uses something the other side deleted, or both sides
 * linked one pair: the pass that keeps references whole (keep-references.ts), through
 * `mergeProjects` and the decisions that follow.
 */
import { describe, expect, it } from 'vitest';
import { deletionMarker } from './versioned.js';
import { addClaim, byId, changes, decide, edit, expectNothing, expectWhole, heldKeys, ids, link, merge, ops, pendingKeys, thrown, twoCopies } from './fixtures/projects.js';

describe('mergeProjects: their items that use something I deleted', () => {
  it('holds their new link to a highlight I deleted on a conflict about that highlight', () => {
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
    const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
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
