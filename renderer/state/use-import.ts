/**
 * Running an import: reads picked or dropped files (browser), sends them in batches, follows
 * 'import.progress', supports cancelling, and keeps the merged summary until dismissed. Files
 * the UI itself refused are merged into the summary's failures, never dropped silently.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportSource, ImportSummary } from '../../shared/api.js';
import { batchSources, toByteSources, type LocalFailure, type PickedFile } from '../lib/files.js';
import { useCall, useEvent } from './backend.js';

/** Progress as shown in the import banner. */
export interface ImportProgress {
  done: number;
  total: number;
  /** The file being imported now ('' before the first one). */
  current: string;
}

/** What useImport returns. */
export interface ImportState {
  /** 'reading': the browser is reading files; 'running': the backend is importing. */
  phase: 'idle' | 'reading' | 'running';
  progress: ImportProgress | null;
  /** True once Cancel was pressed, until the import stops. */
  cancelling: boolean;
  summary: ImportSummary | null;
  /** Imports files picked in the browser or dropped (sent as bytes). */
  importFiles(files: readonly PickedFile[], alreadyFailed?: readonly LocalFailure[]): Promise<void>;
  /** Imports paths on the backend's disk (Electron dialogs). */
  importPaths(paths: readonly string[]): Promise<void>;
  cancel(): void;
  dismissSummary(): void;
}

function emptySummary(): ImportSummary {
  return { imported: [], duplicates: [], failed: [], cancelled: false };
}

/** Import state and actions. `onImported` runs after every import that added articles. */
export function useImport(onImported: () => void): ImportState {
  const call = useCall();
  const [phase, setPhase] = useState<ImportState['phase']>('idle');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const running = useRef(false);
  const cancelled = useRef(false);
  // Stops reading files in the browser when Cancel is pressed before they are sent.
  const reading = useRef<AbortController | null>(null);
  // Progress across batches: files finished in earlier batches, and the overall count.
  const offset = useRef<{ before: number; total: number | null }>({ before: 0, total: null });

  useEvent('import.progress', (p) => {
    if (!running.current) return;
    const { before, total } = offset.current;
    setProgress({ done: before + p.done, total: total ?? p.total, current: p.current });
  });

  const run = useCallback(
    async (sources: readonly ImportSource[], localFailed: readonly LocalFailure[], countKnown: boolean) => {
      const merged = emptySummary();
      merged.failed.push(...localFailed);
      const batches = batchSources(sources);
      offset.current = { before: 0, total: countKnown && batches.length > 1 ? sources.length : null };
      setPhase('running');
      setProgress({ done: 0, total: countKnown ? sources.length : 0, current: '' });
      for (const batch of batches) {
        if (cancelled.current) {
          merged.cancelled = true;
          break;
        }
        const r = await call('import.run', { sources: batch });
        if (r.ok) {
          merged.imported.push(...r.value.imported);
          merged.duplicates.push(...r.value.duplicates);
          merged.failed.push(...r.value.failed);
          if (r.value.cancelled) {
            merged.cancelled = true;
            break;
          }
        } else if (r.error.code === 'cancelled') {
          merged.cancelled = true;
          break;
        } else {
          // The whole batch failed (another import running, project closed, …): list every file.
          for (const s of batch) merged.failed.push({ file: s.kind === 'bytes' ? s.name : s.path, reason: r.error.message });
        }
        offset.current.before += batch.length;
      }
      setSummary(merged);
      if (merged.imported.length > 0) onImported();
    },
    [call, onImported],
  );

  const guard = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    cancelled.current = false;
    setCancelling(false);
    setSummary(null);
    try {
      await work();
    } finally {
      running.current = false;
      setPhase('idle');
      setProgress(null);
      setCancelling(false);
    }
  }, []);

  const importFiles = useCallback(
    (files: readonly PickedFile[], alreadyFailed: readonly LocalFailure[] = []) =>
      guard(async () => {
        setPhase('reading');
        setProgress({ done: 0, total: files.length, current: '' });
        reading.current = new AbortController();
        const { sources, failed } = await toByteSources(files, {
          signal: reading.current.signal,
          onProgress: (done) => setProgress({ done, total: files.length, current: files[done]?.name ?? '' }),
        });
        reading.current = null;
        const localFailed = [...alreadyFailed, ...failed];
        if (sources.length === 0 || cancelled.current) {
          setSummary({ ...emptySummary(), failed: localFailed, cancelled: cancelled.current });
          return;
        }
        await run(sources, localFailed, true);
      }),
    [guard, run],
  );

  const importPaths = useCallback(
    (paths: readonly string[]) =>
      guard(() =>
        run(
          paths.map((path) => ({ kind: 'path', path })),
          [],
          false,
        ),
      ),
    [guard, run],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    cancelled.current = true;
    setCancelling(true);
    reading.current?.abort();
    void call('import.cancel', {});
  }, [call]);

  const dismissSummary = useCallback(() => setSummary(null), []);

  return { phase, progress, cancelling, summary, importFiles, importPaths, cancel, dismissSummary };
}
