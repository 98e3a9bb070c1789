/**
 * Article import: files, folders and uploaded files in .txt, .md, .html, .pdf and .docx,
 * parsed on worker threads into normalized, de-duplicated Articles.
 */
export { runImport } from './run-import.js';
export type { ImportOptions, ImportProgress, ImportResult } from './run-import.js';
export { SUPPORTED_EXTENSIONS } from './formats.js';
