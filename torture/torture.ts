/**
 * `npm run torture`: the long robustness probes, kept out of `npm test`.
 *
 * 1. kill during save (torture/kill-save.ts)      TORTURE_KILLS, default 1,000 trials
 * 2. project-file mutation (torture/mutations.ts)  TORTURE_MUTATIONS, default 10,000 mutants
 * 3. hostile import files (torture/hostile.ts)     TORTURE_BOMB_MB, default 1,024: the big zip bomb's
 *    expansion (a second one, 64 MiB, stays inside the zip guard's size and ratio limits)
 *
 * TORTURE_PARTS=kill,mutate,hostile picks parts; TORTURE_SEED fixes the mutation seed;
 * TORTURE_DIR is the work folder (default dist/torture/work, on the project's disk so fsync is
 * real). Prints a report, writes it as JSON to dist/torture/report.json, and exits 1 when a
 * probe found a broken guarantee.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHostile, type HostileResult } from './hostile.js';
import { runKillSave, type KillSaveReport } from './kill-save.js';
import type { MutationReport } from './mutate-child.js';

const here = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const parts = new Set((process.env.TORTURE_PARTS ?? 'kill,mutate,hostile').split(','));
const workDir = process.env.TORTURE_DIR ?? here('work');
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Runs the mutation child, killing it when no progress line comes for `quietMs` (a hang). */
function runMutations(count: number, seed: number, quietMs: number): Promise<{ report: MutationReport | null; hangAfter: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [here('mutate-child.mjs'), String(count), String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let result = '';
    let stderr = '';
    let done = 0;
    let hung = false;
    let watchdog = setTimeout(onQuiet, quietMs);
    function onQuiet() {
      hung = true;
      child.kill('SIGKILL');
    }
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('R ')) result = line;
        else if (line.startsWith('P ')) {
          done = Number(line.slice(2));
          if (done % 1_000 === 0) log(`mutate: ${done}/${count}`);
        }
      }
      clearTimeout(watchdog);
      watchdog = setTimeout(onQuiet, quietMs);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', () => {
      clearTimeout(watchdog);
      resolve({ report: result ? (JSON.parse(result.slice(2)) as MutationReport) : null, hangAfter: hung ? done : null, stderr });
    });
  });
}

const report: { kill?: KillSaveReport; mutate?: MutationReport & { hangs: number }; hostile?: HostileResult[]; machine: string } = {
  machine: `${cpus().length} cores, Node ${process.version}`,
};
const failures: string[] = [];
await mkdir(workDir, { recursive: true });

if (parts.has('kill')) {
  const kill = await runKillSave(join(workDir, 'kill-save'), here('kill-save-child.mjs'), env('TORTURE_KILLS', 1_000), log);
  report.kill = kill;
  const stale = Object.values(kill.staleAfterOpen).reduce((a, b) => a + b, 0);
  if (kill.corrupt + kill.lost + kill.otherVersion + kill.backupCorrupt + stale + kill.childFailures.length > 0) failures.push('kill during save');
}

if (parts.has('mutate')) {
  const count = env('TORTURE_MUTATIONS', 10_000);
  const { report: m, hangAfter, stderr } = await runMutations(count, env('TORTURE_SEED', 20261130), 60_000);
  if (!m) {
    failures.push(hangAfter !== null ? `mutation: hang after ${hangAfter} mutants` : `mutation: the run crashed: ${stderr.slice(-500)}`);
  } else {
    report.mutate = { ...m, hangs: 0 };
    if (m.crashes > 0 || Object.keys(m.violations).length > 0) failures.push('project-file mutation');
  }
}

if (parts.has('hostile')) {
  const results = await runHostile(join(workDir, 'hostile'), here('hostile-child.mjs'), [env('TORTURE_BOMB_MB', 1_024), 64].map((mb) => mb * 2 ** 20), log);
  report.hostile = results;
  if (results.some((r) => r.outcome === 'hang' || r.outcome === 'crashed' || r.outcome === 'thrown' || r.libraryTalk)) failures.push('hostile import files');
}

await rm(workDir, { recursive: true, force: true });
await writeFile(here('report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${format(report)}`);
if (failures.length > 0) {
  console.log(`\nBroken guarantees: ${failures.join('; ')}`);
  process.exitCode = 1;
}

/** The report as the text docs/benchmark.md quotes. */
function format(r: typeof report): string {
  const lines = [`Torture (${r.machine})`];
  const n = (x: number) => x.toLocaleString('en-US');
  const kinds = (o: Record<string, number>) => (Object.keys(o).length === 0 ? '0' : Object.entries(o).map(([k, v]) => `${n(v)} ${k}`).join(', '));
  if (r.kill) {
    const k = r.kill;
    lines.push(
      '',
      `1. Kill during save: project ${(k.fileBytes / 1e6).toFixed(1)} MB; a session's first save ${k.saveMs.first.toFixed(0)} ms (with the backup copy), later saves ${k.saveMs.median.toFixed(0)} ms`,
      `   trials (SIGKILL)                  ${n(k.trials)}`,
      `   kills inside a save               ${n(k.killsInsideSave)} (${n(k.killsInsideFirstSave)} in a first save); file then held the new version ${n(k.newVersion)}, the previous ${n(k.previousVersion)}`,
      `   corrupt / lost / other version    ${n(k.corrupt)} / ${n(k.lost)} / ${n(k.otherVersion)}   (backup unreadable: ${n(k.backupCorrupt)})`,
      `   temp files right after the kills  ${kinds(k.leftoversAfterKill)}`,
      `   stale temp files after reopening  ${kinds(k.staleAfterOpen)}`,
    );
    if (k.childFailures.length > 0) lines.push(`   child failures: ${k.childFailures.length}: ${k.childFailures[0]}`);
    for (const p of k.problems.slice(0, 5)) lines.push(`   ! ${p.slice(0, 300)}`);
  }
  if (r.mutate) {
    const m = r.mutate;
    const violations = Object.entries(m.violations);
    lines.push(
      '',
      `2. Project-file mutation (fast-check, seed ${m.seed}): ${n(m.mutants)} mutants of a ${n(m.fileBytes)}-byte project`,
      `   loaded exactly                    ${n(m.loaded)}   (of which ${n(m.unchanged)} mutants were byte for byte the original)`,
      `   refused with a WarrantError       ${n(m.refused)}   (${Object.entries(m.refusedByCode).map(([c, v]) => `${c} ${n(v)}`).join(', ')})`,
      `   crashes / hangs                   ${n(m.crashes)} / ${n(m.hangs)}`,
      `   property violations               ${violations.length === 0 ? '0' : violations.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`,
      ...Object.entries(m.violationsByMutation).map(([k, v]) => `     ${k}: ${n(v)}`),
      `   time per file: max ${m.maxMs.toFixed(0)} ms (${m.maxMsKind}), total ${(m.totalMs / 1000).toFixed(1)} s`,
    );
    for (const e of m.examples.slice(0, 6)) lines.push(`   ! ${e}`);
  }
  if (r.hostile) {
    lines.push('', '3. Hostile import files (real backend, import.run, one process each; RSS growth of its process tree)');
    for (const h of r.hostile) {
      lines.push(`   ${h.name.padEnd(20)} ${h.outcome.padEnd(9)} ${(h.importMs / 1000).toFixed(2).padStart(6)} s  +${h.peakRssGrowthMb.toFixed(0).padStart(4)} MB  ${h.what}`);
      lines.push(`   ${''.padEnd(20)} ${h.libraryTalk ? '[library talk] ' : ''}${h.reason.slice(0, 400)}`);
    }
  }
  return lines.join('\n');
}
