// @vitest-environment jsdom
/**
 * The claim view's origins, grades and suggested rating, rendered alone (no backend bridge:
 * origins are then not detected, and each article is its own origin). What a researcher sees and
 * what each control sends; the detected grouping is covered end to end in e2e/browser/origins.spec.ts.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { articleIndex } from '../../shared/annotations/summary.js';
import type { Annotations, Highlight, PublisherGrade } from '../../shared/model.js';
import { WorkbenchContext, type Workbench } from '../state/workbench.js';
import { testWorkbench } from '../test-support/workbench.js';
import { ClaimDetail } from './ClaimDetail.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const stamp = { author: 'Ada', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 'r1', revs: [] };
const highlight = (id: string, articleId: string, exact: string, credibility: Highlight['credibility'] = null): Highlight => ({
  id,
  articleId,
  target: { position: { type: 'TextPositionSelector', start: 0, end: exact.length }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
  color: 'yellow',
  label: null,
  note: '',
  credibility,
  ...stamp,
});
const annotations: Annotations = {
  highlights: [highlight('h1', 'a1', 'aid for countries that shun Huawei', 2), highlight('h2', 'a2', 'financial incentives')],
  claims: [{ id: 'c1', text: 'The US weighs aid', parentId: null, verdict: null, ...stamp }],
  ratings: [],
  links: [
    { id: 'l1', highlightId: 'h1', claimId: 'c1', stance: 'supports', weight: null, note: '', ...stamp },
    { id: 'l2', highlightId: 'h2', claimId: 'c1', stance: 'supports', weight: null, note: '', ...stamp },
  ],
  removedArticles: [],
};
const grade: PublisherGrade = { id: 'daily', name: 'Daily', reliability: 'A', author: 'Ada', updatedAt: stamp.updatedAt, rev: 'g1', revs: [] };

function workbench(): Workbench {
  return testWorkbench(
    { ...annotations, publishers: [grade] },
    articleIndex(
      [
        { id: 'a1', title: 'Aid story', source: 'Daily', date: '2019-02-05' },
        { id: 'a2', title: 'Incentives story', source: null, date: '2019-02-05' },
      ],
      annotations,
    ),
  );
}

let container: HTMLElement;
function render(wb: Workbench): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(<WorkbenchContext value={wb}>{<ClaimDetail claim={wb.view.claims[0]!} />}</WorkbenchContext>));
  return container;
}
afterEach(() => container.remove());
const q = <T extends HTMLElement = HTMLElement>(el: ParentNode, id: string) => el.querySelector<T>(`[data-testid="${id}"]`);
const all = (el: ParentNode, id: string) => [...el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('ClaimDetail: independent origins and grades', () => {
  it('before detection counts sources, and shows each article as its own origin with its grades', () => {
    const el = render(workbench());
    expect(q(el, 'evidence-summary-line')?.textContent).toBe('2 passages · 2 articles · 1 source + 1 unknown');
    expect(all(el, 'origin-name').map((n) => n.textContent)).toEqual(['Daily', 'Incentives story']);
    expect(q(el, 'origin-warning')).toBeNull();
    const reliability = q<HTMLSelectElement>(el, 'reliability-picker')!;
    expect(reliability.value).toBe('A');
    expect(reliability.getAttribute('aria-label')).toBe('Reliability of Daily');
    expect(all(el, 'credibility-picker').map((s) => (s as HTMLSelectElement).value)).toEqual(['2', '']);
    // The Admiralty code beside the passage in the evidence list: source A, credibility 2.
    expect(q(el, 'admiralty-code')?.textContent).toBe('A2');
  });

  it('sets grades through the contract: a publisher by name, a passage through highlights.update', () => {
    const wb = workbench();
    const el = render(wb);
    choose(q<HTMLSelectElement>(el, 'reliability-picker')!, 'D');
    expect(wb.run).toHaveBeenCalledWith('publishers.setReliability', { name: 'Daily', reliability: 'D' }, expect.any(String));
    choose(all(el, 'credibility-picker')[1] as HTMLSelectElement, '5');
    expect(wb.run).toHaveBeenCalledWith('highlights.update', { id: 'h2', patch: { credibility: 5 } }, expect.any(String));
    choose(q<HTMLSelectElement>(el, 'reliability-picker')!, '');
    expect(wb.run).toHaveBeenCalledWith('publishers.setReliability', { name: 'Daily', reliability: null }, expect.any(String));
  });

  it('suggests a rating with its explanation and sets mine only when I click "Use this"', () => {
    const wb = workbench();
    const el = render(wb);
    const suggested = q(el, 'suggested-rating')!;
    // Two origins, one graded A (and a probably-true passage), the other ungraded: Moderate.
    expect(suggested.dataset.rating).toBe('moderate');
    expect(q(el, 'suggested-explanation')?.textContent).toContain('Supported by 2 passages, from 2 independent origins (Daily, reliability A; Incentives story)');
    expect(wb.run).not.toHaveBeenCalled();
    act(() => q(el, 'use-suggested-rating')!.click());
    expect(wb.run).toHaveBeenCalledWith('claims.update', { id: 'c1', patch: { rating: 'moderate' } }, expect.any(String));
  });
});
