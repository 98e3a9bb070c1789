/**
 * The import formats Warrant reads: the one list that the importer's extension lookup, the
 * desktop file dialog, the browser's file input and every "Warrant reads …" text are built from.
 * Platform-free data. Which parser reads a format is decided in electron/import/parsers.ts, whose
 * `Record<ArticleFormat, Parser>` makes the compiler demand a parser for every id listed here.
 */
import { INTERCHANGE_IMPORT_EXTENSIONS } from './export-formats.js';
import { PROJECT_EXTENSION, PROJECT_FILE_LABEL } from './project-files.js';

/** One import format. */
export interface ImportFormat {
  /** Stored in `Article.format` in project files: never rename one. */
  readonly id: ArticleFormatId;
  /** What dialogs and help call it. */
  readonly label: string;
  /** Extensions, lower case with the dot. The first is the one short lists name. */
  readonly extensions: readonly string[];
  /**
   * MIME types a browser reports for such files (`File.type`), for code that only has a type.
   * Informative: the importer decides by extension, and the file input lists extensions only
   * (see {@link fileInputAccept}).
   */
  readonly mimeTypes: readonly string[];
}

// Declared once, in display order; the id type is derived from it so the list cannot drift.
const FORMATS = [
  { id: 'txt', label: 'Plain text', extensions: ['.txt'], mimeTypes: ['text/plain'] },
  { id: 'md', label: 'Markdown', extensions: ['.md', '.markdown'], mimeTypes: ['text/markdown'] },
  { id: 'html', label: 'Web page (HTML)', extensions: ['.html', '.htm'], mimeTypes: ['text/html'] },
  { id: 'pdf', label: 'PDF', extensions: ['.pdf'], mimeTypes: ['application/pdf'] },
  {
    id: 'docx',
    label: 'Word document',
    extensions: ['.docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
] as const;

/** The id of an import format (`txt`, `md`, …); `ArticleFormat` in shared/model.ts is its schema. */
export type ArticleFormatId = (typeof FORMATS)[number]['id'];

/** Every import format, in the order dialogs and help list them. */
export const IMPORT_FORMATS: readonly ImportFormat[] = FORMATS;

/** The format ids, in registry order. */
export const ARTICLE_FORMAT_IDS: readonly ArticleFormatId[] = FORMATS.map((f) => f.id);

/** Every extension Warrant imports (lower case, with dot), in registry order. */
export const IMPORT_EXTENSIONS: readonly string[] = IMPORT_FORMATS.flatMap((f) => f.extensions);

/** The first extension of each format: what short lists name (".txt, .md, .html, .pdf, .docx"). */
export const MAIN_EXTENSIONS: readonly string[] = IMPORT_FORMATS.map((f) => f.extensions[0] ?? '');

const BY_EXTENSION: ReadonlyMap<string, ArticleFormatId> = new Map(IMPORT_FORMATS.flatMap((f) => f.extensions.map((e) => [e, f.id] as const)));

/** The extension of a file name, lower case with its dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  // A leading dot names a hidden file (".profile"), not an extension.
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** The format that reads `fileName`, decided by its extension; null when Warrant does not import it. */
export function formatOf(fileName: string): ArticleFormatId | null {
  return BY_EXTENSION.get(extensionOf(fileName)) ?? null;
}

/** The main extensions as words: ".txt, .md, .html, .pdf and .docx". */
export function describeImportFormats(): string {
  const list = [...MAIN_EXTENSIONS];
  const last = list.pop() ?? '';
  return list.length > 0 ? `${list.join(', ')} and ${last}` : last;
}

/** A file-type filter of an open dialog: a name and extensions without dots (Electron's FileFilter shape). */
export interface DialogFilter {
  name: string;
  extensions: string[];
}

/** What the import dialog calls annotation files and whole QDA projects (INTERCHANGE_IMPORT_EXTENSIONS). */
export const INTERCHANGE_FILTER_LABEL = 'Annotations and QDA projects';

/**
 * True for a file imported as annotations or a QDA project (REFI-QDA `.qdpx`, W3C or
 * Hypothesis JSON) rather than as an article: the UI sends it to `interchange.import`.
 */
export function isInterchangeFile(fileName: string): boolean {
  return INTERCHANGE_IMPORT_EXTENSIONS.includes(extensionOf(fileName));
}

/**
 * The filters of the "import files" dialog: every article format together first, then each on
 * its own, then the files that are not articles and go elsewhere (annotations, project copies).
 */
export function importDialogFilters(): DialogFilter[] {
  const bare = (extensions: readonly string[]) => extensions.map((e) => e.slice(1));
  return [
    { name: 'Articles', extensions: bare(IMPORT_EXTENSIONS) },
    ...IMPORT_FORMATS.map((f) => ({ name: f.label, extensions: bare(f.extensions) })),
    // Imported onto the open project's annotations, not as articles (the UI routes them).
    { name: INTERCHANGE_FILTER_LABEL, extensions: bare(INTERCHANGE_IMPORT_EXTENSIONS) },
    // A colleague's copy picked here is merged, not imported (the UI routes it to the merge).
    { name: `${PROJECT_FILE_LABEL} (merge a colleague’s copy)`, extensions: bare([PROJECT_EXTENSION]) },
  ];
}

/**
 * The `accept` attribute of the browser's file input: the extensions, and no MIME types — a type
 * such as text/plain widens the picker to every extension the system maps to it (.log, .text, …),
 * which the importer would then refuse.
 */
export function fileInputAccept(): string {
  return IMPORT_EXTENSIONS.join(',');
}

/**
 * The `accept` attribute of the "Import files" picker: the article extensions, then what the UI
 * routes elsewhere — annotation and QDA files (interchange import) and project copies (merge).
 */
export function importPickerAccept(): string {
  return [...IMPORT_EXTENSIONS, ...INTERCHANGE_IMPORT_EXTENSIONS, PROJECT_EXTENSION].join(',');
}
