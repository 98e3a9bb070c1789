/**
 * Key bindings: how a command's keys are written down, matched against key presses, and shown
 * to people (help overlay, tooltips, aria-keyshortcuts). Single letters act only outside text
 * fields, so typing is never taken for a command (see `anywhere` on a command).
 */

/** True on macOS, where Cmd plays Ctrl's part. */
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl" or "⌘": the key cap of the command modifier. */
const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** Whether a modifier must be held (true), must not be (false), or does not matter ('any'). */
export type ModifierRule = boolean | 'any';

/** One key combination. */
export interface KeyBinding {
  /** KeyboardEvent.key, compared ignoring case ('s' matches 'S'). */
  key: string;
  /** Ctrl (Windows, Linux) or Cmd (macOS); either is accepted everywhere. Default false. */
  mod?: ModifierRule;
  /** Default 'any': '?' needs Shift on most layouts, and H or h both highlight. */
  shift?: ModifierRule;
  /** Default false. */
  alt?: ModifierRule;
}

/** The parts of a key press that bindings look at (a DOM or a React keyboard event). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  defaultPrevented: boolean;
  preventDefault(): void;
  stopPropagation(): void;
}

const holds = (rule: ModifierRule, down: boolean) => rule === 'any' || rule === down;

/** True when `press` is the combination `binding`. */
export function matchesKey(binding: KeyBinding, press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (
    press.key.toLowerCase() === binding.key.toLowerCase() &&
    holds(binding.mod ?? false, press.ctrlKey || press.metaKey) &&
    holds(binding.shift ?? 'any', press.shiftKey) &&
    holds(binding.alt ?? false, press.altKey)
  );
}

/**
 * The binding for an Electron accelerator ('CmdOrCtrl+Shift+S'), so the page binds exactly the
 * keys the desktop menu shows. Shift and Alt are exact: Ctrl+S and Ctrl+Shift+S differ.
 */
export function parseAccelerator(accelerator: string): KeyBinding {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const has = (...names: string[]) => parts.some((p) => names.includes(p));
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    mod: has('CmdOrCtrl', 'CommandOrControl', 'Cmd', 'Command', 'Ctrl', 'Control'),
    shift: has('Shift'),
    alt: has('Alt', 'Option'),
  };
}

const CAPS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
  Escape: 'Esc',
};

/**
 * The modifiers a binding holds, in the order the desktop menu writes them (Electron's
 * accelerators, 'CmdOrCtrl+Shift+S', and the Windows and Linux convention): Ctrl or Cmd, then
 * Alt, then Shift. `ctrl` names the command modifier.
 */
function modifiers(binding: KeyBinding, ctrl: string): string[] {
  return [...(binding.mod === true ? [ctrl] : []), ...(binding.alt === true ? ['Alt'] : []), ...(binding.shift === true ? ['Shift'] : [])];
}

/** The key caps of a binding, as the help overlay shows them: ['Ctrl', 'Shift', 'Z']. */
export function keyCaps(binding: KeyBinding): string[] {
  const cap = CAPS[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return [...modifiers(binding, MOD), cap];
}

/** A binding as text for tooltips and labels: "Ctrl+S", "Alt+↑". */
export function keyText(binding: KeyBinding): string {
  return keyCaps(binding).join('+');
}

const ARIA: Record<string, string> = { ' ': 'Space', Escape: 'Escape' };

/** A binding in aria-keyshortcuts syntax: "Control+S", "Meta+Shift+Z". */
export function ariaKeys(binding: KeyBinding): string {
  const key = ARIA[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return [...modifiers(binding, IS_MAC ? 'Meta' : 'Control'), key].join('+');
}

/** True when a key press goes to a text field (where letters type and Ctrl+Z undoes typing). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return target.closest('[contenteditable="true"], [contenteditable=""]') !== null;
}

/** True while a modal dialog is open: the page behind it takes no shortcuts. */
export function isModalOpen(): boolean {
  return typeof document !== 'undefined' && document.querySelector('dialog[open]') !== null;
}

/** True when text is selected somewhere on the page. */
export function hasTextSelection(): boolean {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}
