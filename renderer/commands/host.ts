/**
 * The command registry in React: one host per app holds the slices components provide, hears
 * every key press on the window and every desktop menu command, and runs the matching command.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { useEvent } from '../state/backend.js';
import { runById, runKey } from './dispatch.js';
import type { KeyPress } from './keys.js';
import { COMMAND_LIST, type CommandId } from './registry.js';
import type { CommandSlices, Invocation, Scope, ScopeLocals } from './types.js';

/** Holds the slices and runs commands against them. */
export interface CommandHost {
  provide<K extends keyof CommandSlices>(key: K, value: CommandSlices[K]): void;
  /** Withdraws a slice, unless another provider has replaced it since. */
  withdraw<K extends keyof CommandSlices>(key: K, value: CommandSlices[K]): void;
  run(id: CommandId, how?: Invocation): boolean;
  /** The slice provided as `key` now, if any (for an action that waits for another part to catch up). */
  read<K extends keyof CommandSlices>(key: K): CommandSlices[K] | undefined;
  key<S extends Scope>(scope: S, press: KeyPress, local: ScopeLocals[S]): boolean;
}

/** A host over the registry. */
function createCommandHost(commands = COMMAND_LIST): CommandHost {
  const slices: Partial<CommandSlices> = {};
  return {
    provide(key, value) {
      slices[key] = value;
    },
    withdraw(key, value) {
      if (slices[key] === value) delete slices[key];
    },
    run: (id, how = { source: 'ui' }) => runById(commands, slices, id, how),
    read: (key) => slices[key],
    key: (scope, press, local) => runKey(commands, slices, scope, press, local) !== null,
  };
}

/** The app's command host; provided once by App. */
export const CommandsContext = createContext<CommandHost | null>(null);

function useHost(): CommandHost {
  const host = useContext(CommandsContext);
  if (!host) throw new Error('Commands used outside <CommandsContext>');
  return host;
}

/**
 * Creates the app's host and connects it: window key presses (capture phase, before the page
 * acts on them) and the desktop menu's commands. Call once, in App.
 */
export function useCommandHost(): CommandHost {
  const [host] = useState(createCommandHost);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => void host.key('window', e, null);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [host]);
  useEvent('menu.command', ({ command }) => void host.run(command, { source: 'menu' }));
  return host;
}

/** Provides `value` as the `key` slice while mounted and not null. */
export function useCommandSlice<K extends keyof CommandSlices>(key: K, value: CommandSlices[K] | null): void {
  const host = useHost();
  useEffect(() => {
    if (value === null) return;
    host.provide(key, value);
    return () => host.withdraw(key, value);
  }, [host, key, value]);
}

/** Reads the slices provided now (see CommandHost.read). */
export function useSliceReader(): CommandHost['read'] {
  // The host lives as long as the app and read() closes over its slices: stable as it is.
  return useHost().read;
}

/** Runs a command by id, as a button does (nothing happens when it does not apply now). */
export function useRunCommand(): (id: CommandId) => void {
  const host = useHost();
  return useCallback((id: CommandId) => void host.run(id, { source: 'ui' }), [host]);
}

/** A keydown handler for an element scope: runs the command its keys are bound to there. */
export function useScopeKeys<S extends Exclude<Scope, 'window'>>(scope: S): (press: KeyPress, local: ScopeLocals[S]) => boolean {
  const host = useHost();
  return useCallback((press: KeyPress, local: ScopeLocals[S]) => host.key(scope, press, local), [host, scope]);
}
