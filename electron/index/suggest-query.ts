/**
 * Suggested evidence, the caller's part: turns a claim as a researcher typed it into weighted
 * terms, asks every shard (suggest-engine.ts), adds pseudo-relevance feedback (RM3: the words
 * of the best first-round articles join the claim's, then every shard ranks again) and merges
 * the shards' answers, one passage per article, best first.
 *
 * The claim is never read as query syntax (suggest-terms.ts); a claim of stop words only
 * finds nothing.
 */
import type { ExcludedRange, FeedbackDoc, ShardSuggestArgs, ShardSuggestHit, ShardSuggestResult, SuggestParams, WeightedTerm } from './suggest-types.js';

/** How the caller reaches one shard (a worker in the app, the engine itself in dev tools). */
export type ShardPort = (args: ShardSuggestArgs) => Promise<ShardSuggestResult>;

/** Feedback settings (RM3), measured on the dev sets (docs/benchmark.md). */
export interface FeedbackParams {
  /** Best first-round articles whose words are added (0: no feedback). */
  docs: number;
  /** Words added. */
  terms: number;
  /** Share of the claim's own words in the final weights (the rest is feedback). */
  originalWeight: number;
}

export const DEFAULT_FEEDBACK: FeedbackParams = { docs: 5, terms: 20, originalWeight: 0.7 };

export interface SuggestOptions {
  limit: number;
  exclude?: ExcludedRange[];
  excludeArticles?: string[];
  params?: Partial<SuggestParams>;
  feedback?: Partial<FeedbackParams>;
  /** See ShardSuggestArgs.minCoverage. */
  minCoverage?: number;
  /** Told the CPU time the shards spent (per round the busiest shard's, summed over rounds), in ms. */
  onCpu?: (ms: number) => void;
}

/** A merged suggestion: the shard's hit and which shard it came from. */
export interface MergedHit extends ShardSuggestHit {
  shard: number;
}

/** A suggested passage as the service answers it. */
export interface SuggestedPassage {
  articleId: string;
  start: number;
  end: number;
  score: number;
  text: string;
}

/**
 * RM3 expansion: each feedback article's term distribution weighted by its share of the
 * feedback articles' scores; the top `terms` words, normalized, mixed with the claim's own
 * (normalized) weights.
 */
export function expandTerms(original: WeightedTerm[], feedback: FeedbackDoc[], p: FeedbackParams): WeightedTerm[] {
  const total = feedback.reduce((s, d) => s + d.score, 0);
  if (feedback.length === 0 || total <= 0 || p.terms <= 0) return original;
  const rel = new Map<string, number>();
  for (const d of feedback) {
    const w = d.score / total;
    for (let i = 0; i < d.terms.length; i++) {
      const t = d.terms[i] as string;
      rel.set(t, (rel.get(t) ?? 0) + (w * (d.counts[i] as number)) / Math.max(1, d.length));
    }
  }
  const top = [...rel].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, p.terms);
  const expSum = top.reduce((s, [, v]) => s + v, 0);
  const origSum = original.reduce((s, t) => s + t.weight, 0);
  const out = new Map<string, number>();
  for (const t of original) out.set(t.term, (p.originalWeight * t.weight) / origSum);
  for (const [t, v] of top) out.set(t, (out.get(t) ?? 0) + ((1 - p.originalWeight) * v) / expSum);
  return [...out].map(([term, weight]) => ({ term, weight }));
}

/** Merges the shards' hits: best first, ties in shard then article order. */
function merge(results: ShardSuggestResult[], limit: number): MergedHit[] {
  const all: MergedHit[] = [];
  results.forEach((r, shard) => {
    for (const h of r.hits) all.push({ ...h, shard });
  });
  all.sort((a, b) => b.score - a.score || a.shard - b.shard || a.ord - b.ord);
  return all.slice(0, limit);
}

/** Ranks the corpus for `text` through the shards; at most one passage per article, best first. */
export async function suggestAcrossShards(ports: readonly ShardPort[], text: string, opts: SuggestOptions): Promise<MergedHit[]> {
  if (ports.length === 0) return [];
  const fb = { ...DEFAULT_FEEDBACK, ...opts.feedback };
  const base = {
    limit: opts.limit,
    exclude: opts.exclude ?? [],
    excludeArticles: opts.excludeArticles ?? [],
    ...(opts.params ? { params: opts.params } : {}),
    ...(opts.minCoverage ? { minCoverage: opts.minCoverage } : {}),
  };
  // Every shard analyses the claim the same way (same vocabulary, same corpus languages).
  // With feedback, the first round only finds the feedback articles (no passages: limit 0).
  const feedbackOn = fb.docs > 0 && fb.terms > 0;
  const first = await Promise.all(ports.map((port) => port({ ...base, ...(feedbackOn ? { limit: 0 } : {}), text, terms: [], feedbackDocs: feedbackOn ? fb.docs : 0 })));
  const terms = first[0]?.terms ?? [];
  const busiest = (rs: ShardSuggestResult[]) => Math.max(0, ...rs.map((r) => r.cpuMs ?? 0));
  if (!feedbackOn || terms.length === 0) {
    opts.onCpu?.(busiest(first));
    return merge(first, opts.limit);
  }
  const feedback = first
    .flatMap((r) => r.feedback)
    .sort((a, b) => b.score - a.score)
    .slice(0, fb.docs);
  const expanded = feedback.length > 0 ? expandTerms(terms, feedback, fb) : terms;
  const passageTerms = terms.map((t) => t.term);
  const second = await Promise.all(ports.map((port) => port({ ...base, terms: expanded, passageTerms, feedbackDocs: 0 })));
  opts.onCpu?.(busiest(first) + busiest(second));
  return merge(second, opts.limit);
}
