// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedHighlight } from '../../shared/api.js';
import { articleIndex } from '../../shared/annotations/summary.js';
import type { Annotations, Highlight } from '../../shared/model.js';
import { WorkbenchContext, type Workbench } from '../state/workbench.js';
import { EvidenceList } from './EvidenceList.js';
import { HighlightList } from './HighlightList.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const stamp = { author: 'Ada', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
function highlight(id: string, articleId: string, exact: string, start: number): Highlight {
  return {
    id,
    articleId,
    target: { position: { type: 'TextPositionSelector', start, end: start + exact.length }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    color: 'pink',
    label: null,
    note: '',
    ...stamp,
  };
}

const annotations: Annotations = {
  highlights: [highlight('h1', 'live', 'financial aid', 40), highlight('h2', 'live', 'a passage edited away', 10), highlight('h3', 'gone', 'snub Huawei', 5)],
  claims: [{ id: 'c1', text: 'The US weighs aid', parentId: null, rating: 'moderate', rationale: '', ...stamp }],
  links: [
    { id: 'l1', highlightId: 'h1', claimId: 'c1', stance: 'supports', weight: 2, note: '', ...stamp },
    { id: 'l3', highlightId: 'h3', claimId: 'c1', stance: 'supports', weight: null, note: '', ...stamp },
  ],
  removedArticles: [{ id: 'gone', title: 'Deleted story', source: 'Wire', date: '2019-02-04', removedAt: '2024-01-02T00:00:00.000Z' }],
};

function workbench(resolved: ResolvedHighlight[]): Workbench {
  const view = { ...annotations, history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoKind: null, redoKind: null, undoSeq: null } };
  const noop = () => {};
  return {
    view,
    articles: articleIndex([{ id: 'live', title: 'Live story', source: 'Daily', date: '2019-02-05' }], annotations),
    openArticle: { id: 'live', highlights: annotations.highlights.filter((h) => h.articleId === 'live'), resolved: new Map(resolved.map((r) => [r.id, r])) },
    run: vi.fn(async () => undefined),
    undo: async () => {},
    redo: async () => {},
    toast: noop,
    panel: { activeClaimId: null, openClaimId: null, highlight: null, newClaimSignal: 0, setActiveClaim: noop, openClaim: noop, selectHighlight: vi.fn(), focusNewClaim: noop },
    openArticleAt: vi.fn(),
    deleteClaim: async () => {},
  };
}

let container: HTMLElement;
function render(wb: Workbench, node: React.ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(<WorkbenchContext value={wb}>{node}</WorkbenchContext>));
  return container;
}
afterEach(() => container.remove());

describe('HighlightList', () => {
  it('lists orphaned highlights last, with their quote and an "orphaned" label, and jumps to anchored ones', () => {
    const wb = workbench([
      { id: 'h1', status: 'anchored', range: [40, 53], method: 'position' },
      { id: 'h2', status: 'orphaned', range: null, method: null },
    ]);
    const el = render(wb, <HighlightList article={wb.openArticle!} />);
    const items = [...el.querySelectorAll<HTMLElement>('[data-testid="highlight-item"]')];
    expect(items.map((i) => i.querySelector('.hl-item__quote')?.textContent)).toEqual(['financial aid', 'a passage edited away']);
    expect(items[1]!.querySelector('[data-testid="orphaned-label"]')?.textContent).toBe('orphaned — text not found');
    expect(items[0]!.querySelector('[data-testid="orphaned-label"]')).toBeNull();
    // Labels, not colour alone.
    expect(items[0]!.textContent).toContain('Question');
    act(() => items[0]!.click());
    expect(wb.openArticleAt).toHaveBeenCalledWith('live', 'h1');
    act(() => items[1]!.click());
    expect(wb.openArticleAt).toHaveBeenCalledTimes(1);
    expect(wb.panel.selectHighlight).toHaveBeenLastCalledWith('h2');
  });
});

describe('EvidenceList', () => {
  it('shows each passage with article, source and date, and a removed article’s passage as "article removed"', () => {
    const el = render(workbench([]), <EvidenceList claimId="c1" />);
    const items = [...el.querySelectorAll<HTMLElement>('[data-testid="evidence-item"]')];
    expect(items).toHaveLength(2);
    const [removed, live] = items;
    expect(removed!.querySelector('[data-testid="article-removed"]')).not.toBeNull();
    expect(removed!.textContent).toContain('Deleted story');
    expect(removed!.textContent).toContain('Wire');
    expect(removed!.querySelector<HTMLButtonElement>('[data-testid="evidence-open"]')!.disabled).toBe(true);
    expect(live!.querySelector('[data-testid="evidence-title"]')?.textContent).toBe('Live story');
    expect(live!.textContent).toContain('Daily · 5 Feb 2019');
    expect(live!.querySelector('[data-testid="evidence-quote"]')?.textContent).toBe('financial aid');
    expect(el.querySelector('[data-testid="evidence-group-refutes"]')?.textContent).toContain('None yet.');
  });
});
