/**
 * Content sniffing: a file's bytes must look like its extension says, before a parser sees them.
 * A program or an image renamed `.html` would otherwise import as an article of garbage, and a
 * text file renamed `.pdf` or `.docx` would reach pdf.js or the zip reader only to fail with a
 * library's message. Plain text and Markdown check their own bytes while decoding
 * (parse-text.ts: NUL bytes, invalid UTF-8), with messages of their own.
 */
import type { ArticleFormat } from '../../shared/model.js';
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
      return;
    case 'txt':
    case 'md':
      return;
  }
}
