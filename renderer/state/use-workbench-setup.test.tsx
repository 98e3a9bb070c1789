// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionLabel, type ActionKind } from '../../shared/annotations/actions.js';
import type { AnnotationsView, HistoryState } from '../../shared/api.js';
import type { Claim } from '../../shared/model.js';
import { BridgeContext } from './backend.js';
import { fakeBridge, ok } from './fixtures/fake-bridge.js';
import { useWorkbenchSetup, type WorkbenchSetup } from './use-workbench-setup.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const at = '2026-01-01T00:00:00.000Z';
const claim = (id: string): Claim => ({ id, text: `Claim ${id}`, parentId: null, verdict: null, author: 'Ada', createdAt: at, updatedAt: at, rev: `${id}-0`, revs: [] });

/** A backend with claims A and B, whose deletions number themselves as the real history does. */
function fakeBackend() {
  const calls: string[] = [];
  let claims = [claim('A'), claim('B')];
  const stack: Array<{ kind: ActionKind; seq: number; before: Claim[] }> = [];
  let seq = 0;
  const history = (): HistoryState => {
    const top = stack.at(-1);
    return { canUndo: !!top, canRedo: false, undoLabel: top ? actionLabel(top.kind) : null, redoLabel: null, undoKind: top?.kind ?? null, redoKind: null, undoSeq: top?.seq ?? null };
  };
  const view = (): AnnotationsView => ({ highlights: [], claims, links: [], ratings: [], removedArticles: [], history: history() });
  const { bridge, push } = fakeBridge({
    'prefs.get': () => ok({ authorName: 'Ada' }),
    'annotations.get': () => ok(view()),
    'claims.delete': ({ id }: { id: string }) => {
      stack.push({ kind: 'claim.delete', seq: ++seq, before: claims });
      claims = claims.filter((c) => c.id !== id);
      changed();
      return ok({ seq });
    },
    'history.undo': () => {
      calls.push('undo');
      const top = stack.pop();
      if (top) claims = top.before;
      changed();
      return ok(history());
    },
  });
  function changed() {
    push({ name: 'annotations.changed', payload: view() });
  }
  return { bridge, calls, claims: () => claims.map((c) => c.id) };
}

let root: Root;
let setup: WorkbenchSetup;
const noop = () => {};
function Probe() {
  setup = useWorkbenchSetup({ articles: [], openArticleId: null, openText: null, showArticle: noop, report: noop });
  return null;
}
const flush = () => act(async () => {});
const toasts = () => setup.toasts.toasts;

describe('the claim-delete toast', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => act(() => root.unmount()));

  it('undoes exactly its own deletion: not a later deletion of another claim', async () => {
    const { bridge, calls, claims } = fakeBackend();
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    await act(async () => setup.workbench!.deleteClaim('A'));
    const undoA = toasts().find((t) => t.action)!.action!;
    await act(async () => setup.workbench!.deleteClaim('B'));
    expect(claims()).toEqual([]);

    // A's Undo while B's deletion is on top: nothing is undone, and the toast says why.
    await act(async () => undoA.run());
    expect(calls).toEqual([]);
    expect(claims()).toEqual([]);
    expect(toasts().at(-1)?.message).toMatch(/first/);

    // B's own Undo works; then A's deletion is on top, and A's Undo works.
    const undoB = toasts().filter((t) => t.action).at(-1)!.action!;
    await act(async () => undoB.run());
    expect(claims()).toEqual(['B']);
    await act(async () => undoA.run());
    expect(calls).toEqual(['undo', 'undo']);
    expect(claims()).toEqual(['A', 'B']);
  });
});
