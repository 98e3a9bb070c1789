/**
 * PDF files, read with pdf.js (the legacy build, which runs in Node). Only the text layer is
 * read: pdf.js is given no eval, no system fonts and no font loading, and runs its "worker" in
 * this thread (we are already off the main thread).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fail } from './import-failure.js';
import { extracted, type Extracted } from './extracted.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type TextItem = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

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

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

/**
 * Joins a page's text items into lines and paragraphs. Items on one baseline form a line; a new
 * paragraph starts after a vertical gap clearly larger than the line spacing, or when the line
 * before ended short with a full stop. Lines of a paragraph are joined with a space (a line
 * ending in a hyphen is joined without one, keeping the hyphen: no characters are invented or lost).
 */
export function pageText(items: readonly object[]): string {
  // First pass: items -> lines (text, baseline, horizontal extent, type size).
  const lines: { text: string; y: number; startX: number; endX: number; size: number }[] = [];
  let line = '';
  let lineY: number | null = null;
  let lineStartX = 0;
  let lineEndX = 0;
  let size = 0;

  const endLine = () => {
    if (line.trim() !== '' && lineY !== null) lines.push({ text: line.trim(), y: lineY, startX: lineStartX, endX: lineEndX, size });
    line = '';
    lineY = null;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const h = item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;
    if (item.str === '') {
      if (item.hasEOL) endLine();
      continue;
    }
    if (lineY !== null && Math.abs(y - lineY) > Math.max(h, size) * 0.5) endLine();
    if (lineY === null) {
      lineY = y;
      lineStartX = x;
      size = h;
    } else if (x > lineEndX + h * 0.15 && !line.endsWith(' ') && !item.str.startsWith(' ')) {
      line += ' ';
    }
    line += item.str;
    lineEndX = x + item.width;
    size = Math.max(size, h);
    if (item.hasEOL) endLine();
  }
  endLine();

  // Second pass: lines -> paragraphs.
  const paragraphs: string[] = [];
  let paragraph = '';
  // (A loop, not Math.max(...spread): a pathological page can have more lines than call arguments.)
  let rightEdge = 0;
  let leftEdge = Infinity;
  for (const l of lines) {
    rightEdge = Math.max(rightEdge, l.endX);
    leftEdge = Math.min(leftEdge, l.startX);
  }
  lines.forEach((current, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const gap = previous.y - current.y; // PDF y grows upwards
      const spacing = Math.max(previous.size, current.size);
      const newParagraph =
        gap < 0 || // moved up: next column or a page region out of order
        gap > spacing * 1.6 ||
        (previous.endX < rightEdge - spacing * 4 && /[.!?:"”’)]$/.test(previous.text)) ||
        (current.startX > leftEdge + spacing && current.startX > previous.startX + spacing * 0.8);
      if (newParagraph) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
    }
    if (paragraph === '') paragraph = current.text;
    else paragraph += /\p{L}-$/u.test(paragraph) ? current.text : ` ${current.text}`;
  });
  if (paragraph !== '') paragraphs.push(paragraph);
  return paragraphs.join('\n\n');
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
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items));
      page.cleanup();
    }
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
