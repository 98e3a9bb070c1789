/**
 * The JSON export: the report's data as is, tagged with a format name and version so a reader
 * can tell what it holds (fields documented in docs/export-formats.md).
 */
import { REPORT_DATA_VERSION, type ReportData } from './report-data.js';

/** The `format` value of a JSON report. */
export const REPORT_JSON_FORMAT = 'warrant-report';

/** A JSON report document: the tag first, then every field of ReportData. */
export type ReportJson = { format: typeof REPORT_JSON_FORMAT; version: typeof REPORT_DATA_VERSION } & ReportData;

/** The report as pretty-printed JSON (two-space indent, ending with a newline). */
export function renderJson(data: ReportData): string {
  const doc: ReportJson = { format: REPORT_JSON_FORMAT, version: REPORT_DATA_VERSION, ...data };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
