/**
 * The desktop menu's commands as platform-free data: each command's id, menu label and
 * accelerator, and where it sits in the menu bar. The Electron shell builds its menu from this
 * (electron/shell/menu.ts) and forwards a click as a `menu.command` event; the UI's command
 * registry (renderer/commands/) says when each command is enabled and what it does, and binds
 * the same keys in the page where `inPage` is set, so they also work in a browser.
 *
 * Adding a menu command: an entry in MENU_COMMANDS, a place in MENU_BAR, and a command with the
 * same id in the UI's registry (renderer/commands/registry.test.ts fails until there is one).
 */

/** An Electron accelerator, or one per platform where they differ (macOS vs the others). */
export type Accelerator = string | { readonly mac: string; readonly other: string };

/** What the menu needs to know about one command. */
export interface MenuCommandSpec {
  /** The menu item's label. */
  readonly label: string;
  readonly accelerator?: Accelerator;
  /**
   * The page binds the accelerator's keys too (every platform variant), so they work in the
   * browser shell. Not set for keys a browser keeps for itself (Ctrl+N, Ctrl+W) or that would
   * take over one of its own commands there (Ctrl+O).
   */
  readonly inPage?: boolean;
}

/** Every menu command, by id. The ids are what `menu.command` events carry. */
export const MENU_COMMANDS = {
  new: { label: 'New Project…', accelerator: 'CmdOrCtrl+N' },
  open: { label: 'Open Project…', accelerator: 'CmdOrCtrl+O' },
  importFiles: { label: 'Import Files…', accelerator: 'CmdOrCtrl+I' },
  importFolder: { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+I' },
  // With no project open, the UI opens one first, then asks for the copy to merge into it.
  merge: { label: 'Merge a Colleague’s Copy…' },
  // A browser gives Ctrl+E to its address bar, but lets a page take it: the page binds it too.
  export: { label: 'Export…', accelerator: 'CmdOrCtrl+E', inPage: true },
  save: { label: 'Save', accelerator: 'CmdOrCtrl+S', inPage: true },
  saveAs: { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', inPage: true },
  close: { label: 'Close Project', accelerator: 'CmdOrCtrl+W' },
  // Undo/redo go to the UI: in a text field it undoes typing, elsewhere the last annotation action.
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z', inPage: true },
  redo: { label: 'Redo', accelerator: { mac: 'Shift+CmdOrCtrl+Z', other: 'CmdOrCtrl+Y' }, inPage: true },
  find: { label: 'Find in Article', accelerator: 'CmdOrCtrl+F', inPage: true },
  agreement: { label: 'Rater Agreement…' },
  // The page opens the help with '?' instead: F1 is the menu's.
  shortcuts: { label: 'Keyboard Shortcuts', accelerator: 'F1' },
} as const satisfies Record<string, MenuCommandSpec>;

/** A menu command's id. */
export type MenuCommandId = keyof typeof MENU_COMMANDS;

/** The ids, as a non-empty tuple for z.enum (shared/api.ts derives `MenuCommand` from it). */
export const MENU_COMMAND_IDS = Object.keys(MENU_COMMANDS) as [MenuCommandId, ...MenuCommandId[]];

/** Standard items the shell provides itself (Electron menu roles). */
export type MenuRole = 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen';

/** One entry of a menu: a command of ours, a standard item, or a separator. */
export type MenuEntry = { readonly command: MenuCommandId } | { readonly role: MenuRole } | 'separator';

/** One menu of the menu bar. */
export interface MenuSpec {
  readonly label: string;
  readonly items: readonly MenuEntry[];
}

const c = (command: MenuCommandId): MenuEntry => ({ command });
const r = (role: MenuRole): MenuEntry => ({ role });

/** The menu bar, left to right (macOS also gets its application menu first). */
export const MENU_BAR: readonly MenuSpec[] = [
  {
    label: 'File',
    items: [c('new'), c('open'), 'separator', c('importFiles'), c('importFolder'), c('merge'), c('export'), 'separator', c('save'), c('saveAs'), c('close'), 'separator', r('quit')],
  },
  { label: 'Edit', items: [c('undo'), c('redo'), 'separator', r('cut'), r('copy'), r('paste'), r('selectAll')] },
  { label: 'View', items: [c('find'), c('agreement'), 'separator', r('resetZoom'), r('zoomIn'), r('zoomOut'), r('togglefullscreen')] },
  { label: 'Help', items: [c('shortcuts')] },
];

/** The accelerator of `id` on one platform, if it has one. */
export function acceleratorFor(id: MenuCommandId, platform: 'mac' | 'other'): string | undefined {
  const spec: MenuCommandSpec = MENU_COMMANDS[id];
  const a = spec.accelerator;
  return a === undefined || typeof a === 'string' ? a : a[platform];
}

/** Every accelerator of `id` across platforms (the page binds them all), without repeats. */
export function acceleratorsOf(id: MenuCommandId): string[] {
  return [...new Set([acceleratorFor(id, 'mac'), acceleratorFor(id, 'other')].filter((a): a is string => a !== undefined))];
}
