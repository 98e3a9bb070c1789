/**
 * Whether the backend answers, for the save badge and the notices (renderer/transport/
 * connection.ts). In Electron, and in unit tests without a monitored bridge, it is always
 * `connected`.
 */
import { useContext, useSyncExternalStore } from 'react';
import { monitorOf, type ConnectionMonitor, type ConnectionState } from '../transport/connection.js';
import { BridgeContext } from './backend.js';

const ALWAYS: ConnectionMonitor = { get: () => 'connected', subscribe: () => () => undefined };

/** The bridge's connection monitor (one that never changes for a bridge without one). */
export function useConnectionMonitor(): ConnectionMonitor {
  return monitorOf(useContext(BridgeContext)) ?? ALWAYS;
}

/** The connection's state, re-rendering on every change. */
export function useConnection(): ConnectionState {
  const monitor = useConnectionMonitor();
  return useSyncExternalStore(monitor.subscribe, monitor.get);
}
