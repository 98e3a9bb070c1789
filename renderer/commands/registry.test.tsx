// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MENU_BAR, MENU_COMMAND_IDS, MENU_COMMANDS, acceleratorFor, acceleratorsOf, type MenuCommandSpec } from '../../shared/commands.js';
import { HelpOverlay } from '../components/HelpOverlay.js';
import type { HighlightActions } from '../state/use-highlight-actions.js';
import type { Workbench } from '../state/workbench.js';
import { runById, runKey } from './dispatch.js';
import { ariaKeys, keyCaps, keyText, parseAccelerator, type KeyBinding, type KeyPress } from './keys.js';
import { COMMAND_LIST, HELP_GROUPS, isCommandId } from './registry.js';
import type { ClaimRowKeys, CommandSlices } from './types.js';

/** The text a person reads in the help overlay. */
function helpText(): string {
  const html = renderToStaticMarkup(<HelpOverlay onClose={() => {}} />);
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
}

describe('the command registry', () => {
  it('lists every command that has keys in the help overlay', () => {
    const text = helpText();
    const keyed = COMMAND_LIST.filter((c) => c.keys.length > 0);
    expect(keyed.length).toBeGreaterThan(20);
    for (const c of keyed) {
      expect(c.help, `${c.id} has keys but no help section`).not.toBeNull();
      expect(HELP_GROUPS.some((g) => g.id === c.help)).toBe(true);
      expect(text, `${c.id} is missing from the help`).toContain(c.label);
    }
  });

  it('has a window command for every command of the desktop menu', () => {
    const inMenuBar = MENU_BAR.flatMap((m) => m.items.flatMap((e) => (typeof e === 'object' && 'command' in e ? [e.command] : [])));
    for (const id of [...MENU_COMMAND_IDS, ...inMenuBar]) {
      expect(isCommandId(id), `menu command ${id} is not in the registry`).toBe(true);
      expect(COMMAND_LIST.find((c) => c.id === id)?.scope).toBe('window');
    }
  });

  it('binds in the page exactly the accelerators the menu shows, where the page binds them', () => {
    for (const id of MENU_COMMAND_IDS) {
      const spec: MenuCommandSpec = MENU_COMMANDS[id];
      const keys = COMMAND_LIST.find((c) => c.id === id)!.keys;
      if (spec.inPage) expect(keys).toEqual(acceleratorsOf(id).map(parseAccelerator));
      else if (id !== 'shortcuts') expect(keys).toEqual([]);
    }
  });

  it('writes keys as the desktop menu does on Windows and Linux: Ctrl, then Alt, then Shift', () => {
    // jsdom is not a Mac: the command modifier is Ctrl.
    for (const id of MENU_COMMAND_IDS) {
      const accelerator = acceleratorFor(id, 'other');
      if (accelerator) expect(keyText(parseAccelerator(accelerator))).toBe(accelerator.replace('CmdOrCtrl+', 'Ctrl+'));
    }
    expect(keyCaps({ key: 'z', mod: true, shift: true })).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(keyText({ key: 'ArrowUp', mod: true, alt: true, shift: true })).toBe('Ctrl+Alt+Shift+↑');
    expect(ariaKeys({ key: 's', mod: true, shift: true })).toBe('Control+Shift+S');
  });

  it('gives no two commands of a scope the same keys, except C (claim from the selection, else a new claim)', () => {
    const rule = (r: KeyBinding['mod'], fallback: boolean | 'any') => r ?? fallback;
    const meets = (a: boolean | 'any', b: boolean | 'any') => a === 'any' || b === 'any' || a === b;
    const overlap = (a: KeyBinding, b: KeyBinding) =>
      a.key.toLowerCase() === b.key.toLowerCase() &&
      meets(rule(a.mod, false), rule(b.mod, false)) &&
      meets(rule(a.shift, 'any'), rule(b.shift, 'any')) &&
      meets(rule(a.alt, false), rule(b.alt, false));
    const clashes: string[] = [];
    COMMAND_LIST.forEach((a, i) =>
      COMMAND_LIST.slice(i + 1).forEach((b) => {
        if (a.scope === b.scope && a.keys.some((ka) => b.keys.some((kb) => overlap(ka, kb)))) clashes.push(`${a.id} ${b.id}`);
      }),
    );
    expect(clashes).toEqual(['claim.fromSelection claim.new']);
  });
});

/** A key press with spies, aimed at `target` (the page by default). */
function press(key: string, mods: Partial<Pick<KeyPress, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {}, target: EventTarget = document.body): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods, target, defaultPrevented: false, preventDefault: vi.fn(), stopPropagation: vi.fn() };
}

function selectionSlice(): CommandSlices['selection'] {
  const actions: HighlightActions = { lastColor: 'green', highlight: vi.fn(async () => {}), claimFromSelection: vi.fn(async () => {}), linkToActive: vi.fn(async () => {}) };
  return { selection: { start: 0, end: 4, top: 0, bottom: 0, left: 0 }, menuOpen: false, actions, close: vi.fn() };
}

function workbenchSlice(): Workbench {
  const panel = { openClaim: vi.fn(), focusNewClaim: vi.fn() };
  return { panel, undo: vi.fn(async () => {}), redo: vi.fn(async () => {}) } as unknown as Workbench;
}

describe('running commands from keys', () => {
  it('saves on Ctrl+S even while typing, and leaves the key to the field for the draft to save too', () => {
    const project = { save: vi.fn(), saveAs: vi.fn(), close: vi.fn() };
    const field = document.body.appendChild(document.createElement('textarea'));
    const p = press('s', { ctrlKey: true }, field);
    expect(runKey(COMMAND_LIST, { project }, 'window', p, null)?.id).toBe('save');
    expect(project.save).toHaveBeenCalled();
    expect(p.preventDefault).toHaveBeenCalled();
    expect(p.stopPropagation).not.toHaveBeenCalled();
    expect(runKey(COMMAND_LIST, { project }, 'window', press('S', { metaKey: true, shiftKey: true }), null)?.id).toBe('saveAs');
    field.remove();
  });

  it('acts on the reader selection with single keys: L links as supporting, Shift+L as refuting, 1–5 pick a colour', () => {
    const selection = selectionSlice();
    runKey(COMMAND_LIST, { selection }, 'window', press('l'), null);
    runKey(COMMAND_LIST, { selection }, 'window', press('L', { shiftKey: true }), null);
    runKey(COMMAND_LIST, { selection }, 'window', press('3'), null);
    runKey(COMMAND_LIST, { selection }, 'window', press('H', { shiftKey: true }), null);
    expect(selection.actions.linkToActive).toHaveBeenNthCalledWith(1, 'supports');
    expect(selection.actions.linkToActive).toHaveBeenNthCalledWith(2, 'refutes');
    expect(selection.actions.highlight).toHaveBeenNthCalledWith(1, 'blue');
    expect(selection.actions.highlight).toHaveBeenNthCalledWith(2, 'green');
  });

  it('makes C a claim from the selection when text is selected, else a new claim', () => {
    const selection = selectionSlice();
    const workbench = workbenchSlice();
    expect(runKey(COMMAND_LIST, { selection, workbench }, 'window', press('c'), null)?.id).toBe('claim.fromSelection');
    expect(runKey(COMMAND_LIST, { workbench }, 'window', press('c'), null)?.id).toBe('claim.new');
    expect(workbench.panel.focusNewClaim).toHaveBeenCalled();
  });

  it('never takes a plain key or Ctrl+Z from a text field, nor any plain key while a dialog is open', () => {
    const selection = selectionSlice();
    const workbench = workbenchSlice();
    const input = document.body.appendChild(document.createElement('input'));
    const typed = press('h', {}, input);
    expect(runKey(COMMAND_LIST, { selection, workbench }, 'window', typed, null)).toBeNull();
    expect(typed.preventDefault).not.toHaveBeenCalled();
    expect(runKey(COMMAND_LIST, { workbench }, 'window', press('z', { ctrlKey: true }, input), null)).toBeNull();
    input.remove();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    expect(runKey(COMMAND_LIST, { selection, workbench }, 'window', press('h'), null)).toBeNull();
    dialog.remove();
    expect(runKey(COMMAND_LIST, { workbench }, 'window', press('z', { ctrlKey: true }), null)?.id).toBe('undo');
    expect(runKey(COMMAND_LIST, { workbench }, 'window', press('z', { ctrlKey: true, shiftKey: true }), null)?.id).toBe('redo');
    expect(runKey(COMMAND_LIST, { workbench }, 'window', press('y', { ctrlKey: true }), null)?.id).toBe('redo');
  });

  it('turns the find bar’s current match into a highlight (Alt+H) or a selection (Alt+Enter) from the find field, only with a match', () => {
    const find = { count: 2, selectMatch: vi.fn(), highlightMatch: vi.fn() };
    const field = document.body.appendChild(document.createElement('input'));
    expect(runKey(COMMAND_LIST, { find }, 'window', press('h', { altKey: true }, field), null)?.id).toBe('find.highlightMatch');
    expect(runKey(COMMAND_LIST, { find }, 'window', press('Enter', { altKey: true }, field), null)?.id).toBe('find.selectMatch');
    expect(find.highlightMatch).toHaveBeenCalledTimes(1);
    expect(find.selectMatch).toHaveBeenCalledTimes(1);
    // Plain Enter stays the field's (next match); no match, nothing to highlight.
    expect(runKey(COMMAND_LIST, { find }, 'window', press('Enter', {}, field), null)).toBeNull();
    expect(runKey(COMMAND_LIST, { find: { ...find, count: 0 } }, 'window', press('h', { altKey: true }, field), null)).toBeNull();
    field.remove();
    expect(helpText()).toContain('Highlight the current match');
  });

  it('moves between regions with F6 and Shift+F6, even from a text field, but not out of a dialog', () => {
    const field = document.body.appendChild(document.createElement('input'));
    expect(runKey(COMMAND_LIST, {}, 'window', press('F6', {}, field), null)?.id).toBe('region.next');
    expect(runKey(COMMAND_LIST, {}, 'window', press('F6', { shiftKey: true }, field), null)?.id).toBe('region.previous');
    field.remove();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    expect(runKey(COMMAND_LIST, {}, 'window', press('F6'), null)).toBeNull();
    dialog.remove();
  });

  it('handles keys on a claim row there, even a move that is not possible (Alt+← must not navigate back)', () => {
    const row: ClaimRowKeys = { index: 1, count: 3, focusAt: vi.fn(), activate: vi.fn(), open: vi.fn(), edit: vi.fn(), move: vi.fn(), remove: vi.fn() };
    const p = press('ArrowLeft', { altKey: true });
    expect(runKey(COMMAND_LIST, {}, 'claimList', p, row)?.id).toBe('claims.outdent');
    expect(row.move).toHaveBeenCalledWith('outdent');
    expect(p.stopPropagation).toHaveBeenCalled();
    runKey(COMMAND_LIST, {}, 'claimList', press('ArrowDown'), row);
    expect(row.focusAt).toHaveBeenCalledWith(2);
    expect(runKey(COMMAND_LIST, {}, 'claimList', press('ArrowDown', { ctrlKey: true }), row)).toBeNull();
    // Window keys are not heard on the row a second time.
    expect(runKey(COMMAND_LIST, {}, 'claimList', press('?'), row)).toBeNull();
  });
});

describe('running commands from the menu', () => {
  it('opens the export dialog from File › Export… and Ctrl/Cmd+E, only with a project open and the dialog closed', () => {
    const exports = { open: vi.fn(), isOpen: false };
    expect(runById(COMMAND_LIST, {}, 'export', { source: 'menu' })).toBe(false);
    expect(runById(COMMAND_LIST, { exports: { ...exports, isOpen: true } }, 'export', { source: 'menu' })).toBe(false);
    expect(runKey(COMMAND_LIST, { exports }, 'window', press('e', { ctrlKey: true }), null)?.id).toBe('export');
    expect(runKey(COMMAND_LIST, { exports }, 'window', press('e', { metaKey: true }), null)?.id).toBe('export');
    // Also while typing (Ctrl+E means nothing to a field), but never over another dialog.
    const field = document.body.appendChild(document.createElement('input'));
    expect(runKey(COMMAND_LIST, { exports }, 'window', press('e', { ctrlKey: true }, field), null)?.id).toBe('export');
    field.remove();
    const other = document.body.appendChild(document.createElement('dialog'));
    other.setAttribute('open', '');
    expect(runKey(COMMAND_LIST, { exports }, 'window', press('e', { ctrlKey: true }), null)).toBeNull();
    other.remove();
    expect(exports.open).toHaveBeenCalledTimes(3);
    expect(helpText()).toContain('Export a report or an interchange file');
  });

  it('runs a command only when it applies', () => {
    const imports = { pick: vi.fn(), running: true };
    expect(runById(COMMAND_LIST, { imports }, 'importFiles', { source: 'menu' })).toBe(false);
    expect(runById(COMMAND_LIST, { imports: { ...imports, running: false } }, 'importFolder', { source: 'menu' })).toBe(true);
    expect(imports.pick).toHaveBeenCalledWith(true);
    expect(runById(COMMAND_LIST, {}, 'save', { source: 'menu' })).toBe(false);
  });

  it('finds in the article when one is open, else in the search box', () => {
    const reader = { openFind: vi.fn(), step: vi.fn(), stepHit: vi.fn(), hitCount: 0 };
    const search = { focus: vi.fn(), articleOpen: false };
    runById(COMMAND_LIST, { search }, 'find', { source: 'menu' });
    expect(search.focus).toHaveBeenCalled();
    runById(COMMAND_LIST, { search: { ...search, articleOpen: true }, reader }, 'find', { source: 'menu' });
    expect(reader.openFind).toHaveBeenCalled();
  });
});
