import { describe, expect, it } from 'vitest';
import { WarrantError } from '../result.js';
import { mergeCollection } from './merge-collection.js';
import { MAX_REVS, deletionMarker, nextRevision, tombstoneFor, unionRevs, type Tombstone } from './versioned.js';
import { KIND, STAMP, addIn, copyOf, deleteIn, editIn, edited, ids, isClean, merge, merged, note, revsById, sameText, type Copy, type Note } from './fixtures/notes.js';

/** Three notes both colleagues start from (A sent the file to B). */
const base = (): Copy => copyOf(note('x'), note('y'), note('z'));

describe('versioned', () => {
  it('nextRevision appends the old rev and caps the history, oldest dropped', () => {
    expect(nextRevision({ rev: 'a', revs: [] }, 'b')).toEqual({ rev: 'b', revs: ['a'] });
    const long = Array.from({ length: MAX_REVS }, (_, i) => `r${i}`);
    const next = nextRevision({ rev: 'tip', revs: long }, 'new');
    expect(next.revs).toHaveLength(MAX_REVS);
    expect(next.revs[0]).toBe('r1');
    expect(next.revs.at(-1)).toBe('tip');
  });

  it('tombstoneFor records the deleted version and its history', () => {
    const n = edited(note('x'), 'v1', 'x.1');
    expect(tombstoneFor(KIND, n, STAMP.deletedAt, STAMP.author)).toEqual({ kind: KIND, id: 'x', rev: 'x.1', revs: ['x.0'], ...STAMP });
  });

  it('unionRevs keeps the recent end of every history when capping', () => {
    const old = Array.from({ length: MAX_REVS }, (_, i) => `o${i}`);
    const u = unionRevs('own', old, ['m1', 'm2'], ['own']);
    expect(u).toHaveLength(MAX_REVS);
    expect(u).toEqual(expect.arrayContaining(['m1', 'm2', 'o99']));
    expect(u).not.toContain('own');
    expect(u.slice(-2)).toEqual(['o99', 'm2']); // newest last; equal ages keep the given order
  });
});

describe('mergeCollection: one side changed', () => {
  it('reports nothing for identical copies', () => {
    const r = merge(base(), base());
    expect(isClean(r)).toBe(true);
    expect(r.items).toEqual(base().items);
  });

  it('takes their newer version and keeps my newer version', () => {
    const theirs = editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B'));
    const r = merge(base(), theirs);
    expect(r.changed).toEqual(['y']);
    expect(r.items.find((n) => n.id === 'y')?.text).toBe('y by B');
    const back = merge(theirs, base());
    expect(isClean(back)).toBe(true);
    expect(back.items).toEqual(theirs.items);
  });

  it('merges disjoint edits without conflict, in both directions', () => {
    const a = editIn(base(), 'x', (n) => edited(n, 'x by A', 'x.A'));
    const b = editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B'));
    const ab = merge(a, b);
    const ba = merge(b, a);
    expect(ab.conflicts).toEqual([]);
    expect(ab.changed).toEqual(['y']);
    expect(ba.changed).toEqual(['x']);
    expect(ab.items.map((n) => n.text)).toEqual(['x by A', 'y by B', 'text of z']);
    expect(revsById(ab.items)).toEqual(revsById(ba.items));
  });

  it('adds what only they have and keeps what only I have', () => {
    const a = addIn(base(), note('mine-new'));
    const b = addIn(base(), note('their-new'));
    const r = merge(a, b);
    expect(r.added).toEqual(['their-new']);
    // Their new note was made right after z, so it goes right after z (before my own new one).
    expect(ids(r)).toEqual(['x', 'y', 'z', 'their-new', 'mine-new']);
    expect(merge(b, a).added).toEqual(['mine-new']);
  });
});

describe('mergeCollection: both sides changed', () => {
  const a = editIn(base(), 'x', (n) => edited(n, 'x by A', 'x.A'));
  const b = editIn(base(), 'x', (n) => edited(n, 'x by B', 'x.B'));

  it('raises a conflict for different edits and keeps mine in place, pending', () => {
    const r = merge(a, b);
    expect(r.conflicts).toEqual([{ kind: KIND, id: 'x', reason: 'both-changed', mine: a.items[0], theirs: b.items[0] }]);
    expect(r.changed).toEqual([]);
    expect(r.items).toEqual(a.items);
  });

  it('reports the same conflict, and nothing else, when the result is merged again', () => {
    const first = merge(a, b);
    const again = merge({ items: first.items, deleted: first.tombstones }, b);
    expect(again.conflicts).toEqual(first.conflicts);
    expect([again.added, again.changed, again.deleted]).toEqual([[], [], []]);
  });

  it('lets identical edits converge on one revision from either side, without conflict', () => {
    const a2 = editIn(base(), 'x', (n) => edited(n, 'same fix', 'x.A'));
    const b2 = editIn(base(), 'x', (n) => edited(n, 'same fix', 'x.B'));
    const ab = merge(a2, b2);
    const ba = merge(b2, a2);
    expect(ab.conflicts).toEqual([]);
    expect(ab.changed).toEqual([]);
    expect(ab.items).toEqual(ba.items); // same winner, same history, either way
    const winner = ab.items[0];
    expect(winner?.rev).toBe('x.B');
    expect(winner?.revs).toEqual(['x.0', 'x.A']);
    // Each side now has the converged version: every further merge is clean.
    const aDone = { items: ab.items, deleted: ab.tombstones };
    expect(isClean(merge(aDone, b2))).toBe(true);
    expect(isClean(merge(b2, aDone))).toBe(true);
    expect(isClean(merge(aDone, merged(b2, a2)))).toBe(true);
  });
});

describe('mergeCollection: deletions', () => {
  it('deletes my unchanged item when they deleted it, and keeps it deleted the other way', () => {
    const b = deleteIn(base(), 'y');
    const r = merge(base(), b);
    expect(r.deleted).toEqual(['y']);
    expect(ids(r)).toEqual(['x', 'z']);
    expect(r.tombstones).toEqual(b.deleted);
    const back = merge(b, base());
    expect(isClean(back)).toBe(true);
    expect(ids(back)).toEqual(['x', 'z']);
  });

  it('deletes my old version when they edited further and then deleted', () => {
    const b = deleteIn(editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B')), 'y');
    expect(merge(base(), b).deleted).toEqual(['y']);
  });

  it('raises a conflict when they deleted what I changed since (mine kept, pending)', () => {
    const a = editIn(base(), 'y', (n) => edited(n, 'y by A', 'y.A'));
    const b = deleteIn(base(), 'y');
    const r = merge(a, b);
    expect(r.deleted).toEqual([]);
    expect(r.conflicts).toEqual([{ kind: KIND, id: 'y', reason: 'deleted-theirs-changed-mine', mine: a.items[1], deletions: b.deleted }]);
    expect(r.items).toEqual(a.items);
    const again = merge({ items: r.items, deleted: r.tombstones }, b);
    expect(again.conflicts).toEqual(r.conflicts);
    expect([again.added, again.changed, again.deleted]).toEqual([[], [], []]);
  });

  it('raises a conflict when I deleted what they changed since (nothing added, pending)', () => {
    const a = deleteIn(base(), 'y');
    const b = editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B'));
    const r = merge(a, b);
    expect(r.added).toEqual([]);
    expect(ids(r)).toEqual(['x', 'z']);
    expect(r.conflicts).toEqual([{ kind: KIND, id: 'y', reason: 'deleted-mine-changed-theirs', theirs: b.items[1], deletions: a.deleted, after: 'x' }]);
    expect(merge({ items: r.items, deleted: r.tombstones }, b).conflicts).toEqual(r.conflicts);
  });

  it('never deletes or resurrects on unknown ancestry (corrupted history): conflict both ways', () => {
    const corrupt: Tombstone = { kind: KIND, id: 'y', rev: 'unknown', revs: ['also-unknown'], ...STAMP };
    const a = base();
    const b: Copy = { items: [note('x'), note('z')], deleted: [corrupt] };
    const r = merge(a, b);
    expect(r.deleted).toEqual([]);
    expect(r.conflicts.map((c) => [c.id, c.reason])).toEqual([['y', 'deleted-theirs-changed-mine']]);
    const back = merge(b, a);
    expect(back.added).toEqual([]);
    expect(back.conflicts.map((c) => [c.id, c.reason])).toEqual([['y', 'deleted-mine-changed-theirs']]);
  });

  it('deletes when any one deletion covers my version, and lists every open deletion in a conflict', () => {
    const y0 = note('y');
    const y1 = edited(y0, 'v1', 'y.1');
    const y2 = edited(y1, 'v2', 'y.2');
    const del = (n: Note): Tombstone => tombstoneFor(KIND, n, STAMP.deletedAt, STAMP.author);
    const theirs: Copy = { items: [], deleted: [del(y0), del(y1)] };
    expect(merge(copyOf(y1), theirs).deleted).toEqual(['y']);
    const c = merge(copyOf(y2), theirs).conflicts[0];
    expect(c?.reason === 'deleted-theirs-changed-mine' && c.deletions.map((d) => d.rev)).toEqual(['y.1', 'y.0']);
  });

  it('does not raise a deletion again once a version overruled it', () => {
    const y0 = note('y');
    const t = tombstoneFor(KIND, y0, STAMP.deletedAt, STAMP.author);
    const restored: Note = { ...y0, text: 'kept', rev: 'y.R', revs: ['y.0', deletionMarker(t)] };
    expect(isClean(merge(copyOf(restored), { items: [], deleted: [t] }))).toBe(true);
    const r = merge({ items: [], deleted: [t] }, copyOf(restored));
    expect(r.added).toEqual(['y']);
    expect(r.conflicts).toEqual([]);
  });

  it('unions tombstones once per deleted version, mine kept on a tie, other kinds left out', () => {
    const y = note('y');
    const mineT = tombstoneFor(KIND, y, '2025-01-01T00:00:00.000Z', 'A');
    const theirsT = tombstoneFor(KIND, y, '2025-01-05T00:00:00.000Z', 'B');
    const other = tombstoneFor('highlight', note('h'), STAMP.deletedAt, STAMP.author);
    const r = mergeCollection({ kind: KIND, mine: [], theirs: [], mineDeleted: [mineT, other], theirsDeleted: [theirsT, theirsT], sameContent: sameText });
    expect(r.tombstones).toEqual([mineT]);
  });
});

describe('mergeCollection: order rule', () => {
  it('follows my order, placing their new items right after their nearest preceding neighbour', () => {
    const a = copyOf(note('c'), note('a'), note('b')); // I moved c to the top
    const b = copyOf(note('n0'), note('a'), note('n1'), note('n2'), note('b'), note('c'), note('n3'));
    const r = merge(a, b);
    expect(ids(r)).toEqual(['n0', 'c', 'n3', 'a', 'n1', 'n2', 'b']);
    expect(r.added).toEqual(['n0', 'n1', 'n2', 'n3']);
  });

  it('skips neighbours that are not in the merged list (deleted on my side)', () => {
    const a = deleteIn(base(), 'y');
    const b = addIn(base(), note('n'), 2); // x, y, n, z
    expect(ids(merge(a, b))).toEqual(['x', 'n', 'z']);
  });

  it('keeps sibling order of a run of new items added at the start', () => {
    const b = addIn(addIn(base(), note('n1'), 0), note('n2'), 1);
    expect(ids(merge(base(), b))).toEqual(['n1', 'n2', 'x', 'y', 'z']);
  });
});

describe('mergeCollection: idempotence, commutativity and the colleague chain', () => {
  it('merging the result with the same copy again changes nothing', () => {
    const a = addIn(editIn(deleteIn(base(), 'z'), 'x', (n) => edited(n, 'x by A', 'x.A')), note('a-new'));
    const b = addIn(editIn(deleteIn(base(), 'x'), 'y', (n) => edited(n, 'y by B', 'y.B')), note('b-new'), 0);
    const first = merge(a, b);
    const again = merge({ items: first.items, deleted: first.tombstones }, b);
    expect(again.conflicts).toEqual(first.conflicts); // x: deleted by B, edited by A — still pending
    expect([again.added, again.changed, again.deleted]).toEqual([[], [], []]);
    expect(again.items).toEqual(first.items);
    expect(again.tombstones).toEqual(first.tombstones);
  });

  it('gives the same ids and revisions either way round when nothing conflicts', () => {
    const a = addIn(editIn(deleteIn(base(), 'z'), 'x', (n) => edited(n, 'x by A', 'x.A')), note('a-new'));
    const b = addIn(editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B')), note('b-new'), 0);
    const ab = merge(a, b);
    const ba = merge(b, a);
    expect(ab.conflicts).toEqual([]);
    expect(revsById(ab.items)).toEqual(revsById(ba.items));
  });

  it('A sends to B and C, both edit different items, A merges B then C, B merges A: all clean', () => {
    const a = base();
    const b = editIn(a, 'x', (n) => edited(n, 'x by B', 'x.B'));
    const c = deleteIn(addIn(editIn(a, 'y', (n) => edited(n, 'y by C', 'y.C')), note('c-new')), 'z');
    const ab = merge(a, b);
    expect(ab.conflicts).toEqual([]);
    const abc = merge({ items: ab.items, deleted: ab.tombstones }, c);
    expect(abc.conflicts).toEqual([]);
    expect(abc.changed).toEqual(['y']);
    expect(abc.deleted).toEqual(['z']);
    expect(abc.added).toEqual(['c-new']);
    const aFinal: Copy = { items: abc.items, deleted: abc.tombstones };
    const bFinal = merge(b, aFinal);
    expect(bFinal.conflicts).toEqual([]);
    expect(bFinal.items).toEqual(aFinal.items);
    // C catches up too, and then nobody has anything left to merge.
    const cFinal = merged(c, aFinal);
    expect(cFinal.items).toEqual(aFinal.items);
    expect(isClean(merge(aFinal, cFinal))).toBe(true);
    expect(isClean(merge(cFinal, { items: bFinal.items, deleted: bFinal.tombstones }))).toBe(true);
  });

  it('refuses a copy that lists one id twice', () => {
    const twice = copyOf(note('x'), note('x'));
    expect(() => merge(twice, base())).toThrow(WarrantError);
    expect(() => merge(base(), twice)).toThrow(/twice/);
  });

  it('does not modify its inputs', () => {
    const a = editIn(base(), 'x', (n) => edited(n, 'same', 'x.A'));
    const b = deleteIn(editIn(base(), 'x', (n) => edited(n, 'same', 'x.B')), 'y');
    const snapshot = JSON.stringify([a, b]);
    merge(a, b);
    merge(b, a);
    expect(JSON.stringify([a, b])).toBe(snapshot);
  });
});
