/**
 * Imports articles: finds the files, parses them in worker processes, drops duplicates, and
 * reports what happened to every file. The calling thread only walks folders and collects
 * results, so a desktop UI stays responsive during a long import.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { ImportSource, ImportSummary } from '../../shared/api.js';
import { initialArticleRev, type Article } from '../../shared/model.js';
import { collectSources, type Candidate } from './collect.js';
import { baseName } from './formats.js';
import type { JobResult, ParseJob } from './parse-job.js';
import type { ProcessSpawner } from '../workers/process-client.js';
import { defaultWorkerCount, PARSE_BUDGET, runPool, type PoolOutcome, type TimeBudget } from './worker-pool.js';

/** Progress of an import, as sent to the UI. */
export interface ImportProgress {
  done: number;
  total: number;
  /** Name of the file just finished ('' before the first). */
  current: string;
}

export interface ImportOptions {
  /** contentHash -> title of articles already in the project, to detect duplicates. */
  existing: Map<string, string>;
  /** Cancels the import: it resolves with `cancelled: true` and no articles at all. */
  signal?: AbortSignal;
  /** Called once with `done: 0` when the files are counted, then after each file. */
  onProgress?: (p: ImportProgress) => void;
  /** Number of worker processes; default min(2, os.availableParallelism()). */
  workers?: number;
  /** The worker's entry point, if not import-worker.ts (found as electron/workers/locate.ts says). */
  workerUrl?: URL;
  /** How long a file may take: base + per MB of its size (default PARSE_BUDGET in worker-pool.ts). */
  fileBudget?: TimeBudget;
  /** How worker processes start: Electron's utilityProcess in the desktop app; Node's fork by default. */
  spawner?: ProcessSpawner;
}

export interface ImportResult {
  /** The new articles, sorted by the path they came from. */
  articles: Article[];
  summary: ImportSummary;
}

/** The size of the file a job reads, for its time budget (null if it cannot be told). */
async function jobSize(job: ParseJob): Promise<number | null> {
  // base64 carries 3 bytes in 4 characters.
  if (job.kind === 'bytes') return Math.floor((job.base64.replace(/=+$/, '').length * 3) / 4);
  return stat(job.path).then(
    (s) => s.size,
    () => null, // the worker will say why it cannot be read
  );
}

// Numeric-aware order ("page2" before "page10"); ties broken by code units so the order is total.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
function byFile(a: Candidate, b: Candidate): number {
  return collator.compare(a.file, b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function cancelled(): ImportResult {
  return { articles: [], summary: { imported: [], duplicates: [], failed: [], cancelled: true } };
}

/**
 * Imports `sources` (files, folders, uploaded bytes). One bad file never stops the rest: it is
 * listed in `summary.failed` with the reason. Text already in the project (by `existing`) or
 * earlier in this batch is listed in `summary.duplicates` and not imported again. A cancelled
 * import returns no articles, so the project is left exactly as it was.
 */
export async function runImport(sources: ImportSource[], opts: ImportOptions): Promise<ImportResult> {
  const { signal, onProgress } = opts;
  if (signal?.aborted) return cancelled();

  const candidates = (await collectSources(sources, signal)).sort(byFile);
  if (signal?.aborted) return cancelled();

  const total = candidates.length;
  let done = 0;
  const report = (p: ImportProgress) => {
    try {
      onProgress?.(p);
    } catch (e) {
      // A failing progress display must not abort the import (or, thrown from a worker event, crash the app).
      console.error('Import progress callback failed:', e);
    }
  };
  report({ done, total, current: '' });
  const progress = (file: string) => {
    if (signal?.aborted) return; // nothing is reported once the import is cancelled
    done += 1;
    report({ done, total, current: baseName(file) });
  };

  // Files refused while walking (unsupported, too large) count as done straight away.
  const jobs: { index: number; job: ParseJob }[] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.job) jobs.push({ index, job: candidate.job });
  });
  for (const candidate of candidates) if (!candidate.job) progress(candidate.file);
  if (signal?.aborted) return cancelled();

  const sizes = await Promise.all(jobs.map((j) => jobSize(j.job)));
  if (signal?.aborted) return cancelled();
  const pool = await runPool<ParseJob, JobResult>(
    jobs.map((j) => j.job),
    {
      workerUrl: opts.workerUrl ?? new URL('./import-worker.ts', import.meta.url),
      workers: opts.workers ?? defaultWorkerCount(),
      budget: opts.fileBudget ?? PARSE_BUDGET,
      sizeOf: (_job, i) => sizes[i] ?? null,
      onSettled: (i) => progress(candidates[jobs[i]!.index]!.file),
      ...(opts.spawner ? { spawner: opts.spawner } : {}),
      ...(signal ? { signal } : {}),
    },
  );
  if (pool.cancelled || signal?.aborted) return cancelled();

  const outcomes = new Map<number, PoolOutcome<JobResult>>();
  pool.outcomes.forEach((outcome, i) => outcomes.set(jobs[i]!.index, outcome));
  return assemble(candidates, outcomes, opts.existing);
}

/** Builds articles and the summary in path order, so "earlier in the batch" is well defined. */
function assemble(
  candidates: readonly Candidate[],
  outcomes: ReadonlyMap<number, PoolOutcome<JobResult>>,
  existing: ReadonlyMap<string, string>,
): ImportResult {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
  const articles: Article[] = [];
  const inBatch = new Map<string, string>();
  const importedAt = new Date().toISOString();

  candidates.forEach((candidate, index) => {
    if (candidate.failure !== null) {
      summary.failed.push({ file: candidate.file, reason: candidate.failure });
      return;
    }
    const outcome = outcomes.get(index);
    if (!outcome || !outcome.ok || !outcome.value.ok) {
      const reason = !outcome ? 'The file was not processed.' : !outcome.ok ? outcome.reason : outcome.value.ok ? '' : outcome.value.reason;
      summary.failed.push({ file: candidate.file, reason });
      return;
    }
    const parsed = outcome.value.value;
    const earlier = existing.get(parsed.contentHash) ?? inBatch.get(parsed.contentHash);
    if (earlier !== undefined) {
      summary.duplicates.push({ file: candidate.file, existingTitle: earlier });
      return;
    }
    inBatch.set(parsed.contentHash, parsed.title);
    const article: Article = {
      id: randomUUID(),
      title: parsed.title,
      source: parsed.source,
      author: parsed.author,
      date: parsed.date,
      // Whether the date is the document's own or a file's creation date (shown in the editor).
      dateSource: parsed.dateSource,
      url: parsed.url,
      language: parsed.language,
      fileName: parsed.fileName,
      format: parsed.format,
      importedAt,
      contentHash: parsed.contentHash,
      length: parsed.text.length,
      text: parsed.text,
      ...(parsed.pageStarts ? { pageStarts: parsed.pageStarts } : {}),
      rev: initialArticleRev(parsed.contentHash),
      revs: [],
    };
    articles.push(article);
    summary.imported.push({ id: article.id, title: article.title, file: candidate.file, ...(parsed.note ? { note: parsed.note } : {}) });
  });
  return { articles, summary };
}
