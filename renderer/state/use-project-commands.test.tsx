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
  readOnly: false,
  setAside: [],
});
const baseName = (path: string) => path.replace(/^.*\//, '');

/**
 * A backend with one open project (/data/Study.warrant) and other files already on disk
 * (/data/Other.warrant, /data/Notes.warrant). In Electron, the native save dialog returns
 * `dialogPath` (it has asked about replacing that file, and only that one).
 */
function fakeBridge({ shell = 'browser', dialogPath = null }: { shell?: 'browser' | 'electron'; dialogPath?: string | null } = {}) {
  const calls: string[] = [];
  const onDisk = new Set(['/data/Study.warrant', '/data/Other.warrant', '/data/Notes.warrant']);
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const exists = (path: string) =>
    Promise.resolve({ ok: false as const, error: { code: 'exists' as const, message: 'That file already exists.', details: { path, file: baseName(path) } } });
  const api = {
    'app.info': () => ok({ shell, version: '1' }),
    'project.current': () => ok(summary('/data/Study.warrant')),
    'project.recent': () => ok([]),
    'project.proposePath': ({ input, intent }: { input: string; intent?: string }) => {
      calls.push(`propose:${input}${intent === 'open' ? ':open' : ''}`);
      if (!input.trim() && intent === 'open') return ok('/data/');
      const name = input.trim() || 'Untitled';
      return ok(`${name.includes('/') ? '' : '/data/'}${name}${name.endsWith('.warrant') ? '' : '.warrant'}`);
    },
    'dialog.saveProject': () => {
      calls.push('dialog');
      return ok(dialogPath);
    },
    'project.saveAs': ({ path, overwrite }: { path: string; overwrite?: boolean }) => {
      calls.push(`saveAs:${path}:${overwrite ? 'overwrite' : 'ask'}`);
      if (onDisk.has(path) && !overwrite) return exists(path);
      return ok(summary(path));
    },
    'project.new': ({ path }: { path: string }) => {
      calls.push(`new:${path}`);
      // Never replaces a file, whatever the shell.
      return onDisk.has(path) ? exists(path) : ok(summary(path));
    },
    'project.open': ({ path }: { path: string }) => {
      calls.push(`open:${path}`);
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

/** Mounts the probe on `bridge` and starts `command`; returns a promise of its end. */
async function start(bridge: WarrantBridge, command: (c: ProjectCommands) => Promise<unknown>): Promise<() => Promise<void>> {
  act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
  await flush();
  let done: Promise<unknown> = Promise.resolve();
  act(() => {
    done = command(commands);
  });
  await flush();
  return () =>
    act(async () => {
      await done;
    });
}

beforeEach(() => {
  root = createRoot(document.createElement('div'));
  report.mockClear();
});
afterEach(() => act(() => root.unmount()));

describe('Save As in the browser shell', () => {
  it('proposes a path from the backend, resolves what was typed through it, and asks in a dialog before replacing a file', async () => {
    const { bridge, calls } = fakeBridge();
    const nativeConfirm = vi.spyOn(window, 'confirm');
    const end = await start(bridge, (c) => c.saveProjectAs());
    expect(paths.request).toEqual({ purpose: 'saveAs', initial: '/data/Study copy.warrant' });
    act(() => paths.answer('Other'));
    await flush();
    expect(confirms.request?.title).toBe('Replace “Other.warrant”?');
    expect(confirms.request?.message).toContain('/data/Other.warrant');
    expect(confirms.request?.confirmLabel).toBe('Replace');
    act(() => confirms.answer(true));
    await end();
    expect(calls).toEqual(['propose:Study copy', 'propose:Other', 'saveAs:/data/Other.warrant:ask', 'saveAs:/data/Other.warrant:overwrite']);
    expect(path).toBe('/data/Other.warrant');
    expect(nativeConfirm).not.toHaveBeenCalled();
    // Asking is not failing: no alert.
    expect(report).not.toHaveBeenCalled();
  });

  it('on Cancel leaves the existing file alone and goes back to the path dialog with the path tried', async () => {
    const { bridge, calls } = fakeBridge();
    const end = await start(bridge, (c) => c.saveProjectAs());
    act(() => paths.answer('/data/Other.warrant'));
    await flush();
    expect(confirms.request?.message).toMatch(/choose Cancel to pick another name/);
    act(() => confirms.answer(false));
    await flush();
    expect(paths.request).toEqual({ purpose: 'saveAs', initial: '/data/Other.warrant' });
    act(() => paths.answer('/data/Fresh'));
    await end();
    expect(calls.filter((c) => c.startsWith('saveAs'))).toEqual(['saveAs:/data/Other.warrant:ask', 'saveAs:/data/Fresh.warrant:ask']);
    expect(path).toBe('/data/Fresh.warrant');
    expect(report).not.toHaveBeenCalled();
  });
});

describe('Save As in Electron', () => {
  it('trusts the native dialog’s replace question only for the very file it asked about', async () => {
    const { bridge, calls } = fakeBridge({ shell: 'electron', dialogPath: '/data/Other.warrant' });
    const end = await start(bridge, (c) => c.saveProjectAs());
    await end();
    expect(confirms.request).toBeNull();
    expect(calls.filter((c) => c.startsWith('saveAs'))).toEqual(['saveAs:/data/Other.warrant:overwrite']);
  });

  it('asks before replacing when the backend added `.warrant` to what the dialog returned', async () => {
    // GTK does not add the filter's extension: the dialog checked "Notes", which does not exist.
    const { bridge, calls } = fakeBridge({ shell: 'electron', dialogPath: '/data/Notes' });
    const end = await start(bridge, (c) => c.saveProjectAs());
    expect(confirms.request?.title).toBe('Replace “Notes.warrant”?');
    // Cancel after a native dialog ends the command: the wording says so.
    expect(confirms.request?.message).toMatch(/Cancel leaves it as it is and saves nothing/);
    act(() => confirms.answer(false));
    await end();
    expect(calls.filter((c) => c.startsWith('saveAs'))).toEqual(['saveAs:/data/Notes.warrant:ask']);
    expect(paths.request).toBeNull();
    expect(path).toBe('/data/Study.warrant');
  });
});

describe('New onto an existing file', () => {
  it('never replaces it, and offers to open it (browser)', async () => {
    const { bridge, calls } = fakeBridge();
    const end = await start(bridge, (c) => c.newProject());
    expect(paths.request).toEqual({ purpose: 'new', initial: '/data/Untitled.warrant' });
    act(() => paths.answer('Other'));
    await flush();
    expect(confirms.request).toMatchObject({ title: '“Other.warrant” already exists', confirmLabel: 'Open it', tone: 'primary' });
    act(() => confirms.answer(true));
    await end();
    expect(calls.filter((c) => /^(new|open):/.test(c))).toEqual(['new:/data/Other.warrant', 'open:/data/Other.warrant']);
    expect(path).toBe('/data/Other.warrant');
    expect(report).not.toHaveBeenCalled();
  });

  it('on Cancel goes back to the path dialog (browser)', async () => {
    const { bridge, calls } = fakeBridge();
    const end = await start(bridge, (c) => c.newProject());
    act(() => paths.answer('Other'));
    await flush();
    act(() => confirms.answer(false));
    await flush();
    expect(paths.request).toEqual({ purpose: 'new', initial: '/data/Other.warrant' });
    act(() => paths.answer(null));
    await end();
    expect(calls.filter((c) => /^(new|open):/.test(c))).toEqual(['new:/data/Other.warrant']);
  });

  it('offers to open it after the native dialog too (Electron)', async () => {
    const { bridge, calls } = fakeBridge({ shell: 'electron', dialogPath: '/data/Other' });
    const end = await start(bridge, (c) => c.newProject());
    expect(confirms.request?.confirmLabel).toBe('Open it');
    act(() => confirms.answer(true));
    await end();
    expect(calls.filter((c) => /^(new|open):/.test(c))).toEqual(['new:/data/Other.warrant', 'open:/data/Other.warrant']);
    expect(report).not.toHaveBeenCalled();
  });
});

describe('Open in the browser shell', () => {
  it('starts from the default folder the backend proposes, not a file that does not exist', async () => {
    const { bridge, calls } = fakeBridge();
    const end = await start(bridge, (c) => c.openProject());
    expect(paths.request).toEqual({ purpose: 'open', initial: '/data/' });
    act(() => paths.answer('/data/Other.warrant'));
    await end();
    expect(calls).toEqual(['propose::open', 'propose:/data/Other.warrant:open', 'open:/data/Other.warrant']);
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
    expect(calls).toEqual(['propose::open', 'propose:Ben:open']);
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
