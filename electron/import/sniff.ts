/**
 * Content sniffing: a file's bytes must look like its extension says, before a parser sees them.
 * A program or an image renamed `.html` would otherwise import as an article of garbage, and a
 * text file renamed `.pdf` or `.docx` would reach pdf.js or the zip reader only to fail with a
 * library's message. Plain text and Markdown check their own bytes while decoding
 * (decode-text.ts: NUL bytes, control characters, damaged UTF-8, unrecognisable encodings), with messages of their own.
 *
 * A .docx is a zip package, and the one format here that can unpack to far more than its size:
 * its directory and its parts are checked (electron/common/zip-guard.ts) before jszip or mammoth
 * inflate anything, so a 1 MB zip bomb costs milliseconds, not gigabytes.
 */
import { LIMITS } from '../../shared/limits.js';
import type { ArticleFormat } from '../../shared/model.js';
import { guardZip, type ZipLimits, type ZipProblem } from '../common/zip-guard.js';
import { fail } from './import-failure.js';

/** Signatures of common non-text files, by what a researcher would call them. */
const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program (EXE or DLL)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program' },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], what: 'a macOS program' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], what: 'a macOS program or Java class file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (or a Word, Excel or EPUB file)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old-style Office document' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);

/** What `bytes` are by their signature (e.g. "a PNG image"), or null when none is known. */
export function knownBinary(bytes: Uint8Array): string | null {
  return MAGIC.find((m) => startsWith(bytes, m.bytes))?.what ?? null;
}

/** How many bytes the control-character check looks at: enough to judge, cheap for any size. */
const SAMPLE = 64 * 1024;

/**
 * Whether `bytes` look like text in a byte-oriented encoding (UTF-8, Latin-1, …): no NUL byte
 * and few control characters in the first 64 KB. UTF-16 (which has NULs) is accepted with its BOM.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    // Tab, line feed, form feed, carriage return and escape occur in real text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control += 1;
  }
  return control <= sample.length * 0.05;
}

/** The byte offset of `%PDF-` in the first KB (readers allow junk before it), or -1. */
function pdfHeaderAt(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i += 1) {
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i;
  }
  return -1;
}

/** "it looks like a PNG image" / "it looks like plain text" / "…binary data", for messages. */
function whatItIs(bytes: Uint8Array): string {
  const known = knownBinary(bytes);
  if (known) return `it looks like ${known}`;
  return looksLikeText(bytes) ? 'it looks like plain text' : 'it looks like binary data';
}

/**
 * Refuses `bytes` whose content does not match `format`, with a reason naming what the file
 * seems to be. Formats that check their own bytes (txt, md) pass through.
 */
export function checkContent(format: ArticleFormat, bytes: Uint8Array): void {
  switch (format) {
    case 'html': {
      const known = knownBinary(bytes);
      if (known || !looksLikeText(bytes)) {
        fail(
          `This file's content is not HTML: it ${known ? `looks like ${known}` : 'looks like a program or binary file'}, not a web page. ` +
            'Check that it is the file you meant, or give it the extension of its real format.',
        );
      }
      return;
    }
    case 'pdf':
      if (pdfHeaderAt(bytes) < 0) {
        fail(
          `This file is not a PDF: it does not start with a PDF header (${whatItIs(bytes)}). ` +
            'Check that it is the file you meant, or give it the extension of its real format.',
        );
      }
      return;
    case 'docx':
      // Old .doc files and password-protected packages (compound files) get their own advice in parse-docx.ts.
      if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
        fail(
          `This .docx file is damaged or is not a Word document (it could not be opened as a zip package: ${whatItIs(bytes)}). ` +
            'Check that it is the file you meant, or open it in Word or LibreOffice and save it as .docx.',
        );
      }
      if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) checkPackage(bytes);
      return;
    case 'txt':
    case 'md':
      return;
  }
}

/** The zip limits of an imported package, from shared/limits.ts. */
export const PACKAGE_LIMITS: Readonly<ZipLimits> = {
  maxEntries: LIMITS.maxZipEntries,
  maxEntryBytes: LIMITS.maxUnzippedEntryBytes,
  maxTotalBytes: LIMITS.maxUnzippedBytes,
  maxRatio: LIMITS.maxZipRatio,
  maxXmlEntryBytes: LIMITS.maxDocxXmlBytes,
  ratioFloorBytes: 1024 * 1024,
};

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
const BOMB = "(a 'zip bomb'?) — Warrant does not open it.";

/** A Word document's zip package, refused with a reason before anything inflates it. */
function checkPackage(bytes: Uint8Array, limits: Readonly<ZipLimits> = PACKAGE_LIMITS): void {
  const problem = guardZip(bytes, limits);
  if (problem) fail(packageReason(problem));
}

/** The guard's verdict on a .docx package, in a researcher's words (never the archive's content). */
export function packageReason(problem: ZipProblem): string {
  switch (problem.kind) {
    case 'entry-size':
    case 'total':
      return `This Word document would unpack to more than ${mb(problem.limit)} ${BOMB}`;
    case 'xml-size':
      return `This Word document's text is more than ${mb(problem.limit)} of XML, more than Warrant's Word reader can hold in memory. Split it into smaller documents (or save it as PDF) and import those.`;
    case 'ratio':
      return `This Word document is packed more than ${problem.limit} times smaller than it unpacks ${BOMB}`;
    case 'overflow':
      return `This Word document unpacks to more than its own table of contents declares ${BOMB}`;
    case 'entries':
      return `This Word document lists more than ${problem.limit.toLocaleString('en-US')} parts, far more than a real document has — Warrant does not open it.`;
    case 'name':
      return `This Word document was refused: its package names files outside itself (${problem.detail}).`;
    case 'encrypted':
      return 'This Word document is password-protected. Open it in Word or LibreOffice, remove the password, save it as .docx, and import it again.';
    case 'duplicate':
      return 'This .docx file is damaged: its package lists the same part twice, so it is ambiguous which one to read.';
    case 'damaged':
      return (
        'This .docx file is damaged or is not a Word document (it could not be opened as a zip package: ' +
        'it may be incomplete, for example cut short while copying or downloading).'
      );
  }
}
