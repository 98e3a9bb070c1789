/**
 * Which parser reads each import format. Typed as a Record over the format registry's ids
 * (shared/formats.ts), so adding a format there fails to compile until it has a parser here.
 */
import type { ArticleFormat } from '../../shared/model.js';
import type { Extracted } from './extracted.js';

/** Reads one file's bytes into text and metadata; throws ImportFailure with a reason for a bad file. */
export type Parser = (bytes: Uint8Array) => Promise<Extracted>;

// Each parser is loaded on first use: a batch of text files never pays for jsdom or pdf.js.
export const PARSERS: Readonly<Record<ArticleFormat, Parser>> = {
  txt: async (bytes) => (await import('./parse-text.js')).parseText(bytes),
  md: async (bytes) => (await import('./parse-markdown.js')).parseMarkdown(bytes),
  html: async (bytes) => (await import('./parse-html.js')).parseHtml(bytes),
  pdf: async (bytes) => (await import('./parse-pdf.js')).parsePdf(bytes),
  docx: async (bytes) => (await import('./parse-docx.js')).parseDocx(bytes),
};
