import { describe, expect, it } from 'vitest';
import { MenuCommand } from './api.js';
import { acceleratorFor, acceleratorsOf, MENU_BAR, MENU_COMMAND_IDS } from './commands.js';

describe('the menu commands', () => {
  it('places every command in the menu bar exactly once', () => {
    const placed = MENU_BAR.flatMap((m) => m.items.flatMap((e) => (typeof e === 'object' && 'command' in e ? [e.command] : [])));
    expect([...placed].sort()).toEqual([...MENU_COMMAND_IDS].sort());
  });

  it('offers merging a copy and exporting in the File menu and rater agreement in the View menu', () => {
    const menu = (label: string) => MENU_BAR.find((m) => m.label === label)!.items;
    expect(menu('File')).toContainEqual({ command: 'merge' });
    expect(menu('File')).toContainEqual({ command: 'export' });
    expect(acceleratorsOf('export')).toEqual(['CmdOrCtrl+E']);
    expect(menu('View')).toContainEqual({ command: 'agreement' });
  });

  it('are what menu.command events may carry', () => {
    expect(MenuCommand.options).toEqual(MENU_COMMAND_IDS);
  });

  it('give each platform its accelerator, and the page every variant', () => {
    expect(acceleratorFor('redo', 'mac')).toBe('Shift+CmdOrCtrl+Z');
    expect(acceleratorFor('redo', 'other')).toBe('CmdOrCtrl+Y');
    expect(acceleratorsOf('redo')).toEqual(['Shift+CmdOrCtrl+Z', 'CmdOrCtrl+Y']);
    expect(acceleratorsOf('save')).toEqual(['CmdOrCtrl+S']);
  });
});
