/**
 * Undo and redo for annotation actions. Annotations are immutable values, so an entry is just
 * the value before and after an action: undo puts back `before`, redo puts back `after`.
 * Deleting articles is not an annotation action (it asks first) and clears the history, so an
 * undo can never bring back a highlight whose article is gone.
 */
import type { HistoryState } from '../../../shared/api.js';
import { actionLabel, type ActionKind } from '../../../shared/annotations/actions.js';
import type { ProjectFile } from '../../../shared/model.js';

/** The part of a project that undo restores. */
export type Undoable = Partial<Pick<ProjectFile, 'highlights' | 'claims' | 'links' | 'ratings' | 'deleted' | 'articles' | 'removedArticles' | 'conflicts' | 'dismissedSuggestions' | 'publishers' | 'originDecisions'>>;

interface Entry {
  kind: ActionKind;
  /** Which action this is: numbers are never reused while the backend runs (not even after `clear`). */
  seq: number;
  before: Undoable;
  after: Undoable;
}

/** How many actions can be undone. */
export const MAX_HISTORY = 500;

/** An undo/redo stack of annotation states. */
export class AnnotationHistory {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];
  private recorded = 0;

  /** Records an action and returns its sequence number; a new action makes the redo stack meaningless. */
  record(kind: ActionKind, before: Undoable, after: Undoable): number {
    const seq = ++this.recorded;
    this.undoStack.push({ kind, seq, before, after });
    if (this.undoStack.length > MAX_HISTORY) this.undoStack.shift();
    this.redoStack = [];
    return seq;
  }

  /** The sequence number of the action recorded last (0 before any). */
  get lastSeq(): number {
    return this.recorded;
  }

  /** The state to go back to, or null when there is nothing to undo. */
  undo(): Undoable | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push(entry);
    return entry.before;
  }

  /** The state to go forward to, or null when there is nothing to redo. */
  redo(): Undoable | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push(entry);
    return entry.after;
  }

  /**
   * True when an action that can be undone or redone changed the articles (a merge): undoing it
   * after another change to the articles (an import) would take that change back too.
   */
  touchesArticles(): boolean {
    return [...this.undoStack, ...this.redoStack].some((e) => e.before.articles !== undefined);
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  state(): HistoryState {
    const u = this.undoStack.at(-1);
    const r = this.redoStack.at(-1);
    return {
      canUndo: !!u,
      canRedo: !!r,
      undoLabel: u ? actionLabel(u.kind) : null,
      redoLabel: r ? actionLabel(r.kind) : null,
      undoKind: u?.kind ?? null,
      redoKind: r?.kind ?? null,
      undoSeq: u?.seq ?? null,
    };
  }
}
