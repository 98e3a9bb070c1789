// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarrantBridge } from '../../shared/transport.js';
import { BridgeContext } from './backend.js';
import { CLAIM_CONFLICT, DELETED_HIGHLIGHT, fakeMergeBackend, PROJECT_PATH } from './fixtures/merge-backend.js';
import { useMerge, type MergeOutcome, type MergeState } from './use-merge.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let state: MergeState;
const report = vi.fn();
const applied = vi.fn<(o: MergeOutcome) => void>();
const imported = vi.fn();
let answer: string | null = '/data/ben.warrant';
const chooseCopy = vi.fn(async () => answer);

function Probe() {
  state = useMerge({ projectPath: PROJECT_PATH, chooseCopy, report, onApplied: applied, onImported: imported });
  return null;
}
const flush = () => act(async () => {});

async function mount(bridge: WarrantBridge): Promise<void> {
  act(() => root.render(<BridgeContext value={bridge}><Probe /></BridgeContext>));
  await flush();
}

describe('useMerge', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
    report.mockClear();
    applied.mockClear();
    imported.mockClear();
    chooseCopy.mockClear();
    answer = '/data/ben.warrant';
  });
  afterEach(() => act(() => root.unmount()));

  it('previews the chosen copy, then applies only the conflicts decided, in their order, leaving the rest pending', async () => {
    const { bridge, calls } = fakeMergeBackend();
    await mount(bridge);
    await act(async () => {
      await state.pickCopy();
    });
    expect(chooseCopy).toHaveBeenCalledWith();
    expect(state.view.stage).toBe('preview');
    expect(state.conflicts.map((c) => c.id)).toEqual(['c1', 'h1']);
    act(() => state.choose(DELETED_HIGHLIGHT, 'theirs'));
    act(() => state.choose(CLAIM_CONFLICT, 'both'));
    act(() => state.choose(DELETED_HIGHLIGHT, null));
    await act(async () => {
      await state.apply();
    });
    expect(calls).toEqual(['preview:/data/ben.warrant', 'apply:p1:claim/c1=both']);
    expect(state.view.stage).toBe('closed');
    expect(applied).toHaveBeenCalledWith({ kind: 'merge', name: 'Port Aldren (Ben)', file: 'ben.warrant', fromDisk: false, added: 10, changed: 2, deleted: 1, decided: 1, pending: 1 });
    expect(report).not.toHaveBeenCalled();
  });

  it('decides every conflict for one side at once', async () => {
    const { bridge, calls } = fakeMergeBackend();
    await mount(bridge);
    act(() => state.previewPath('/data/ben.warrant'));
    await flush();
    act(() => state.chooseAll('theirs'));
    expect([...state.decisions.values()]).toEqual(['theirs', 'theirs']);
    act(() => state.chooseAll('mine'));
    await act(async () => {
      await state.apply();
    });
    expect(calls[1]).toBe('apply:p1:claim/c1=mine,highlight/h1=mine');
    expect(applied.mock.calls[0]![0]).toMatchObject({ pending: 0, decided: 2 });
  });

  it('cancels a preview on the backend too, and does nothing when no copy was chosen', async () => {
    const { bridge, calls } = fakeMergeBackend();
    await mount(bridge);
    answer = null;
    await act(async () => {
      await state.pickCopy();
    });
    expect(state.view.stage).toBe('closed');
    expect(calls).toEqual([]);
    act(() => state.previewPath('/data/ben.warrant'));
    await flush();
    act(() => state.cancel());
    await flush();
    expect(calls).toEqual(['preview:/data/ben.warrant', 'cancel:p1']);
    expect(state.view.stage).toBe('closed');
    expect(applied).not.toHaveBeenCalled();
  });

  it('merges the open file’s own changes from disk', async () => {
    const { bridge, calls } = fakeMergeBackend({ conflicts: [] });
    await mount(bridge);
    act(() => state.mergeFromDisk());
    expect(state.view).toEqual({ stage: 'reading', what: 'disk', file: 'Port Aldren.warrant' });
    await flush();
    expect(state.view.stage === 'preview' && state.view.preview.fromDisk).toBe(true);
    await act(async () => {
      await state.apply();
    });
    expect(calls).toEqual([`preview:${PROJECT_PATH}`, 'apply:p1:']);
    expect(applied.mock.calls[0]![0]).toMatchObject({ kind: 'merge', fromDisk: true, pending: 0 });
  });

  it('asks where a dropped project file is before previewing it', async () => {
    const { bridge, calls } = fakeMergeBackend();
    await mount(bridge);
    await act(async () => {
      await state.offerFile('ben.warrant');
    });
    expect(chooseCopy).toHaveBeenCalledWith('ben.warrant');
    expect(calls).toEqual(['preview:/data/ben.warrant']);
  });

  it('offers to import only the articles of another project', async () => {
    const { bridge, calls } = fakeMergeBackend();
    await mount(bridge);
    act(() => state.previewPath('/data/other.warrant'));
    await flush();
    expect(state.view).toMatchObject({ stage: 'other-project', path: '/data/other.warrant', file: 'other.warrant' });
    expect(report).not.toHaveBeenCalled();
    await act(async () => {
      await state.importArticles();
    });
    expect(calls).toEqual(['preview:/data/other.warrant', 'importArticles:/data/other.warrant']);
    expect(state.view).toMatchObject({ stage: 'imported', file: 'other.warrant' });
    expect(imported).toHaveBeenCalledTimes(1);
  });

  it('reports a copy it cannot read and closes', async () => {
    const { bridge } = fakeMergeBackend();
    await mount(bridge);
    act(() => state.previewPath('/data/broken.warrant'));
    await flush();
    expect(state.view.stage).toBe('closed');
    expect(report).toHaveBeenCalledWith('Could not read the copy to merge', expect.objectContaining({ code: 'corrupt-project' }));
  });

  it('keeps the dialog open when applying fails because the project changed, and previews again on request', async () => {
    const { bridge, calls } = fakeMergeBackend({ applyError: { code: 'conflict', message: 'The project changed after the merge was previewed.' } });
    await mount(bridge);
    act(() => state.previewPath('/data/ben.warrant'));
    await flush();
    act(() => state.choose(CLAIM_CONFLICT, 'mine'));
    await act(async () => {
      await state.apply();
    });
    expect(state.view.stage).toBe('preview');
    expect(state.error).toEqual({ message: 'The project changed after the merge was previewed.', stale: true });
    expect(state.decisions.size).toBe(1);
    act(() => state.again());
    await flush();
    expect(calls).toEqual(['preview:/data/ben.warrant', 'apply:p1:claim/c1=mine', 'preview:/data/ben.warrant']);
    expect(state.error).toBeNull();
    expect(state.decisions.size).toBe(0);
  });

  it('shows the conflicts left pending and decides them with merge.decide, never with none decided', async () => {
    const { bridge, calls } = fakeMergeBackend({ pending: [CLAIM_CONFLICT, DELETED_HIGHLIGHT] });
    await mount(bridge);
    act(() => state.openPending());
    expect(state.view.stage).toBe('reading');
    await flush();
    expect(state.view.stage).toBe('pending');
    await act(async () => {
      await state.apply();
    });
    expect(calls).toEqual(['pending']);
    act(() => state.choose(DELETED_HIGHLIGHT, 'theirs'));
    await act(async () => {
      await state.apply();
    });
    expect(calls).toEqual(['pending', 'decide:highlight/h1=theirs']);
    expect(applied).toHaveBeenCalledWith({ kind: 'decide', decided: 1, pending: 1 });
    expect(state.view.stage).toBe('closed');
  });
});
