/**
 * "Latest call wins": when a request is superseded (a newer one started, the inputs of the
 * effect that made it changed, a push event brought newer data, or the component unmounted),
 * its answer must not overwrite what is shown. Every backend read in the hooks goes through this
 * one guard instead of a hand-written sequence counter or `live` flag.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';

/** What useLatestCall returns. */
export interface LatestCall {
  /**
   * Starts `work` and makes every earlier call stale; `apply` gets its answer only if no newer
   * call started and nothing invalidated it in the meantime.
   */
  run<T>(work: () => Promise<T>, apply: (value: T) => void): void;
  /** Makes every call in flight stale. Return it from an effect to drop that effect's answer. */
  invalidate(): void;
}

/** One latest-call guard, dropped with the component. */
export function useLatestCall(): LatestCall {
  const generation = useRef(0);
  const invalidate = useCallback(() => {
    generation.current++;
  }, []);
  const run = useCallback(<T,>(work: () => Promise<T>, apply: (value: T) => void) => {
    const mine = ++generation.current;
    void work().then((value) => {
      if (mine === generation.current) apply(value);
    });
  }, []);
  // Unmounted: nothing may be applied any more.
  useEffect(() => invalidate, [invalidate]);
  return useMemo(() => ({ run, invalidate }), [run, invalidate]);
}
