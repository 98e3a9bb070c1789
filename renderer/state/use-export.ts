/**
 * The export dialog's state: the choices (claims, order, sections, format, title) and the
 * request they make, the live preview, and exporting: on the desktop the save dialog
 * (`dialog.exportPath`, which asks before replacing a file) then `export.write`; in the browser `export.download`, saved through a Blob link.
 * Progress arrives as `export.progress` events. The state lives in the provider, not the
 * dialog, so an export closed mid-way still ends in its toast (or its error notice).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/api.js';
import { exportFileName, type ExportFormatId } from '../../shared/export-formats.js';
import type { Claim } from '../../shared/model.js';
import type { ReportOptions } from '../../shared/report/options.js';
import type { AppError } from '../../shared/result.js';
import type { ClaimSort } from '../lib/claims-view.js';
import { saveDownload } from '../lib/download.js';
import { exportProblem, initialChoices, reportOptions, type ExportChoices } from '../lib/export-choices.js';
import { useCall, useEvent } from './backend.js';
import type { Report } from './notices.js';
import { useExportPreview, type PreviewState } from './use-export-preview.js';

/** Progress of the export running, as the backend reports it. */
export interface ExportProgressState {
  stage: string;
  done: number;
  total: number;
}

/** What the export flow needs from around it. */
export interface ExportInputs {
  shell: AppInfo['shell'];
  projectName: string;
  /** Every claim, in the project's order. */
  claims: readonly Claim[];
  /** The claims the claims panel shows now, in its order. */
  shownIds: readonly string[];
  /** How the claims panel is sorted (the order the dialog starts with). */
  panelSort: ClaimSort;
  /** Changes whenever the annotations do (the preview follows). */
  revision: unknown;
  /** After a file was written or downloaded. */
  onExported(fileName: string): void;
  report: Report;
}

/** What useExport returns. */
export interface ExportState {
  isOpen: boolean;
  choices: ExportChoices;
  /** The request the choices make. */
  options: ReportOptions;
  /** Why Export is unavailable now, or null. */
  problem: string | null;
  preview: PreviewState;
  running: boolean;
  progress: ExportProgressState | null;
  /** The last export's failure, shown in the dialog. */
  error: AppError | null;
  open(): void;
  close(): void;
  change(patch: Partial<ExportChoices>): void;
  /** Ticks or unticks one claim (and switches to "ticked claims"). */
  tick(id: string, on: boolean): void;
  /** Ticks every claim, or none. */
  tickAll(on: boolean): void;
  exportNow(): Promise<void>;
}

/** The export dialog's state and actions. */
export function useExport(inputs: ExportInputs): ExportState {
  const { shell, projectName, claims, shownIds, panelSort, revision, onExported, report } = inputs;
  const call = useCall();
  const [isOpen, setOpen] = useState(false);
  const [choices, setChoices] = useState<ExportChoices>(() => initialChoices(panelSort));
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ExportProgressState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const busy = useRef(false);
  // Whether the dialog is still open when an export ends (else its outcome goes to a notice).
  const shown = useRef(false);

  const options = useMemo(() => reportOptions(choices, claims, shownIds), [choices, claims, shownIds]);
  const problem = exportProblem(choices, options);
  const preview = useExportPreview(options, isOpen, revision);

  useEvent('export.progress', (p) => {
    if (busy.current) setProgress(p);
  });

  const open = useCallback(() => {
    // Each opening starts from the panel's current order; the format and sections chosen last stay.
    setChoices((c) => ({ ...c, order: initialChoices(panelSort).order }));
    setError(null);
    shown.current = true;
    setOpen(true);
  }, [panelSort]);

  const close = useCallback(() => {
    shown.current = false;
    setOpen(false);
  }, []);

  const change = useCallback((patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch })), []);

  const tick = useCallback(
    (id: string, on: boolean) =>
      setChoices((c) => {
        const ticked = new Set(c.ticked);
        if (on) ticked.add(id);
        else ticked.delete(id);
        return { ...c, scope: 'ticked', ticked };
      }),
    [],
  );

  const tickAll = useCallback((on: boolean) => setChoices((c) => ({ ...c, scope: 'ticked', ticked: new Set(on ? claims.map((x) => x.id) : []) })), [claims]);

  /** Shows a failure: in the dialog while it is open, else as a notice. */
  const failed = useCallback(
    (e: AppError) => {
      if (e.code === 'cancelled') return;
      if (shown.current) setError(e);
      else report('Could not export', e);
    },
    [report],
  );

  const done = useCallback(
    (fileName: string) => {
      shown.current = false;
      setOpen(false);
      onExported(fileName);
    },
    [onExported],
  );

  /** The browser's way: the bytes come back and are saved as a download. */
  const download = useCallback(
    async (format: ExportFormatId, request: ReportOptions) => {
      const r = await call('export.download', { format, options: request });
      if (!r.ok) return failed(r.error);
      saveDownload(r.value);
      done(r.value.fileName);
    },
    [call, done, failed],
  );

  /** The desktop's way: the save dialog, then the backend writes the file. */
  const write = useCallback(
    async (format: ExportFormatId, request: ReportOptions) => {
      const suggestedName = exportFileName(projectName, format);
      const where = await call('dialog.exportPath', { suggestedName, format });
      if (!where.ok) {
        // A desktop without a save dialog (a test shell): download like the browser.
        if (where.error.code === 'unsupported') return download(format, request);
        return failed(where.error);
      }
      const path = where.value;
      if (path === null) return;
      // The native save dialog has already asked before replacing a file (on Linux too:
      // electron/shell/dialogs.ts turns that on), so asking again here would ask twice.
      const r = await call('export.write', { format, options: request, path, overwrite: true });
      if (!r.ok) return failed(r.error);
      done(r.value.fileName);
    },
    [call, done, download, failed, projectName],
  );

  const exportNow = useCallback(async () => {
    if (busy.current || problem !== null) return;
    busy.current = true;
    setRunning(true);
    setProgress(null);
    setError(null);
    try {
      await (shell === 'electron' ? write : download)(choices.format, options);
    } finally {
      busy.current = false;
      setRunning(false);
      setProgress(null);
    }
  }, [choices.format, download, options, problem, shell, write]);

  return { isOpen, choices, options, problem, preview, running, progress, error, open, close, change, tick, tickAll, exportNow };
}
