/**
 * `warrant merge` and `warrant agreement`: merging a colleague's copy from the command line, and
 * the raters' agreement of a project. Inputs are only read; the merged project is written
 * atomically to a new file, or nothing is written at all.
 */
import { basename, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { decideConflicts, type Decision } from '../shared/merge/decide.js';
import { mergeProjects, MERGE_KINDS } from '../shared/merge/merge-projects.js';
import { WarrantError } from '../shared/result.js';
import { ratingLabel } from '../shared/rating-scale.js';
import { exists } from './common/files.js';
import { readProjectFile, writeProjectFile } from './project/project-file.js';
import { agreementReport } from './server/agreement/report.js';
import { conflictViews } from './server/merge/describe.js';

/** Exit code of `warrant merge` when the output was written but conflicts remain undecided. */
export const EXIT_CONFLICTS = 3;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const fmt = (n: number | null) => (n === null ? 'undefined' : n.toFixed(3));

/** Adds the merge and agreement commands to `program`. */
export function addMergeCommands(program: Command, io: Io): void {
  program
    .command('merge')
    .description('Merge a colleague’s copy of a project into yours, writing the result to a new file (inputs are never changed).')
    .argument('<mine>', 'your .warrant project')
    .argument('<theirs>', 'their copy of the same project')
    .requiredOption('-o, --output <file>', 'the merged project to write (must not exist yet)')
    .option('--prefer <side>', 'decide every conflict for one side: mine or theirs')
    .option('--json', 'print { counts, conflicts } as JSON')
    .action(async (minePath: string, theirsPath: string, opts: { output: string; prefer?: string; json?: boolean }) => {
      const output = resolve(opts.output);
      if (opts.prefer !== undefined && opts.prefer !== 'mine' && opts.prefer !== 'theirs') throw new WarrantError('bad-args', '--prefer takes “mine” or “theirs”.');
      if (output === resolve(minePath) || output === resolve(theirsPath)) throw new WarrantError('bad-args', 'The output must be a new file: the inputs are never changed.');
      if (await exists(output)) throw new WarrantError('exists', `“${basename(output)}” already exists; choose a new output file.`, { path: output, file: basename(output) });
      const mine = await readProjectFile(resolve(minePath));
      const theirs = await readProjectFile(resolve(theirsPath));
      const merge = mergeProjects(mine, theirs);
      let merged = merge.merged;
      if (opts.prefer) {
        const decisions: Decision[] = merged.conflicts.filter((c) => c.dependsOn === null).map((c) => ({ kind: c.kind, id: c.id, choice: opts.prefer as 'mine' | 'theirs' }));
        merged = decideConflicts(merged, decisions, { author: 'warrant merge', now: new Date().toISOString(), newId: randomUUID });
      }
      await writeProjectFile(output, { ...merged, updatedAt: new Date().toISOString() }, false);
      const conflicts = conflictViews(merged, theirs);
      if (opts.json) io.out(JSON.stringify({ counts: merge.counts, conflicts }, null, 2));
      else {
        for (const kind of MERGE_KINDS) {
          const c = merge.counts[kind];
          if (c.added || c.changed || c.deleted || c.conflicts) io.out(`${kind}s: ${c.added} added, ${c.changed} changed, ${c.deleted} deleted, ${c.conflicts} in conflict`);
        }
        io.out(`Wrote ${basename(output)}.`);
      }
      if (conflicts.length) {
        // Both versions are kept: mine in place, theirs pending in the file, nothing dropped.
        io.err(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'} left undecided (kept pending in ${basename(output)}; open it in Warrant to decide):`);
        for (const c of conflicts) io.err(`  ${c.kind} ${c.id} (${c.reason}): mine ${c.mine ? `“${c.mine.heading}”` : 'deleted'} / theirs ${c.theirs ? `“${c.theirs.heading}”` : 'deleted'}`);
        process.exitCode = EXIT_CONFLICTS;
      }
    });

  program
    .command('agreement')
    .description('How far raters agree on the claims they rated: Krippendorff’s alpha and percent agreement.')
    .argument('<project>', 'the .warrant project file')
    .option('--json', 'print { raters, claims, alpha: { nominal, ordinal, interval }, percentAgreement, perClaim }')
    .action(async (projectPath: string, opts: { json?: boolean }) => {
      const report = agreementReport(await readProjectFile(resolve(projectPath)));
      if (opts.json) {
        io.out(JSON.stringify(report, null, 2));
        return;
      }
      io.out(`Raters: ${report.raters.join(', ') || 'none'}`);
      io.out(`Claims rated by two or more: ${report.claims} (${report.ratings} ratings)`);
      io.out(`Krippendorff's alpha: ordinal ${fmt(report.alpha.ordinal)}, interval ${fmt(report.alpha.interval)}, nominal ${fmt(report.alpha.nominal)}`);
      io.out(`Percent agreement: ${report.percentAgreement === null ? 'undefined' : `${(report.percentAgreement * 100).toFixed(1)}%`}`);
      for (const c of report.perClaim) io.out(`  ${c.agree ? ' ' : '≠'} ${c.text.slice(0, 70)} — ${c.ratings.map((r) => `${r.rater}: ${ratingLabel(r.rating)}`).join('; ')}`);
    });
}
