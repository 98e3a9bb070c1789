/**
 * Quality of suggested evidence on the dev sets (bench/devsets/claims-*.ts): document-level
 * nDCG@10 of the distinct articles in the suggestions, as the held-out claim→evidence set is
 * scored, for the shipped ranking and for the baseline (plain BM25 over whole documents,
 * title + text, no passages, no feedback) and each idea on its own, in the same run through
 * the real SearchService and its workers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SearchService, type IndexDoc } from '../electron/index/search-service.js';
import type { SuggestOptions } from '../electron/index/suggest-query.js';

/** A dev set: articles, claims typed as a researcher would, and graded judgments. */
export interface ClaimDevset {
  name: string;
  docs: IndexDoc[];
  claims: { id: string; text: string }[];
  /** claim id → article id → graded relevance (≥ 1). */
  qrels: Map<string, Map<string, number>>;
  /** claim id → article id → phrases of the passages that carry the evidence, any one will do (when judged by passage). */
  evidence?: Map<string, Map<string, string[]>>;
}

/** One variant's quality on one set. */
export interface DevsetQuality {
  ndcg10: number;
  /**
   * Of the judged (claim, article) pairs whose article is suggested, the share whose passage
   * holds the evidence phrase; null for sets judged by article only.
   */
  passage: number | null;
}

/** A ranking configuration: the engine's options other than the limit. */
export type Variant = Omit<SuggestOptions, 'limit'>;

/** The variants reported: the baseline, each idea alone, and what ships. */
export const VARIANTS: Readonly<Record<string, Variant>> = {
  'baseline: BM25 on whole documents': { params: { passageWeight: 0 }, feedback: { docs: 0 } },
  '+ best-passage score in the ranking (0.2)': { params: { passageWeight: 0.2 }, feedback: { docs: 0 } },
  '+ feedback (RM3) and best-passage score': { params: { passageWeight: 0.2 } },
  '+ feedback (RM3) and proximity (BM25TP, 0.5)': { params: { proximityWeight: 0.5 } },
  'shipped: + feedback (RM3)': {},
};
export const BASELINE = 'baseline: BM25 on whole documents';
export const SHIPPED = 'shipped: + feedback (RM3)';

/** nDCG@10 with linear gains (trec_eval, BEIR), averaged over the judged claims. */
export function ndcg10(ranked: Map<string, string[]>, qrels: ClaimDevset['qrels']): number {
  let sum = 0;
  for (const [q, rel] of qrels) {
    const list = ranked.get(q) ?? [];
    let dcg = 0;
    list.slice(0, 10).forEach((id, i) => (dcg += (rel.get(id) ?? 0) / Math.log2(i + 2)));
    let idcg = 0;
    [...rel.values()]
      .sort((a, b) => b - a)
      .slice(0, 10)
      .forEach((g, i) => (idcg += g / Math.log2(i + 2)));
    sum += idcg > 0 ? dcg / idcg : 0;
  }
  return qrels.size > 0 ? sum / qrels.size : 0;
}

/** Runs every variant on one dev set; answers nDCG@10 by variant name. */
export async function evaluateDevset(set: ClaimDevset, variants: Readonly<Record<string, Variant>> = VARIANTS, workerUrl?: URL): Promise<Record<string, DevsetQuality>> {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'warrant-suggest-quality-'));
  const svc = new SearchService({ cacheDir, ...(workerUrl ? { workerUrl } : {}) });
  try {
    await svc.setCorpus(set.docs);
    const out: Record<string, DevsetQuality> = {};
    for (const [name, variant] of Object.entries(variants)) {
      const ranked = new Map<string, string[]>();
      let found = 0;
      let right = 0;
      for (const c of set.claims) {
        const r = await svc.suggestPassages(c.text, { ...variant, limit: 10 });
        if (!r.ok) throw new Error(`${set.name} claim ${c.id}: ${r.error.message}`);
        ranked.set(
          c.id,
          r.value.map((p) => p.articleId),
        );
        for (const p of r.value) {
          const phrases = set.evidence?.get(c.id)?.get(p.articleId);
          if (phrases === undefined) continue;
          found++;
          if (phrases.some((phrase) => squash(p.text).includes(squash(phrase)))) right++;
        }
      }
      out[name] = { ndcg10: ndcg10(ranked, set.qrels), passage: set.evidence ? (found > 0 ? right / found : 0) : null };
    }
    return out;
  } finally {
    await svc.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** Lower case, whitespace runs as one space: how a phrase is looked for in a passage. */
const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** The results as a table for people (one row per variant, one column per set). */
export function formatDevsetTable(results: Record<string, Record<string, DevsetQuality>>): string {
  const sets = Object.keys(results);
  const names = Object.keys(results[sets[0] as string] ?? {});
  const lines = [`| ranking | ${sets.map((s) => `${s} nDCG@10`).join(' | ')} |`, `| --- | ${sets.map(() => '---').join(' | ')} |`];
  const cell = (q: DevsetQuality | undefined) => (q ? `${q.ndcg10.toFixed(3)}${q.passage === null ? '' : ` (passage ${(100 * q.passage).toFixed(0)}%)`}` : '–');
  for (const n of names) lines.push(`| ${n} | ${sets.map((s) => cell(results[s]?.[n])).join(' | ')} |`);
  return lines.join('\n');
}
