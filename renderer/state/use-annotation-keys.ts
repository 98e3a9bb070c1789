/**
 * Window-wide annotation shortcuts: undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y) except in
 * text fields, where the field's own undo applies; ? for help; C for a new claim. Also the
 * desktop menu's Undo, Redo and Keyboard Shortcuts.
 */
import { isPlainKey, isTextEntry } from '../lib/shortcuts.js';
import { useEvent } from './backend.js';
import { useKeydown } from './use-keydown.js';
import type { Workbench } from './workbench.js';

/** Installs the shortcuts while the workspace is mounted. */
export function useAnnotationKeys(wb: Workbench | null, openHelp: () => void): void {
  useKeydown((e) => {
    if (e.defaultPrevented) return;
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 'z' || key === 'y')) {
      // Text fields keep their own undo; a dialog is not the place to undo annotations.
      if (!wb || isTextEntry(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (key === 'y' || e.shiftKey) void wb.redo();
      else void wb.undo();
      return;
    }
    if (!isPlainKey(e)) return;
    if (e.key === '?') {
      e.preventDefault();
      openHelp();
    } else if (key === 'c' && wb) {
      // With text selected, C belongs to the reader: a new claim from the selection.
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim()) return;
      e.preventDefault();
      wb.panel.openClaim(null);
      wb.panel.focusNewClaim();
    }
  });

  useEvent('menu.command', ({ command }) => {
    if (command === 'shortcuts') openHelp();
    if (command !== 'undo' && command !== 'redo') return;
    if (isTextEntry(document.activeElement)) {
      // The menu stands in for the keyboard: in a text field, undo the typing.
      document.execCommand(command);
      return;
    }
    if (wb) void (command === 'undo' ? wb.undo() : wb.redo());
  });
}
