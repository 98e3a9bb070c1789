import { describe, expect, it } from 'vitest';
import { WarrantError } from '../result.js';
import type { Conflict } from './merge-collection.js';
import { applyResolutions, resolveConflict, type Choice } from './resolve.js';
import { tombstoneFor, type Tombstone } from './versioned.js';
import { KIND, STAMP, addIn, copyOf, deleteIn, editIn, edited, ids, isClean, merge, merged, note, type Copy, type Note } from './fixtures/notes.js';

const base = (): Copy => copyOf(note('x'), note('y'), note('z'));
const opts = { newRev: 'resolved', ...STAMP };

/** A merges B, resolves its only conflict with `choice`: A's copy afterwards. */
function mergeAndResolve(a: Copy, b: Copy, choice: Choice, makeCopy?: (n: Note) => Note): Copy {
  const r = merge(a, b);
  expect(r.conflicts).toHaveLength(1);
  const conflict = r.conflicts[0] as Conflict<Note>;
  const decision = resolveConflict(conflict, choice, { ...opts, makeCopy });
  const applied = applyResolutions(r, [decision]);
  return { items: applied.items, deleted: applied.tombstones };
}

/** After resolving, nobody has a conflict: not A again with B, not B with A, not A's old self. */
function expectSettled(resolved: Copy, a: Copy, b: Copy): void {
  expect(isClean(merge(resolved, b))).toBe(true);
  expect(merge(b, resolved).conflicts).toEqual([]);
  expect(merge(a, resolved).conflicts).toEqual([]);
  // Once B has taken A's result, the two copies are the same and merge clean both ways.
  const bAfter = merged(b, resolved);
  expect(bAfter.items).toEqual(resolved.items);
  expect(isClean(merge(resolved, bAfter))).toBe(true);
  expect(isClean(merge(bAfter, resolved))).toBe(true);
}

describe('resolveConflict: both changed', () => {
  const a = editIn(base(), 'y', (n) => edited(n, 'y by A', 'y.A'));
  const b = editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B'));

  it.each<[Choice, string]>([
    ['mine', 'y by A'],
    ['theirs', 'y by B'],
  ])('%s: that content under a new revision descending from both', (choice, text) => {
    const resolved = mergeAndResolve(a, b, choice);
    const y = resolved.items.find((n) => n.id === 'y');
    expect(y).toEqual({ id: 'y', text, rev: 'resolved', revs: ['y.0', 'y.A', 'y.B'] });
    expect(ids(resolved)).toEqual(['x', 'y', 'z']);
    expectSettled(resolved, a, b);
  });

  it('both: keeps mine and puts the copy of theirs right after it', () => {
    const copy = (n: Note): Note => ({ ...n, id: `${n.id}-copy`, rev: 'copy.0', revs: [] });
    const resolved = mergeAndResolve(a, b, 'both', copy);
    expect(ids(resolved)).toEqual(['x', 'y', 'y-copy', 'z']);
    expect(resolved.items[1]?.text).toBe('y by A');
    expect(resolved.items[2]?.text).toBe('y by B');
    expectSettled(resolved, a, b);
  });

  it('both: refused without makeCopy, or when the copy keeps the id', () => {
    const conflict = merge(a, b).conflicts[0] as Conflict<Note>;
    expect(() => resolveConflict(conflict, 'both', opts)).toThrow(WarrantError);
    expect(() => resolveConflict(conflict, 'both', { ...opts, makeCopy: (n) => n })).toThrow(/new id/);
  });

  it('refuses a revision that is not new', () => {
    const conflict = merge(a, b).conflicts[0] as Conflict<Note>;
    expect(() => resolveConflict(conflict, 'mine', { ...opts, newRev: 'y.B' })).toThrow(/not new/);
  });
});

describe('resolveConflict: they deleted what I changed', () => {
  const a = editIn(base(), 'y', (n) => edited(n, 'y by A', 'y.A'));
  const b = deleteIn(base(), 'y');

  it('mine: keeps my version, overruling their deletion for everyone', () => {
    const resolved = mergeAndResolve(a, b, 'mine');
    expect(resolved.items.find((n) => n.id === 'y')).toMatchObject({ text: 'y by A', rev: 'resolved' });
    expectSettled(resolved, a, b);
    expect(merge(b, resolved).added).toEqual(['y']);
  });

  it('theirs: deletes my version with a tombstone of it', () => {
    const resolved = mergeAndResolve(a, b, 'theirs');
    expect(ids(resolved)).toEqual(['x', 'z']);
    expect(resolved.deleted).toContainEqual(tombstoneFor(KIND, a.items[1] as Note, STAMP.deletedAt, STAMP.author));
    expectSettled(resolved, a, b);
    expect(merge(a, resolved).deleted).toEqual(['y']);
  });

  it('both: refused, a deletion has no second version to keep', () => {
    const conflict = merge(a, b).conflicts[0] as Conflict<Note>;
    expect(() => resolveConflict(conflict, 'both', { ...opts, makeCopy: (n) => ({ ...n, id: 'other' }) })).toThrow(/both/);
  });

  it('settles a deletion of unknown ancestry and several deletions at once', () => {
    const corrupt: Tombstone = { kind: KIND, id: 'y', rev: 'unknown', revs: [], ...STAMP };
    const y0 = note('y');
    const y1 = edited(y0, 'v1', 'y.1');
    const theirs: Copy = { items: [note('x'), note('z')], deleted: [corrupt, tombstoneFor(KIND, y0, STAMP.deletedAt, STAMP.author)] };
    const mine = copyOf(note('x'), y1, note('z'));
    const resolved = mergeAndResolve(mine, theirs, 'mine');
    expectSettled(resolved, mine, theirs);
  });
});

describe('resolveConflict: I deleted what they changed', () => {
  const a = deleteIn(base(), 'y');
  const b = addIn(editIn(base(), 'y', (n) => edited(n, 'y by B', 'y.B')), note('n'), 1); // x, n, y, z

  it('theirs: restores their version where they have it, overruling my deletion', () => {
    const resolved = mergeAndResolve(a, b, 'theirs');
    expect(ids(resolved)).toEqual(['x', 'n', 'y', 'z']);
    expect(resolved.items[2]).toMatchObject({ text: 'y by B', rev: 'resolved' });
    expectSettled(resolved, a, b);
  });

  it('mine: keeps it deleted, and deletes their version for them too', () => {
    const resolved = mergeAndResolve(a, b, 'mine');
    expect(ids(resolved)).toEqual(['x', 'n', 'z']);
    expectSettled(resolved, a, b);
    expect(merge(b, resolved).deleted).toEqual(['y']);
  });
});

describe('applyResolutions', () => {
  const restore = { id: 'r', items: [note('r')], tombstones: [], after: 'gone' };
  const list = (...names: string[]) => ({ items: names.map((n) => note(n)), tombstones: [] });

  it('puts a restored item after its neighbour, or first when that has gone since', () => {
    expect(ids(applyResolutions(list('a'), [restore]))).toEqual(['r', 'a']);
    expect(ids(applyResolutions(list('a', 'b'), [{ ...restore, after: 'a' }]))).toEqual(['a', 'r', 'b']);
  });

  it('applies many decisions in one pass: replaced in place, removed, restored', () => {
    const decisions = [
      { id: 'b', items: [], tombstones: [], after: null },
      { id: 'a', items: [note('a', 'new a'), note('a2')], tombstones: [], after: null },
      { ...restore, after: 'c' },
      { id: 's', items: [note('s')], tombstones: [], after: 'b' }, // its neighbour is removed above
    ];
    const out = applyResolutions(list('a', 'b', 'c'), decisions);
    expect(ids(out)).toEqual(['s', 'a', 'a2', 'c', 'r']);
    expect(out.items[1]?.text).toBe('new a');
  });

  it('adds each tombstone once and refuses an id already in use or two decisions for one id', () => {
    const t = tombstoneFor(KIND, note('d'), STAMP.deletedAt, STAMP.author);
    const once = applyResolutions({ items: [], tombstones: [t] }, [{ id: 'd', items: [], tombstones: [t], after: null }]);
    expect(once.tombstones).toEqual([t]);
    expect(() => applyResolutions(list('a', 'b'), [{ id: 'a', items: [note('a'), note('b')], tombstones: [], after: null }])).toThrow(/in use/);
    expect(() => applyResolutions(list('a'), [restore, restore])).toThrow(/Two decisions/);
  });
});
