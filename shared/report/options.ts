/**
 * What a researcher picks in the export dialog (and the CLI's options): which claims, in which
 * order, which sections. One schema for the dialog, the API and the CLI.
 */
import { z } from 'zod';

/** How claims are ordered in a report. Sub-claims always follow their parent. */
export const REPORT_ORDERS = {
  project: 'As in the claims panel',
  verdict: 'By verdict (best supported first)',
  evidence: 'By amount of evidence',
  alphabetical: 'Alphabetically',
} as const;
export type ReportOrder = keyof typeof REPORT_ORDERS;
export const ReportOrder = z.enum(Object.keys(REPORT_ORDERS) as [ReportOrder, ...ReportOrder[]]);

/** The optional sections of a report, with their labels, in the order they print. */
export const REPORT_SECTIONS = {
  summary: 'Summary table',
  claims: 'Each claim with its evidence',
  sources: 'Sources appendix',
  articles: 'Each cited article with its highlights marked',
} as const;
export type ReportSection = keyof typeof REPORT_SECTIONS;

export const ReportSections = z
  .object({ summary: z.boolean(), claims: z.boolean(), sources: z.boolean(), articles: z.boolean() })
  .strict();
export type ReportSections = z.infer<typeof ReportSections>;

/** The report options. `claimIds` null means every claim; a list keeps only those (and their order when `order` is 'project'… see build-report). */
export const ReportOptions = z
  .object({
    /** Null: all claims. Otherwise the claims to include (a sub-claim listed without its parent is still included). */
    claimIds: z.array(z.string().min(1).max(100)).max(100_000).nullable(),
    order: ReportOrder,
    sections: ReportSections,
    /** Report title; null uses the project's name. */
    title: z.string().max(2_000).nullable(),
  })
  .strict();
export type ReportOptions = z.infer<typeof ReportOptions>;

/** The defaults: all claims, panel order, every section but the (long) article texts. */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  claimIds: null,
  order: 'project',
  sections: { summary: true, claims: true, sources: true, articles: false },
  title: null,
};
