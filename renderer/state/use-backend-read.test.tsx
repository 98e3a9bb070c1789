// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError, Result } from '../../shared/result.js';
import type { WarrantApi, WarrantBridge } from '../../shared/transport.js';
import { BridgeContext } from './backend.js';
import { useBackendRead } from './use-backend-read.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A backend whose `project.recent` answers only when the test says, in any order. */
function fakeBridge() {
  const pending: Array<(r: Result<unknown>) => void> = [];
  const api = {
    'project.recent': () => new Promise((resolve) => pending.push(resolve)),
  } as unknown as WarrantApi;
  const bridge: WarrantBridge = { api, onEvent: () => () => {} };
  return { bridge, pending };
}

const recent = (name: string) => ({ ok: true as const, value: [{ path: `/data/${name}.warrant`, name, openedAt: '2026-01-01T00:00:00.000Z' }] });

let root: Root;
let values: string[];
let errors: AppError[];
let invalidate: () => void;
function Probe({ readKey, enabled }: { readKey: number; enabled: boolean }) {
  invalidate = useBackendRead('project.recent', {
    args: {},
    key: readKey,
    enabled,
    // A new closure on every render: must not read again by itself.
    onValue: (list) => values.push(list[0]!.name),
    onError: (e) => errors.push(e),
  });
  return null;
}
const flush = () => act(async () => {});

describe('useBackendRead', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
    values = [];
    errors = [];
  });
  afterEach(() => act(() => root.unmount()));

  it('reads on mount and again when the key changes, applying only the latest answer', async () => {
    const { bridge, pending } = fakeBridge();
    const render = (readKey: number, enabled = true) => act(() => root.render(<BridgeContext value={bridge}><Probe readKey={readKey} enabled={enabled} /></BridgeContext>));
    render(1);
    render(1); // re-rendering with the same key reads nothing more
    expect(pending).toHaveLength(1);
    render(2);
    expect(pending).toHaveLength(2);
    await act(async () => pending[1]!(recent('second')));
    await act(async () => pending[0]!(recent('first')));
    expect(values).toEqual(['second']);
  });

  it('hands a failure to onError, reads nothing while disabled, and drops an answer after invalidate', async () => {
    const { bridge, pending } = fakeBridge();
    const render = (readKey: number, enabled = true) => act(() => root.render(<BridgeContext value={bridge}><Probe readKey={readKey} enabled={enabled} /></BridgeContext>));
    render(1, false);
    expect(pending).toHaveLength(0);
    render(1, true);
    await act(async () => pending[0]!({ ok: false, error: { code: 'io', message: 'The disk is full.' } }));
    expect(errors.map((e) => e.code)).toEqual(['io']);
    render(2);
    act(() => invalidate());
    await act(async () => pending[1]!(recent('stale')));
    expect(values).toEqual([]);
    await flush();
  });
});
