/**
 * Whether Warrant's backend is answering, as the transport sees it. Only the HTTP transport
 * (`warrant serve`) can lose its backend: the server may be stopped or restarted while the page
 * stays open. Electron's IPC backend lives and dies with the window, so it has no monitor.
 */

/**
 * `connected`: calls and the event stream work. `lost`: the event stream closed or a call could
 * not reach the server (it is stopped, or the machine slept); Warrant keeps trying.
 * `restarted`: a server answers but refuses this page's token — `warrant serve` was started again
 * and printed a new address.
 */
export type ConnectionState = 'connected' | 'lost' | 'restarted';

/** Tells whoever listens how the connection stands. */
export interface ConnectionMonitor {
  get(): ConnectionState;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A monitor the transport sets. */
export interface ConnectionSetter extends ConnectionMonitor {
  set(state: ConnectionState): void;
}

/** A bridge that can tell whether its backend answers (the HTTP bridge). */
export interface MonitoredBridge {
  connection: ConnectionMonitor;
}

/** The bridge's monitor, or null for a bridge that cannot lose its backend. */
export function monitorOf(bridge: object | null): ConnectionMonitor | null {
  if (!bridge || !('connection' in bridge)) return null;
  return (bridge as MonitoredBridge).connection;
}

/** A monitor starting `connected`. */
export function createConnectionMonitor(): ConnectionSetter {
  let state: ConnectionState = 'connected';
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
