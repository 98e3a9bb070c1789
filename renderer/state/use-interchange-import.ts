/**
 * Importing interchange files onto the open project: REFI-QDA projects (`.qdpx`) and W3C or
 * Hypothesis annotations (`.jsonld`, `.json`), one `interchange.import` call per file (each one
 * undo step on the backend). Files picked in the browser or dropped go as bytes, files chosen in
 * the desktop dialog as paths. Every file's outcome — what it added, what it could not place and
 * why, or the error — stays listed until dismissed.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportSource } from '../../shared/api.js';
import type { InterchangeSummary } from '../../shared/api-export.js';
import type { ErrorCode } from '../../shared/result.js';
import { toByteSources, type PickedFile } from '../lib/files.js';
import { useCall } from './backend.js';

/** What importing one file did. */
export type InterchangeOutcome =
  | { file: string; ok: true; summary: InterchangeSummary }
  /** `code` null: the UI itself could not send the file (too big, unreadable). */
  | { file: string; ok: false; code: ErrorCode | null; message: string };

/** What useInterchangeImport returns. */
export interface InterchangeImportState {
  running: boolean;
  /** The file being imported now. */
  current: string | null;
  /** Every file's outcome of the last import, until dismissed. */
  outcomes: readonly InterchangeOutcome[] | null;
  /** Imports files picked in the browser or dropped (sent as bytes). */
  importFiles(files: readonly PickedFile[]): Promise<void>;
  /** Imports files on the backend's disk (desktop dialog). */
  importPaths(paths: readonly string[]): Promise<void>;
  dismiss(): void;
}

/** The file name at the end of a backend path (for wording only). */
function fileOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}

/** Interchange import state; `onImported` runs once after a run in which at least one file was imported. */
export function useInterchangeImport(onImported: (outcomes: readonly InterchangeOutcome[]) => void): InterchangeImportState {
  const call = useCall();
  const [running, setRunning] = useState(false);
  const [current, setCurrent] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<readonly InterchangeOutcome[] | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    async (read: () => Promise<{ sources: ImportSource[]; failed: InterchangeOutcome[] }>) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      setOutcomes(null);
      try {
        const { sources, failed } = await read();
        const done: InterchangeOutcome[] = [...failed];
        // One file at a time: each is its own undo step, and a failure stops none of the others.
        for (const source of sources) {
          const file = source.kind === 'bytes' ? source.name : fileOf(source.path);
          setCurrent(file);
          const r = await call('interchange.import', { source });
          done.push(r.ok ? { file, ok: true, summary: r.value } : { file, ok: false, code: r.error.code, message: r.error.message });
        }
        setOutcomes(done);
        if (done.some((o) => o.ok)) onImported(done);
      } finally {
        busy.current = false;
        setRunning(false);
        setCurrent(null);
      }
    },
    [call, onImported],
  );

  const importFiles = useCallback(
    (files: readonly PickedFile[]) =>
      run(async () => {
        const { sources, failed } = await toByteSources(files);
        return { sources, failed: failed.map((f) => ({ file: f.file, ok: false as const, code: null, message: f.reason })) };
      }),
    [run],
  );

  const importPaths = useCallback(
    (paths: readonly string[]) => run(async () => ({ sources: paths.map((path) => ({ kind: 'path' as const, path })), failed: [] })),
    [run],
  );

  const dismiss = useCallback(() => setOutcomes(null), []);

  return { running, current, outcomes, importFiles, importPaths, dismiss };
}
