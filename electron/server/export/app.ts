/**
 * The export area: `export.*` — reports (HTML, PDF, Markdown, CSV, JSON) and interchange files
 * (W3C Web Annotation, schema.org ClaimReview, REFI-QDA) of the open project. Building and
 * rendering run in a worker thread; PDF printing in a separate browser process (or Electron's
 * printer on the desktop). Files are written atomically and never replace one silently.
 */
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ExportRequest } from '../../../shared/api-export.js';
import { exportFileName, exportFormat } from '../../../shared/export-formats.js';
import type { ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import { exists, fsErrorReason } from '../../common/files.js';
import { printPdfWithChromium } from '../../export/print-pdf.js';
import { originsReport } from '../origins/app.js';
import { WorkerClient } from '../../workers/client.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import type { ExportMethods, Rendered } from './protocol.js';

/** How many claims the live preview shows: enough to judge the layout, quick to redraw. */
export const PREVIEW_CLAIMS = 25;

/** Handlers of the export area. */
export function exportArea(ctx: ServerContext): AreaHandlers<'export'> {
  const { workspace, options } = ctx;
  let worker: WorkerClient<ExportMethods> | null = null;
  const exportWorker = (): WorkerClient<ExportMethods> => {
    worker ??= new WorkerClient<ExportMethods>(new URL('./export-worker.ts', import.meta.url), { name: 'the export worker' });
    worker.onDeath = () => (worker = null);
    return worker;
  };
  const printPdf = options.printPdf ?? printPdfWithChromium;
  // Reports group evidence by independent origin: detection is cached by corpus content, so this
  // reuses what the claim panel already computed (and computes it once, in a worker, if not).
  const originsOf = async (project: ProjectFile) => (await originsReport(ctx.origins, project)).clusters;

  /** The open project, with the chosen claims checked: a claim deleted since the dialog listed it is named, not skipped. */
  const projectFor = (request: Pick<ExportRequest, 'options'>): ProjectFile => {
    const project = workspace.need().data as ProjectFile;
    const ids = request.options.claimIds;
    if (ids) {
      const known = new Set(project.claims.map((c) => c.id));
      const missing = ids.filter((id) => !known.has(id)).length;
      if (missing > 0) throw new WarrantError('not-found', `${missing === 1 ? 'One chosen claim is' : `${missing} chosen claims are`} no longer in the project (deleted meanwhile?). Choose the claims again.`);
    }
    return project;
  };

  /** Renders a request to bytes: in the worker, then printed when it is a PDF. */
  const render = async (request: ExportRequest): Promise<Uint8Array> => {
    const project = projectFor(request);
    const progress = (stage: string, done: number, total: number) => ctx.emit('export.progress', { stage, done, total });
    const answer = await exportWorker().call(
      'render',
      { project, request, generatedAt: new Date().toISOString(), version: options.version, origins: await originsOf(project) },
      { onProgress: (p) => progress(p.stage, p.done, p.total) },
    );
    if (!answer.ok) throw new WarrantError(answer.error.code, answer.error.message, answer.error.details);
    const rendered: Rendered = answer.value;
    if (rendered.kind === 'text') return new TextEncoder().encode(rendered.text);
    if (rendered.kind === 'bytes') return rendered.bytes;
    progress('Printing the PDF', 0, 1);
    const printed = await printPdf(rendered.parts);
    progress('Printing the PDF', 1, 1);
    if (printed.length === 1) return printed[0]!;
    const joined = await exportWorker().call('joinPdfs', { parts: printed });
    if (!joined.ok) throw new WarrantError(joined.error.code, joined.error.message, joined.error.details);
    return joined.value;
  };

  return {
    'export.preview': async ({ options: reportOptions }) => {
      const project = projectFor({ options: reportOptions });
      const answer = await exportWorker().call('preview', { project, options: reportOptions, generatedAt: new Date().toISOString(), maxClaims: PREVIEW_CLAIMS, origins: await originsOf(project) });
      if (!answer.ok) throw new WarrantError(answer.error.code, answer.error.message, answer.error.details);
      return answer.value;
    },
    'export.write': async ({ format, options: reportOptions, path, overwrite }) => {
      const file = basename(path);
      const session = workspace.need();
      // Never replaced, even with `overwrite`: the export would destroy the project it came from.
      if (path === session.path) throw new WarrantError('bad-args', `“${file}” is the open project’s own file; choose another name for the export.`, { path, file });
      if (!overwrite && (await exists(path))) throw new WarrantError('exists', `“${file}” already exists. Replace it, or choose another name.`, { path, file });
      const bytes = await render({ format, options: reportOptions });
      ctx.emit('export.progress', { stage: 'Writing the file', done: 0, total: 1 });
      try {
        // Atomic: a crash or a full disk never leaves half a report where an old one was.
        await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true });
      } catch (e) {
        throw new WarrantError('io', `Could not write “${file}”: ${fsErrorReason(e)}.`, { path, file, reason: fsErrorReason(e) });
      }
      ctx.emit('export.progress', { stage: 'Writing the file', done: 1, total: 1 });
      return { path, fileName: file, bytes: bytes.byteLength };
    },
    'export.download': async ({ format, options: reportOptions }) => {
      const bytes = await render({ format, options: reportOptions });
      return { fileName: exportFileName(workspace.need().data.name, format), mime: exportFormat(format).mime, dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
    },
  };
}
