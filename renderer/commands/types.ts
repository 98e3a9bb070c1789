/**
 * The shape of a command (after Excalidraw's actions): id, label, keys, when it is enabled and
 * what it does. What a command acts on lives in the components that own it; each provides its
 * part of the context (a "slice") while it is mounted, and commands read the slices.
 */
import type { MoveDirection } from '../lib/claims-view.js';
import type { HighlightActions } from '../state/use-highlight-actions.js';
import type { TextSelection } from '../state/use-text-selection.js';
import type { Workbench } from '../state/workbench.js';
import type { KeyBinding, KeyPress } from './keys.js';

/**
 * Where a command's keys are heard: anywhere in the window (capture phase, before the page), on
 * a focused claim row, or in the focused reader.
 */
export type Scope = 'window' | 'claimList' | 'reader';

/** The help overlay's sections. */
export type HelpGroupId = 'selection' | 'claims' | 'reader' | 'find' | 'lists' | 'everywhere';

/** How a command was invoked. */
export type Invocation = { source: 'key'; press: KeyPress } | { source: 'menu' } | { source: 'ui' };

/** The parts of the app commands act on, each provided by the component that owns it. */
export interface CommandSlices {
  /** The shell: New and Open, which work with or without a project open. */
  app: {
    newProject(): void;
    openProject(): void;
    /** Opens a project, then asks for a colleague's copy to merge into it (Merge with no project open). */
    openThenMerge(): void;
    /** A path or confirm dialog is open. */
    dialogOpen: boolean;
  };
  /** The open project. */
  project: { save(): void; saveAs(): void; close(): void };
  imports: { pick(folders: boolean): void; running: boolean };
  /** Merging copies into the open project. */
  merge: { pickCopy(): void; openPending(): void; /** The merge dialog is open. */ open: boolean };
  /** Exporting reports and interchange files (the export dialog). */
  exports: { open(): void; /** The export dialog is open. */ isOpen: boolean };
  /** The raters' agreement view. */
  agreement: { open(): void };
  /** The search box in the left column. */
  search: { focus(): void; /** An article is open: Ctrl/Cmd+F belongs to the reader. */ articleOpen: boolean };
  workbench: Workbench;
  help: { open(): void };
  /** The reader, while an article is shown. */
  reader: {
    openFind(): void;
    /** The next or previous find match while the find bar has matches, else search hit. */
    step(delta: 1 | -1): void;
    stepHit(delta: 1 | -1): void;
    hitCount: number;
  };
  /** The find bar (FindBar), while it is open. */
  find: {
    /** Find matches shown now. */
    count: number;
    /** Selects the current match in the reader, so the selection keys (H, L, K, C…) act on it. */
    selectMatch(): void;
    /** Highlights the current match in the last used colour. */
    highlightMatch(): void;
  };
  /** The open claim's suggested evidence (SuggestedEvidence), while a claim is open. */
  suggestions: { open(): void };
  /** The text selection in the reader and what can be done with it. */
  selection: { selection: TextSelection | null; menuOpen: boolean; actions: HighlightActions; close(): void };
}

/** The focused claim row, for keys pressed on it. */
export interface ClaimRowKeys {
  index: number;
  count: number;
  focusAt(index: number): void;
  activate(): void;
  open(): void;
  edit(): void;
  move(direction: MoveDirection): void;
  remove(): void;
}

/** What keys pressed in a scope know besides the slices. */
export interface ScopeLocals {
  window: null;
  claimList: ClaimRowKeys;
  reader: null;
}

/** What a command sees: the slices mounted now, and its scope's local facts. */
export type CommandContext<S extends Scope> = Partial<CommandSlices> & { local: ScopeLocals[S] };

/** One command. */
export interface Command<S extends Scope = Scope, I extends string = string> {
  id: I;
  /** What it does, as the help overlay lists it. */
  label: string;
  scope: S;
  /** Its keys; none for commands run only from the menu or a button. */
  keys: readonly KeyBinding[];
  /** The help section listing it; every command with keys has one. */
  help: HelpGroupId | null;
  /** Its keys act even while typing in a field or with a dialog open (Ctrl+S). Default false. */
  anywhere?: boolean;
  /** Whether it applies now; when not, its keys do nothing and go on to the browser. */
  enabled?(ctx: CommandContext<S>, how: Invocation): boolean;
  run(ctx: CommandContext<S>, how: Invocation): void;
}

/** A command of any scope. */
export type AnyCommand = { [S in Scope]: Command<S> }[Scope];

/** Declares a command, keeping its id's literal type (so CommandId lists every id). */
export function command<const I extends string, S extends Scope>(c: Command<S, I>): Command<S, I> {
  return c;
}
