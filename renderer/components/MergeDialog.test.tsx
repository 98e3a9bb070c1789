// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BridgeContext } from '../state/backend.js';
import { CLAIM_CONFLICT, DELETED_HIGHLIGHT, fakeMergeBackend, PROJECT_PATH, type FakeMergeOptions } from '../state/fixtures/merge-backend.js';
import { useMerge, type MergeState } from '../state/use-merge.js';
import { flush, setupTestRoot } from '../test-support/dom.js';
import { MergeDialog } from './MergeDialog.js';

const dom = setupTestRoot();
const { $, $$ } = dom;
let state: MergeState;
const applied = vi.fn();

function Probe() {
  state = useMerge({ projectPath: PROJECT_PATH, chooseCopy: async () => '/data/ben.warrant', report: () => {}, onApplied: applied, onImported: () => {} });
  return <MergeDialog state={state} projectName="Port Aldren" />;
}
const click = (el: HTMLElement | null) => act(() => el!.click());

/** Renders the dialog over a fake backend and previews merging `path`. */
async function preview(path = '/data/ben.warrant', options: FakeMergeOptions = {}) {
  const backend = fakeMergeBackend(options);
  dom.render(<BridgeContext value={backend.bridge}><Probe /></BridgeContext>);
  act(() => state.previewPath(path));
  await flush();
  return backend;
}

describe('<MergeDialog>', () => {
  beforeEach(() => {
    applied.mockClear();
  });

  it('shows what merging would do per kind before anything is written, with the heading focused', async () => {
    await preview();
    const dialog = $('merge-dialog')!;
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toBe('Merge “ben.warrant”');
    expect(document.activeElement).toBe(dialog.querySelector('h2'));
    expect(dialog.textContent).toContain('A colleague’s copy of “Port Aldren” (named “Port Aldren (Ben)” there).');
    const rows = $$('merge-count-row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Articles', '0', '0', '0', '0'],
      ['Highlights', '3', '0', '0', '⚠ 1'],
      ['Claims', '1', '2', '0', '⚠ 1'],
      ['Evidence links', '4', '0', '1', '0'],
      ['Ratings', '2', '0', '0', '0'],
    ]);
    expect($('merge-status')?.textContent).toContain('0 of 2 conflicts decided. 2 undecided conflicts will stay pending');
  });

  it('lays each conflict out side by side, marking the fields that differ in words, not colour alone', async () => {
    await preview();
    const [claim, highlight] = $$('conflict');
    const fields = $$('conflict-field', claim);
    expect(fields.map((f) => f.querySelector('th')?.textContent)).toEqual(['Text ≠ differs', 'Sub-claim of', 'Verdict', 'Verdict rationale']);
    expect(fields[0]!.dataset.differs).toBe('true');
    expect([...fields[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['The tariff rose by 9%', 'The tariff rose by 14%']);
    expect(fields[1]!.querySelector('td')?.textContent).toBe('(empty)');
    expect(claim!.querySelector('thead')?.textContent).toContain('Ada');
    expect(claim!.querySelector('thead')?.textContent).toContain('Ben');
    expect(claim!.textContent).toContain('Changed in both copies');
    expect($$('choose-both', claim)).toHaveLength(1);

    // Deleted on my side: the column says so; no "keep both"; their links follow the choice.
    expect(highlight!.textContent).toContain('You deleted it; they changed it');
    expect(highlight!.querySelector('.conflict__deleted')?.textContent).toContain('You deleted it');
    expect($$('choose-both', highlight)).toHaveLength(0);
    expect($$('conflict-held', highlight)[0]?.textContent).toContain('Their 2 new evidence links use this passage and follow your choice');
    expect([...highlight!.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Keep mine: leave it deleted', 'Keep theirs: restore it', 'Decide later']);
  });

  it('marks the side kept, decides all at once, and applies with the decisions', async () => {
    const { calls } = await preview();
    const [claim] = $$('conflict');
    await click($$('choose-theirs', claim)[0]!);
    expect(claim!.dataset.choice).toBe('theirs');
    expect($$('kept-theirs', claim)).toHaveLength(1);
    expect($$('kept-mine', claim)).toHaveLength(0);
    expect($('merge-status')?.textContent).toContain('1 of 2 conflicts decided. 1 undecided conflict will stay pending');
    await click($('keep-all-mine'));
    expect($$('conflict').map((c) => c.dataset.choice)).toEqual(['mine', 'mine']);
    await click($$('choose-later', claim)[0]!);
    await click($('merge-apply'));
    await flush();
    expect(calls).toEqual(['preview:/data/ben.warrant', 'apply:p1:highlight/h1=mine']);
    expect($('merge-dialog')).toBeNull();
    expect(applied).toHaveBeenCalledWith(expect.objectContaining({ pending: 1 }));
  });

  it('cancels with Escape, dropping the preview', async () => {
    const { calls } = await preview();
    const event = new Event('cancel', { cancelable: true });
    await act(async () => {
      $('merge-dialog')!.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(calls).toEqual(['preview:/data/ben.warrant', 'cancel:p1']);
    expect($('merge-dialog')).toBeNull();
  });

  it('says when a copy has nothing new, and only closes (the preview dropped)', async () => {
    const backend = await preview('/data/ben.warrant', { conflicts: [], nothingNew: true });
    expect($('merge-nothing')?.textContent).toBe('Nothing to merge: “Port Aldren” already has everything in this copy.');
    expect($('merge-apply')).toBeNull();
    await click($('merge-close'));
    expect(backend.calls).toEqual(['preview:/data/ben.warrant', 'cancel:p1']);
  });

  it('still applies the changes from disk when they add nothing, so saving works again', async () => {
    const backend = fakeMergeBackend({ conflicts: [], nothingNew: true });
    dom.render(<BridgeContext value={backend.bridge}><Probe /></BridgeContext>);
    act(() => state.mergeFromDisk());
    await flush();
    await click($('merge-apply'));
    await flush();
    expect(backend.calls).toEqual([`preview:${PROJECT_PATH}`, 'apply:p1:']);
  });

  it('names the changes made on disk as such', async () => {
    await preview(PROJECT_PATH, { conflicts: [CLAIM_CONFLICT] });
    expect($('merge-dialog')!.querySelector('h2')?.textContent).toBe('Merge the changes made on disk');
    expect($('merge-apply')?.textContent).toBe('Merge the changes');
    expect($('keep-all-theirs')?.textContent).toBe('Keep all on disk');
    expect($$('conflict')[0]!.textContent).toContain('Changed here and on disk');
  });

  it('explains another project and imports its articles only', async () => {
    const { calls } = await preview('/data/other.warrant');
    expect($('merge-dialog')!.querySelector('h2')?.textContent).toBe('“other.warrant” is a different project');
    expect($('merge-dialog')!.textContent).toContain('“other.warrant” is not a copy of “Port Aldren”, so it cannot be merged');
    await click($('merge-import-articles'));
    await flush();
    expect(calls).toEqual(['preview:/data/other.warrant', 'importArticles:/data/other.warrant']);
    expect($('merge-imported')?.textContent).toContain('1 article imported, 1 already in this project.');
    expect(document.activeElement).toBe($('merge-dialog')!.querySelector('h2'));
  });

  it('shows an apply failure in the dialog, with a way to preview again', async () => {
    const backend = await preview('/data/ben.warrant', { conflicts: [DELETED_HIGHLIGHT], applyError: { code: 'not-found', message: 'That merge preview is no longer available.' } });
    await click($('merge-apply'));
    await flush();
    expect($('merge-error')?.textContent).toContain('That merge preview is no longer available.');
    await click($('merge-again'));
    await flush();
    expect(backend.calls).toEqual(['preview:/data/ben.warrant', 'apply:p1:', 'preview:/data/ben.warrant']);
    expect($('merge-error')).toBeNull();
  });
});
