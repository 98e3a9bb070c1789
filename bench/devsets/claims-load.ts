/**
 * Loads the claim dev sets written against real article folders (the sample corpus, the seed
 * articles): the articles are read by Warrant's own importer (the text the app indexes), and
 * each set is searched over BOTH folders, so the other story's articles are distractors.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { missingReason, referenceDir } from '../../electron/dev/reference-data.js';
import type { IndexDoc } from '../../electron/index/search-service.js';
import { runJob } from '../../electron/import/parse-job.js';
import { sampleDir } from '../../electron/server/paths.js';
import type { ClaimDevset } from '../suggest-quality.js';
import { SAMPLE_CLAIMS } from './claims-sample.js';
import { SEED_CLAIMS } from './claims-seeds.js';

/** A claim and its judged articles: file name (no extension) → [grade 1–2, phrases of the passages that carry the evidence (any one will do)]. */
export interface ClaimJudgments {
  id: string;
  text: string;
  judged: Readonly<Record<string, readonly [number, string, ...string[]]>>;
}

/** Reads every article of `dir` as the importer does; ids are file names without the extension. */
async function readFolder(dir: string): Promise<IndexDoc[]> {
  const docs: IndexDoc[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const r = await runJob({ kind: 'path', path: join(dir, name), name });
    if (!r.ok) throw new Error(`${name}: ${r.reason}`);
    const f = r.value;
    docs.push({ id: basename(name, extname(name)), title: f.title, source: f.source, date: f.date, text: f.text, contentHash: f.contentHash });
  }
  return docs;
}

function devset(name: string, docs: IndexDoc[], claims: readonly ClaimJudgments[]): ClaimDevset {
  const qrels = new Map<string, Map<string, number>>();
  const evidence = new Map<string, Map<string, string[]>>();
  for (const c of claims) {
    qrels.set(c.id, new Map(Object.entries(c.judged).map(([a, [grade]]) => [a, grade])));
    evidence.set(c.id, new Map(Object.entries(c.judged).map(([a, [, ...phrases]]) => [a, phrases])));
  }
  return { name, docs, claims: claims.map(({ id, text }) => ({ id, text })), qrels, evidence };
}

/** The seed articles' folder, or null (with {@link SEEDS_MISSING} saying why). */
export const SEEDS_DIR = referenceDir('corpus', 'seeds');
export const SEEDS_MISSING = missingReason('corpus/seeds');

/**
 * The sample-corpus and seed-article dev sets, each over both folders. Without the seed
 * articles only the sample set is answered, over the sample articles alone.
 */
export async function articleDevsets(): Promise<ClaimDevset[]> {
  const sample = await readFolder(sampleDir());
  if (!SEEDS_DIR) return [devset('sample corpus', sample, SAMPLE_CLAIMS)];
  const seeds = await readFolder(SEEDS_DIR);
  const docs = [...sample, ...seeds];
  return [devset('sample corpus', docs, SAMPLE_CLAIMS), devset('seed articles', docs, SEED_CLAIMS)];
}
