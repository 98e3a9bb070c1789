/**
 * Runs each hostile file (torture/hostile-files.ts) through the real import in its own process
 * (torture/hostile-child.ts) and reports: imported or refused, the reason, the time, and the
 * peak memory growth of that process and any it starts (sampled from /proc).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportSummary } from '../shared/api.js';
import { ESCAPE_TARGETS, writeHostileFiles, type HostileFile } from './hostile-files.js';

/** One file's result. */
export interface HostileResult extends HostileFile {
  outcome: 'imported' | 'refused' | 'duplicate' | 'thrown' | 'hang' | 'crashed';
  reason: string;
  importMs: number;
  peakRssGrowthMb: number;
  baselineRssMb: number;
  /** What a researcher would read comes out of a library or a stack trace. */
  libraryTalk: boolean;
}

const LIBRARY_TALK = /\n\s+at |node_modules|file:\/\/|xmldom|jszip|mammoth|pdf\.js|\b(?:TypeError|RangeError|Error):|0x1fffffe8|string longer/i;

/** Resident memory (kB) of `pid` and all its descendants, from /proc; 0 for a gone process. */
function treeRssKb(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRssKb(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

function runOne(childScript: string, file: string, home: string, timeoutMs: number): Promise<{ result: unknown; baselineKb: number; peakKb: number; hung: boolean; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [childScript, file, home], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let baselineKb = 0;
    let peakKb = 0;
    let hung = false;
    const sampler = setInterval(() => {
      if (baselineKb > 0) peakKb = Math.max(peakKb, treeRssKb(child.pid!));
    }, 5);
    const killer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (baselineKb === 0 && out.includes('READY\n')) baselineKb = peakKb = treeRssKb(child.pid!);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(killer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      resolve({ result: line ? (JSON.parse(line.slice(7)) as unknown) : null, baselineKb, peakKb, hung, stderr, code });
    });
  });
}

/** Writes the hostile files into `dir` and imports each; `bombSizes` are the bombs' expansions. */
export async function runHostile(dir: string, childScript: string, bombSizes: readonly number[], log: (line: string) => void): Promise<HostileResult[]> {
  await rm(dir, { recursive: true, force: true });
  const filesDir = join(dir, 'files');
  await mkdir(filesDir, { recursive: true });
  for (const target of ESCAPE_TARGETS) await rm(target, { force: true });
  const files = await writeHostileFiles(filesDir, bombSizes);
  const results: HostileResult[] = [];
  for (const f of files) {
    const home = join(dir, `home-${f.name}`);
    await mkdir(home, { recursive: true });
    const t0 = performance.now();
    const run = await runOne(childScript, join(filesDir, f.name), home, 120_000);
    const wall = performance.now() - t0;
    const r = run.result as { ms: number; summary?: ImportSummary; thrown?: string } | null;
    let outcome: HostileResult['outcome'];
    let reason: string;
    if (run.hung) {
      outcome = 'hang';
      reason = `no answer within 120 s (killed)`;
    } else if (!r) {
      outcome = 'crashed';
      reason = `the process ended (${run.code}) without a result: ${run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
    } else if (r.thrown !== undefined) {
      outcome = 'thrown';
      reason = r.thrown;
    } else if (r.summary!.imported.length > 0) {
      outcome = 'imported';
      reason = `“${r.summary!.imported[0]!.title}”`;
    } else if (r.summary!.failed.length > 0) {
      outcome = 'refused';
      reason = r.summary!.failed.map((x) => x.reason).join(' / ');
    } else if (r.summary!.duplicates.length > 0) {
      outcome = 'duplicate';
      reason = 'already in the project';
    } else {
      outcome = 'refused';
      reason = '(nothing imported and no reason given)';
    }
    const result: HostileResult = {
      ...f,
      outcome,
      reason,
      importMs: r?.ms ?? wall,
      baselineRssMb: run.baselineKb / 1024,
      peakRssGrowthMb: Math.max(0, run.peakKb - run.baselineKb) / 1024,
      libraryTalk: LIBRARY_TALK.test(reason),
    };
    results.push(result);
    log(`hostile: ${f.name}: ${outcome} in ${(result.importMs / 1000).toFixed(2)} s, +${result.peakRssGrowthMb.toFixed(0)} MB — ${reason.slice(0, 200)}`);
  }
  for (const target of ESCAPE_TARGETS) {
    if ((await stat(target).catch(() => null)) !== null) {
      results.push({ name: target, what: 'written outside the import by the traversal docx', expect: 'refused', outcome: 'imported', reason: 'a zip entry escaped', importMs: 0, baselineRssMb: 0, peakRssGrowthMb: 0, libraryTalk: false });
    }
  }
  return results;
}
