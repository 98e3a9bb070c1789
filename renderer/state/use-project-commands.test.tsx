// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectSummary } from '../../shared/api.js';
import type { WarrantApi, WarrantBridge } from '../../shared/transport.js';
import { BridgeContext } from './backend.js';
import { droppedCopyNote, useProjectCommands, type ProjectCommands } from './use-project-commands.js';
import { useProject } from './use-project.js';
import { usePrompt, type ConfirmRequest, type PathRequest, type Prompt } from './use-prompt.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const summary = (path: string): ProjectSummary => ({
  path,
  name: path.replace(/^.*\//, '').replace(/\.warrant$/, ''),
  articleCount: 0,
  dirty: false,
  lastSavedAt: null,
  saveError: null,
  diskChanged: false,
  pendingConflicts: 0,
});

/** A browser-shell backend with one open project, whose Save As target already exists. */
function fakeBridge() {
  const calls: string[] = [];
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const api = {
    'app.info': () => ok({ shell: 'browser', version: '1', defaultProjectDir: '/data', pathSeparator: '/' }),
    'project.current': () => ok(summary('/data/Study.warrant')),
    'project.recent': () => ok([]),
    'project.proposePath': ({ input }: { input: string }) => {
      calls.push(`propose:${input}`);
      const name = input.trim() || 'Untitled';
      return ok(`${name.includes('/') ? '' : '/data/'}${name}${name.endsWith('.warrant') ? '' : '.warrant'}`);
    },
    'project.saveAs': ({ path, overwrite }: { path: string; overwrite?: boolean }) => {
      calls.push(`saveAs:${path}:${overwrite ? 'overwrite' : 'ask'}`);
      if (!overwrite) {
        return Promise.resolve({
          ok: false as const,
          error: { code: 'exists' as const, message: 'That file already exists.', details: { path, file: path.replace(/^.*\//, '') } },
        });
      }
      return ok(summary(path));
    },
  } as unknown as WarrantApi;
  const bridge: WarrantBridge = { api, onEvent: () => () => {} };
  return { bridge, calls };
}

let root: Root;
let commands: ProjectCommands;
let paths: Prompt<PathRequest, string | null>;
let confirms: Prompt<ConfirmRequest, boolean>;
let path: string | undefined;
const report = vi.fn();
function Probe() {
  const state = useProject(report);
  paths = usePrompt<PathRequest, string | null>(null);
  confirms = usePrompt<ConfirmRequest, boolean>(false);
  commands = useProjectCommands(state, { askPath: paths.ask, confirm: confirms.ask }, report);
  path = state.project?.path;
  return null;
}
const flush = () => act(async () => {});

describe('Save As in the browser shell', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
    report.mockClear();
  });
  afterEach(() => act(() => root.unmount()));

  it('proposes a path from the backend, resolves what was typed through it, and asks in a dialog before replacing a file', async () => {
    const { bridge, calls } = fakeBridge();
    const nativeConfirm = vi.spyOn(window, 'confirm');
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = commands.saveProjectAs();
    });
    await flush();
    expect(paths.request).toEqual({ purpose: 'saveAs', initial: '/data/Study copy.warrant' });
    act(() => paths.answer('Other'));
    await flush();
    expect(confirms.request?.title).toBe('Replace “Other.warrant”?');
    expect(confirms.request?.confirmLabel).toBe('Replace');
    act(() => confirms.answer(true));
    await act(async () => {
      await done;
    });
    expect(calls).toEqual(['propose:Study copy', 'propose:Other', 'saveAs:/data/Other.warrant:ask', 'saveAs:/data/Other.warrant:overwrite']);
    expect(path).toBe('/data/Other.warrant');
    expect(nativeConfirm).not.toHaveBeenCalled();
    // Asking is not failing: no alert.
    expect(report).not.toHaveBeenCalled();
  });

  it('leaves the existing file alone when the researcher cancels', async () => {
    const { bridge, calls } = fakeBridge();
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = commands.saveProjectAs();
    });
    await flush();
    act(() => paths.answer('/elsewhere/Other.warrant'));
    await flush();
    act(() => confirms.answer(false));
    await act(async () => {
      await done;
    });
    expect(calls.filter((c) => c.startsWith('saveAs'))).toEqual(['saveAs:/elsewhere/Other.warrant:ask']);
    expect(path).toBe('/data/Study.warrant');
    expect(report).not.toHaveBeenCalled();
  });
});

describe('choosing a colleague’s copy to merge in the browser shell', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
    report.mockClear();
  });
  afterEach(() => act(() => root.unmount()));

  it('asks in the merge path dialog and resolves what was typed through the backend, beside the open project', async () => {
    const { bridge, calls } = fakeBridge();
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    let chosen: Promise<string | null> = Promise.resolve(null);
    act(() => {
      chosen = commands.chooseCopy();
    });
    await flush();
    expect(paths.request?.purpose).toBe('merge');
    expect(paths.request?.note).toBeUndefined();
    act(() => paths.answer('Ben'));
    let result: string | null = null;
    await act(async () => {
      result = await chosen;
    });
    expect(result).toBe('/data/Ben.warrant');
    expect(calls).toEqual(['propose:', 'propose:Ben']);
  });

  it('says why it asks where a dropped project file is, prefilled with its name', async () => {
    const { bridge, calls } = fakeBridge();
    act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
    await flush();
    let chosen: Promise<string | null> = Promise.resolve(null);
    act(() => {
      chosen = commands.chooseCopy('Ben copy.warrant');
    });
    await flush();
    expect(paths.request).toEqual({ purpose: 'merge', initial: '/data/Ben copy.warrant', note: droppedCopyNote('Ben copy.warrant') });
    expect(paths.request?.note).toContain('“Ben copy.warrant” is a Warrant project, not an article');
    act(() => paths.answer(null));
    let result: string | null = 'unset';
    await act(async () => {
      result = await chosen;
    });
    expect(result).toBeNull();
    expect(calls).toEqual(['propose:Ben copy.warrant']);
  });
});
