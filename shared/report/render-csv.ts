/**
 * The CSV table: one row per claim and evidence passage (a claim with no evidence gets one row
 * with the evidence columns empty), for spreadsheets. RFC 4180: CRLF between rows, a field in
 * double quotes when it holds a comma, a quote or a line break, quotes inside doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ as a formula, and a hostile claim, note or
 * article title could then fetch data or run commands (OWASP "CSV injection"). Such a cell, and
 * one starting with a tab or carriage return (which some spreadsheets skip before the formula
 * check), gets a leading apostrophe, which spreadsheets show as text and never evaluate.
 */
import type { ReportClaim, ReportData, ReportEvidence } from './report-data.js';
import { STANCE_LABELS } from './format-text.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'Claim number', 'Claim', 'Verdict', 'Stance', 'Weight', 'Quote', 'Highlight note', 'Link note', 'Article title', 'Source', 'Date', 'URL', 'Paragraph', 'Page',
  // Issue 9, added at the end so existing columns keep their places: the claim's independent
  // origins among its support, the passage's origin, its Admiralty grades, and the suggested
  // rating (labelled as such: never a rater's).
  'Independent origins', 'Origin', 'Source reliability', 'Information credibility', 'Suggested rating',
] as const;

/**
 * Excel opens a CSV file without a byte-order mark in the system's legacy code page, which
 * garbles every non-Latin letter (Greek, Arabic, Chinese, accents). The UTF-8 BOM tells it the
 * file is UTF-8; other spreadsheets and CSV readers skip it.
 */
export const UTF8_BOM = '\uFEFF';

/** A cell as written: formula triggers neutralised, then quoted when RFC 4180 needs it. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  let quote = false;
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
    // Always quoted once neutralised, so the apostrophe is plainly part of the value.
    quote = true;
  }
  if (quote || /[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** The report as CSV text, starting with a UTF-8 BOM. */
export function renderCsv(data: ReportData): string {
  const rows: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const c of data.claims) {
    if (c.evidence.length === 0) rows.push(row(c, null));
    for (const e of c.evidence) rows.push(row(c, e));
  }
  // RFC 4180: each record ends with CRLF, the last one included.
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}

function row(c: ReportClaim, e: ReportEvidence | null): string {
  const cells: Array<string | number | null> = [
    c.number,
    c.text,
    c.verdict.label,
    e ? STANCE_LABELS[e.stance] : null,
    e?.weight ?? null,
    e?.quote ?? null,
    e?.highlightNote ?? null,
    e?.linkNote ?? null,
    e ? e.article.title + (e.article.removed ? ' (article removed)' : '') : null,
    e?.article.source ?? null,
    e?.article.date ?? null,
    e?.article.url ?? null,
    e?.locator.paragraph ?? null,
    e?.locator.page ?? null,
    c.origins.supporting,
    e ? (c.origins.groups.find((g) => g.linkIds.includes(e.linkId))?.name ?? null) : null,
    e?.reliability ?? null,
    e?.credibility ?? null,
    `${c.suggested.label} (suggested)`,
  ];
  return cells.map(csvCell).join(',');
}
