/**
 * Kill during save: a child process (torture/kill-save-child.ts: ProjectSession + the real
 * writeProjectFile) saves a project of a few MB back to back, and this side SIGKILLs it at a
 * random moment. After every kill the file must open and be exactly the version before the
 * interrupted save or the one it was writing, and opening it with ProjectSession must leave no
 * temp file behind.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { backupPathFor, readProjectFile, writeProjectFile } from '../electron/project/project-file.js';
import { ProjectSession } from '../electron/project/session.js';
import type { ProjectFile } from '../shared/model.js';
import { seqOf } from './kill-save-marker.js';
import { buildProject, REALISTIC } from './sample-project.js';

/** What the trials found. */
export interface KillSaveReport {
  trials: number;
  fileBytes: number;
  saveMs: { median: number; first: number };
  killsInsideSave: number;
  /** Kills that landed in a session's first save, the one that also copies the backup. */
  killsInsideFirstSave: number;
  /** Of the kills inside a save: how often the file held the new version, the previous one. */
  newVersion: number;
  previousVersion: number;
  corrupt: number;
  lost: number;
  /** A complete file, but neither the version before nor the one being written. */
  otherVersion: number;
  backupCorrupt: number;
  /** Temp files present right after the kill (before any cleanup), by kind. */
  leftoversAfterKill: Record<string, number>;
  /** Temp files still there after ProjectSession.open cleaned up, by kind (must be empty). */
  staleAfterOpen: Record<string, number>;
  childFailures: string[];
  problems: string[];
}

/** Kinds of files beside the project other than the project and its backup. */
function kindOf(name: string, file: string): string {
  const rest = name.slice(file.length);
  if (/^\.\d{1,10}$/.test(rest)) return 'write-file-atomic temp (<file>.<n>)';
  if (/^\.bak\.\d+\.tmp$/.test(rest)) return 'backup copy temp (<file>.bak.<pid>.tmp)';
  return `other (${name})`;
}

async function leftovers(dir: string, file: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n !== file && n !== `${file}.bak`);
}

function tally(into: Record<string, number>, names: readonly string[], file: string): void {
  for (const n of names) {
    const kind = kindOf(n, file);
    into[kind] = (into[kind] ?? 0) + 1;
  }
}

/** Runs the child and returns its stdout lines once it has exited (by itself or killed). */
function runChild(childScript: string, args: string[], killAfter: ((lines: string[]) => number | null) | null): Promise<{ lines: string[]; code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killAfter && timer === null && out.includes('\n')) {
        const delay = killAfter(out.split('\n'));
        if (delay !== null) timer = setTimeout(() => child.kill('SIGKILL'), delay);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ lines: out.split('\n').filter(Boolean), code, signal, stderr });
    });
  });
}

/** The last `B n` and `E n` the child wrote. */
function lastSeqs(lines: readonly string[], start: number): { begun: number; ended: number; firstSave: boolean } {
  let begun = start;
  let ended = start;
  let saves = 0;
  for (const line of lines) {
    const [tag, n] = line.split(' ');
    if (tag === 'B') {
      begun = Number(n);
      saves += 1;
    } else if (tag === 'E') ended = Number(n);
  }
  return { begun, ended, firstSave: saves === 1 };
}

/** Everything but the marked fields (name, updatedAt, highlight notes) of the original. */
function sameBody(a: ProjectFile, b: ProjectFile): boolean {
  const strip = (p: ProjectFile) => ({ ...p, name: '', updatedAt: '', highlights: p.highlights.map((h) => ({ ...h, note: '' })) });
  return isDeepStrictEqual(strip(a), strip(b));
}

/** Runs `trials` kill-during-save trials in `dir` with the bundled child at `childScript`. */
export async function runKillSave(dir: string, childScript: string, trials: number, log: (line: string) => void): Promise<KillSaveReport> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const file = 'realistic.warrant';
  const path = join(dir, file);
  const base = buildProject(REALISTIC);
  await writeProjectFile(path, base, false);
  const fileBytes = (await stat(path)).size;

  // Measure a save first, so the kills can be spread over saves' durations.
  const measured = await runChild(childScript, ['measure', path, '15'], null);
  const times = measured.lines.filter((l) => l.startsWith('M ')).map((l) => Number(l.slice(2)));
  if (times.length === 0) throw new Error(`the save child failed: ${measured.stderr}`);
  const sorted = [...times.slice(1)].sort((a, b) => a - b);
  const saveMs = { first: times[0]!, median: sorted[Math.floor(sorted.length / 2)] ?? times[0]! };
  log(`kill-save: project ${(fileBytes / 1e6).toFixed(1)} MB, first save of a session ${saveMs.first.toFixed(0)} ms, later saves ${saveMs.median.toFixed(0)} ms (median)`);

  const report: KillSaveReport = {
    trials,
    fileBytes,
    saveMs,
    killsInsideSave: 0,
    killsInsideFirstSave: 0,
    newVersion: 0,
    previousVersion: 0,
    corrupt: 0,
    lost: 0,
    otherVersion: 0,
    backupCorrupt: 0,
    leftoversAfterKill: {},
    staleAfterOpen: {},
    childFailures: [],
    problems: [],
  };
  // Saves run back to back, so a moment uniform over this window is uniform over save phases;
  // the window covers the session's first save (which also copies the backup) and two more.
  const window = saveMs.first + 2 * saveMs.median;
  for (let t = 0; t < trials; t++) {
    const start = seqOf((await readProjectFile(path)).name);
    const run = await runChild(childScript, ['loop', path], (lines) => (lines[0]?.startsWith('R ') ? Math.random() * window : null));
    if (run.signal !== 'SIGKILL') {
      report.childFailures.push(`trial ${t}: exited ${run.code ?? run.signal}: ${run.stderr.slice(0, 300)}`);
      continue;
    }
    const { begun, ended, firstSave } = lastSeqs(run.lines, start);
    const inside = begun !== ended;
    if (inside) report.killsInsideSave += 1;
    if (inside && firstSave) report.killsInsideFirstSave += 1;

    try {
      const onDisk = await readProjectFile(path);
      const seq = seqOf(onDisk.name);
      if (!sameBody(onDisk, base)) {
        report.otherVersion += 1;
        report.problems.push(`trial ${t}: the file's content is not a version the child wrote`);
      } else if (seq === begun && inside) report.newVersion += 1;
      else if (seq === ended) {
        if (inside) report.previousVersion += 1;
      } else if (seq < ended) {
        report.lost += 1;
        report.problems.push(`trial ${t}: save ${ended} had finished but the file holds ${seq}`);
      } else {
        report.otherVersion += 1;
        report.problems.push(`trial ${t}: the file holds ${seq}; expected ${ended} or ${begun}`);
      }
    } catch (e) {
      report.corrupt += 1;
      report.problems.push(`trial ${t}: the file does not open: ${e instanceof Error ? e.message : String(e)}`);
    }
    if ((await stat(backupPathFor(path)).catch(() => null)) !== null) {
      await readProjectFile(backupPathFor(path)).catch((e: unknown) => {
        report.backupCorrupt += 1;
        report.problems.push(`trial ${t}: the backup does not open: ${e instanceof Error ? e.message : String(e)}`);
      });
    }

    const left = await leftovers(dir, file);
    tally(report.leftoversAfterKill, left, file);
    // A leftover counts as stale only once it is older than a minute (a younger one may belong
    // to a save another Warrant is making right now): age them as the next day's open would see
    // them, then open the project the app's way.
    const old = new Date(Date.now() - 5 * 60_000);
    for (const name of left) await utimes(join(dir, name), old, old).catch(() => undefined);
    const session = await ProjectSession.open(path);
    await session.close();
    const stale = await leftovers(dir, file);
    tally(report.staleAfterOpen, stale, file);
    // Keep trials independent: what the cleanup left is counted above, then removed.
    for (const name of stale) await rm(join(dir, name), { force: true });
    if ((t + 1) % 100 === 0) log(`kill-save: ${t + 1}/${trials} trials, ${report.killsInsideSave} kills inside a save, corrupt ${report.corrupt}, lost ${report.lost}`);
  }
  return report;
}
