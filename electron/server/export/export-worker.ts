/**
 * The export worker: building a report and rendering it (tens of MB of HTML, a zip of every
 * article) happen here, never on the thread that serves the UI.
 */
import { toAppError } from '../../../shared/result.js';
import { joinPdfs } from '../../export/join-pdfs.js';
import { previewExport, renderExport } from '../../export/render-export.js';
import { serveWorker } from '../../workers/serve.js';
import type { ExportMethods } from './protocol.js';

serveWorker<ExportMethods>({
  render: async ({ project, request, generatedAt, version, origins }, { progress }) => {
    try {
      return { ok: true, value: await renderExport(project, request, { generatedAt, version, onProgress: progress, ...(origins ? { origins } : {}) }) };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  },
  joinPdfs: async ({ parts }) => {
    try {
      return { ok: true, value: await joinPdfs(parts) };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  },
  preview: async ({ project, options, generatedAt, maxClaims, origins }) => {
    try {
      return { ok: true, value: previewExport(project, options, { generatedAt, maxClaims, ...(origins ? { origins } : {}) }) };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  },
});
