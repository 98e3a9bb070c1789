/** The export worker's methods (electron/workers protocol): build and render reports and interchange files. */
import type { ExportPreview, ExportRequest } from '../../../shared/api-export.js';
import type { OriginCluster } from '../../../shared/api-origins.js';
import type { ProjectFile } from '../../../shared/model.js';
import type { ReportOptions } from '../../../shared/report/options.js';
import type { AppError } from '../../../shared/result.js';

/**
 * A rendered export: text (UTF-8), bytes, or HTML still to be printed to PDF by the caller — as
 * parts for a long report, printed in parallel and joined (`joinPdfs`).
 */
export type Rendered = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'pdf-html'; parts: string[] };

/** Progress of a render, as the export area forwards it. */
export interface RenderProgress {
  stage: string;
  done: number;
  total: number;
}

export interface ExportMethods {
  /** Renders `request` from `project`. Answers a value or an error, so error codes survive the thread. */
  render: {
    /** `origins`: the project's origin clusters, so reports group each claim's evidence by independent origin. */
    args: { project: ProjectFile; request: ExportRequest; generatedAt: string; version: string; origins?: OriginCluster[] };
    result: { ok: true; value: Rendered } | { ok: false; error: AppError };
    progress: RenderProgress;
  };
  /** Joins the PDFs of a report printed in parts into one, in order. */
  joinPdfs: {
    args: { parts: Uint8Array[] };
    result: { ok: true; value: Uint8Array } | { ok: false; error: AppError };
  };
  /** The HTML report of the first `maxClaims` claims, for the dialog's live preview. */
  preview: {
    args: { project: ProjectFile; options: ReportOptions; generatedAt: string; maxClaims: number; origins?: OriginCluster[] };
    result: { ok: true; value: ExportPreview } | { ok: false; error: AppError };
  };
}
