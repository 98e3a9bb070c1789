/**
 * The export formats Warrant writes: the one list the export dialog, the save dialog's filters,
 * the CLI's `--format` option, the HTTP download and the file names are built from.
 * Platform-free data; which code writes a format is decided in electron/server/export/.
 */

/** One export format. */
export interface ExportFormat {
  readonly id: ExportFormatId;
  /** What the dialog and help call it. */
  readonly label: string;
  /** The file extension, lower case with its dot. */
  readonly extension: string;
  readonly mime: string;
  /** A report a person reads, or interchange data another tool reads. */
  readonly kind: 'report' | 'interchange';
  /** Bytes rather than UTF-8 text (sent base64 over the API). */
  readonly binary: boolean;
  /** One line for the dialog. */
  readonly description: string;
  /** Whether the report options (sections, order) shape it; interchange formats carry everything selected. */
  readonly usesSections: boolean;
}

const FORMATS = [
  { id: 'html', label: 'HTML report', extension: '.html', mime: 'text/html', kind: 'report', binary: false, usesSections: true, description: 'One self-contained page: readable in any browser, printable.' },
  { id: 'pdf', label: 'PDF report', extension: '.pdf', mime: 'application/pdf', kind: 'report', binary: true, usesSections: true, description: 'The HTML report printed to PDF.' },
  { id: 'md', label: 'Markdown report', extension: '.md', mime: 'text/markdown', kind: 'report', binary: false, usesSections: true, description: 'Plain text with Markdown structure, for notes and wikis.' },
  { id: 'csv', label: 'CSV table', extension: '.csv', mime: 'text/csv', kind: 'report', binary: false, usesSections: false, description: 'One row per claim and evidence passage, for spreadsheets.' },
  { id: 'json', label: 'JSON data', extension: '.json', mime: 'application/json', kind: 'report', binary: false, usesSections: false, description: 'The report’s data, for scripts and other programs.' },
  { id: 'w3c', label: 'W3C Web Annotations', extension: '.jsonld', mime: 'application/ld+json', kind: 'interchange', binary: false, usesSections: false, description: 'Highlights and evidence links as W3C Web Annotation JSON-LD.' },
  { id: 'claimreview', label: 'schema.org ClaimReview', extension: '.jsonld', mime: 'application/ld+json', kind: 'interchange', binary: false, usesSections: false, description: 'Every rated claim as a ClaimReview, as fact-checkers publish them.' },
  { id: 'qdpx', label: 'REFI-QDA project', extension: '.qdpx', mime: 'application/zip', kind: 'interchange', binary: true, usesSections: false, description: 'For QualCoder, ATLAS.ti, MAXQDA and NVivo: articles, codes and coded passages.' },
] as const;

/** The id of an export format. */
export type ExportFormatId = (typeof FORMATS)[number]['id'];

/** Every export format, in the order the dialog lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = FORMATS;

/** The ids, in registry order (for zod enums and the CLI). */
export const EXPORT_FORMAT_IDS = FORMATS.map((f) => f.id) as [ExportFormatId, ...ExportFormatId[]];

/** The format with this id. */
export function exportFormat(id: ExportFormatId): ExportFormat {
  const f = EXPORT_FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown export format ${id}`);
  return f;
}

/** A safe default file name for exporting project `name` as `id` ("Water tariffs — report.html"). */
export function exportFileName(name: string, id: ExportFormatId): string {
  const f = exportFormat(id);
  // Characters no file system accepts (and control characters) become spaces.
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const base = name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Warrant';
  const suffix = id === 'w3c' ? ' annotations' : id === 'claimreview' ? ' claim reviews' : f.kind === 'report' && id !== 'json' && id !== 'csv' ? ' report' : '';
  return `${base}${suffix}${f.extension}`;
}

/** The interchange files Warrant can import onto a project (annotations and whole QDA projects). */
export const INTERCHANGE_IMPORT_EXTENSIONS: readonly string[] = ['.qdpx', '.jsonld', '.json'];
