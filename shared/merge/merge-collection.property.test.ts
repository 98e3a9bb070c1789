/**
 * Property-style test on 10,000 items: two colleagues start from one file, each does random
 * work (edits, deletes, edit-then-delete, identical fixes, new items, corrupted deletion
 * records), and the merge is checked against what each pair of actions must give, plus the
 * invariants every merge must keep. Seeded, so a failure replays exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Conflict, MergeResult } from './merge-collection.js';
import { applyResolutions, resolveConflict, type Choice } from './resolve.js';
import { MAX_REVS, covers, type Tombstone } from './versioned.js';
import { seededRandom } from '../test-support/prng.js';
import { KIND, STAMP, edited, isClean, merge, merged, note, revsById, type Copy, type Note } from './fixtures/notes.js';

type Op = 'keep' | 'edit' | 'delete' | 'editDelete' | 'same' | 'corrupt';
const DELETING: readonly Op[] = ['delete', 'editDelete', 'corrupt'];

interface Scenario {
  base: Note[];
  a: Copy;
  b: Copy;
  ops: Map<string, [Op, Op]>;
  newInA: Set<string>;
  newInB: Set<string>;
}

function scenario(seed: number, size: number): Scenario {
  const rand = seededRandom(seed);
  const pick = <X,>(xs: readonly X[]): X => xs[Math.floor(rand() * xs.length)] as X;
  let counter = 0;
  const fresh = (side: string) => `${side}${(counter++).toString(36)}`;
  const base = Array.from({ length: size }, (_, i): Note => {
    const n = note(`i${i}`);
    // A fifth have a full (capped) history, so capping is exercised on every path.
    const revs = rand() < 0.2 ? Array.from({ length: MAX_REVS }, (_, k) => `h${i}.${k}`) : [];
    return { ...n, revs };
  });
  const ops = new Map<string, [Op, Op]>();
  const side = (name: string, which: 0 | 1): Copy => {
    const items: Note[] = [];
    const deleted: Tombstone[] = [];
    for (const n of base) {
      const op = (ops.get(n.id) as [Op, Op])[which];
      let v: Note = n;
      if (op === 'edit' || op === 'editDelete') for (let e = 1 + Math.floor(rand() * 3); e > 0; e--) v = edited(v, `${name} ${fresh('t')}`, fresh(name));
      if (op === 'same') v = edited(v, 'the same fix', `${name}-same-${n.id}`);
      if (op === 'delete' || op === 'editDelete') deleted.push({ kind: KIND, id: v.id, rev: v.rev, revs: v.revs, ...STAMP });
      if (op === 'corrupt') deleted.push({ kind: KIND, id: v.id, rev: fresh('junk'), revs: [fresh('junk')], ...STAMP });
      if (!DELETING.includes(op)) items.push(v);
    }
    return { items, deleted };
  };
  const single: Op[] = ['keep', 'keep', 'keep', 'edit', 'edit', 'delete', 'editDelete'];
  for (const n of base) {
    const r = rand();
    ops.set(n.id, r < 0.05 ? ['same', 'same'] : r < 0.07 ? [pick(['keep', 'edit', 'corrupt']), 'corrupt'] : r < 0.09 ? ['corrupt', pick(['keep', 'edit'])] : [pick(single), pick(single)]);
  }
  const a = side('A', 0);
  const b = side('B', 1);
  const newInA = new Set<string>();
  const newInB = new Set<string>();
  for (const [c, news] of [[a, newInA], [b, newInB]] as const) {
    for (let k = 0; k < size / 20; k++) {
      const n = note(fresh('new'));
      c.items.splice(Math.floor(rand() * (c.items.length + 1)), 0, n);
      news.add(n.id);
    }
  }
  return { base, a, b, ops, newInA, newInB };
}

/** What merging B into A must do to one base item, from the pair of actions. */
function expected([a, b]: [Op, Op]): { present: 'A' | 'B' | 'max' | null; report: 'changed' | 'deleted' | Conflict<Note>['reason'] | null } {
  if (a === 'same' && b === 'same') return { present: 'max', report: null };
  const aGone = DELETING.includes(a);
  const bGone = DELETING.includes(b);
  if (aGone && bGone) return { present: null, report: null };
  if (bGone) return a === 'keep' && b !== 'corrupt' ? { present: null, report: 'deleted' } : { present: 'A', report: 'deleted-theirs-changed-mine' };
  if (aGone) return b === 'keep' && a !== 'corrupt' ? { present: null, report: null } : { present: null, report: 'deleted-mine-changed-theirs' };
  if (a === 'edit' && b === 'edit') return { present: 'A', report: 'both-changed' };
  return b === 'edit' ? { present: 'B', report: 'changed' } : { present: 'A', report: null };
}

function reportOf(r: MergeResult<Note>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of r.changed) out.set(id, 'changed');
  for (const id of r.deleted) out.set(id, 'deleted');
  for (const c of r.conflicts) out.set(c.id, c.reason);
  for (const id of r.added) out.set(id, 'added');
  return out;
}

/** Is `sub` (ids) in the same relative order inside `all`? */
function keepsOrder(all: readonly string[], sub: readonly string[]): boolean {
  const position = new Map(all.map((id, i) => [id, i]));
  const at = sub.map((id) => position.get(id) ?? -1);
  return at.every((p, i) => p >= 0 && (i === 0 || p > (at[i - 1] as number)));
}

describe('mergeCollection on 10,000 items (seeded random work on both sides)', () => {
  const s = scenario(20250101, 10_000);
  const r = merge(s.a, s.b);
  const byIdA = new Map(s.a.items.map((n) => [n.id, n]));
  const byIdB = new Map(s.b.items.map((n) => [n.id, n]));
  const result = new Map(r.items.map((n) => [n.id, n]));

  it('does for every item exactly what its pair of actions calls for', () => {
    const reports = reportOf(r);
    for (const n of s.base) {
      const want = expected(s.ops.get(n.id) as [Op, Op]);
      const got = result.get(n.id);
      const ctx = `${n.id} ${String(s.ops.get(n.id))}`;
      expect(reports.get(n.id) ?? null, ctx).toBe(want.report);
      if (want.present === null) expect(got, ctx).toBeUndefined();
      else if (want.present === 'A') expect(got, ctx).toBe(byIdA.get(n.id));
      else if (want.present === 'B') expect(got, ctx).toBe(byIdB.get(n.id));
      else expect(got?.rev, ctx).toBe([byIdA.get(n.id)?.rev ?? '', byIdB.get(n.id)?.rev ?? ''].sort().at(-1));
    }
    for (const id of s.newInA) expect(result.get(id)).toBe(byIdA.get(id));
    for (const id of s.newInB) expect(reports.get(id)).toBe('added');
    // The data exercised every outcome, many times over (so the checks above are not vacuous).
    const counts = new Map<string, number>();
    for (const kind of reports.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    for (const kind of ['added', 'changed', 'deleted', 'both-changed', 'deleted-theirs-changed-mine', 'deleted-mine-changed-theirs']) {
      expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(50);
    }
  });

  it('loses no id unless the other side deleted it with ancestry allowing it, and lists none twice', () => {
    expect(new Set(r.items.map((n) => n.id)).size).toBe(r.items.length);
    const allowed = (n: Note, tombs: readonly Tombstone[]) => tombs.some((t) => t.id === n.id && covers(t, n));
    const pendingTheirs = new Set(r.conflicts.filter((c) => c.reason === 'deleted-mine-changed-theirs').map((c) => c.id));
    for (const n of s.a.items) if (!result.has(n.id)) expect(allowed(n, s.b.deleted), n.id).toBe(true);
    for (const n of s.b.items) if (!result.has(n.id)) expect(allowed(n, s.a.deleted) || pendingTheirs.has(n.id), n.id).toBe(true);
    for (const c of r.conflicts) if (c.reason !== 'deleted-mine-changed-theirs') expect(result.get(c.id)).toBe(c.mine);
  });

  it("keeps my order, and their order among the items they added", () => {
    const ids = r.items.map((n) => n.id);
    expect(keepsOrder(ids, s.a.items.map((n) => n.id).filter((id) => result.has(id)))).toBe(true);
    expect(keepsOrder(ids, s.b.items.map((n) => n.id).filter((id) => r.added.includes(id)))).toBe(true);
  });

  it('is idempotent: merging the result with the same copy reports only the same pending conflicts', () => {
    const again = merge({ items: r.items, deleted: r.tombstones }, s.b);
    expect(again.conflicts).toEqual(r.conflicts);
    expect([again.added.length, again.changed.length, again.deleted.length]).toEqual([0, 0, 0]);
    expect(again.items).toEqual(r.items);
  });

  it('gives the same ids and revisions either way round, outside conflicts', () => {
    const back = merge(s.b, s.a);
    const conflicted = new Set([...r.conflicts, ...back.conflicts].map((c) => c.id));
    const strip = (m: Map<string, string>) => new Map([...m].filter(([id]) => !conflicted.has(id)));
    expect(strip(revsById(r.items))).toEqual(strip(revsById(back.items)));
  });

  it('settles for good once every conflict is resolved, whichever way', () => {
    const rand = seededRandom(7);
    let k = 0;
    const decisions = r.conflicts.map((c) => {
      const choices: Choice[] = c.reason === 'both-changed' ? ['mine', 'theirs', 'both'] : ['mine', 'theirs'];
      const choice = choices[Math.floor(rand() * choices.length)] as Choice;
      return resolveConflict(c, choice, { newRev: `resolved${k++}`, ...STAMP, makeCopy: (n) => ({ ...note(`${n.id}-copy`), text: n.text }) });
    });
    const applied = applyResolutions(r, decisions);
    const resolved: Copy = { items: applied.items, deleted: applied.tombstones };
    expect(isClean(merge(resolved, s.b))).toBe(true);
    expect(merge(s.b, resolved).conflicts).toEqual([]);
    expect(merge(s.a, resolved).conflicts).toEqual([]);
    const bAfter = merged(s.b, resolved);
    expect(revsById(bAfter.items)).toEqual(revsById(resolved.items));
    expect(isClean(merge(resolved, bAfter))).toBe(true);
    expect(isClean(merge(bAfter, resolved))).toBe(true);
  });
});
