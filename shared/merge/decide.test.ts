import { describe, expect, it } from 'vitest';
import type { Stamp } from '../annotations/operations.js';
import { ratingId, type PendingConflict, type ProjectFile, type Rating, type Stance } from '../model.js';
import { decideConflicts } from './decide.js';
import { BEN, addClaim, baseProject, byId, changes, copyOf, decide, edit, expectNothing, heldKeys, ids, link, merge, ops, pendingKeys, retitle, stamper, thrown, twoCopies } from './fixtures/projects.js';

/**
 * Ada's and Ben's copies changed the same highlight, claim, link, Ada's rating (Ada also rated
 * on Ben's machine) and article title differently: five `both-changed` conflicts.
 */
function fiveConflicts() {
  const { b, ada: a0, ben: b0, sa, sb } = twoCopies();
  const adaElsewhere = stamper('Ada', 'x');
  /** One copy with the five items changed to `to`, by `s`; Ada's rating by `rater`. */
  const changeFive = (p: ProjectFile, s: Stamp, rater: Stamp, to: { note: string; text: string; stance: Stance; rating: Rating; title: string; rev: string }) => {
    let next = edit(p, (x) => ops.updateHighlight(x, b.h1, { note: to.note }, s).next);
    next = edit(next, (x) => ops.updateClaim(x, b.c1, { text: to.text }, s).next);
    next = edit(next, (x) => ops.updateLink(x, b.l1, { stance: to.stance }, s).next);
    next = edit(next, (x) => ops.rateClaim(x, b.c1, { rating: to.rating }, rater).next);
    return retitle(next, b.art1, to.title, to.rev);
  };
  const ada = changeFive(a0, sa, sa, { note: 'Ada: per the minutes', text: 'Bills rise 9% this year', stance: 'refutes', rating: 'strong', title: 'Council minutes', rev: 'a-art' });
  const ben = changeFive(b0, sb, adaElsewhere, { note: 'Ben: per the press', text: 'Water bills rise 9%', stance: 'context', rating: 'weak', title: 'Minutes of the council', rev: 'b-art' });
  const r = merge(ada, ben);
  const rating = ratingId(b.c1, 'Ada');
  expect(pendingKeys(r.merged)).toEqual([`article:${b.art1}:both-changed`, `highlight:${b.h1}:both-changed`, `claim:${b.c1}:both-changed`, `link:${b.l1}:both-changed`, `rating:${rating}:both-changed`]);
  return { b, ada, ben, r, merged: r.merged, rating };
}

const pendingOn = (p: ProjectFile, kind: string, id: string): PendingConflict | undefined => p.conflicts.find((c) => c.kind === kind && c.id === id);

describe('decideConflicts: mine, theirs, both', () => {
  it('keeps theirs or mine as a new revision that descends from both, so nobody sees the conflict again', () => {
    const { b, ada, ben, merged, rating } = fiveConflicts();
    const decided = decide(merged, [
      { kind: 'article', id: b.art1, choice: 'theirs' },
      { kind: 'highlight', id: b.h1, choice: 'mine' },
      { kind: 'claim', id: b.c1, choice: 'theirs' },
      { kind: 'link', id: b.l1, choice: 'mine' },
      { kind: 'rating', id: rating, choice: 'theirs' },
    ]);
    expect(decided.conflicts).toEqual([]);
    expect(byId(decided.articles, b.art1)?.title).toBe('Minutes of the council');
    expect(byId(decided.highlights, b.h1)?.note).toBe('Ada: per the minutes');
    expect(byId(decided.claims, b.c1)?.text).toBe('Water bills rise 9%');
    expect(byId(decided.links, b.l1)?.stance).toBe('refutes');
    expect(byId(decided.ratings, rating)?.rating).toBe('weak');
    const h1 = byId(decided.highlights, b.h1)!;
    expect(h1.revs).toEqual(expect.arrayContaining([byId(ada.highlights, b.h1)!.rev, byId(ben.highlights, b.h1)!.rev]));
    expect(ids(decided.highlights)).toEqual(ids(merged.highlights)); // in place
    // Settled: neither copy brings the conflicts back, and Ben takes every decision as newer.
    expectNothing(merge(decided, ben));
    expectNothing(merge(decided, ada));
    const benTakes = merge(ben, decided);
    expect(benTakes.conflicts).toEqual([]);
    expect(changes(benTakes.counts)).toEqual({ article: { changed: 1 }, highlight: { changed: 1 }, claim: { changed: 1 }, link: { changed: 1 }, rating: { changed: 1 } });
  });

  it('refuses "both" for links, ratings and articles with a clear error, changing nothing', () => {
    const { b, merged, rating } = fiveConflicts();
    for (const [kind, id] of [
      ['link', b.l1],
      ['rating', rating],
      ['article', b.art1],
    ] as const) {
      const err = thrown(() => decide(merged, [{ kind, id, choice: 'both' }]));
      expect(err.code).toBe('bad-args');
      expect(err.message).toMatch(new RegExp(`Both versions of a ${kind} cannot be kept side by side; keep yours or theirs`));
    }
    expect(pendingKeys(merged)).toHaveLength(5);
  });

  it('keeps both versions of a highlight: mine in place, theirs as a copy with a new id right after it', () => {
    const { b, ben, merged } = fiveConflicts();
    const stamp = stamper('Ada', 'dec', '2026-03-01T00:00:00.000Z');
    const decided = decide(merged, [{ kind: 'highlight', id: b.h1, choice: 'both' }], stamp);
    // The stamp gave the kept version its rev (dec1), the copy its id (dec2) and rev (dec3).
    expect(ids(decided.highlights)).toEqual([b.h1, 'dec2', b.h2, b.h3]);
    expect(byId(decided.highlights, b.h1)).toMatchObject({ note: 'Ada: per the minutes', rev: 'dec1' });
    expect(byId(decided.highlights, 'dec2')).toMatchObject({ note: 'Ben: per the press', articleId: b.art1, rev: 'dec3', revs: [] });
    expect(byId(decided.highlights, 'dec2')?.target).toEqual(byId(ben.highlights, b.h1)?.target);
    // Undecided conflicts stay exactly as they were.
    expect(decided.conflicts).toEqual(merged.conflicts.filter((c) => c.kind !== 'highlight'));
    const again = merge(decided, ben);
    expect(again.conflicts.map((c) => c.kind)).toEqual(['article', 'claim', 'link', 'rating']);
    const benGetsBoth = merge(ben, decided);
    expect(benGetsBoth.conflicts.map((c) => c.kind)).not.toContain('highlight');
    expect(changes(benGetsBoth.counts).highlight).toEqual({ added: 1, changed: 1 });
  });

  it('keeps both versions of a claim; its sub-claims, links and ratings stay with mine', () => {
    const { b, merged } = fiveConflicts();
    const decided = decide(merged, [{ kind: 'claim', id: b.c1, choice: 'both' }], stamper('Ada', 'dec'));
    expect(ids(decided.claims)).toEqual([b.c1, 'dec2', b.c2, b.c1a]);
    expect(byId(decided.claims, b.c1)?.text).toBe('Bills rise 9% this year');
    expect(byId(decided.claims, 'dec2')).toMatchObject({ text: 'Water bills rise 9%', parentId: null });
    expect(byId(decided.claims, b.c1a)?.parentId).toBe(b.c1);
    expect(byId(decided.links, b.l1)?.claimId).toBe(b.c1);
  });

  it('refuses "both" on a deletion conflict', () => {
    const b = baseProject();
    const ada = edit(b.project, (s) => ops.deleteHighlight(s, b.h3, stamper('Ada', 'a')));
    const ben = edit(copyOf(b.project), (s) => ops.updateHighlight(s, b.h3, { note: 'n' }, stamper('Ben', 'b')).next);
    const r = merge(ada, ben);
    const err = thrown(() => decide(r.merged, [{ kind: 'highlight', id: b.h3, choice: 'both' }]));
    expect(err.code).toBe('bad-args');
    expect(err.message).toMatch(/deleted on one side/);
  });
});

describe('decideConflicts: what it refuses', () => {
  it('refuses a decision on no undecided conflict with not-found', () => {
    const { b, merged } = fiveConflicts();
    expect(thrown(() => decide(merged, [{ kind: 'highlight', id: 'no-such-id', choice: 'mine' }])).code).toBe('not-found');
    expect(thrown(() => decide(merged, [{ kind: 'highlight', id: b.h2, choice: 'mine' }])).code).toBe('not-found');
    expect(thrown(() => decide(merged, [{ kind: 'claim', id: b.h1, choice: 'mine' }])).code).toBe('not-found'); // right id, wrong kind
    const once = decide(merged, [{ kind: 'highlight', id: b.h1, choice: 'mine' }]);
    expect(thrown(() => decide(once, [{ kind: 'highlight', id: b.h1, choice: 'theirs' }])).code).toBe('not-found');
  });

  it('refuses two decisions on one conflict', () => {
    const { b, merged } = fiveConflicts();
    const err = thrown(() =>
      decide(merged, [
        { kind: 'highlight', id: b.h1, choice: 'mine' },
        { kind: 'highlight', id: b.h1, choice: 'theirs' },
      ]),
    );
    expect(err.code).toBe('bad-args');
  });

  it('changes nothing with no decisions', () => {
    const { merged } = fiveConflicts();
    expect(decide(merged, [])).toEqual(merged);
  });

  it('refuses to restore an item whose highlight is gone, rather than leave the project inconsistent', () => {
    // A pending restore of a link to a highlight that is not in the project (as a file written
    // before held items existed could hold it): theirs is refused, mine still works.
    const b = baseProject();
    const p0 = edit(b.project, (s) => ops.deleteHighlight(s, b.h1, stamper('Ada', 'a'))); // with l1
    const theirLink = { ...byId(b.project.links, b.l1)!, stance: 'refutes' as const, rev: 'ben-1', revs: [byId(b.project.links, b.l1)!.rev] };
    const pending: PendingConflict = { kind: 'link', id: b.l1, reason: 'deleted-mine-changed-theirs', theirs: theirLink, deletions: p0.deleted.filter((d) => d.kind === 'link'), after: null, source: BEN, dependsOn: null };
    const p: ProjectFile = { ...p0, conflicts: [pending] };
    const err = thrown(() => decideConflicts(p, [{ kind: 'link', id: b.l1, choice: 'theirs' }], stamper('Ada', 'd')));
    expect(err.code).toBe('bad-args');
    expect(err.message).toMatch(/inconsistent/);
    const kept = decide(p, [{ kind: 'link', id: b.l1, choice: 'mine' }]);
    expect(kept.conflicts).toEqual([]);
    expect(kept.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'link', id: b.l1, rev: 'ben-1' })]));
  });
});

describe('decideConflicts: what uses a decided item follows it', () => {
  it('deletes my new sub-claim, link and rating of a claim when I decide for their deletion of it', () => {
    const b = baseProject();
    const sa = stamper('Ada', 'a');
    let ada = edit(b.project, (s) => ops.updateClaim(s, b.c1, { text: 'Bills rise 9% in 2026' }, sa).next);
    const sub = addClaim(ada, 'Because of the plant', sa, b.c1);
    const adaLink = link(sub.next, b.h3, b.c1, 'context', sa);
    ada = edit(adaLink.next, (s) => ops.rateClaim(s, sub.claim.id, { rating: 'weak' }, sa).next);
    const ben = edit(copyOf(b.project, BEN), (s) => ops.deleteClaim(s, b.c1, stamper('Ben', 'b'))); // c1a, l1, Ada's rating too
    const r = merge(ada, ben);
    expect(pendingKeys(r.merged)).toEqual([`claim:${b.c1}:deleted-theirs-changed-mine`]);
    expect(changes(r.counts)).toEqual({ claim: { deleted: 1, conflicts: 1 }, link: { deleted: 1 }, rating: { deleted: 1 } });

    const gone = decide(r.merged, [{ kind: 'claim', id: b.c1, choice: 'theirs' }]);
    expect(ids(gone.claims)).toEqual([b.c2]);
    expect(ids(gone.links)).toEqual([b.l2]);
    expect(gone.ratings).toEqual([]);
    expect(gone.deleted.map((d) => `${d.kind}:${d.id}`)).toEqual(expect.arrayContaining([`claim:${b.c1}`, `claim:${sub.claim.id}`, `link:${adaLink.link.id}`, `rating:${ratingId(sub.claim.id, 'Ada')}`]));
    expectNothing(merge(gone, ben));
    expect(merge(ben, gone).conflicts).toEqual([]);

    const kept = decide(r.merged, [{ kind: 'claim', id: b.c1, choice: 'mine' }]);
    expect(ids(kept.claims)).toEqual([b.c1, b.c2, sub.claim.id]); // the base lists c1, c2, then c1's sub-claims
    expect(ids(kept.links)).toEqual([b.l2, adaLink.link.id]);
    expectNothing(merge(kept, ben));
    expect(merge(ben, kept).conflicts).toEqual([]);
  });

  it('restores items held on a chain (as older files stored them) with the conflict at its root', () => {
    const b = baseProject();
    const ada = edit(b.project, (s) => ops.deleteClaim(s, b.c2, stamper('Ada', 'a')));
    const sb = stamper('Ben', 'b');
    const sub = addClaim(copyOf(b.project), 'Crab catches fell', sb, b.c2);
    const subLink = link(sub.next, b.h3, sub.claim.id, 'supports', sb);
    const r = merge(ada, subLink.next);
    expect(heldKeys(r.merged)).toEqual([`claim:${sub.claim.id}→claim:${b.c2}`, `link:${subLink.link.id}→claim:${b.c2}`]);
    // The link held on the sub-claim rather than on the claim at the root.
    const chained: ProjectFile = { ...r.merged, conflicts: r.merged.conflicts.map((c) => (c.kind === 'link' ? { ...c, dependsOn: { kind: 'claim' as const, id: sub.claim.id } } : c)) };
    const restored = decide(chained, [{ kind: 'claim', id: b.c2, choice: 'theirs' }]);
    expect(ids(restored.claims)).toContain(sub.claim.id);
    expect(ids(restored.links)).toContain(subLink.link.id);
    expect(restored.conflicts).toEqual([]);
    const dropped = decide(chained, [{ kind: 'claim', id: b.c2, choice: 'mine' }]);
    expect(ids(dropped.links)).not.toContain(subLink.link.id);
    expect(dropped.conflicts).toEqual([]);
  });

  it('keeps a pending conflict on an unrelated item while deciding another', () => {
    const { b, merged } = fiveConflicts();
    const decided = decide(merged, [{ kind: 'claim', id: b.c1, choice: 'mine' }]);
    expect(pendingOn(decided, 'claim', b.c1)).toBeUndefined();
    expect(pendingOn(decided, 'link', b.l1)).toEqual(pendingOn(merged, 'link', b.l1));
    expect(decided.conflicts).toHaveLength(4);
  });
});
