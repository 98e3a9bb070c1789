// @vitest-environment jsdom
/**
 * The claim's suggested evidence and the highlight's "N other articles say this", over a fake
 * backend that keeps its own annotations and answers `suggest.*` from them as the real one
 * does: passages linked to the claim and dismissed ones are left out, undo takes back the last
 * action, and every change is pushed to the view.
 */
import { act, useState, type ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnnotationsView } from '../../shared/api.js';
import type { PassageSuggestion } from '../../shared/api-suggest.js';
import { articleIndex } from '../../shared/annotations/summary.js';
import type { Annotations, Claim, EvidenceLink, Highlight, Stance } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { CommandsContext, useCommandHost } from '../commands/host.js';
import { NO_FILTER } from '../lib/claims-view.js';
import { BridgeContext } from '../state/backend.js';
import { fail, fakeBridge, ok } from '../state/fixtures/fake-bridge.js';
import { ReportContext } from '../state/notices.js';
import { WorkbenchContext, type Workbench } from '../state/workbench.js';
import { flush, setupTestRoot } from '../test-support/dom.js';
import { ParallelPassages } from './ParallelPassages.js';
import { SuggestedEvidence } from './SuggestedEvidence.js';

const dom = setupTestRoot();
const { $, $$ } = dom;
// The word marker is its own chunk, loaded on first use: loaded once here, the components
// get it within a flush (as the app does after the first suggestions).
beforeAll(() => import('../lib/claim-words.js'));

const stamp = { author: 'Ada', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', rev: 'r1', revs: [] };
const CLAIM: Claim = { id: 'c1', text: 'The water tariffs rose by 18%', parentId: null, verdict: null, ...stamp };

const passage = (articleId: string, start: number, text: string, title: string): PassageSuggestion => ({
  articleId,
  start,
  end: start + text.length,
  text,
  score: 1,
  title,
  source: 'The Aldren Courier',
  date: '2025-02-11',
});
const P1 = passage('a1', 100, 'Draft papers suggest an 18% rise in the water tariff.', 'Tariff draft leaked');
const P2 = passage('a2', 40, 'The council says the average rise is 9%.', 'Council press release');
const P3 = passage('a3', 0, 'Bills rose about 14% with the supply security charge.', 'Bills analysis');

function highlight(id: string, p: PassageSuggestion): Highlight {
  return {
    id,
    articleId: p.articleId,
    target: { position: { type: 'TextPositionSelector', start: p.start, end: p.end }, quote: { type: 'TextQuoteSelector', exact: p.text, prefix: '', suffix: '' } },
    color: 'yellow',
    label: null,
    note: '',
    ...stamp,
  };
}
const link = (id: string, highlightId: string, claimId: string, stance: Stance): EvidenceLink => ({ id, highlightId, claimId, stance, weight: null, note: '', ...stamp });

/** A backend with its own annotations, dismissals and undo stack. */
function backend(candidates: PassageSuggestion[], start: Partial<Annotations> = {}, failWith?: AppError) {
  let data: Annotations = { highlights: [], claims: [CLAIM], links: [], ratings: [], removedArticles: [], ...start };
  let dismissed: string[] = [];
  const undo: Array<() => void> = [];
  const calls: Array<{ method: string; args: unknown }> = [];
  let push: (view: AnnotationsView) => void = () => {};
  const view = (): AnnotationsView => ({ ...data, history: { canUndo: undo.length > 0, canRedo: false, undoLabel: null, redoLabel: null, undoKind: null, redoKind: null, undoSeq: null } });
  const change = (next: Annotations, extra: string[] = dismissed) => {
    const before = { data, dismissed };
    undo.push(() => ({ data, dismissed } = before));
    data = next;
    dismissed = extra;
    push(view());
  };
  const key = (p: { articleId: string; start: number; end: number }) => `${p.articleId}:${p.start}-${p.end}`;
  let n = 0;
  const fake = fakeBridge({
    'index.status': () => ok({ state: 'ready', done: 3, total: 3, fromCache: true, message: null }),
    'suggest.forClaim': ({ claimId, limit = 10 }: { claimId: string; limit?: number }) => {
      calls.push({ method: 'suggest.forClaim', args: { claimId, limit } });
      if (failWith) return fail(failWith);
      const linked = new Set(data.links.filter((l) => l.claimId === claimId).map((l) => data.highlights.find((h) => h.id === l.highlightId)!).map((h) => `${h.articleId}:${h.target.position.start}-${h.target.position.end}`));
      return ok({ claimId, suggestions: candidates.filter((p) => !linked.has(key(p)) && !dismissed.includes(`${claimId}|${key(p)}`)).slice(0, limit) });
    },
    'suggest.dismiss': (args: { claimId: string; articleId: string; start: number; end: number }) => {
      calls.push({ method: 'suggest.dismiss', args });
      change(data, [...dismissed, `${args.claimId}|${key(args)}`]);
      return ok(null);
    },
    'suggest.clearDismissed': (args: { claimId: string }) => {
      calls.push({ method: 'suggest.clearDismissed', args });
      change(data, dismissed.filter((d) => !d.startsWith(`${args.claimId}|`)));
      return ok(null);
    },
    'suggest.parallels': (args: { highlightId: string }) => {
      calls.push({ method: 'suggest.parallels', args });
      return ok({ highlightId: args.highlightId, passages: candidates });
    },
    'highlights.create': (args: { articleId: string; start: number; end: number; color: Highlight['color']; link?: { claimId: string; stance: Stance } }) => {
      calls.push({ method: 'highlights.create', args });
      const p = candidates.find((c) => c.articleId === args.articleId && c.start === args.start)!;
      const h = { ...highlight(`h${++n}`, p), color: args.color };
      change({ ...data, highlights: [...data.highlights, h], links: args.link ? [...data.links, link(`l${n}`, h.id, args.link.claimId, args.link.stance)] : data.links });
      return ok(h);
    },
    'links.create': (args: { highlightId: string; claimId: string; stance: Stance }) => {
      calls.push({ method: 'links.create', args });
      const l = link(`l${++n}`, args.highlightId, args.claimId, args.stance);
      change({ ...data, links: [...data.links, l] });
      return ok(l);
    },
  });
  return {
    ...fake,
    calls,
    view,
    onPush: (fn: (view: AnnotationsView) => void) => (push = fn),
    undo: () => {
      undo.pop()?.();
      push(view());
    },
    count: (method: string) => calls.filter((c) => c.method === method).length,
  };
}

type Backend = ReturnType<typeof backend>;
const openArticleAt = vi.fn();
const toasts: Array<{ message: string; action?: { label: string; run(): void } }> = [];
const reports: string[] = [];

/** The workbench over the fake backend: actions call it, its pushes replace the view. */
function Workspace({ fake, children }: { fake: Backend; children: ReactNode }) {
  const [view, setView] = useState(fake.view);
  fake.onPush(setView);
  const host = useCommandHost();
  const noop = () => {};
  const wb: Workbench = {
    view,
    authorName: 'Ada',
    articles: articleIndex([{ id: 'a1', title: 'Tariff draft leaked', source: null, date: null }], view),
    openArticle: null,
    run: (async (method: string, args: unknown) => {
      const r = await (fake.bridge.api as unknown as Record<string, (a: unknown) => Promise<{ ok: boolean; value?: unknown }>>)[method]!(args);
      return r.ok ? r.value : undefined;
    }) as Workbench['run'],
    undo: async () => fake.undo(),
    redo: async () => {},
    toast: (message, action) => toasts.push({ message, ...(action ? { action } : {}) }),
    panel: { activeClaimId: null, openClaimId: 'c1', highlight: null, newClaimSignal: 0, claimSort: 'manual', claimFilter: NO_FILTER, setActiveClaim: noop, openClaim: noop, selectHighlight: noop, focusNewClaim: noop, setClaimSort: noop, setClaimFilter: noop },
    openArticleAt,
    deleteClaim: async () => {},
  };
  return (
    <CommandsContext value={host}>
      <ReportContext value={(title, e) => reports.push(`${title}: ${typeof e === 'string' ? e : e.message}`)}>
        <WorkbenchContext value={wb}>{children}</WorkbenchContext>
      </ReportContext>
    </CommandsContext>
  );
}

function renderWith(fake: Backend, node: ReactNode) {
  toasts.length = 0;
  reports.length = 0;
  dom.render(
    <BridgeContext value={fake.bridge}>
      <Workspace fake={fake}>{node}</Workspace>
    </BridgeContext>,
  );
}

const titles = () => $$('suggestion').map((el) => el.querySelector('.suggestion__title')?.textContent);
const item = (title: string) => $$('suggestion').find((el) => el.querySelector('.suggestion__title')?.textContent === title)!;
const click = (el: Element | null | undefined) => act(() => (el as HTMLElement).click());

describe('SuggestedEvidence', () => {
  it('computes nothing until opened, then lists the passages with the claim’s words marked and their article', async () => {
    const fake = backend([P1, P2]);
    renderWith(fake, <SuggestedEvidence claim={CLAIM} />);
    await flush();
    expect(fake.count('suggest.forClaim')).toBe(0);
    expect($('suggestions-toggle')!.getAttribute('aria-expanded')).toBe('false');

    click($('suggestions-toggle'));
    expect($('suggestions-loading')?.textContent).toContain('Looking through the corpus');
    await flush();
    expect(titles()).toEqual(['Tariff draft leaked', 'Council press release']);
    const text = $('suggestion-text')!;
    expect(text.getAttribute('dir')).toBe('auto');
    expect(text.textContent).toBe(P1.text);
    // "tariffs" in the claim marks "tariff"; "the", "by" are not words the index keeps.
    expect([...text.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['18', 'water', 'tariff']);
    expect(item('Tariff draft leaked').querySelector('.suggestion__meta')?.textContent).toBe('The Aldren Courier · 11 Feb 2025');
    // Every action says what it does, not only "Supports".
    const buttons = [...item('Tariff draft leaked').querySelectorAll('button')].slice(1);
    expect(buttons.map((b) => b.textContent)).toEqual(['Supports', 'Refutes', 'Context', 'Dismiss']);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Supports: link the passage from “Tariff draft leaked” as supporting evidence');
  });

  it('links a suggestion in one action with a neutral highlight; it leaves the list, and Undo brings it back', async () => {
    const fake = backend([P1, P2]);
    renderWith(fake, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    click(item('Council press release').querySelector('[data-testid="suggestion-refutes"]'));
    expect(titles()).toEqual(['Tariff draft leaked']);
    await flush();
    expect(fake.calls.find((c) => c.method === 'highlights.create')?.args).toEqual({ articleId: 'a2', start: 40, end: 40 + P2.text.length, color: 'yellow', link: { claimId: 'c1', stance: 'refutes' } });
    expect(titles()).toEqual(['Tariff draft leaked']);
    // The focus moves to the suggestion that took its place, not to the page.
    expect(document.activeElement).toBe(item('Tariff draft leaked').querySelector('[data-testid="suggestion-supports"]'));
    const toast = toasts.at(-1)!;
    expect(toast.message).toBe('Linked as refuting evidence: “Council press release”');

    await act(async () => toast.action!.run());
    await flush();
    expect(titles()).toEqual(['Tariff draft leaked', 'Council press release']);
  });

  it('links to the highlight already at the passage instead of making a second one', async () => {
    const existing = highlight('h-old', P1);
    const fake = backend([P1], { highlights: [existing] });
    renderWith(fake, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    click($('suggestion-context'));
    await flush();
    expect(fake.count('highlights.create')).toBe(0);
    expect(fake.calls.find((c) => c.method === 'links.create')?.args).toEqual({ highlightId: 'h-old', claimId: 'c1', stance: 'context' });
    expect($('suggestions-empty')?.textContent).toBe('No passage in the corpus seems to bear on this claim.');
    // The last one gone, the focus stays in the section.
    expect(document.activeElement).toBe($('suggestions-toggle'));
  });

  it('opens a passage in its article: at its highlight when there is one, else at its offsets', async () => {
    const fake = backend([P1, P2], { highlights: [highlight('h-old', P1)] });
    renderWith(fake, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    openArticleAt.mockClear();
    click(item('Tariff draft leaked').querySelector('[data-testid="suggestion-open"]'));
    expect(openArticleAt).toHaveBeenLastCalledWith('a1', 'h-old');
    click(item('Council press release').querySelector('[data-testid="suggestion-open"]'));
    expect(openArticleAt).toHaveBeenLastCalledWith('a2', null);
  });

  it('dismisses a suggestion for good (asked again, it stays away) and restores the dismissed ones', async () => {
    const fake = backend([P1, P2, P3]);
    renderWith(fake, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    click(item('Bills analysis').querySelector('[data-testid="suggestion-dismiss"]'));
    expect(titles()).toEqual(['Tariff draft leaked', 'Council press release']);
    await flush();
    expect(fake.calls.find((c) => c.method === 'suggest.dismiss')?.args).toEqual({ claimId: 'c1', articleId: 'a3', start: 0, end: P3.text.length });
    expect(toasts.at(-1)?.message).toBe('Dismissed: it will not be suggested for this claim again');
    const reads = fake.count('suggest.forClaim');
    expect(reads).toBeGreaterThan(1);
    expect(titles()).toEqual(['Tariff draft leaked', 'Council press release']);

    click($('suggestions-restore'));
    await flush();
    expect(fake.calls.find((c) => c.method === 'suggest.clearDismissed')?.args).toEqual({ claimId: 'c1' });
    expect(titles()).toEqual(['Tariff draft leaked', 'Council press release', 'Bills analysis']);
  });

  it('asks for ten at first, and ten more on Show more', async () => {
    const many = Array.from({ length: 12 }, (_, i) => passage(`m${i}`, 0, `Passage ${i} about the tariff.`, `Article ${i}`));
    const fake = backend(many);
    renderWith(fake, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    expect($$('suggestion')).toHaveLength(10);
    click($('suggestions-more'));
    await flush();
    expect(fake.calls.at(-1)).toEqual({ method: 'suggest.forClaim', args: { claimId: 'c1', limit: 20 } });
    expect($$('suggestion')).toHaveLength(12);
    expect($('suggestions-more')).toBeNull();
  });

  it('says so when nothing bears on the claim, and explains a failure by its code, with a retry', async () => {
    const empty = backend([]);
    renderWith(empty, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    expect($('suggestions-empty')?.textContent).toBe('No passage in the corpus seems to bear on this claim.');

    const busy = backend([P1], {}, { code: 'busy', message: 'The index is being built.' });
    renderWith(busy, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    const alert = $('suggestions-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The search index is busy');
    click(alert.querySelector('button'));
    await flush();
    expect(busy.count('suggest.forClaim')).toBe(2);
  });

  it('says the corpus is still being indexed, and reads the list again once it is', async () => {
    const fake = backend([P1]);
    const realRead = fake.bridge.api['suggest.forClaim'];
    let built = false;
    (fake.bridge.api as unknown as Record<string, unknown>)['suggest.forClaim'] = (args: never) => (built ? realRead(args) : ok({ claimId: 'c1', suggestions: [] }));
    (fake.bridge.api as unknown as Record<string, unknown>)['index.status'] = () => ok({ state: 'building', done: 1, total: 3, fromCache: false, message: null });
    renderWith(fake, <SuggestedEvidence claim={CLAIM} initiallyOpen />);
    await flush();
    expect($('suggestions-indexing')?.textContent).toContain('still being indexed');
    expect($('suggestions-empty')).toBeNull();

    built = true;
    act(() => fake.push({ name: 'index.progress', payload: { state: 'ready', done: 3, total: 3, fromCache: false, message: null } }));
    await flush();
    expect($('suggestions-indexing')).toBeNull();
    expect(titles()).toEqual(['Tariff draft leaked']);
  });

  it('opens from the keyboard with E, as the registry says', async () => {
    const fake = backend([P1]);
    renderWith(fake, <SuggestedEvidence claim={CLAIM} />);
    await flush();
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true })));
    await flush();
    expect($('suggestions-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe($('suggestions-toggle'));
    expect(titles()).toEqual(['Tariff draft leaked']);
  });

  it('is left out where there is no backend (the claim view rendered on its own)', () => {
    dom.render(<SuggestedEvidence claim={CLAIM} />);
    expect($('suggestions')).toBeNull();
  });
});

describe('ParallelPassages', () => {
  const mine = highlight('h-mine', passage('a9', 5, 'the tariff will rise 18%', 'Mine'));

  it('counts other articles, not passages, and links one to the highlight’s claim with its stance', async () => {
    const twoInA1 = { ...P2, articleId: 'a1', start: 300, end: 300 + P2.text.length };
    const fake = backend([P1, twoInA1, P3], { highlights: [mine], links: [link('l-mine', 'h-mine', 'c1', 'supports')] });
    renderWith(fake, <ParallelPassages highlight={mine} />);
    await flush();
    expect($('parallels-count')?.textContent).toBe('2 other articles say this');
    expect($$('parallel')).toHaveLength(0);
    click($('parallels-toggle'));
    expect($$('parallel')).toHaveLength(3);
    expect($$('parallel-text').every((t) => t.getAttribute('dir') === 'auto')).toBe(true);

    const button = $$('parallel-link')[0]!;
    expect(button.textContent).toBe('Supports “The water tariffs rose by 18%”');
    click(button);
    await flush();
    expect(fake.calls.find((c) => c.method === 'highlights.create')?.args).toMatchObject({ articleId: 'a1', start: 100, link: { claimId: 'c1', stance: 'supports' } });
    expect($$('parallel')[0]!.querySelector('[data-testid="parallel-linked"]')?.textContent).toBe('Linked as supporting: “The water tariffs rose by 18%”');
  });

  it('shows nothing when no other article says it', async () => {
    const fake = backend([], { highlights: [mine] });
    renderWith(fake, <ParallelPassages highlight={mine} />);
    await flush();
    expect(fake.count('suggest.parallels')).toBe(1);
    expect($('parallels')).toBeNull();
  });
});
