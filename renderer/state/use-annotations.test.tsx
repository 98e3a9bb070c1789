// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationsView } from '../../shared/api.js';
import type { Rating } from '../../shared/model.js';
import { BridgeContext } from './backend.js';
import { fakeBridge, ok } from './fixtures/fake-bridge.js';
import { useAnnotations, type AnnotationsState } from './use-annotations.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const history = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoKind: null, redoKind: null, undoSeq: null };

/**
 * A backend with just enough of the contract: a name preference and claims. Like the real one,
 * it pushes the whole view in 'annotations.changed' after every change.
 */
function fakeBackend() {
  const calls: string[] = [];
  let author: string | null = null;
  const view: AnnotationsView = { highlights: [], claims: [], links: [], ratings: [], removedArticles: [], history };
  let getCount = 0;
  const { bridge, push } = fakeBridge({
    'prefs.get': () => ok({ authorName: author }),
    'prefs.setAuthorName': ({ name }: { name: string }) => {
      calls.push(`name:${name}`);
      author = name;
      return ok({ authorName: name });
    },
    'annotations.get': () => {
      getCount++;
      return ok(view);
    },
    'claims.create': ({ text }: { text: string }) => {
      calls.push(`create:${text}:${author}`);
      const claim = { id: `c${view.claims.length}`, text, parentId: null, verdict: null, author: author ?? '', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 'r1', revs: [] };
      view.claims = [...view.claims, claim];
      changed();
      return ok(claim);
    },
    // Like the backend: a rating is the current author's own; a verdict is stamped with them.
    'claims.update': ({ id, patch }: { id: string; patch: { rating?: Rating; rationale?: string } }) => {
      calls.push(`rate:${id}:${patch.rating}:${author}`);
      const now = '2024-01-02T00:00:00.000Z';
      const rating = { id: `${id}:${author}`, claimId: id, rater: author ?? '', rating: patch.rating ?? 'unrated', rationale: patch.rationale ?? '', createdAt: now, updatedAt: now, rev: 'r1', revs: [] };
      view.ratings = [...view.ratings.filter((r) => r.id !== rating.id), rating];
      changed();
      return ok(view.claims.find((c) => c.id === id));
    },
    'claims.setVerdict': ({ id, verdict }: { id: string; verdict: { rating: Rating; rationale: string } | null }) => {
      calls.push(`verdict:${id}:${verdict?.rating ?? 'none'}:${author}`);
      view.claims = view.claims.map((c) => (c.id === id ? { ...c, verdict: verdict && { ...verdict, author: author ?? '', decidedAt: '2024-01-03T00:00:00.000Z' } } : c));
      changed();
      return ok(view.claims.find((c) => c.id === id));
    },
  });
  function changed() {
    push({ name: 'annotations.changed', payload: { ...view } });
  }
  return { bridge, calls, gets: () => getCount };
}

let root: Root;
let state: AnnotationsState;
// Stable, like the app's report and toast: the hook loads again when they change.
const ignore = () => {};
function Probe() {
  state = useAnnotations(ignore, ignore);
  return null;
}
const flush = () => act(async () => {});

/** Renders the hook over a fresh fake backend and lets it load. */
async function mount() {
  const backend = fakeBackend();
  act(() => root.render(<BridgeContext value={backend.bridge}><Probe /></BridgeContext>));
  await flush();
  return backend;
}

describe('useAnnotations', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => act(() => root.unmount()));

  it('asks for the author before the first action, then carries the action out under that name', async () => {
    const { calls } = await mount();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = state.run('claims.create', { text: 'First' }, 'Could not create');
    });
    await flush();
    expect(state.author.asking).toBe(true);
    expect(calls).toEqual([]);
    await act(async () => {
      await state.author.answer('Ada');
    });
    await expect(result).resolves.toMatchObject({ text: 'First', author: 'Ada' });
    expect(calls).toEqual(['name:Ada', 'create:First:Ada']);
    expect(state.view?.claims.map((c) => c.text)).toEqual(['First']);

    // Known now: the next action goes straight through.
    await act(async () => {
      await state.run('claims.create', { text: 'Second' }, 'Could not create');
    });
    expect(state.author.asking).toBe(false);
    expect(calls).toEqual(['name:Ada', 'create:First:Ada', 'create:Second:Ada']);
  });

  it('fetches the view once, then follows the pushed changes without fetching again', async () => {
    const { gets } = await mount();
    await act(async () => {
      void state.author.answer('Ada');
    });
    await act(async () => {
      await state.run('claims.create', { text: 'First' }, 'Could not create');
      await state.run('claims.create', { text: 'Second' }, 'Could not create');
    });
    expect(state.view?.claims.map((c) => c.text)).toEqual(['First', 'Second']);
    expect(gets()).toBe(1);
  });

  it('asks for the name before a first rating or verdict, so the rating is kept as that rater’s own', async () => {
    const { calls } = await mount();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = state.run('claims.update', { id: 'c0', patch: { rating: 'weak' } }, 'Could not rate');
    });
    await flush();
    // Never stamped "Unknown author": nothing is sent until the name is known.
    expect(state.author.asking).toBe(true);
    expect(calls).toEqual([]);
    await act(async () => {
      await state.author.answer('Bea');
    });
    await result;
    expect(calls).toEqual(['name:Bea', 'rate:c0:weak:Bea']);
    expect(state.view?.ratings.map((r) => `${r.rater}:${r.rating}`)).toEqual(['Bea:weak']);
    await act(async () => {
      await state.run('claims.setVerdict', { id: 'c0', verdict: { rating: 'moderate', rationale: 'agreed' } }, 'Could not record');
    });
    expect(calls).toEqual(['name:Bea', 'rate:c0:weak:Bea', 'verdict:c0:moderate:Bea']);
  });

  it('does nothing when the researcher declines to give a name', async () => {
    const { calls } = await mount();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = state.run('claims.create', { text: 'First' }, 'Could not create');
    });
    await flush();
    await act(async () => {
      await state.author.answer(null);
    });
    await expect(result).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(state.author.asking).toBe(false);
  });
});
