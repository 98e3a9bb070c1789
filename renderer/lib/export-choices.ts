/**
 * The export dialog's choices and the request they make: which claims (all, those the claims
 * panel shows, or those ticked), the order, the sections, the format and the title, turned into
 * the `ReportOptions` of the contract (shared/report/options.ts). Pure, so it is tested alone.
 */
import { claimTree } from '../../shared/annotations/summary.js';
import { EXPORT_FORMATS, exportFormat, type ExportFormat, type ExportFormatId } from '../../shared/export-formats.js';
import type { Claim } from '../../shared/model.js';
import { DEFAULT_REPORT_OPTIONS, REPORT_SECTIONS, type ReportOptions, type ReportOrder, type ReportSection, type ReportSections } from '../../shared/report/options.js';
import type { ClaimSort } from './claims-view.js';

/** Which claims go into the export. */
export type ClaimScope = 'all' | 'shown' | 'ticked';

/** What the researcher chose in the dialog. */
export interface ExportChoices {
  format: ExportFormatId;
  scope: ClaimScope;
  /** The ticked claims (scope 'ticked'). */
  ticked: ReadonlySet<string>;
  order: ReportOrder;
  sections: ReportSections;
  /** The report's title as typed; blank uses the project's name. */
  title: string;
}

/** The report order that matches the claims panel's sort, so "as shown" reads the same. */
export function orderForSort(sort: ClaimSort): ReportOrder {
  return sort === 'rating' ? 'verdict' : sort === 'evidence' ? 'evidence' : 'project';
}

/** The choices a dialog opens with: an HTML report of every claim, ordered as the panel sorts them. */
export function initialChoices(sort: ClaimSort): ExportChoices {
  return {
    format: 'html',
    scope: 'all',
    ticked: new Set(),
    order: orderForSort(sort),
    sections: { ...DEFAULT_REPORT_OPTIONS.sections },
    title: '',
  };
}

/** The report options of `choices`; `claims` in the project's order, `shownIds` as the panel lists them. */
export function reportOptions(choices: ExportChoices, claims: readonly Claim[], shownIds: readonly string[]): ReportOptions {
  let claimIds: string[] | null = null;
  if (choices.scope === 'shown') claimIds = [...shownIds];
  // In the project's order, whatever order they were ticked in.
  else if (choices.scope === 'ticked') claimIds = claims.filter((c) => choices.ticked.has(c.id)).map((c) => c.id);
  const title = choices.title.trim();
  return { claimIds, order: choices.order, sections: { ...choices.sections }, title: title === '' ? null : title };
}

/** Why the choices cannot be exported as they are, or null when they can. */
export function exportProblem(choices: ExportChoices, options: ReportOptions): string | null {
  if (options.claimIds !== null && options.claimIds.length === 0) {
    return choices.scope === 'shown' ? 'The claims panel shows no claims: change its filter, or export all claims.' : 'Tick at least one claim to export.';
  }
  if (exportFormat(choices.format).usesSections && !Object.values(options.sections).some(Boolean)) return 'Choose at least one section.';
  return null;
}

/** One row of the claims checklist. */
export interface ChecklistRow {
  id: string;
  text: string;
  /** 1 for a sub-claim, shown indented under its parent. */
  depth: 0 | 1;
}

/** The checklist: each claim followed by its sub-claims, in the project's order. */
export function checklistRows(claims: readonly Claim[]): ChecklistRow[] {
  return claimTree(claims).map(({ claim, depth }) => ({ id: claim.id, text: claim.text, depth }));
}

/** The sections in the order they print, with their labels. */
export const SECTION_LIST = Object.entries(REPORT_SECTIONS) as Array<[ReportSection, string]>;

/** The formats in groups: reports people read, then interchange data for other tools. */
export const FORMAT_GROUPS: ReadonlyArray<{ kind: ExportFormat['kind']; label: string; formats: readonly ExportFormat[] }> = [
  { kind: 'report', label: 'Reports', formats: EXPORT_FORMATS.filter((f) => f.kind === 'report') },
  { kind: 'interchange', label: 'For other tools', formats: EXPORT_FORMATS.filter((f) => f.kind === 'interchange') },
];
