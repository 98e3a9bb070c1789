/**
 * A claim's evidence grouped by independent origin (`origins.claims`), for the claim panel.
 *
 * Detection runs in a worker on the backend and can take a while on a large corpus, so the
 * panel never waits for it: until the answer comes, it shows each article as its own origin
 * (marked "not detected yet") and the progress pushed as `origins.progress`. The grouping is
 * read again when the claim's evidence changes (a link, an undo) and when the origins change
 * (`origins.changed`: a split, join or rename, or detection after an import).
 */
import { useContext, useEffect, useState } from 'react';
import type { ClaimOrigins, OriginsProgress } from '../../shared/api-origins.js';
import type { AppError } from '../../shared/result.js';
import { BridgeContext, callBridge } from './backend.js';
import { useLatestCall } from './use-latest-call.js';
import { useWorkbench } from './workbench.js';

/** What the panel shows of a claim's origins. */
export interface ClaimOriginsState {
  /** The latest grouping of this claim, or null before the first answer (or after a failure). */
  origins: ClaimOrigins | null;
  /** Detection's progress while a read waits for it; null when not running. */
  progress: OriginsProgress | null;
  /** A read is on its way. */
  loading: boolean;
  /** The latest read failed. */
  error: AppError | null;
}

/** Reads and keeps up to date the origin grouping of `claimId`'s evidence. */
export function useClaimOrigins(claimId: string): ClaimOriginsState {
  // Without a bridge (the claim view rendered alone, in unit tests) nothing is read: each
  // article is then its own origin, as before detection.
  const bridge = useContext(BridgeContext);
  const latest = useLatestCall();
  const { view } = useWorkbench();
  const [answer, setAnswer] = useState<ClaimOrigins | null>(null);
  const [progress, setProgress] = useState<OriginsProgress | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [changed, setChanged] = useState(0);
  useEffect(
    () =>
      bridge?.onEvent((event) => {
        if (event.name === 'origins.progress') setProgress(event.payload.done >= event.payload.total ? null : event.payload);
        else if (event.name === 'origins.changed') setChanged((n) => n + 1);
      }),
    [bridge],
  );

  // The claim's own links: other claims' changes do not change this grouping.
  const links = view.links.filter((l) => l.claimId === claimId).map((l) => `${l.id}:${l.stance}`).join(',');
  useEffect(() => {
    if (!bridge) return;
    setLoading(true);
    latest.run(
      () => callBridge(bridge, 'origins.claims', { claimIds: [claimId] }),
      (r) => {
        setLoading(false);
        setProgress(null);
        if (!r.ok) return setError(r.error);
        setError(null);
        setAnswer(r.value.find((c) => c.claimId === claimId) ?? null);
      },
    );
    return latest.invalidate;
  }, [bridge, latest, claimId, links, changed]);

  return { origins: answer?.claimId === claimId ? answer : null, progress, loading, error };
}
