/**
 * One file's journey inside an import worker: read it, extract text and metadata by format,
 * normalize the text (once, for good), hash it, and clean the metadata. Every problem becomes a
 * `{ ok: false, reason }` a researcher can act on; nothing here throws.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { DateSourceId } from '../../shared/date-sources.js';
import { formatOf } from '../../shared/formats.js';
import { UNDETERMINED } from '../../shared/languages.js';
import { LIMITS } from '../../shared/limits.js';
import type { ArticleFormat, ArticleLanguage } from '../../shared/model.js';
import { detectLanguage } from '../../shared/search/detect-language.js';
import { normalizeText } from '../../shared/text/normalize.js';
import { errorCode, fsErrorReason } from '../common/files.js';
import { DATE_SEARCH_CHARS, dateInText, parseDate } from './dates.js';
import type { Extracted } from './extracted.js';
import { baseName, tooLargeReason, unsupportedReason } from './formats.js';
import { fail, ImportFailure } from './import-failure.js';
import { PARSERS } from './parsers.js';
import { checkContent } from './sniff.js';
import { cleanField, cleanTitle, titleFromFileName, titleFromText } from './title.js';

/** A file to parse: on the backend's disk, or sent by the UI as base64. */
export type ParseJob = { kind: 'path'; path: string; name: string } | { kind: 'bytes'; name: string; base64: string };

/** A parsed file, ready to become an Article (the main thread adds id and import time). */
export interface ParsedFile {
  format: ArticleFormat;
  fileName: string;
  text: string;
  contentHash: string;
  title: string;
  author: string | null;
  source: string | null;
  date: string | null;
  /** Where `date` came from (shared/date-sources.ts); null when there is no date. */
  dateSource: DateSourceId | null;
  url: string | null;
  /** The language of `text`, detected here, in the import's child process (shared/search/detect-language.ts). */
  language: ArticleLanguage;
  /** Where each page begins (paged formats only; see Article.pageStarts). */
  pageStarts?: number[];
  /** What the researcher should know about how the file was read (the encoding assumed). */
  note?: string;
}

export type JobResult = { ok: true; value: ParsedFile } | { ok: false; reason: string };

/**
 * Why a file cannot be read, as advice for the codes an import meets; every other error gets
 * the shared words for its code (electron/common/files.ts), never a bare code or the library's message.
 */
export function readErrorReason(e: unknown): string {
  const code = errorCode(e);
  switch (code) {
    case 'ENOENT':
      return 'The file no longer exists (it was moved or deleted during the import).';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: Warrant is not allowed to read this file. Check its permissions.';
    case 'EISDIR':
      return 'This is a folder, not a file.';
    case 'EBUSY':
      return 'The file is locked by another program. Close it there and import it again.';
    default:
      return `The file could not be read: ${fsErrorReason(e)}.`;
  }
}

async function readPath(filePath: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (e) {
    fail(readErrorReason(e));
  }
  try {
    const stat = await handle.stat();
    // Never read a FIFO or device: it could block the worker forever.
    if (!stat.isFile()) fail('This is not a regular file.');
    if (stat.size > LIMITS.maxImportBytes) fail(tooLargeReason(stat.size));
    const data = await handle.readFile();
    if (data.byteLength > LIMITS.maxImportBytes) fail(tooLargeReason(data.byteLength));
    return data;
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    fail(readErrorReason(e));
  } finally {
    await handle.close();
  }
}

/**
 * The text of a paged document, normalized page by page so that where each page begins is
 * known; null when that would give a different text than normalizing the whole (a page that
 * begins with a combining mark, say) — the article then simply has no page numbers.
 */
export function pagedText(pages: readonly string[]): { text: string; pageStarts: number[] } | null {
  const pageStarts: number[] = [];
  let text = '';
  for (const page of pages) {
    const part = normalizeText(page);
    if (part !== '' && text !== '') text += '\n\n';
    pageStarts.push(text.length);
    text += part;
  }
  if (pageStarts.length === 0 || normalizeText(pages.join('\n\n')) !== text) return null;
  // An empty page "starts" where the next text does, so an offset is on the page that shows it.
  for (let i = pageStarts.length - 2; i >= 0; i--) if (normalizeText(pages[i]!) === '') pageStarts[i] = pageStarts[i + 1]!;
  pageStarts[0] = 0;
  return { text, pageStarts };
}

/** Formats whose parser's date is a file property (PDF CreationDate, Word's `dcterms:created`). */
const FILE_DATE_FORMATS: ReadonlySet<ArticleFormat> = new Set(['pdf', 'docx']);

/**
 * The article's date and where it came from. A date the document states in its markup wins;
 * then a date written near the top of its text (a cover page, a masthead, a dateline); a file's
 * creation date only when the document says nothing, because it is often years after
 * publication (a manual dated 18 Aug 2022, saved again on 8 Feb 2025).
 */
export function chooseDate(format: ArticleFormat, found: Extracted): { date: string | null; dateSource: DateSourceId | null } {
  const given = parseDate(found.date);
  const givenSource = found.dateSource ?? (FILE_DATE_FORMATS.has(format) ? 'file' : 'document');
  if (given !== null && givenSource === 'document') return { date: given, dateSource: 'document' };
  // The body only (never a footnote's or comment's date), normalized so lines are lines.
  const body = found.pages ? found.pages.join('\n\n') : found.text;
  const stated = dateInText(normalizeText(body.slice(0, DATE_SEARCH_CHARS * 4)));
  if (stated !== null) return { date: stated, dateSource: 'document' };
  return given === null ? { date: null, dateSource: null } : { date: given, dateSource: givenSource };
}

/** Reads and parses one file. Never throws: failures come back as a reason. */
export async function runJob(job: ParseJob): Promise<JobResult> {
  const fileName = baseName(job.name);
  const format = formatOf(fileName);
  try {
    if (format === null) fail(unsupportedReason(fileName));
    const bytes = job.kind === 'path' ? await readPath(job.path) : Buffer.from(job.base64, 'base64');
    if (bytes.byteLength > LIMITS.maxImportBytes) fail(tooLargeReason(bytes.byteLength));
    if (bytes.byteLength === 0) fail('The file is empty (0 bytes).');

    checkContent(format, bytes);
    const found = await PARSERS[format](bytes);
    const paged = found.pages ? pagedText(found.pages) : null;
    const body = paged?.text ?? normalizeText(found.text);
    const appendix = found.appendix === undefined ? '' : normalizeText(found.appendix);
    const text = body !== '' && appendix !== '' ? `${body}\n\n${appendix}` : body + appendix;
    if (text === '') fail('No text found: the file contains nothing to read once formatting is removed.');
    if (text.length > LIMITS.maxTextLength) {
      fail(
        `The text is ${text.length.toLocaleString('en-US')} characters long, more than the limit of ` +
          `${LIMITS.maxTextLength.toLocaleString('en-US')}. Split the document and import the parts.`,
      );
    }
    return {
      ok: true,
      value: {
        format,
        fileName: cleanField(fileName) ?? 'file',
        text,
        contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
        title: cleanTitle(found.title) ?? titleFromText(text) ?? titleFromFileName(fileName),
        author: cleanField(found.author),
        source: cleanField(found.source),
        ...chooseDate(format, found),
        url: cleanField(found.url),
        // From the final text, as the search index would detect it (so its cache stays valid).
        language: { code: (await detectLanguage(text)) ?? UNDETERMINED, source: 'detected' },
        ...(paged ? { pageStarts: paged.pageStarts } : {}),
        ...(found.note ? { note: found.note } : {}),
      },
    };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, reason: e.message };
    return { ok: false, reason: unexpectedErrorReason(format, e) };
  }
}

/** How "could not be read as …" names each format. */
const AS_FORMAT: Readonly<Record<ArticleFormat, string>> = {
  txt: 'plain text',
  md: 'Markdown',
  html: 'a web page (HTML)',
  pdf: 'a PDF',
  docx: 'a Word document',
};

/**
 * A researcher's sentence for an error a parser library threw. The library's own message is never
 * shown: it names internals (xmldom, jszip, marked), links to bug trackers and can quote the file.
 */
export function unexpectedErrorReason(format: ArticleFormat | null, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/i.test(message)) {
    return 'The file could not be read: its structure is nested too deeply to process. It may be damaged or generated by a program.';
  }
  if (e instanceof RangeError && /string longer than|invalid string length|array buffer allocation/i.test(message)) {
    return 'The file could not be read: its content is too large to process. Split the document and import the parts.';
  }
  return `The file could not be read as ${format === null ? 'a document' : AS_FORMAT[format]}: the file may be damaged.`;
}
