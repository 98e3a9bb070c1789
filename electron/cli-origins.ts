/**
 * `warrant origins`: the project's articles grouped by independent origin, with reasons; and
 * the per-claim origin counts `warrant claims --json` adds (`evidence.origins`). The project
 * file is only read. Detection runs in the origins worker and is cached like the index.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { OriginsReport } from '../shared/api-origins.js';
import type { ProjectFile } from '../shared/model.js';
import { claimOrigins } from '../shared/origins/claims.js';
import { OriginsService } from './origins/origins-service.js';
import { readProjectFile } from './project/project-file.js';
import { originsReport } from './server/origins/app.js';
import { indexCacheDir } from './server/paths.js';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs detection (or reads it from the cache) for a project read from disk. */
export async function projectOrigins(project: ProjectFile): Promise<OriginsReport> {
  const service = new OriginsService({ cacheDir: indexCacheDir() });
  try {
    return await originsReport(service, project);
  } finally {
    await service.close();
  }
}

/** Independent origins among each claim's supporting passages, by claim id. */
export async function claimOriginCounts(project: ProjectFile): Promise<Map<string, number>> {
  if (project.claims.length === 0) return new Map();
  const { clusters } = await projectOrigins(project);
  return new Map(claimOrigins(clusters, project).map((c) => [c.claimId, c.origins]));
}

/** The JSON the issue specifies: clusters with ids, origin names, articles and reasons. */
export function originsJson(report: OriginsReport): unknown {
  return {
    clusters: report.clusters.map((c) => ({
      id: c.id,
      // A cluster the researcher renamed is shown, and printed, under that name.
      origin: c.renamed ? c.name : c.origin,
      articles: c.articles,
      reasons: c.reasons.map((r) => ({ kind: r.kind, articles: r.articles, detail: r.detail, strength: r.strength })),
    })),
  };
}

const KIND_LABEL = { attribution: 'credits', 'text-reuse': 'shared text', 'matched-facts': 'matched facts (weaker)', manual: 'by hand' } as const;

/** Adds `warrant origins`. */
export function addOriginsCommand(program: Command, io: Io): void {
  program
    .command('origins')
    .description('Group the articles of a project by independent origin (the report they go back to), with the reasons.')
    .argument('<project>', 'the .warrant project file')
    .option('--json', 'print JSON: { clusters: [{ id, origin, articles: [ids], reasons: [{ kind, articles, detail, strength }] }] }')
    .action(async (projectPath: string, opts: { json?: boolean }) => {
      const project = await readProjectFile(resolve(projectPath));
      const report = await projectOrigins(project);
      if (opts.json) {
        io.out(JSON.stringify(originsJson(report), null, 2));
        return;
      }
      const titles = new Map(project.articles.map((a) => [a.id, a.title]));
      const n = report.clusters.length;
      io.out(`${report.articleCount} article${report.articleCount === 1 ? '' : 's'} · ${n} independent origin${n === 1 ? '' : 's'}`);
      for (const c of report.clusters) {
        io.out('');
        io.out(`${c.name}${c.origin === null && !c.renamed ? ' (no source named)' : ''} — ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}${c.weak ? ' · partly by matched facts (weaker)' : ''}`);
        for (const a of c.articles) io.out(`  · ${titles.get(a) ?? a}`);
        for (const r of c.reasons) io.out(`    ${KIND_LABEL[r.kind]} (${r.strength.toFixed(2)}): ${r.detail}`);
      }
    });
}
