import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model.js';
import { ACTIONS, type ActionKind } from '../../../shared/annotations/actions.js';
import { AnnotationHistory, MAX_HISTORY, type Undoable } from './history.js';

const at = '2026-01-01T00:00:00.000Z';
/** A distinct annotation state per number: n claims named c1…cn. */
function state(n: number): Undoable {
  const claims: Claim[] = Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, text: `Claim ${i + 1}`, parentId: null, verdict: null, author: 'Ada', createdAt: at, updatedAt: at, rev: `r${i}`, revs: [] }));
  return { highlights: [], claims, links: [], ratings: [], deleted: [] };
}

describe('AnnotationHistory', () => {
  it('starts with nothing to undo or redo', () => {
    const h = new AnnotationHistory();
    expect(h.state()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoKind: null, redoKind: null, undoSeq: null });
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBeNull();
  });

  it('undoes to the state before each action and redoes to the state after, naming the action', () => {
    const h = new AnnotationHistory();
    h.record('claim.create', state(0), state(1));
    h.record('highlight.create', state(1), state(2));
    expect(h.state()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Highlight', redoLabel: null, undoKind: 'highlight.create', redoKind: null, undoSeq: 2 });

    expect(h.undo()).toEqual(state(1));
    expect(h.state()).toEqual({ canUndo: true, canRedo: true, undoLabel: 'New claim', redoLabel: 'Highlight', undoKind: 'claim.create', redoKind: 'highlight.create', undoSeq: 1 });
    expect(h.undo()).toEqual(state(0));
    expect(h.state()).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'New claim', undoKind: null, redoKind: 'claim.create', undoSeq: null });
    expect(h.undo()).toBeNull();

    expect(h.redo()).toEqual(state(1));
    expect(h.state()).toMatchObject({ undoLabel: 'New claim', redoLabel: 'Highlight' });
    expect(h.redo()).toEqual(state(2));
    expect(h.redo()).toBeNull();
    expect(h.state()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Highlight', redoLabel: null, undoKind: 'highlight.create', redoKind: null, undoSeq: 2 });
  });

  it('a new action after an undo clears what could be redone', () => {
    const h = new AnnotationHistory();
    h.record('claim.create', state(0), state(1));
    h.record('highlight.create', state(1), state(2));
    h.undo();
    h.record('link.create', state(1), state(3));
    expect(h.state()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Link evidence', redoLabel: null, undoKind: 'link.create', redoKind: null, undoSeq: 3 });
    expect(h.redo()).toBeNull();
    expect(h.undo()).toEqual(state(1));
    expect(h.undo()).toEqual(state(0));
  });

  it(`keeps the last ${MAX_HISTORY} actions, dropping the oldest`, () => {
    const h = new AnnotationHistory();
    const total = MAX_HISTORY + 5;
    const kinds = Object.keys(ACTIONS) as ActionKind[];
    const kindOf = (i: number): ActionKind => kinds[i % kinds.length]!;
    for (let i = 0; i < total; i++) h.record(kindOf(i), state(i), state(i + 1));
    let undone = 0;
    let last: Undoable | null = null;
    for (let s = h.undo(); s; s = h.undo()) {
      last = s;
      undone++;
    }
    expect(undone).toBe(MAX_HISTORY);
    // The oldest reachable state is the one before action 5; actions 0–4 fell off.
    expect(last).toEqual(state(5));
    expect(h.state()).toMatchObject({ canUndo: false, redoKind: kindOf(5), redoLabel: ACTIONS[kindOf(5)] });
  });

  it('numbers every action once, so two actions of the same kind are told apart', () => {
    const h = new AnnotationHistory();
    const first = h.record('claim.delete', state(2), state(1));
    const second = h.record('claim.delete', state(1), state(0));
    expect(second).toBeGreaterThan(first);
    expect(h.lastSeq).toBe(second);
    expect(h.state()).toMatchObject({ undoKind: 'claim.delete', undoSeq: second });
    h.undo();
    expect(h.state()).toMatchObject({ undoKind: 'claim.delete', undoSeq: first });
    // Redo brings back the same action, under the same number.
    h.redo();
    expect(h.state().undoSeq).toBe(second);
    // Numbers are not reused after the history is cleared (another project opened).
    h.clear();
    expect(h.record('claim.delete', state(1), state(0))).toBeGreaterThan(second);
  });

  it('clear forgets both directions', () => {
    const h = new AnnotationHistory();
    h.record('claim.create', state(0), state(1));
    h.record('claim.rate', state(1), state(2));
    h.undo();
    h.clear();
    expect(h.state()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoKind: null, redoKind: null, undoSeq: null });
  });
});
