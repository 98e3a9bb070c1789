/**
 * The command registry: every command of the UI in one list. The keyboard (window-wide and in
 * the claim list and reader), the desktop menu (by id, see shared/commands.ts) and the help
 * overlay all read it; nothing else binds keys to commands.
 */
import { APP_COMMANDS } from './app-commands.js';
import { CLAIM_LIST_COMMANDS } from './claim-list-commands.js';
import { keyText, type KeyBinding } from './keys.js';
import { NAVIGATION_COMMANDS } from './navigation-commands.js';
import { READER_COMMANDS } from './reader-commands.js';
import { SELECTION_COMMANDS } from './selection-commands.js';
import { SHARING_COMMANDS } from './sharing-commands.js';
import type { AnyCommand, HelpGroupId } from './types.js';

/**
 * Every command. Where two share a key, the first enabled one wins: with text selected in the
 * reader, C makes a claim of it; without, C writes a new claim.
 */
const COMMANDS = [...SELECTION_COMMANDS, ...APP_COMMANDS, ...SHARING_COMMANDS, ...READER_COMMANDS, ...NAVIGATION_COMMANDS, ...CLAIM_LIST_COMMANDS] as const;

/** A command's id. */
export type CommandId = (typeof COMMANDS)[number]['id'];

/** The registry as plain commands (the tuple type above keeps the ids). */
export const COMMAND_LIST: readonly AnyCommand[] = COMMANDS;

const byId = new Map<string, AnyCommand>(COMMAND_LIST.map((c) => [c.id, c]));

/** The command with `id`. */
function commandById(id: CommandId): AnyCommand {
  const found = byId.get(id);
  if (!found) throw new Error(`No command ${id}`);
  return found;
}

/** True when `id` names a command (menu events arrive as plain strings). */
export function isCommandId(id: string): id is CommandId {
  return byId.has(id);
}

/** A section of the help overlay. */
export interface HelpGroup {
  id: HelpGroupId;
  title: string;
  /** Rows that are not commands (a mouse gesture), shown after the commands. */
  notes?: ReadonlyArray<{ keys: string[]; label: string }>;
}

/** The help overlay's sections, in order: the keys used most (save, undo, help) first. */
export const HELP_GROUPS: readonly HelpGroup[] = [
  { id: 'everywhere', title: 'Everywhere' },
  { id: 'selection', title: 'With text selected in the reader', notes: [{ keys: ['Right-click'], label: 'The same actions as a menu' }] },
  { id: 'claims', title: 'Claims list' },
  { id: 'reader', title: 'In an article opened from a search' },
  { id: 'find', title: 'In the find bar', notes: [{ keys: ['Enter'], label: 'Next match (Shift+Enter: previous)' }] },
  {
    id: 'lists',
    title: 'Lists (library, search results, claims, highlights)',
    notes: [
      { keys: ['↑', '↓'], label: 'Move through the list (one Tab stop per list)' },
      { keys: ['Home', 'End'], label: 'First or last item' },
      { keys: ['Enter'], label: 'Open the item' },
      { keys: ['Delete'], label: 'Delete the article (library)' },
      { keys: ['Shift', 'F10'], label: 'The article’s menu: Open, Delete… (library; or the Menu key, or right-click)' },
    ],
  },
];

/** The commands listed in a help section: those of the group that have keys. */
export function helpCommands(group: HelpGroupId): AnyCommand[] {
  return COMMAND_LIST.filter((c) => c.help === group && c.keys.length > 0);
}

/** A command's first key binding, if any (for tooltips). */
export function firstKey(id: CommandId): KeyBinding | undefined {
  return commandById(id).keys[0];
}

/** A command's keys as tooltip text, "Ctrl+S" (several joined by " or "), or '' without keys. */
export function shortcutText(id: CommandId): string {
  return commandById(id).keys.map(keyText).join(' or ');
}
