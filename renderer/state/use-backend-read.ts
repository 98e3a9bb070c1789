/**
 * A backend read that a component makes when it mounts, and again when its inputs change: the
 * effect, the latest-call guard (use-latest-call.ts) and the "value, or what to do with the
 * failure" that every such read needs, in one hook.
 */
import { useEffect, useRef } from 'react';
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api.js';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** What to read and what to do with the answer. */
export interface BackendRead<M extends MethodName> {
  /** The method's arguments, taken when the call starts (change `key` to read again). */
  args: ArgsOf<M>;
  /** Read again whenever this changes (compared with Object.is). Default: read once, on mount. */
  key?: unknown;
  /** False: read nothing now, and drop an answer still on its way. Default true. */
  enabled?: boolean;
  /** The answer of the latest read, unless something superseded it. */
  onValue(value: ResultOf<M>): void;
  /** The latest read failed (report it, or fall back); without it a failure is ignored. */
  onError?(error: AppError): void;
}

/**
 * Reads `method` on mount, whenever `key` changes and whenever `enabled` turns true; only the
 * latest read's answer is applied, and none after unmounting. Returns `invalidate`, which drops
 * the answer of a read in flight: call it when a push event brings newer data.
 */
export function useBackendRead<M extends MethodName>(method: M, read: BackendRead<M>): () => void {
  const call = useCall();
  const latest = useLatestCall();
  // The callbacks as of the last render, so a new closure does not read again.
  const current = useRef(read);
  useEffect(() => {
    current.current = read;
  });
  const { key, enabled = true } = read;
  useEffect(() => {
    if (!enabled) {
      latest.invalidate();
      return;
    }
    latest.run(
      () => call(method, current.current.args),
      (r) => {
        if (r.ok) current.current.onValue(r.value);
        else current.current.onError?.(r.error);
      },
    );
    return latest.invalidate;
  }, [call, latest, method, key, enabled]);
  return latest.invalidate;
}
