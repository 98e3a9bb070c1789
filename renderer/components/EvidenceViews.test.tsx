// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedHighlight } from '../../shared/api.js';
import { articleIndex } from '../../shared/annotations/summary.js';
import { ratingId, type Annotations, type ClaimRating, type Highlight, type Rating } from '../../shared/model.js';
import { WorkbenchContext, type Workbench } from '../state/workbench.js';
import { testWorkbench } from '../test-support/workbench.js';
import { ClaimDetail } from './ClaimDetail.js';
import { EvidenceList } from './EvidenceList.js';
import { HighlightList } from './HighlightList.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const stamp = { author: 'Ada', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 'r1', revs: [] };
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
  claims: [{ id: 'c1', text: 'The US weighs aid', parentId: null, verdict: null, ...stamp }],
  ratings: [],
  links: [
    { id: 'l1', highlightId: 'h1', claimId: 'c1', stance: 'supports', weight: 2, note: '', ...stamp },
    { id: 'l3', highlightId: 'h3', claimId: 'c1', stance: 'supports', weight: null, note: '', ...stamp },
  ],
  removedArticles: [{ id: 'gone', title: 'Deleted story', source: 'Wire', date: '2019-02-04', removedAt: '2024-01-02T00:00:00.000Z' }],
};

function workbench(resolved: ResolvedHighlight[], changes: Partial<Annotations> = {}, authorName: string | null = 'Ada'): Workbench {
  return testWorkbench({ ...annotations, ...changes }, articleIndex([{ id: 'live', title: 'Live story', source: 'Daily', date: '2019-02-05' }], annotations), {
    authorName,
    openArticle: { id: 'live', highlights: annotations.highlights.filter((h) => h.articleId === 'live'), resolved: new Map(resolved.map((r) => [r.id, r])) },
  });
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
  it('shows the first hundred of a long list, more on request, and always the selected one', () => {
    const many = Array.from({ length: 250 }, (_, i) => highlight(`m${i}`, 'live', `passage ${i}`, i * 20));
    const wb = workbench([]);
    const long: Workbench = { ...wb, openArticle: { ...wb.openArticle!, highlights: many }, panel: { ...wb.panel, highlight: { id: 'm230', others: [], focusNote: false } } };
    const el = render(long, <HighlightList article={long.openArticle!} />);
    const quotes = () => [...el.querySelectorAll('[data-testid="highlight-item"] .hl-item__quote')].map((q) => q.textContent);
    // Up to the selected highlight (the 231st), and a way to the rest.
    expect(quotes()).toHaveLength(231);
    expect(quotes().at(-1)).toBe('passage 230');
    act(() => el.querySelector<HTMLButtonElement>('[data-testid="highlight-list-more"]')!.click());
    expect(quotes()).toHaveLength(250);
    expect(el.querySelector('[data-testid="highlight-list-more"]')).toBeNull();
  });

  it('shows a hundred at first when none is selected', () => {
    const many = Array.from({ length: 250 }, (_, i) => highlight(`m${i}`, 'live', `passage ${i}`, i * 20));
    const wb = workbench([]);
    const long: Workbench = { ...wb, openArticle: { ...wb.openArticle!, highlights: many } };
    const el = render(long, <HighlightList article={long.openArticle!} />);
    expect(el.querySelectorAll('[data-testid="highlight-item"]')).toHaveLength(100);
    expect(el.querySelector('[data-testid="highlight-list-more"]')?.textContent).toBe('Show 100 more');
    act(() => el.querySelector<HTMLButtonElement>('[data-testid="highlight-list-all"]')!.click());
    expect(el.querySelectorAll('[data-testid="highlight-item"]')).toHaveLength(250);
  });

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

describe('ClaimDetail: every rater’s rating is theirs', () => {
  const rating = (rater: string, value: Rating, rationale = ''): ClaimRating => ({
    id: ratingId('c1', rater),
    claimId: 'c1',
    rater,
    rating: value,
    rationale,
    createdAt: '2024-01-02T10:00:00.000Z',
    updatedAt: '2024-01-02T10:00:00.000Z',
    rev: `r-${rater}`,
    revs: [],
  });
  const team = [rating('Cleo', 'strong', 'Five outlets say so'), rating('Ada', 'moderate', 'One WSJ report behind all five'), rating('bob', 'weak', 'No named source')];
  const q = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const setValue = (el: HTMLSelectElement | HTMLTextAreaElement, value: string) => {
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLTextAreaElement.prototype;
    act(() => {
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    });
  };
  const claim = (wb: Workbench) => wb.view.claims[0]!;

  it('edits my own rating and shows the others’ read-only, sorted by name', () => {
    const wb = workbench([], { ratings: team });
    const el = render(wb, <ClaimDetail claim={claim(wb)} />);
    const mine = q(el, 'my-rating')!;
    expect(mine.textContent).toContain('Your rating — Ada');
    expect(q(mine, 'claim-rating')).toHaveProperty('value', 'moderate');
    expect(q(mine, 'claim-rationale')).toHaveProperty('value', 'One WSJ report behind all five');
    const others = q(el, 'other-ratings')!;
    const items = [...others.querySelectorAll<HTMLElement>('[data-testid="other-rating"]')];
    expect(items.map((i) => i.dataset.rater)).toEqual(['bob', 'Cleo']);
    expect(items.map((i) => q(i, 'rating-badge')?.dataset.rating)).toEqual(['weak', 'strong']);
    expect(items[1]!.textContent).toContain('Five outlets say so');
    // Read-only: nothing in the others' list can be edited.
    expect(others.querySelectorAll('select, textarea, input')).toHaveLength(0);

    // My rating goes through claims.update (the backend keeps it as mine).
    setValue(q(mine, 'claim-rating') as HTMLSelectElement, 'weak');
    expect(wb.run).toHaveBeenLastCalledWith('claims.update', { id: 'c1', patch: { rating: 'weak' } }, expect.any(String));
  });

  it('says plainly when raters disagree and no verdict is recorded, as a warning', () => {
    const wb = workbench([], { ratings: team });
    const el = render(wb, <ClaimDetail claim={claim(wb)} />);
    const verdict = q(el, 'verdict')!;
    expect(verdict.dataset.basis).toBe('disagreement');
    expect(verdict.className).toContain('verdict--disagreement');
    expect(q(verdict, 'verdict-basis')!.textContent).toContain('Raters disagree — no verdict recorded');
    expect(verdict.querySelector('[role="status"]')).not.toBeNull();
    expect(verdict.textContent).toContain('3 raters: Ada, bob, Cleo');
    expect(q(verdict, 'verdict-withdraw')).toBeNull();
  });

  it('records the team’s reconciled verdict through claims.setVerdict', async () => {
    const wb = workbench([], { ratings: team });
    const el = render(wb, <ClaimDetail claim={claim(wb)} />);
    act(() => q(el, 'verdict-record')!.click());
    const save = q(el, 'verdict-save') as HTMLButtonElement;
    // It never picks a side for the team: no rating until one is chosen.
    expect(q(el, 'verdict-rating')).toHaveProperty('value', '');
    expect(save.disabled).toBe(true);
    setValue(q(el, 'verdict-rating') as HTMLSelectElement, 'moderate');
    setValue(q(el, 'verdict-rationale') as HTMLTextAreaElement, ' Agreed: one source, repeated ');
    await act(async () => save.click());
    expect(wb.run).toHaveBeenLastCalledWith('claims.setVerdict', { id: 'c1', verdict: { rating: 'moderate', rationale: 'Agreed: one source, repeated' } }, expect.any(String));
    expect(q(el, 'verdict-form')).toBeNull();
  });

  it('shows a recorded verdict with who recorded it and when, and withdraws it', async () => {
    const recorded = { ...annotations.claims[0]!, verdict: { rating: 'moderate' as const, rationale: 'One source, repeated', author: 'Cleo', decidedAt: '2024-01-03T09:30:00.000Z' } };
    const wb = workbench([], { ratings: team, claims: [recorded] });
    const el = render(wb, <ClaimDetail claim={claim(wb)} />);
    const verdict = q(el, 'verdict')!;
    expect(verdict.dataset.basis).toBe('reconciled');
    expect(q(verdict, 'verdict-basis')!.textContent).toBe('reconciled verdict');
    expect(q(verdict, 'rating-badge')!.dataset.rating).toBe('moderate');
    expect(q(verdict, 'verdict-stamp')!.textContent).toMatch(/^Recorded by Cleo · .+ · 3 raters$/);
    expect(q(verdict, 'verdict-stamp')!.querySelector('time')!.getAttribute('datetime')).toBe('2024-01-03T09:30:00.000Z');
    expect(verdict.textContent).toContain('One source, repeated');
    await act(async () => q(verdict, 'verdict-withdraw')!.click());
    expect(wb.run).toHaveBeenLastCalledWith('claims.setVerdict', { id: 'c1', verdict: null }, expect.any(String));
  });

  it('names the basis when raters agree or one rated, and offers my rating before my name is known', () => {
    const agreed = workbench([], { ratings: [rating('Ada', 'weak'), rating('bob', 'weak')] });
    let el = render(agreed, <ClaimDetail claim={claim(agreed)} />);
    expect(q(el, 'verdict')!.dataset.basis).toBe('unanimous');
    expect(q(el, 'verdict-basis')!.textContent).toBe('all raters agree (2 raters)');
    container.remove();

    const single = workbench([], { ratings: [rating('bob', 'strong')] }, null);
    el = render(single, <ClaimDetail claim={claim(single)} />);
    expect(q(el, 'verdict-basis')!.textContent).toBe('one rater: bob');
    // No name yet: my rating is empty (bob's is not mine), and saying so asks for the name first.
    expect(q(el, 'claim-rating')).toHaveProperty('value', 'unrated');
    expect(q(el, 'my-rating')!.textContent).toContain('you will be asked for it first');
    expect([...el.querySelectorAll<HTMLElement>('[data-testid="other-rating"]')].map((i) => i.dataset.rater)).toEqual(['bob']);
  });
});
