/**
 * Every keyboard shortcut, as the help overlay lists them. Single letters act only outside
 * text fields, so typing is never taken for a command.
 */

/** True on macOS, where Cmd plays Ctrl's part. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl" or "⌘". */
export const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** One shortcut: its keys (each a key cap) and what it does. */
export interface Shortcut {
  keys: string[];
  action: string;
}

/** A titled group of shortcuts. */
export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

/** The shortcut list shown by the help overlay. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'With text selected in the reader',
    shortcuts: [
      { keys: ['H'], action: 'Highlight in the last used colour' },
      { keys: ['1', '…', '5'], action: 'Highlight as Key, Fact, Background, Question, Source' },
      { keys: ['N'], action: 'Highlight and write a note' },
      { keys: ['C'], action: 'New claim from the selection (the passage is linked as supporting)' },
      { keys: ['L'], action: 'Link to the active claim as supporting' },
      { keys: ['Shift', 'L'], action: 'Link to the active claim as refuting' },
      { keys: ['Right-click'], action: 'The same actions as a menu' },
      { keys: ['Esc'], action: 'Close the selection toolbar' },
    ],
  },
  {
    title: 'Claims list',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Move between claims' },
      { keys: ['Space'], action: 'Make the claim active (L links to it)' },
      { keys: ['Enter'], action: 'Open the claim: evidence, rating, rationale' },
      { keys: ['F2'], action: 'Edit the claim’s text' },
      { keys: ['Alt', '↑'], action: 'Move the claim up (Alt+↓ down)' },
      { keys: ['Alt', '→'], action: 'Make it a sub-claim of the claim above (Alt+← back)' },
      { keys: ['Delete'], action: 'Delete the claim (can be undone)' },
    ],
  },
  {
    title: 'Everywhere',
    shortcuts: [
      { keys: [MOD, 'Z'], action: 'Undo the last annotation change' },
      { keys: ['Shift', MOD, 'Z'], action: `Redo (also ${MOD}+Y)` },
      { keys: ['C'], action: 'Write a new claim (from the selection when text is selected)' },
      { keys: ['?'], action: 'Show this help' },
      { keys: [MOD, 'F'], action: 'Find in the article (search box when no article is open)' },
      { keys: [MOD, 'G'], action: 'Next hit or match (Shift for previous; also F3)' },
      { keys: [MOD, 'S'], action: 'Save the project' },
    ],
  },
];

/** True when a key press goes to a text field (where letters type and Ctrl+Z undoes typing). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return target.closest('[contenteditable="true"], [contenteditable=""]') !== null;
}

/** True when a single-letter shortcut should act: no modifier (but Shift), not typing, no dialog. */
export function isPlainKey(e: KeyboardEvent): boolean {
  return !e.ctrlKey && !e.metaKey && !e.altKey && !isTextEntry(e.target) && document.querySelector('dialog[open]') === null;
}
