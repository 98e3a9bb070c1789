/**
 * The export dialog's live preview: `export.preview` for the options on screen, asked again a
 * short while after they stop changing (typing a title should not send a request per key) and
 * whenever the annotations change. Latest call wins: an answer for options no longer on screen
 * is dropped.
 */
import { useEffect, useState } from 'react';
import type { ExportPreview } from '../../shared/api-export.js';
import type { ReportOptions } from '../../shared/report/options.js';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** How long the options must stay unchanged before the preview is asked for. */
export const PREVIEW_DEBOUNCE_MS = 250;

/** The preview on screen. */
export interface PreviewState {
  /** The last preview received (kept while a newer one loads, so the frame does not flash). */
  value: ExportPreview | null;
  /** A newer preview has been asked for or is waiting to be. */
  loading: boolean;
  error: AppError | null;
}

/**
 * The preview of `options` while `enabled`; `revision` is anything that changes when the
 * project's annotations do (the annotations view), so the preview follows edits made meanwhile.
 */
export function useExportPreview(options: ReportOptions, enabled: boolean, revision: unknown): PreviewState {
  const call = useCall();
  const latest = useLatestCall();
  const [state, setState] = useState<PreviewState>({ value: null, loading: false, error: null });
  // Compared by value: the options object is rebuilt on every render of the dialog.
  const key = JSON.stringify(options);

  useEffect(() => {
    if (!enabled) return;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const timer = setTimeout(() => {
      const asked = JSON.parse(key) as ReportOptions;
      latest.run(
        () => call('export.preview', { options: asked }),
        (r) => setState((s) => (r.ok ? { value: r.value, loading: false, error: null } : { value: s.value, loading: false, error: r.error })),
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      latest.invalidate();
    };
  }, [call, enabled, key, latest, revision]);

  return state;
}
