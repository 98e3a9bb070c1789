/**
 * Running commands: from a key press in a scope, from the menu or from a button. Pure over the
 * registry and the current slices, so it is tested without React.
 */
import { isModalOpen, isTextEntry, matchesKey, type KeyPress } from './keys.js';
import type { AnyCommand, Command, CommandSlices, Invocation, Scope, ScopeLocals } from './types.js';

/** Whether `command` applies now. */
function enabledNow<S extends Scope>(command: Command<S>, slices: Partial<CommandSlices>, local: ScopeLocals[S], how: Invocation): boolean {
  return command.enabled ? command.enabled({ ...slices, local }, how) : true;
}

/**
 * Runs the first enabled command of `scope` bound to `press`, and claims the key press for it
 * (preventDefault, and in an element's scope stopPropagation). Returns the command run, if any.
 * Plain keys never act while typing in a field or with a dialog open, unless `anywhere`.
 */
export function runKey<S extends Scope>(
  commands: readonly AnyCommand[],
  slices: Partial<CommandSlices>,
  scope: S,
  press: KeyPress,
  local: ScopeLocals[S],
): Command<S> | null {
  // One key press, one command: a press another handler already took is left alone.
  if (press.defaultPrevented) return null;
  const how: Invocation = { source: 'key', press };
  const typing = isTextEntry(press.target) || isModalOpen();
  for (const c of commands) {
    if (c.scope !== scope) continue;
    // The scope check makes this cast sound: commands of scope S take scope S's locals.
    const command = c as Command<S>;
    if (!command.keys.some((k) => matchesKey(k, press))) continue;
    if (typing && !command.anywhere) continue;
    if (!enabledNow(command, slices, local, how)) continue;
    press.preventDefault();
    // The window scope listens before the page: the focused element still hears the key (a
    // draft field saves itself on Ctrl+S). An element's scope has handled it for good.
    if (scope !== 'window') press.stopPropagation();
    command.run({ ...slices, local }, how);
    return command;
  }
  return null;
}

/** Runs a window command by id (menu, button) if it is enabled now; returns whether it ran. */
export function runById(commands: readonly AnyCommand[], slices: Partial<CommandSlices>, id: string, how: Invocation): boolean {
  const found = commands.find((c) => c.id === id);
  if (!found || found.scope !== 'window') return false;
  if (!enabledNow(found, slices, null, how)) return false;
  found.run({ ...slices, local: null }, how);
  return true;
}
