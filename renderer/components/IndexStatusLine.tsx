/**
 * The state of the search index: building (with progress), ready, or failed.
 */
import type { IndexStatus } from '../../shared/api.js';
import { formatCount } from '../lib/format.js';

/** Props of <IndexStatusLine>. */
export interface IndexStatusLineProps {
  status: IndexStatus | null;
}

/** One line under the search box. */
export function IndexStatusLine({ status }: IndexStatusLineProps) {
  if (!status) return null;
  if (status.state === 'building') {
    return (
      <div className="index-status index-status--building" data-testid="index-status" data-state="building">
        <p role="status">
          {status.total > 0 ? `Indexing ${formatCount(status.done)} / ${formatCount(status.total)}…` : 'Indexing…'}
        </p>
        <progress
          className="progress progress--thin"
          aria-label="Indexing progress"
          max={status.total || undefined}
          value={status.total ? status.done : undefined}
        />
      </div>
    );
  }
  if (status.state === 'failed') {
    return (
      <p className="index-status index-status--failed" role="alert" data-testid="index-status" data-state="failed">
        Search index failed{status.message ? `: ${status.message}` : '.'}
      </p>
    );
  }
  return (
    <p className="index-status" role="status" data-testid="index-status" data-state={status.state}>
      {status.state === 'ready' ? 'Index ready' : 'Index empty — import articles to search them'}
    </p>
  );
}
