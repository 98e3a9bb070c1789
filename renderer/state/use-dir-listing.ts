/**
 * The folder Warrant's file browser shows (`dialog.listDir`, answered by `warrant serve` inside
 * the folders it may use). Latest call wins, so quickly stepping through folders never shows an
 * older folder's answer last.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DirListing, ListDirShow } from '../../shared/api-files.js';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** What the file browser shows. */
export type DirState =
  | { status: 'loading' }
  | { status: 'ready'; listing: DirListing }
  /** This shell has no file browser (the desktop app): the dialog takes a typed path only. */
  | { status: 'unsupported' }
  /** `path` could not be listed; `listing` is the list of allowed folders to go on from. */
  | { status: 'failed'; error: AppError; listing: DirListing | null };

/** What useDirListing returns. */
export interface DirListingState {
  state: DirState;
  /** Lists `path`, or the allowed folders when it is null. */
  go(path: string | null): void;
}

/**
 * Lists `start` first. A start that cannot be listed (a folder not made yet, a path outside the
 * allowed folders) falls back to its parent, then to the allowed folders, quietly: the dialog
 * still holds the proposed path, so nothing is lost.
 */
export function useDirListing(start: string | null, show: ListDirShow): DirListingState {
  const call = useCall();
  const latest = useLatestCall();
  const [state, setState] = useState<DirState>({ status: 'loading' });

  const list = useCallback(
    async (path: string | null) => (path === null ? call('dialog.listDir', { show }) : call('dialog.listDir', { path, show })),
    [call, show],
  );

  const go = useCallback(
    (path: string | null) => {
      setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
      latest.run(
        async () => {
          const r = await list(path);
          if (r.ok || r.error.code === 'unsupported' || path === null) return { r, roots: null };
          return { r, roots: await list(null) };
        },
        ({ r, roots }) => {
          if (r.ok) setState({ status: 'ready', listing: r.value });
          else if (r.error.code === 'unsupported') setState({ status: 'unsupported' });
          else setState({ status: 'failed', error: r.error, listing: roots?.ok ? roots.value : null });
        },
      );
    },
    [latest, list],
  );

  useEffect(() => {
    latest.run(
      async () => {
        const candidates = start === null ? [null] : [start, parentOf(start), null];
        for (const candidate of candidates) {
          const r = await list(candidate);
          if (r.ok || r.error.code === 'unsupported' || candidate === null) return r;
        }
        return null;
      },
      (r) => {
        if (r === null) return;
        if (r.ok) setState({ status: 'ready', listing: r.value });
        else if (r.error.code === 'unsupported') setState({ status: 'unsupported' });
        else setState({ status: 'failed', error: r.error, listing: null });
      },
    );
    return latest.invalidate;
  }, [latest, list, start]);

  return { state, go };
}

/** The folder part of a backend path ('' when it has none), for where to start browsing. */
export function parentOf(path: string): string | null {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return null;
  return cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
}

/** The separator the backend's paths use, as seen in `path` (Windows paths have no '/'). */
export function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** The last part of a backend path (the file name). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}
