/**
 * Joins the PDFs of a report printed in parts (electron/export/print-pdf.ts) into one file, in
 * order. Runs in the export worker: copying a thousand pages takes most of a second.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { WarrantError } from '../../shared/result.js';

/** One PDF with every page of `parts`, in order; the first part's document information is kept. */
export async function joinPdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  if (parts.length === 1) return parts[0]!;
  try {
    const out = await PDFDocument.load(parts[0]!, { updateMetadata: false });
    for (const part of parts.slice(1)) {
      const doc = await PDFDocument.load(part, { updateMetadata: false });
      for (const page of await out.copyPages(doc, doc.getPageIndices())) out.addPage(page);
    }
    return await out.save();
  } catch {
    // The library's own message names its internals; the parts are our own printer's output.
    throw new WarrantError('internal', 'The printed parts of the report could not be joined into one PDF. Export HTML and print it from a browser instead.');
  }
}
