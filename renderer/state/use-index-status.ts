/**
 * The search index's state: asked once per project, then kept current by 'index.progress'.
 */
import { useEffect, useState } from 'react';
import type { IndexStatus } from '../../shared/api.js';
import { useCall, useEvent } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** Index status for the open project (null until known). */
export function useIndexStatus(projectPath: string | null): IndexStatus | null {
  const call = useCall();
  const [status, setStatus] = useState<IndexStatus | null>(null);
  const latest = useLatestCall();
  useEffect(() => {
    setStatus(null);
    if (projectPath === null) return;
    latest.run(
      () => call('index.status', {}),
      (r) => {
        // An event may already have brought a newer status; only fill in if none arrived.
        if (r.ok) setStatus((current) => current ?? r.value);
      },
    );
    return latest.invalidate;
  }, [call, projectPath, latest]);
  useEvent('index.progress', setStatus);
  return status;
}
