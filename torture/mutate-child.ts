/**
 * The project-file mutation run, in its own process so that the parent can tell a hang (no
 * progress line for a while) from slowness and kill it. Prints `P <done>` every 100 mutants and
 * the report as `R <json>` at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSync } from 'node:fs';
import fc from 'fast-check';
import { serializeProject } from '../electron/project/serialize.js';
import { applyMutation, loadMutant, mutationArb, original, violation, type ViolationKind } from './mutations.js';
import { buildProject, SMALL } from './sample-project.js';

/** What the mutation run found. */
export interface MutationReport {
  mutants: number;
  seed: number;
  fileBytes: number;
  /** Mutants that came out byte for byte the original (e.g. an odd string put where no string was). */
  unchanged: number;
  loaded: number;
  refused: number;
  crashes: number;
  violations: Partial<Record<ViolationKind, number>>;
  /** The same, by the mutation that led to it (`add-key → quotes-unknown-key`). */
  violationsByMutation: Record<string, number>;
  examples: string[];
  byKind: Record<string, { loaded: number; refused: number }>;
  refusedByCode: Record<string, number>;
  maxMs: number;
  maxMsKind: string;
  totalMs: number;
}

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20261130);
const dir = await mkdtemp(join(tmpdir(), 'warrant-torture-mutate-'));
const path = join(dir, 'mutant.warrant');
const o = original(serializeProject(buildProject(SMALL)));
const report: MutationReport = { mutants: 0, seed, fileBytes: o.bytes.length, unchanged: 0, loaded: 0, refused: 0, crashes: 0, violations: {}, violationsByMutation: {}, examples: [], byKind: {}, refusedByCode: {}, maxMs: 0, maxMsKind: '', totalMs: 0 };
const started = performance.now();
for (const m of fc.sample(mutationArb, { numRuns: count, seed })) {
  const t0 = performance.now();
  const bytes = applyMutation(o, m);
  if (bytes.equals(o.bytes)) report.unchanged += 1;
  const outcome = await loadMutant(path, bytes);
  const ms = performance.now() - t0;
  if (ms > report.maxMs) {
    report.maxMs = ms;
    report.maxMsKind = m.kind;
  }
  report.mutants += 1;
  const kind = (report.byKind[m.kind] ??= { loaded: 0, refused: 0 });
  if (outcome.kind === 'loaded') {
    report.loaded += 1;
    kind.loaded += 1;
  } else if (outcome.kind === 'refused') {
    report.refused += 1;
    kind.refused += 1;
    report.refusedByCode[outcome.code] = (report.refusedByCode[outcome.code] ?? 0) + 1;
  } else report.crashes += 1;
  const broken = violation(outcome, path);
  if (broken) {
    report.violations[broken.kind] = (report.violations[broken.kind] ?? 0) + 1;
    const which = `${m.kind} → ${broken.kind}`;
    report.violationsByMutation[which] = (report.violationsByMutation[which] ?? 0) + 1;
    // One example of each way it broke.
    if (report.violationsByMutation[which] === 1) report.examples.push(`${m.kind} → ${broken.kind}: ${broken.detail.slice(0, 240)}`);
  }
  if (report.mutants % 100 === 0) writeSync(1, `P ${report.mutants}\n`);
}
report.totalMs = performance.now() - started;
await rm(dir, { recursive: true, force: true });
writeSync(1, `R ${JSON.stringify(report)}\n`);
