/**
 * The contract's values for exports and interchange imports (kept beside shared/api.ts, which
 * lists the methods): what the export dialog and the CLI send, and what comes back.
 */
import { z } from 'zod';
import { EXPORT_FORMAT_IDS } from './export-formats.js';
import { LIMITS } from './limits.js';
import { ReportOptions } from './report/options.js';

export const ExportFormatId = z.enum(EXPORT_FORMAT_IDS);

/** What to export: a format and the report options. */
export const ExportRequest = z.object({ format: ExportFormatId, options: ReportOptions }).strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

/** The live preview of the HTML report (the first claims of it, for speed). */
export const ExportPreview = z.object({
  /** A self-contained HTML document with no script; shown in a sandboxed frame. */
  html: z.string(),
  /** Claims the report has, and how many of them the preview shows. */
  claims: z.number().int(),
  shown: z.number().int(),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

/** A file written by `export.write`. */
export const ExportWritten = z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int() });
export type ExportWritten = z.infer<typeof ExportWritten>;

/** An export's bytes, for the browser to download (`warrant serve` has no save dialog). */
export const ExportDownload = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });
export type ExportDownload = z.infer<typeof ExportDownload>;

/** Progress of a long export, pushed as `export.progress`. */
export const ExportProgress = z.object({ stage: z.string().max(200), done: z.number().int(), total: z.number().int() });

/** Which interchange format a file turned out to be. */
export const InterchangeKind = z.enum(['qdpx', 'w3c', 'hypothesis']);
export type InterchangeKind = z.infer<typeof InterchangeKind>;

/** What an interchange import added, and what it could not place (never dropped silently). */
export const InterchangeSummary = z.object({
  file: z.string(),
  kind: InterchangeKind,
  counts: z.object({
    articles: z.number().int(),
    claims: z.number().int(),
    highlights: z.number().int(),
    links: z.number().int(),
    ratings: z.number().int(),
    alreadyPresent: z.number().int(),
  }),
  unmatched: z.array(z.object({ what: z.string(), reason: z.string() })).max(100_000),
});
export type InterchangeSummary = z.infer<typeof InterchangeSummary>;

export const exportPath = z.string().min(1).max(LIMITS.maxPathLength);
