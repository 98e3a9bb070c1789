/**
 * For component tests: a Workbench (renderer/state/workbench.ts) with nothing open and inert
 * actions, so each test gives only the view, articles and overrides it is about.
 */
import { vi } from 'vitest';
import { NO_FILTER } from '../lib/claims-view.js';
import type { Workbench } from '../state/workbench.js';

const NO_HISTORY = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoKind: null, redoKind: null, undoSeq: null };

/** A workbench showing `view` (annotations, without history) and `articles`. */
export function testWorkbench(view: Omit<Workbench['view'], 'history'>, articles: Workbench['articles'], overrides: Partial<Workbench> = {}): Workbench {
  const noop = () => {};
  return {
    view: { ...view, history: NO_HISTORY },
    authorName: 'Ada',
    articles,
    openArticle: null,
    run: vi.fn(async () => ({})) as unknown as Workbench['run'],
    undo: async () => {},
    redo: async () => {},
    toast: noop,
    panel: { activeClaimId: null, openClaimId: null, highlight: null, newClaimSignal: 0, claimSort: 'manual', claimFilter: NO_FILTER, setActiveClaim: noop, openClaim: noop, selectHighlight: vi.fn(), focusNewClaim: noop, setClaimSort: noop, setClaimFilter: noop },
    openArticleAt: vi.fn(),
    deleteClaim: async () => {},
    ...overrides,
  };
}
