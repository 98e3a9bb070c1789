// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportSource } from '../../shared/api.js';
import type { InterchangeSummary } from '../../shared/api-export.js';
import { CommandsContext, useCommandHost } from '../commands/host.js';
import { INTERCHANGE_IN_FOLDER_REASON } from '../lib/files.js';
import { BridgeContext } from '../state/backend.js';
import { fail, fakeBridge, ok } from '../state/fixtures/fake-bridge.js';
import { useImports } from '../state/import-flow.js';
import { MergeContext, type MergeFlow } from '../state/merge-flow.js';
import { LibraryContext, type LibraryState } from '../state/use-library.js';
import { flush, setupTestRoot } from '../test-support/dom.js';
import { ImportProvider } from './ImportProvider.js';
import { InterchangeSummaryPanel } from './InterchangeSummaryPanel.js';

const dom = setupTestRoot();
const { $, $$ } = dom;

const QDPX: InterchangeSummary = {
  file: 'Study.qdpx',
  kind: 'qdpx',
  counts: { articles: 3, highlights: 12, claims: 4, links: 9, ratings: 0, alreadyPresent: 0 },
  unmatched: [
    { what: 'Coded passage in “Interview 4.txt”', reason: 'Its source is not in the project file and no article has the same text.' },
    { what: 'Code “Ambivalence”', reason: 'A code with no coded passages.' },
  ],
};

const refresh = vi.fn();
const offerFile = vi.fn(async () => {});
const library: LibraryState = { articles: [], loaded: true, refresh, replace: () => {}, remove: () => {} };
const merge: MergeFlow = { pickCopy: async () => {}, offerFile, previewPath: () => {}, mergeFromDisk: () => {}, openPending: () => {}, open: false };

/** A fake backend: article imports and interchange imports, recorded by file name. */
function backend(paths: string[] = []) {
  const calls: string[] = [];
  const name = (s: ImportSource) => (s.kind === 'bytes' ? s.name : s.path);
  const fake = fakeBridge({
    'import.run': ({ sources }: { sources: ImportSource[] }) => {
      calls.push(`import.run:${sources.map(name).join(',')}`);
      return ok({ imported: sources.map((s, i) => ({ id: `a${i}`, title: name(s), file: name(s) })), duplicates: [], failed: [], cancelled: false });
    },
    'interchange.import': ({ source }: { source: ImportSource }) => {
      calls.push(`interchange.import:${source.kind}:${name(source)}`);
      if (name(source).includes('broken')) return fail({ code: 'corrupt-project', message: 'The QDPX file is not a zip archive.' });
      return ok({ ...QDPX, file: name(source) });
    },
    'dialog.importPaths': () => {
      calls.push('dialog.importPaths');
      return ok(paths);
    },
  });
  return { ...fake, calls };
}

let flow: ReturnType<typeof useImports>;

/** The summary panel as the workspace's banners show it. */
function Outcomes() {
  flow = useImports();
  const { interchange } = flow;
  return interchange.outcomes ? <InterchangeSummaryPanel outcomes={interchange.outcomes} onDismiss={interchange.dismiss} /> : null;
}

function Host({ children }: { children: ReactNode }) {
  const host = useCommandHost();
  return <CommandsContext value={host}>{children}</CommandsContext>;
}

function renderProvider(fake: ReturnType<typeof backend>, shell: 'electron' | 'browser' = 'browser') {
  dom.render(
    <BridgeContext value={fake.bridge}>
      <Host>
        <LibraryContext value={library}>
          <MergeContext value={merge}>
            <ImportProvider shell={shell} report={() => {}}>
              <Outcomes />
            </ImportProvider>
          </MergeContext>
        </LibraryContext>
      </Host>
    </BridgeContext>,
  );
}

/** Picks `names` in the hidden file input as the browser's picker would. */
async function pick(names: string[]) {
  const input = $('import-files-input') as HTMLInputElement;
  const files = names.map((n) => new File([`content of ${n}`], n));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Waits until the imports started by a pick have finished (the browser reads files in its own time). */
async function settled(check: () => void) {
  await vi.waitFor(check);
  await flush();
}

describe('<ImportProvider> with annotation and QDA files', () => {
  beforeEach(() => {
    refresh.mockClear();
    offerFile.mockClear();
  });

  it('offers them in the file picker', () => {
    renderProvider(backend());
    expect(($('import-files-input') as HTMLInputElement).accept.split(',')).toEqual(expect.arrayContaining(['.qdpx', '.jsonld', '.json', '.warrant', '.pdf']));
  });

  it('sends .qdpx, .jsonld and .json files to the interchange import one by one, as bytes, and articles to the importer', async () => {
    const fake = backend();
    renderProvider(fake);
    await pick(['a.txt', 'Study.qdpx', 'notes.JSONLD', 'hypothesis.json', 'Ben.warrant']);
    await settled(() => expect(offerFile).toHaveBeenCalled());
    expect(fake.calls).toEqual([
      'import.run:a.txt',
      'interchange.import:bytes:Study.qdpx',
      'interchange.import:bytes:notes.JSONLD',
      'interchange.import:bytes:hypothesis.json',
    ]);
    expect(offerFile).toHaveBeenCalledWith('Ben.warrant');
    // Articles were added (by the importer and by the QDA projects): the library is read again.
    expect(refresh).toHaveBeenCalled();
  });

  it('shows what each file added and every item it could not place, with the reason, and errors by their message', async () => {
    const fake = backend();
    renderProvider(fake);
    await pick(['Study.qdpx', 'broken.qdpx']);
    await settled(() => expect($('interchange-summary')).not.toBeNull());
    const [good, bad] = $$('interchange-outcome');
    expect(good!.querySelector('[data-testid="interchange-counts"]')?.textContent).toBe('Added 3 articles, 12 highlights, 4 claims, 9 links.');
    expect($$('interchange-unmatched', good)[0]!.textContent).toContain('Code “Ambivalence” A code with no coded passages.');
    expect(good!.querySelectorAll('li')).toHaveLength(2);
    expect(bad!.dataset.ok).toBe('false');
    expect(bad!.textContent).toContain('broken.qdpx');
    expect(bad!.querySelector('[data-testid="interchange-error"]')?.textContent).toBe('The QDPX file is not a zip archive.');
    expect($('interchange-summary')?.textContent).toContain('1 file imported · 1 file failed · 2 items not placed');
  });

  it('lists one found inside a picked folder as not imported rather than guessing', async () => {
    const fake = backend();
    renderProvider(fake);
    const input = $('import-folder-input') as HTMLInputElement;
    const files = ['news/a.txt', 'news/meta.json'].map((n) => Object.assign(new File(['x'], n.split('/')[1]!), { webkitRelativePath: n }));
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settled(() => expect(fake.calls).toHaveLength(1));
    expect(fake.calls).toEqual(['import.run:news/a.txt']);
    expect(flow.summary?.failed).toEqual([{ file: 'news/meta.json', reason: INTERCHANGE_IN_FOLDER_REASON }]);
  });

  it('on the desktop sends the chosen files as paths', async () => {
    const fake = backend(['/data/a.pdf', '/data/Study.qdpx']);
    renderProvider(fake, 'electron');
    await act(() => flow.pick(false));
    expect(fake.calls).toEqual(['dialog.importPaths', 'import.run:/data/a.pdf', 'interchange.import:path:/data/Study.qdpx']);
  });
});
