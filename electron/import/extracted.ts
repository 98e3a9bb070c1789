import type { DateSourceId } from '../../shared/date-sources.js';

/** What a format parser finds in one file, before cleaning and normalization. */
export interface Extracted {
  /** The readable text, paragraphs separated by blank lines; normalized later, once. */
  text: string;
  /** Title from the document's metadata or structure; null lets the first line decide. */
  title: string | null;
  author: string | null;
  /** Publisher or site. */
  source: string | null;
  /** A date as written in the document; reduced to YYYY-MM-DD later. */
  date: string | null;
  /**
   * Where `date` came from: 'document' when the document states it (page markup, front
   * matter), 'file' when it is a file property (a creation date). Absent or null lets
   * parse-job.ts decide by format: PDF and Word dates are file properties, other formats' stated.
   */
  dateSource?: Exclude<DateSourceId, 'researcher'> | null;
  url: string | null;
  /** Paged documents (PDF): the text of each page, in order, so page numbers survive normalization. */
  pages?: string[];
  /**
   * Sections that follow the body (a Word document's footnotes, endnotes and comments): part of
   * the article's text, after a blank line, but never searched for the document's date — a
   * note's date is its source's, not the document's.
   */
  appendix?: string;
  /** Something the researcher should know about how the file was read ("Read as Windows-1252 …"), shown in the import summary. */
  note?: string;
}

/** An Extracted with only text; the parser fills in what it finds. */
export function extracted(text: string, found: Partial<Omit<Extracted, 'text'>> = {}): Extracted {
  return {
    text,
    title: found.title ?? null,
    author: found.author ?? null,
    source: found.source ?? null,
    date: found.date ?? null,
    dateSource: found.dateSource ?? null,
    url: found.url ?? null,
    ...(found.pages ? { pages: found.pages } : {}),
    ...(found.appendix ? { appendix: found.appendix } : {}),
    ...(found.note ? { note: found.note } : {}),
  };
}
