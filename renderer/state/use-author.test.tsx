// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WarrantApi, WarrantBridge } from '../../shared/transport.js';
import { initials } from '../components/Toolbar.js';
import { BridgeContext } from './backend.js';
import { useAuthor, type AuthorState } from './use-author.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A backend holding this window's name. */
function fakeBridge(initial: string | null) {
  let name = initial;
  const calls: string[] = [];
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const api = {
    'prefs.get': () => ok({ authorName: name }),
    'prefs.setAuthorName': ({ name: next }: { name: string }) => {
      calls.push(`name:${next}`);
      name = next;
      return ok({ authorName: next });
    },
  } as unknown as WarrantApi;
  const bridge: WarrantBridge = { api, onEvent: () => () => {} };
  return { bridge, calls };
}

let root: Root;
let author: AuthorState;
function Probe() {
  author = useAuthor();
  return null;
}
const flush = () => act(async () => {});

describe('useAuthor: the name shown in the header', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => act(() => root.unmount()));

  it('changes a known name through the same dialog, saying it is a change', async () => {
    const { bridge, calls } = fakeBridge('Ada');
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    expect(author.name).toBe('Ada');
    act(() => author.change());
    expect(author.asking).toBe(true);
    expect(author.changing).toBe(true);
    await act(async () => {
      await author.answer('Ada L.');
    });
    expect(author.name).toBe('Ada L.');
    expect(author.asking).toBe(false);
    expect(author.changing).toBe(false);
    expect(calls).toEqual(['name:Ada L.']);
  });

  it('keeps the name when a change is cancelled, and work waiting for a name goes ahead under it', async () => {
    const { bridge, calls } = fakeBridge('Ada');
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    act(() => author.change());
    await act(async () => {
      await author.answer(null);
    });
    expect(author.name).toBe('Ada');
    expect(calls).toEqual([]);
    await expect(author.ensure()).resolves.toBe(true);
  });

  it('still stops a first action when no name is given', async () => {
    const { bridge } = fakeBridge(null);
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    let result: Promise<boolean> = Promise.resolve(true);
    act(() => {
      result = author.ensure();
    });
    await flush();
    expect(author.asking).toBe(true);
    expect(author.changing).toBe(false);
    await act(async () => {
      await author.answer(null);
    });
    await expect(result).resolves.toBe(false);
  });

  it('shows initials in the header chip', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('  ben ')).toBe('B');
    expect(initials('Ana María de la Cruz')).toBe('AC');
  });
});
