/**
 * `warrant export`: reports and interchange files from the command line, through the same
 * export area as the app (so the same worker, the same escaping, the same atomic write).
 */
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { InterchangeSummary } from '../shared/api-export.js';
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../shared/export-formats.js';
import { DEFAULT_REPORT_OPTIONS, REPORT_ORDERS, REPORT_SECTIONS, type ReportOrder, type ReportSections } from '../shared/report/options.js';
import { call, makeBackend } from './cli-backend.js';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

function parseFormat(value: string): ExportFormatId {
  const id = value.trim().toLowerCase();
  if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(id)) throw new InvalidArgumentError(`must be one of ${EXPORT_FORMAT_IDS.join(', ')}.`);
  return id as ExportFormatId;
}

function parseOrder(value: string): ReportOrder {
  if (!Object.prototype.hasOwnProperty.call(REPORT_ORDERS, value)) throw new InvalidArgumentError(`must be one of ${Object.keys(REPORT_ORDERS).join(', ')}.`);
  return value as ReportOrder;
}

function parseSections(value: string): ReportSections {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !Object.prototype.hasOwnProperty.call(REPORT_SECTIONS, n));
  if (unknown.length) throw new InvalidArgumentError(`unknown section ${unknown.join(', ')}; sections are ${Object.keys(REPORT_SECTIONS).join(', ')}.`);
  const sections = { summary: false, claims: false, sources: false, articles: false };
  for (const n of names) sections[n as keyof ReportSections] = true;
  return sections;
}

function parseIds(value: string): string[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!ids.length) throw new InvalidArgumentError('name at least one claim id (see `warrant claims --json`).');
  return ids;
}

/** Prints what an interchange import added and what it could not place. */
export function printInterchangeSummary(summary: InterchangeSummary, out: (line: string) => void): void {
  const c = summary.counts;
  const parts = [
    [c.articles, 'article'],
    [c.claims, 'claim'],
    [c.highlights, 'highlight'],
    [c.links, 'evidence link'],
    [c.ratings, 'rating'],
  ] as const;
  const added = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  out(`${summary.file}: ${added.length ? `added ${added.join(', ')}` : 'added nothing new'}${c.alreadyPresent ? ` (${c.alreadyPresent} already in the project)` : ''}.`);
  if (summary.unmatched.length) out(`Could not place ${summary.unmatched.length} item${summary.unmatched.length === 1 ? '' : 's'}:`);
  for (const u of summary.unmatched) out(`  ! ${u.what} — ${u.reason}`);
}

/** Adds `warrant export`. */
export function addExportCommands(program: Command, io: Io): void {
  program
    .command('export')
    .description('Export a report (html, pdf, md, csv, json) or interchange data (w3c, claimreview, qdpx) of a project.')
    .argument('<project>', 'the .warrant project file')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMAT_IDS.join(', ')}`, parseFormat)
    .requiredOption('-o, --output <file>', 'the file to write (never replaced unless --force)')
    .option('--claims <ids>', 'only these claims, comma-separated ids (see `warrant claims --json`)', parseIds)
    .option('--order <order>', `claim order: ${Object.keys(REPORT_ORDERS).join(', ')}`, parseOrder, DEFAULT_REPORT_OPTIONS.order)
    .option('--sections <list>', `report sections, comma-separated: ${Object.keys(REPORT_SECTIONS).join(', ')}`, parseSections)
    .option('--title <title>', 'report title (default: the project name)')
    .option('--force', 'replace the output file if it exists')
    .action(async (projectPath: string, opts: { format: ExportFormatId; output: string; claims?: string[]; order: ReportOrder; sections?: ReportSections; title?: string; force?: boolean }) => {
      const backend = makeBackend('browser');
      try {
        await call(backend, 'project.open', { path: resolve(projectPath) });
        const options = { claimIds: opts.claims ?? null, order: opts.order, sections: opts.sections ?? DEFAULT_REPORT_OPTIONS.sections, title: opts.title ?? null };
        const written = await call(backend, 'export.write', { format: opts.format, options, path: resolve(opts.output), ...(opts.force ? { overwrite: true } : {}) });
        io.out(`Wrote ${written.fileName} (${written.bytes.toLocaleString('en')} bytes).`);
      } finally {
        await backend.dispose({ force: true });
      }
    });
}
