/**
 * `npm run bench` (export part): exporting the 50 MB bench project with 1,000 claims and 10,000
 * highlights and links, in every format, as the app does it — through the export worker, from
 * the open project in memory — against a baseline in the same run: opening the project file
 * (read, parse, validate). PDF is printed by headless Chromium (`serve` and the CLI's printer);
 * it is skipped, with the reason, where no Chromium is installed. Also measures how long the
 * calling thread (Electron's main process or `serve`) is blocked meanwhile.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormatId } from '../shared/export-formats.js';
import { DEFAULT_REPORT_OPTIONS } from '../shared/report/options.js';
import { readProjectFile, writeProjectFile } from '../electron/project/project-file.js';
import { findChromium } from '../electron/export/find-chromium.js';
import { printPdfWithChromium } from '../electron/export/print-pdf.js';
import type { ExportMethods } from '../electron/server/export/protocol.js';
import { WorkerClient } from '../electron/workers/client.js';
import { annotated, CLAIMS, HIGHLIGHTS } from './annotated-project.js';
import { brownCorpus } from './brown-corpus.js';
import { writeProjectFile as writeCorpusFile } from './project-file.js';

const RUNS = 3;
/** The targets on this machine (2 cores), in ms. */
const TARGETS: Partial<Record<ExportFormatId, number>> = { html: 3_000, pdf: 15_000, qdpx: 5_000 };

/** Prints the parts as the export area does, and joins them in the worker. */
async function printed(worker: WorkerClient<ExportMethods>, parts: string[]): Promise<Uint8Array> {
  const pdfs = await printPdfWithChromium(parts);
  if (pdfs.length === 1) return pdfs[0]!;
  const joined = await worker.call('joinPdfs', { parts: pdfs });
  if (!joined.ok) throw new Error(joined.error.message);
  return joined.value;
}

async function main(): Promise<void> {
  const dir = path.resolve(process.env.BENCH_DIR ?? '.bench-cache', 'export');
  mkdirSync(dir, { recursive: true });
  const corpusFile = path.join(dir, 'corpus.warrant');
  writeCorpusFile(corpusFile, brownCorpus(Number(process.env.BENCH_MB ?? 50) * 1e6));
  const project = annotated(await readProjectFile(corpusFile));
  const file = path.join(dir, 'annotated.warrant');
  await writeProjectFile(file, project, false);

  const open: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    await readProjectFile(file);
    open.push(performance.now() - t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const baseline = med(open);
  console.log(`\nExport: the ${(project.articles.reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(0)} M-character bench project, ${CLAIMS} claims, ${HIGHLIGHTS} highlights and links, through the export worker. Median of ${RUNS} (PDF: one run).`);
  console.log(`  open the project (read, parse, validate)   ${sec(baseline)}   baseline`);

  const worker = new WorkerClient<ExportMethods>(new URL('./export-worker.mjs', import.meta.url), { name: 'the export worker' }); // bench/build.mjs bundles it beside this file
  const chromium = await findChromium();
  let blockedMs = 0;
  for (const format of EXPORT_FORMATS) {
    if (format.id === 'pdf' && chromium.path === null) {
      console.log(`  ${format.label.padEnd(40)} skipped: no Chromium found (set WARRANT_CHROMIUM)`);
      continue;
    }
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < (format.id === 'pdf' ? 1 : RUNS); run++) {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const t = performance.now();
      const answer = await worker.call('render', { project, request: { format: format.id, options: DEFAULT_REPORT_OPTIONS }, generatedAt: new Date().toISOString(), version: 'bench' });
      if (!answer.ok) throw new Error(answer.error.message);
      const r = answer.value;
      // Printing runs in Chromium's own processes; this thread only waits.
      size = r.kind === 'text' ? Buffer.byteLength(r.text) : r.kind === 'bytes' ? r.bytes.byteLength : (await printed(worker, r.parts)).byteLength;
      times.push(performance.now() - t);
      delay.disable();
      blockedMs = Math.max(blockedMs, delay.max / 1e6);
    }
    const target = TARGETS[format.id];
    const verdict = target === undefined ? '' : `   target ≤ ${target / 1000} s: ${med(times) <= target ? 'met' : 'NOT met'}`;
    console.log(`  ${format.label.padEnd(40)} ${sec(med(times))}   ${(med(times) / baseline).toFixed(2)}× opening it   ${(size / 1e6).toFixed(1)} MB${verdict}`);
  }
  await worker.terminate();
  console.log(`  longest block of the calling thread        ${blockedMs.toFixed(0)} ms   (exports run in a worker)`);
}

await main();
