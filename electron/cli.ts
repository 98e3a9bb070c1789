/**
 * The `warrant` command line: import, search and serve, on the same services as the app.
 * Errors go to stderr with a non-zero exit, and never leave a half-written file.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { AnyEvent, ImportSummary, SearchHit } from '../shared/api.js';
import { toAppError, WarrantError } from '../shared/result.js';
import { exists } from './common/files.js';
import { call, makeBackend } from './cli-backend.js';
import { appVersion, defaultProjectDir, rendererDir } from './server/paths.js';
import { addMergeCommands } from './cli-merge.js';
import { addExportCommands, printInterchangeSummary } from './cli-export.js';
import { addSuggestCommand } from './cli-suggest.js';
import { addOriginsCommand, claimOriginCounts } from './cli-origins.js';
import type { InterchangeSummary } from '../shared/api-export.js';
import { INTERCHANGE_IMPORT_EXTENSIONS } from '../shared/export-formats.js';
import { extensionOf } from '../shared/formats.js';
import { startServer } from './serve/http-server.js';
import { readProjectFile } from './project/project-file.js';
import { articleIndex, claimTree, summarizeEvidence } from '../shared/annotations/summary.js';
import { ratingLabel } from '../shared/rating-scale.js';
import { querySyntaxText } from '../shared/search/syntax.js';
import { ratingsByClaim, verdictOf } from '../shared/annotations/verdict.js';

/** A whole number option; its range is the contract's to check (through dispatch). */
function parseCount(value: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new InvalidArgumentError('must be a whole number, such as 20.');
  return Number(value);
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0–65535; 0 picks a free one).');
  return n;
}

function printSummary(summary: ImportSummary, out: (line: string) => void): void {
  out(`Imported ${summary.imported.length} article${summary.imported.length === 1 ? '' : 's'}.`);
  for (const a of summary.imported) out(`  + ${a.title}  (${a.file})${a.note ? `\n    note: ${a.note}` : ''}`);
  if (summary.duplicates.length) out(`Skipped ${summary.duplicates.length} duplicate${summary.duplicates.length === 1 ? '' : 's'}:`);
  for (const d of summary.duplicates) out(`  = ${d.file} — same text as “${d.existingTitle}”`);
  if (summary.failed.length) out(`Could not import ${summary.failed.length} file${summary.failed.length === 1 ? '' : 's'}:`);
  for (const f of summary.failed) out(`  ! ${f.file} — ${f.reason}`);
  if (summary.cancelled) out('The import was cancelled; nothing was added.');
}

/** Renders a snippet for a terminal: matched words in bold when the output is a TTY. */
function snippetText(hit: SearchHit, bold: boolean): string {
  if (!bold) return hit.snippet.text;
  let out = '';
  let at = 0;
  for (const [start, end] of hit.snippet.marks) {
    out += hit.snippet.text.slice(at, start) + '\x1b[1m' + hit.snippet.text.slice(start, end) + '\x1b[22m';
    at = end;
  }
  return out + hit.snippet.text.slice(at);
}

/**
 * The folders `warrant serve` lets the browser use: the project's folder (or the current one),
 * the default projects folder, and each `--allow` folder, which must exist.
 */
async function serveFolders(projectPath: string | undefined, allow: readonly string[]): Promise<string[]> {
  for (const folder of allow) {
    const info = await stat(resolve(folder)).catch(() => null);
    if (!info?.isDirectory()) throw new WarrantError('bad-args', `--allow ${folder}: no such folder.`);
  }
  // A project reached through a link: its real folder too, so merging its own file still works.
  const linked = projectPath ? await realpath(resolve(projectPath)).catch(() => null) : null;
  const own = projectPath ? [dirname(resolve(projectPath)), ...(linked ? [dirname(linked)] : [])] : [process.cwd()];
  return [...own, defaultProjectDir(), ...allow.map((f) => resolve(f))];
}

/** Builds the command-line program (the tests run the built CLI in a child process). */
export function buildProgram(io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) }): Command {
  const program = new Command('warrant')
    .description('Warrant — an offline research workbench. Import articles, search them, weigh the evidence.')
    .version(appVersion())
    .showHelpAfterError();

  program
    .command('import')
    .description('Import files and folders into a project (created if missing) and print a summary.')
    .argument('<project>', 'the .warrant project file')
    .argument('<paths...>', 'files or folders to import (folders are searched recursively); .qdpx, .jsonld and .json files bring their annotations onto the project')
    .option('--json', 'print the summary as JSON: { imported, duplicates, failed, cancelled } (and `interchange` for .qdpx / .jsonld / .json files)')
    .action(async (projectPath: string, paths: string[], opts: { json?: boolean }) => {
      const project = resolve(projectPath);
      const backend = makeBackend('browser');
      try {
        if (await exists(project)) await call(backend, 'project.open', { path: project });
        else await call(backend, 'project.new', { path: project });
        // Annotation and QDA files go onto the project; everything else is an article to import.
        const interchange = paths.filter((p) => INTERCHANGE_IMPORT_EXTENSIONS.includes(extensionOf(p)));
        const articles = paths.filter((p) => !interchange.includes(p));
        const summary = articles.length ? await call(backend, 'import.run', { sources: articles.map((p) => ({ kind: 'path' as const, path: resolve(p) })) }) : null;
        const exchanged: InterchangeSummary[] = [];
        for (const p of interchange) exchanged.push(await call(backend, 'interchange.import', { source: { kind: 'path', path: resolve(p) } }));
        await call(backend, 'project.save', {});
        if (opts.json) io.out(JSON.stringify(interchange.length ? { ...summary, interchange: exchanged } : summary, null, 2));
        else {
          if (summary) printSummary(summary, io.out);
          for (const x of exchanged) printInterchangeSummary(x, io.out);
        }
        const nothingDone = (!summary || (summary.imported.length === 0 && summary.duplicates.length === 0)) && exchanged.every((x) => Object.values(x.counts).every((n) => n === 0));
        if (nothingDone) process.exitCode = 1;
      } finally {
        await backend.dispose({ force: true });
      }
    });

  program
    .command('search')
    .description('Search a project: words, phrases, AND / OR / NOT and more (see the query syntax below).')
    .addHelpText('after', `\n${querySyntaxText()}`)
    .argument('<project>', 'the .warrant project file')
    .argument('<query>', 'the search query')
    // The contract's schema checks the range (through dispatch); commander only converts.
    .option('--limit <n>', 'how many results at most', parseCount, 10)
    .option('--json', 'print JSON: an array of { id, title, score, snippet }, best first')
    .action(async (projectPath: string, query: string, opts: { limit: number; json?: boolean }) => {
      const backend = makeBackend('browser');
      try {
        await call(backend, 'project.open', { path: resolve(projectPath) });
        const response = await call(backend, 'search.query', { query, limit: opts.limit });
        // With --json the output stays the array of hits; the suggestion goes to stderr.
        const suggestions = response.suggestions ?? [];
        const didYouMean = suggestions.length > 0 ? `Did you mean: ${suggestions.join(' | ')}?` : null;
        if (opts.json) {
          io.out(JSON.stringify(response.hits.map((hit) => ({ id: hit.id, title: hit.title, score: hit.score, snippet: hit.snippet.text })), null, 2));
          if (didYouMean) io.err(didYouMean);
          return;
        }
        io.out(`${response.total} result${response.total === 1 ? '' : 's'} for ${query}`);
        if (didYouMean) io.out(didYouMean);
        const bold = process.stdout.isTTY === true;
        response.hits.forEach((hit, i) => {
          const meta = [hit.source, hit.date].filter(Boolean).join(', ');
          io.out(`${i + 1}. ${hit.title}${meta ? ` — ${meta}` : ''}`);
          io.out(`   ${snippetText(hit, bold)}`);
        });
      } finally {
        await backend.dispose({ force: true });
      }
    });

  program
    .command('claims')
    .description('List the claims of a project with their rating and evidence summary.')
    .argument('<project>', 'the .warrant project file')
    .option('--json', 'print JSON: an array of { id, text, rating, verdict, evidence: { supports, refutes, context, articles, sources, origins }, ratings: [{ rater, rating, rationale }] }')
    .action(async (projectPath: string, opts: { json?: boolean }) => {
      // Read-only: the file is parsed and validated, never written.
      const project = await readProjectFile(resolve(projectPath));
      const articles = articleIndex(project.articles, project);
      const byClaim = ratingsByClaim(project.ratings);
      // Independent origins among the supporting passages (origin detection, cached like the index).
      const origins = opts.json ? await claimOriginCounts(project) : new Map<string, number>();
      const rows = claimTree(project.claims).map(({ claim, depth }) => {
        const e = summarizeEvidence(claim.id, project, articles);
        const v = verdictOf(claim, byClaim.get(claim.id) ?? []);
        return {
          depth,
          id: claim.id,
          text: claim.text,
          rating: v.rating,
          verdict: v.basis,
          evidence: { supports: e.supports, refutes: e.refutes, context: e.context, articles: e.articles, sources: e.sources, origins: origins.get(claim.id) ?? 0 },
          ratings: v.ratings.map((r) => ({ rater: r.rater, rating: r.rating, rationale: r.rationale })),
        };
      });
      if (opts.json) {
        io.out(JSON.stringify(rows.map(({ depth: _depth, ...row }) => row), null, 2));
        return;
      }
      if (!rows.length) {
        io.out('No claims yet.');
        return;
      }
      for (const row of rows) {
        const e = row.evidence;
        const indent = row.depth ? '    ' : '';
        io.out(`${indent}${row.text}`);
        for (const r of row.ratings.length > 1 ? row.ratings : []) io.out(`${indent}    ${r.rater}: ${ratingLabel(r.rating)}`);
        const verdict = row.verdict === 'disagreement' ? 'Raters disagree (no verdict recorded)' : ratingLabel(row.rating);
        io.out(`${indent}  ${verdict} · ${e.supports} supporting, ${e.refutes} refuting, ${e.context} context · ${e.articles} article${e.articles === 1 ? '' : 's'}, ${e.sources} source${e.sources === 1 ? '' : 's'}`);
      }
    });

  addMergeCommands(program, io);
  addExportCommands(program, io);
  addSuggestCommand(program, io);
  addOriginsCommand(program, io);

  program
    .command('serve')
    .description('Serve the Warrant UI to a browser on 127.0.0.1 (prints the address to open).')
    .argument('[project]', 'a .warrant project to open')
    .option('--port <n>', 'port to listen on (default: a free one)', parsePort, 0)
    .option('--sample', 'open the built-in sample project')
    .option(
      '--allow <folder>',
      'also let the browser open, save, import and export files in this folder (repeatable); by default only the project’s folder (or the current one) and the default projects folder',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(async (projectPath: string | undefined, opts: { port: number; sample?: boolean; allow: string[] }) => {
      const allowedDirs = await serveFolders(projectPath, opts.allow);
      let broadcast: (e: AnyEvent) => void = () => undefined;
      const backend = makeBackend('browser', (e) => broadcast(e));
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        if (projectPath) await call(backend, 'project.open', { path: resolve(projectPath) });
        else if (opts.sample) await call(backend, 'project.openSample', {});
        server = await startServer({ handlers: backend.handlers, staticDir: rendererDir(), port: opts.port, allowedDirs }).catch((e: unknown) => {
          if ((e as { code?: string }).code === 'EADDRINUSE') throw new WarrantError('io', `Port ${opts.port} is in use; choose another with --port (or 0 for any free port).`);
          throw e;
        });
      } catch (e) {
        // Stop the worker threads, or the process would stay alive after the error.
        await backend.dispose({ force: true });
        throw e;
      }
      broadcast = server.broadcast;
      io.out(`Warrant is serving on 127.0.0.1 only. Open this address in your browser:\n${server.url}`);
      io.out(`Files may be opened, saved, imported and exported only in:\n${server.allowedDirs.map((d) => `  ${d}`).join('\n')}\n(add folders with --allow <folder>)`);
      const stop = async (): Promise<void> => {
        await server.close();
        try {
          await backend.dispose({ force: true });
          process.exit(0);
        } catch (e) {
          // The final save failed: say so, and exit non-zero so nobody mistakes it for success.
          io.err(`warrant: ${toAppError(e).message}`);
          process.exit(1);
        }
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await new Promise<never>(() => undefined);
    });

  return program;
}

/**
 * Output piped to a program that stops reading (`warrant search … | head -1`) makes writes fail
 * with EPIPE: the reader has what it wanted, so exit quietly instead of printing a stack trace.
 */
export function exitQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

/** Runs the CLI with `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnBrokenPipe();
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    console.error(`warrant: ${toAppError(e).message}`);
    process.exitCode = 1;
  }
}
