// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimSort } from '../lib/claims-view.js';
import { BridgeContext } from '../state/backend.js';
import { EXPORT_CLAIMS, fakeExportBackend, type FakeExportOptions } from '../state/fixtures/export-backend.js';
import { useExport, type ExportState } from '../state/use-export.js';
import { checklistRows } from '../lib/export-choices.js';
import { flush, setupTestRoot } from '../test-support/dom.js';
import { ExportDialog } from './ExportDialog.js';

const dom = setupTestRoot();
const { $, $$ } = dom;
let state: ExportState;
const exported = vi.fn();
const reported = vi.fn();

interface ProbeProps {
  shell: 'electron' | 'browser';
  shownIds?: readonly string[];
  sort?: ClaimSort;
}

function Probe({ shell, shownIds = ['c1', 'c1a'], sort = 'manual' }: ProbeProps) {
  state = useExport({
    shell,
    projectName: 'Port Aldren',
    claims: EXPORT_CLAIMS,
    shownIds,
    panelSort: sort,
    revision: 1,
    onExported: exported,
    report: reported,
  });
  return state.isOpen ? <ExportDialog state={state} projectName="Port Aldren" rows={checklistRows(EXPORT_CLAIMS)} shownCount={shownIds.length} filtered shell={shell} /> : null;
}

/** Lets the preview's debounce run out and its answer arrive. */
async function settlePreview() {
  act(() => vi.runOnlyPendingTimers());
  await flush();
}

/** Opens the dialog over a fake backend. */
async function open(shell: 'electron' | 'browser' = 'browser', options: FakeExportOptions = {}, props: Partial<ProbeProps> = {}) {
  const backend = fakeExportBackend(options);
  dom.render(
    <BridgeContext value={backend.bridge}>
      <Probe shell={shell} {...props} />
    </BridgeContext>,
  );
  act(() => state.open());
  await settlePreview();
  return backend;
}

const click = (el: HTMLElement | null) => act(() => el!.click());
/** Changes a form control as a person would (React listens for input/change). */
function setValue(el: HTMLElement | null, value: string) {
  const input = el as HTMLInputElement | HTMLSelectElement;
  const proto = Object.getPrototypeOf(input) as object;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

describe('<ExportDialog>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    exported.mockClear();
    reported.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens with the heading focused and previews every claim in a frame that runs nothing', async () => {
    const backend = await open('browser', {}, { sort: 'rating' });
    const dialog = $('export-dialog')!;
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(dialog.querySelector('h2'));
    expect(backend.of('export.preview')).toEqual([
      { options: { claimIds: null, order: 'verdict', sections: { summary: true, claims: true, sources: true, articles: false }, title: null } },
    ]);
    const frame = $('export-preview') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('The water tariff rises by 9%');
    expect($('export-preview-status')?.textContent).toBe('3 claims');
    // Every control has a name a screen reader reads out.
    for (const control of dialog.querySelectorAll<HTMLInputElement>('input, select')) {
      expect(control.labels?.length ?? 0, control.outerHTML).toBeGreaterThan(0);
    }
  });

  it('sends the options on screen: order, sections, title, then the format with the same options', async () => {
    const backend = await open();
    setValue($('export-order'), 'alphabetical');
    await click($('export-section-articles'));
    await click($('export-section-summary'));
    setValue($('export-title'), '  Water in Port Aldren ');
    await settlePreview();
    const options = { claimIds: null, order: 'alphabetical', sections: { summary: false, claims: true, sources: true, articles: true }, title: 'Water in Port Aldren' };
    // Changes made close together are previewed once, with the latest options.
    expect(backend.of('export.preview')).toHaveLength(2);
    expect(backend.of('export.preview').at(-1)).toEqual({ options });

    await click($('export-format-md'));
    await click($('export-confirm'));
    await flush();
    expect(backend.of('export.download')).toEqual([{ format: 'md', options }]);
  });

  it('exports the claims the panel shows, or those ticked, with select all and none', async () => {
    const backend = await open();
    await click($('export-scope-shown'));
    await settlePreview();
    expect(backend.of('export.preview').at(-1)).toMatchObject({ options: { claimIds: ['c1', 'c1a'] } });

    await click($('export-scope-ticked'));
    const checks = $$('export-claim-check');
    expect(checks.map((c) => c.dataset.claimId)).toEqual(['c1', 'c1a', 'c2']);
    // Sub-claims are indented under their parent; texts keep their own direction.
    expect(checks[1]!.closest('li')?.className).toContain('export__check--sub');
    expect(checks[2]!.nextElementSibling?.getAttribute('dir')).toBe('auto');
    expect($('export-problem')?.textContent).toBe('Tick at least one claim to export.');
    expect(($('export-confirm') as HTMLButtonElement).disabled).toBe(true);

    await click(checks[2]!);
    await click(checks[0]!);
    await settlePreview();
    expect(backend.of('export.preview').at(-1)).toMatchObject({ options: { claimIds: ['c1', 'c2'] } });
    await click($('export-tick-all'));
    expect($$('export-claim-check').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, true]);
    await click($('export-tick-none'));
    expect($$('export-claim-check').map((c) => (c as HTMLInputElement).checked)).toEqual([false, false, false]);
    await click($$('export-claim-check')[1]!);
    await click($('export-confirm'));
    await flush();
    expect(backend.of('export.download')).toMatchObject([{ format: 'html', options: { claimIds: ['c1a'] } }]);
  });

  it('disables the sections for formats without them, and says what the preview shows instead', async () => {
    await open('browser', { preview: { claims: 240, shown: 50 } });
    expect($('export-preview-status')?.textContent).toBe('Showing 50 of 240 claims');
    expect($('export-format-note')).toBeNull();
    await click($('export-format-csv'));
    expect(($('export-section-summary') as HTMLInputElement).closest('fieldset')!.disabled).toBe(true);
    expect($('export-sections-hint')?.textContent).toContain('A CSV table has no sections');
    expect($('export-format-note')?.textContent).toBe('The file is a CSV table; this is the HTML report of the same claims.');
    // The format descriptions come from the registry, tied to their radio buttons.
    const qdpx = $('export-format-qdpx')!;
    expect(document.getElementById(qdpx.getAttribute('aria-describedby')!)?.textContent).toMatch(/^For QualCoder, ATLAS\.ti/);
  });

  it('downloads in the browser through a Blob link, revoking its URL afterwards, then confirms', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      await open();
      await click($('export-confirm'));
      await flush();
      expect(clicked.map((a) => [a.download, a.getAttribute('href')])).toEqual([['Port Aldren report.html', 'blob:report']]);
      expect(await created[0]!.text()).toBe('<p>report</p>');
      expect(created[0]!.type).toBe('text/html');
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revokeObjectURL).not.toHaveBeenCalled();
      act(() => vi.runAllTimers());
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
      expect(exported).toHaveBeenCalledWith('Port Aldren report.html');
      expect($('export-dialog')).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('on the desktop asks where (the save dialog asks before replacing a file), then writes, replacing it', async () => {
    const backend = await open('electron', { path: '/out/report.pdf' });
    await click($('export-format-pdf'));
    await click($('export-confirm'));
    await flush();
    expect(backend.of('dialog.exportPath')).toEqual([{ suggestedName: 'Port Aldren report.pdf', format: 'pdf' }]);
    const writes = backend.of('export.write') as Array<Record<string, unknown>>;
    // One write, replacing: the native dialog has asked already, so asking again would ask twice.
    expect(writes.map((w) => [w.format, w.path, w.overwrite])).toEqual([['pdf', '/out/report.pdf', true]]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const cancelled = await open('electron', { path: null });
    await click($('export-confirm'));
    await flush();
    expect(cancelled.of('export.write')).toEqual([]);
    expect($('export-dialog')).not.toBeNull();
  });

  it('shows the progress the backend reports, and a failure in the dialog by its message', async () => {
    const gate = Promise.withResolvers<void>();
    const backend = await open('electron', { writes: [{ code: 'io', message: 'The disk is full.' }], gate: gate.promise });
    await click($('export-confirm'));
    await flush();
    expect($('export-progress')?.textContent).toContain('Exporting…');
    expect(($('export-confirm') as HTMLButtonElement).disabled).toBe(true);
    act(() => backend.push({ name: 'export.progress', payload: { stage: 'Printing the PDF', done: 2, total: 5 } }));
    expect($('export-progress')?.textContent).toContain('Printing the PDF — 2 of 5');
    // The options stay usable meanwhile.
    expect(($('export-format-md') as HTMLInputElement).disabled).toBe(false);
    gate.resolve();
    await flush();
    expect($('export-progress')).toBeNull();
    expect($('export-error')?.textContent).toBe('Could not export: The disk is full.');
    expect($('export-error')?.getAttribute('role')).toBe('alert');
    expect(exported).not.toHaveBeenCalled();
  });

  it('closes on Escape; a failure after closing becomes a notice', async () => {
    const gate = Promise.withResolvers<void>();
    await open('browser', { downloadError: { code: 'limit', message: 'Too big.' }, gate: gate.promise });
    await click($('export-confirm'));
    const event = new Event('cancel', { cancelable: true });
    act(() => {
      $('export-dialog')!.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect($('export-dialog')).toBeNull();
    gate.resolve();
    await flush();
    expect(reported).toHaveBeenCalledWith('Could not export', expect.objectContaining({ code: 'limit' }));
  });
});
