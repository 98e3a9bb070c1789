/**
 * PDF files, read with pdf.js (the legacy build, which runs in Node). Only the text layer is
 * read: pdf.js is given no eval, no system fonts and no font loading, and runs its "worker" in
 * this thread (we are already off the main thread). The text is laid out page by page:
 * running headers, footers and page numbers are removed (pdf-running-lines.ts), and lines are
 * joined into paragraphs, rejoining hyphenated words (pdf-lines.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fail } from './import-failure.js';
import { extracted, type Extracted } from './extracted.js';
import { linesToParagraphs, pageLines, wordEvidence, type PdfLine } from './pdf-lines.js';
import { removeRunningLines } from './pdf-running-lines.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsModule: Promise<PdfJs> | undefined;

/**
 * pdf.js builds a DOMMatrix when it loads, for rendering, which we never do; in Node it takes the
 * class from the optional native package @napi-rs/canvas. Where that package is missing (an
 * unusual platform, a trimmed install) an identity-matrix stand-in lets the text layer still be
 * read instead of every PDF failing.
 */
function ensureDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix !== undefined) return;
  try {
    createRequire(import.meta.url)('@napi-rs/canvas');
    return; // pdf.js will install it
  } catch {
    g.DOMMatrix = class DOMMatrix {
      a = 1;
      b = 0;
      c = 0;
      d = 1;
      e = 0;
      f = 0;
    };
  }
}

/** Loads pdf.js once per worker, with its worker code registered to run in this thread. */
function loadPdfjs(): Promise<PdfJs> {
  pdfjsModule ??= (async () => {
    ensureDomMatrix();
    // Registering the worker module up front means pdf.js never resolves `workerSrc` relative to
    // its own file, which would break once the import worker is bundled.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsModule;
}

/** Folders of pdf.js's bundled CMaps and standard-font data (for CJK and non-embedded fonts), if found. */
function dataFolders(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    // In Node pdf.js reads these with fs, from plain paths; it insists on a trailing '/'.
    return { cMapUrl: `${path.join(root, 'cmaps')}/`, standardFontDataUrl: `${path.join(root, 'standard_fonts')}/` };
  } catch {
    return {}; // text still comes out for most files; pdf.js only warns
  }
}

/** pdf.js's exceptions as reasons; its own messages (internal terms such as "xref") are never shown. */
function pdfError(e: unknown): never {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    fail('This PDF is password-protected. Remove the password (for example by printing it to a new PDF) and import it again.');
  }
  if (name === 'InvalidPDFException') {
    fail('This PDF is damaged or is not a PDF: its structure could not be read. It may be incomplete, for example cut short while copying or downloading.');
  }
  fail('This PDF could not be read: the file may be damaged.');
}

/**
 * The text of each page from its lines: running headers, footers and page numbers removed,
 * lines joined into paragraphs. Hyphens at line ends are decided with the words of the whole
 * document as evidence. Each page stays separate, so where each page begins is known.
 */
export function layOutPages(pageLineLists: readonly (readonly PdfLine[])[]): string[] {
  const body = removeRunningLines(pageLineLists);
  const evidence = wordEvidence(body.flat());
  return body.map((lines) => linesToParagraphs(lines, evidence));
}

/** A PDF's text layer and Info metadata. Scanned pages without a text layer are refused. */
export async function parsePdf(bytes: Uint8Array): Promise<Extracted> {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfjs();
  } catch {
    fail('PDF support could not be loaded in this installation. Reinstall Warrant to import PDF files.');
  }
  const task = pdfjs.getDocument({
    // pdf.js refuses Node Buffers, and may take over the memory it is given: hand it its own copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0, // errors only: warnings about odd fonts are noise to a researcher
    ...dataFolders(),
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      pdfError(e);
    }
    const pageLineLists: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pageLineLists.push(pageLines(content.items));
      page.cleanup();
    }
    const pages = layOutPages(pageLineLists);
    const text = pages.filter((p) => p.trim() !== '').join('\n\n');
    if (text.trim() === '') {
      fail(
        `This PDF has no text layer (${doc.numPages} ${doc.numPages === 1 ? 'page' : 'pages'}, no text) — it is probably a scanned image. ` +
          'OCR is not supported: run it through an OCR tool (many PDF apps can "recognize text") and import the result.',
      );
    }
    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const field = (key: string): string | null => {
      const value = (info as Record<string, unknown>)[key];
      return typeof value === 'string' && value.trim() !== '' ? value : null;
    };
    return extracted(text, {
      title: field('Title') ?? metadata?.get('dc:title') ?? null,
      author: field('Author') ?? metadata?.get('dc:creator') ?? null,
      date: field('CreationDate'),
      pages,
    });
  } finally {
    await task.destroy();
  }
}
