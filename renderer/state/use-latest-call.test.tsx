// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useLatestCall, type LatestCall } from './use-latest-call.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A promise the test settles. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function mount() {
  let latest!: LatestCall;
  function Probe() {
    latest = useLatestCall();
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
  return { latest: () => latest, root };
}

describe('useLatestCall', () => {
  it('applies only the answer of the latest call, whatever order the answers come in', async () => {
    const { latest, root } = mount();
    const applied: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    latest().run(() => first.promise, (v) => applied.push(v));
    latest().run(() => second.promise, (v) => applied.push(v));
    await act(async () => second.resolve('second'));
    await act(async () => first.resolve('first'));
    expect(applied).toEqual(['second']);
    act(() => root.unmount());
  });

  it('drops answers after invalidate (newer data arrived) and after unmounting', async () => {
    const { latest, root } = mount();
    const applied: string[] = [];
    const a = deferred<string>();
    latest().run(() => a.promise, (v) => applied.push(v));
    latest().invalidate();
    await act(async () => a.resolve('a'));
    const b = deferred<string>();
    latest().run(() => b.promise, (v) => applied.push(v));
    act(() => root.unmount());
    await act(async () => b.resolve('b'));
    expect(applied).toEqual([]);
  });
});
