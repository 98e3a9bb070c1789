/**
 * `npm run bench` (merge part): merging two copies of the 50 MB bench project, each with
 * 1,000 claims, 10,000 highlights, links and ratings, and ~500 items changed on each side
 * (a few of them on both). Timed as the app does it — through the merge worker, from the open
 * project in memory and the copy on disk — against a baseline in the same run: opening the same
 * copy (read, parse, validate). Also measures how long the calling thread (Electron's main
 * process or `serve`) is blocked meanwhile: it must stay responsive.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { nextRevision } from '../shared/merge/versioned.js';
import { ratingId, type ClaimRating, type ProjectFile } from '../shared/model.js';
import { annotated, CLAIMS, HIGHLIGHTS } from './annotated-project.js';
import { readProjectFile, writeProjectFile } from '../electron/project/project-file.js';
import { WorkerClient } from '../electron/workers/client.js';
import type { MergeMethods } from '../electron/server/merge/protocol.js';
import { brownCorpus } from './brown-corpus.js';
import { writeProjectFile as writeCorpusFile } from './project-file.js';

const CHANGED_EACH_SIDE = 500;
const BOTH_SIDES = 20;
const RUNS = 3;

const now = '2026-01-01T00:00:00.000Z';

/** A copy where `who` changed `count` highlight notes starting at `from`, and rated claims. */
function edited(p: ProjectFile, who: string, from: number, count: number): ProjectFile {
  const highlights = p.highlights.map((h, i) => (i >= from && i < from + count ? { ...h, note: `${who}'s note`, author: who, ...nextRevision(h, randomUUID()) } : h));
  // New ratings by `who` on the first claims, or changed ones where `who` had rated already.
  const rated = new Map(p.claims.slice(0, count / 5).map((c): [string, ClaimRating] => [ratingId(c.id, who), { id: ratingId(c.id, who), claimId: c.id, rater: who, rating: 'weak', rationale: '', createdAt: now, updatedAt: now, rev: randomUUID(), revs: [] }]));
  const ratings = [
    ...p.ratings.map((r) => { const n = rated.get(r.id); rated.delete(r.id); return n ? { ...r, rating: n.rating, ...nextRevision(r, randomUUID()) } : r; }),
    ...rated.values(),
  ];
  return { ...p, highlights, ratings };
}

async function main(): Promise<void> {
  const dir = path.resolve(process.env.BENCH_DIR ?? '.bench-cache', 'merge');
  mkdirSync(dir, { recursive: true });
  const corpusFile = path.join(dir, 'corpus.warrant');
  writeCorpusFile(corpusFile, brownCorpus(Number(process.env.BENCH_MB ?? 50) * 1e6));
  const base = annotated(await readProjectFile(corpusFile));
  // Mine changes items 0…499, theirs items 480…979: 20 changed on both sides (conflicts).
  const mine = edited(base, 'Ana', 0, CHANGED_EACH_SIDE);
  const theirs = edited(base, 'Ben', CHANGED_EACH_SIDE - BOTH_SIDES, CHANGED_EACH_SIDE);
  const theirsFile = path.join(dir, 'theirs.warrant');
  await writeProjectFile(theirsFile, theirs, false);

  const worker = new WorkerClient<MergeMethods>(new URL('./merge-worker.mjs', import.meta.url), { name: 'the merge worker' }) // bench/build.mjs bundles it beside this file;
  const open: number[] = [];
  const merge: number[] = [];
  let blockedMs = 0;
  let conflicts = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    await readProjectFile(theirsFile);
    open.push(performance.now() - t);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    t = performance.now();
    const answer = await worker.call('merge', { mine, theirsPath: theirsFile });
    merge.push(performance.now() - t);
    delay.disable();
    blockedMs = Math.max(blockedMs, delay.max / 1e6);
    if (!answer.ok) throw new Error(answer.error.message);
    conflicts = answer.value.merge.conflicts.length;
  }
  await worker.terminate();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
  console.log(`\nMerge: two copies of the ${(base.articles.reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(0)} M-character bench project, ${CLAIMS} claims, ${HIGHLIGHTS} highlights and links each, ${CHANGED_EACH_SIDE} items changed per side (${BOTH_SIDES} on both). Median of ${RUNS}.`);
  console.log(`  open the copy (read, parse, validate)   ${sec(med(open))}   baseline`);
  console.log(`  merge it (worker: open + merge + send)  ${sec(med(merge))}   ${(med(merge) / med(open)).toFixed(2)}× opening it   target ≤ 2 s: ${med(merge) <= 2000 ? 'met' : 'NOT met'}`);
  console.log(`  conflicts found                         ${conflicts}   (expected ${BOTH_SIDES})`);
  console.log(`  longest block of the calling thread     ${blockedMs.toFixed(0)} ms   (the merge runs in a worker)`);
}

await main();
