/**
 * `warrant suggest`: suggested evidence from the command line — for every claim of a project
 * (or one), the passages across its articles that likely bear on it, best first, at most one
 * per article. Goes through the backend's `suggest.forClaim`, like the app. The project is only
 * read.
 */
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { ClaimSuggestions } from '../shared/api-suggest.js';
import { claimTree } from '../shared/annotations/summary.js';
import { WarrantError } from '../shared/result.js';
import { call, makeBackend } from './cli-backend.js';
import { DEFAULT_SUGGESTION_LIMIT } from './server/suggest/app.js';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `--limit`: a whole number (its range, 1–100, is the contract's to check). */
function parseLimit(value: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new InvalidArgumentError('must be a whole number, such as 10.');
  return Number(value);
}

/** One line for a terminal: whitespace runs (line breaks in the article) as single spaces. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Adds the suggest command to `program`. */
export function addSuggestCommand(program: Command, io: Io): void {
  program
    .command('suggest')
    .description('Suggest evidence: for each claim, the passages across the articles that likely bear on it, best first (one per article).')
    .argument('<project>', 'the .warrant project file')
    .option('--claim <id>', 'only this claim (ids: `warrant claims <project> --json`)')
    .option('--limit <n>', `passages per claim at most (1–100, default ${DEFAULT_SUGGESTION_LIMIT})`, parseLimit, DEFAULT_SUGGESTION_LIMIT)
    .option('--json', 'print JSON: an array of { claimId, suggestions: [{ articleId, start, end, text, score }] }, best first')
    .action(async (projectPath: string, opts: { claim?: string; limit: number; json?: boolean }) => {
      const backend = makeBackend('browser');
      try {
        await call(backend, 'project.open', { path: resolve(projectPath) });
        const claims = claimTree(backend.session()?.data.claims ?? []).map((c) => c.claim);
        if (claims.length === 0) throw new WarrantError('not-found', 'This project has no claims yet: add claims in Warrant (or import annotations) to get suggestions.');
        const chosen = opts.claim === undefined ? claims : claims.filter((c) => c.id === opts.claim);
        if (chosen.length === 0) throw new WarrantError('not-found', `There is no claim “${opts.claim}” in this project; \`warrant claims ${projectPath} --json\` lists the claim ids.`);
        const results: ClaimSuggestions[] = [];
        for (const claim of chosen) results.push(await call(backend, 'suggest.forClaim', { claimId: claim.id, limit: opts.limit }));
        if (opts.json) {
          const rows = results.map((r) => ({
            claimId: r.claimId,
            suggestions: r.suggestions.map(({ articleId, start, end, text, score }) => ({ articleId, start, end, text, score })),
          }));
          io.out(JSON.stringify(rows, null, 2));
          return;
        }
        const text = new Map(chosen.map((c) => [c.id, c.text]));
        for (const r of results) {
          io.out(`${oneLine(text.get(r.claimId) ?? r.claimId)}  [${r.claimId}]`);
          if (r.suggestions.length === 0) io.out('  No passages found that bear on this claim.');
          r.suggestions.forEach((s, i) => {
            const meta = [s.source, s.date].filter(Boolean).join(', ');
            io.out(`  ${i + 1}. ${s.title}${meta ? ` — ${meta}` : ''}  (${s.start}–${s.end})`);
            io.out(`     “${oneLine(s.text)}”`);
          });
        }
      } finally {
        await backend.dispose({ force: true });
      }
    });
}
