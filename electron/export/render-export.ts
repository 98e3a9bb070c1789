/**
 * Renders an export request: which code writes each format of the registry
 * (shared/export-formats.ts). The `Record<ExportFormatId, …>` makes the compiler demand a
 * writer for every format listed there. Runs in the export worker.
 */
import type { ExportPreview, ExportRequest } from '../../shared/api-export.js';
import type { OriginCluster } from '../../shared/api-origins.js';
import type { ExportFormatId } from '../../shared/export-formats.js';
import { toClaimReviews } from '../../shared/interchange/claimreview/export.js';
import { toWebAnnotations } from '../../shared/interchange/w3c/export.js';
import type { ProjectFile } from '../../shared/model.js';
import { buildReport } from '../../shared/report/build-report.js';
import type { ReportOptions } from '../../shared/report/options.js';
import type { ReportData } from '../../shared/report/report-data.js';
import { renderCsv } from '../../shared/report/render-csv.js';
import { renderHtml, renderHtmlParts } from '../../shared/report/render-html.js';
import { renderJson } from '../../shared/report/render-json.js';
import { renderMarkdown } from '../../shared/report/render-markdown.js';
import { availableParallelism } from 'node:os';
import { writeQdpx } from '../interchange/qdpx/export-qdpx.js';
import type { Rendered, RenderProgress } from '../server/export/protocol.js';

/** What a writer gets besides the project. */
interface RenderContext {
  generatedAt: string;
  version: string;
  onProgress: (p: RenderProgress) => void;
  /** The project's origin clusters (reports group each claim's evidence by independent origin). */
  origins?: readonly OriginCluster[];
}

type Writer = (project: Readonly<ProjectFile>, options: ReportOptions, ctx: RenderContext) => Rendered | Promise<Rendered>;

/** Builds the report's data, reporting the stage. */
function report(project: Readonly<ProjectFile>, options: ReportOptions, ctx: RenderContext): ReportData {
  ctx.onProgress({ stage: 'Collecting claims and evidence', done: 0, total: 2 });
  const data = buildReport(project, options, { generatedAt: ctx.generatedAt, ...(ctx.origins ? { origins: ctx.origins } : {}) });
  ctx.onProgress({ stage: 'Laying out the report', done: 1, total: 2 });
  return data;
}

const text = (t: string): Rendered => ({ kind: 'text', text: t });
/**
 * JSON-LD as text. `<`, `>` and `&` are written as \u escapes (the same JSON to any reader):
 * ClaimReview is published inside `<script type="application/ld+json">`, where a claim holding
 * `</script>` would otherwise end the element and turn the rest into markup.
 */
export function jsonLdText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const json = (value: unknown): Rendered => text(jsonLdText(value));

const WRITERS: Readonly<Record<ExportFormatId, Writer>> = {
  html: (p, o, c) => text(renderHtml(report(p, o, c))),
  // Printed by the caller: Electron's printer on the desktop, headless Chromium elsewhere.
  pdf: (p, o, c) => ({ kind: 'pdf-html', parts: pdfParts(report(p, o, c)) }),
  md: (p, o, c) => text(renderMarkdown(report(p, o, c))),
  csv: (p, o, c) => text(renderCsv(report(p, o, c))),
  json: (p, o, c) => text(renderJson(report(p, o, c))),
  w3c: (p, o, c) => json(toWebAnnotations(p, { claimIds: o.claimIds, generatedAt: c.generatedAt })),
  claimreview: (p, o, c) => json(toClaimReviews(p, { claimIds: o.claimIds, generatedAt: c.generatedAt })),
  qdpx: async (p, o, c) => ({
    kind: 'bytes',
    bytes: await writeQdpx(p, { claimIds: o.claimIds, generatedAt: c.generatedAt, onProgress: (done, total) => c.onProgress({ stage: 'Writing articles and codes', done, total }) }),
  }),
};

/**
 * How much HTML one printer process gets before a report is printed as parts in parallel.
 * Chromium prints one document on one core at ~0.5 MB of report HTML a second (measured: 5.5 MB,
 * 10,000 passages, 19 s untagged), so a report under this prints whole, tagged for screen
 * readers, in a few seconds; a longer one is shared out over the cores (docs/benchmark.md).
 */
export const PDF_PART_CHARS = 1_500_000;

/** The report's HTML for printing: whole when short, else one part per core. */
export function pdfParts(data: ReportData, cores = availableParallelism(), partChars = PDF_PART_CHARS): string[] {
  const whole = renderHtml(data);
  const parts = Math.min(Math.max(1, cores), Math.ceil(whole.length / partChars));
  return parts <= 1 ? [whole] : renderHtmlParts(data, parts);
}

/** Renders `request` from `project`. */
export async function renderExport(project: Readonly<ProjectFile>, request: ExportRequest, ctx: RenderContext): Promise<Rendered> {
  return WRITERS[request.format](project, request.options, ctx);
}

/** The HTML report of the first `maxClaims` top-level claims (with their sub-claims), for the live preview. */
export function previewExport(project: Readonly<ProjectFile>, options: ReportOptions, ctx: { generatedAt: string; maxClaims: number; origins?: readonly OriginCluster[] }): ExportPreview {
  const data = buildReport(project, options, { generatedAt: ctx.generatedAt, maxClaims: ctx.maxClaims, ...(ctx.origins ? { origins: ctx.origins } : {}) });
  return { html: renderHtml(data), claims: data.counts.claims, shown: data.counts.shown };
}
