/**
 * Access to the backend from React: the bridge in a context, a safe `call` that always
 * resolves to a Result, and a hook to hear push events.
 */
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { ArgsOf, EventName, EventOf, MethodName, ResultOf } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { WarrantBridge } from '../../shared/transport.js';

/** The bridge for this shell; provided once by App. */
export const BridgeContext = createContext<WarrantBridge | null>(null);

/** The bridge; only valid below App's provider. */
export function useBridge(): WarrantBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge() used outside <BridgeContext>');
  return bridge;
}

/** The callable form of the bridge returned by useCall(). */
export type Call = <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<Result<ResultOf<M>>>;

/**
 * Calls a backend method. Transports already return Results, but a rejected promise (a broken
 * IPC channel, a bug) is turned into an error value too, so callers only ever handle Results.
 */
export function callBridge<M extends MethodName>(bridge: WarrantBridge, method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>> {
  const fn = bridge.api[method] as (a: ArgsOf<M>) => Promise<Result<ResultOf<M>>>;
  return fn(args).catch((e: unknown) => ({
    ok: false as const,
    error: { code: 'internal' as const, message: `${method} failed: ${e instanceof Error ? e.message : String(e)}` },
  }));
}

/** A stable `call(method, args)` bound to the current bridge. */
export function useCall(): Call {
  const bridge = useBridge();
  return useMemo<Call>(() => (method, args) => callBridge(bridge, method, args), [bridge]);
}

/** Runs `handler` for every push event named `name` while the component is mounted. */
export function useEvent<E extends EventName>(name: E, handler: (payload: EventOf<E>) => void): void {
  const bridge = useBridge();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      bridge.onEvent((event) => {
        if (event.name === name) latest.current(event.payload as EventOf<E>);
      }),
    [bridge, name],
  );
}
