/**
 * The search index's state: asked once per project, then kept current by 'index.progress'.
 */
import { useEffect, useState } from 'react';
import type { IndexStatus } from '../../shared/api.js';
import { useEvent } from './backend.js';
import { useBackendRead } from './use-backend-read.js';

/** Index status for the open project (null until known). */
export function useIndexStatus(projectPath: string | null): IndexStatus | null {
  const [status, setStatus] = useState<IndexStatus | null>(null);
  // Another project: nothing is known about its index yet.
  useEffect(() => setStatus(null), [projectPath]);
  useBackendRead('index.status', {
    args: {},
    key: projectPath,
    enabled: projectPath !== null,
    // An event may already have brought a newer status; only fill in if none arrived.
    onValue: (value) => setStatus((current) => current ?? value),
  });
  useEvent('index.progress', setStatus);
  return status;
}
