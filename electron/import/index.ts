/**
 * Article import: files, folders and uploaded files in the formats of the registry
 * (shared/formats.ts), parsed on worker threads into normalized, de-duplicated Articles.
 */
export { runImport } from './run-import.js';
export type { ImportOptions, ImportProgress, ImportResult } from './run-import.js';
