/**
 * Origin clusters: articles grouped by the report they go back to. Strong signals first —
 * attribution to the same named outlet, text reuse — joined by union-find; then an article
 * that repeats an unnamed report joins the named cluster whose specific facts it shares
 * (weak); the researcher's decisions are applied last (shared/origins/decisions.ts).
 */
import type { OriginCluster, OriginPassage, OriginReason } from '../api-origins.js';
import { articleOrigin, findAttributions, type ArticleAttribution, type Attribution } from './attribution.js';
import { applyDecisions, type OriginDecision } from './decisions.js';
import { commonFacts, extractFacts, factLabel, matchFacts } from './matched-facts.js';
import { alignTexts, candidatePairs, prepareReuse, REUSE_THRESHOLD, reuseStrength, shingles, stopIds, Vocabulary, type ReuseText } from './text-reuse.js';

/** What detection needs of an article. */
export interface OriginArticle {
  id: string;
  text: string;
  /** The publisher as recorded in the article's metadata. */
  source: string | null;
  date: string | null;
  title: string;
}

/** A detected cluster, before the researcher's decisions. */
export interface DetectedCluster {
  origin: string | null;
  articles: string[];
  reasons: OriginReason[];
  weak: boolean;
}

/** Detection's result: clusters in the articles' order (cached as is; decisions apply on top). */
export interface DetectedOrigins {
  clusters: DetectedCluster[];
  /** The first article's title or source per article, for naming clusters without an origin. */
  labels: Record<string, string>;
}

export type ProgressFn = (stage: string, done: number, total: number) => void;

const EMPTY_FACTS = { facts: new Map(), labels: new Map() };

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier article stays the root, so cluster order follows the project's order.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const quote = (text: string, s: { start: number; end: number }, max = 320): string => {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim().replace(/^[“”"]+|[“”"]+$/g, '');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** A title as a reason names it: at most 80 characters. */
const short = (title: string): string => (title.length > 80 ? `${title.slice(0, 79)}…` : title);

function attributionReason(a: OriginArticle, att: ArticleAttribution): OriginReason | null {
  if (!att.origin) return null;
  if (att.evidence.length === 0) {
    return { kind: 'attribution', articles: [a.id], detail: `Published by ${att.origin} (the article's source)`, strength: 1, passages: [] };
  }
  const first = att.evidence.find((e) => e.origin === att.origin) ?? att.evidence[0]!;
  const chain = att.via ? ` — it quotes ${att.via}, whose text credits ${att.origin}` : '';
  const times = att.evidence.filter((e) => e.origin === att.origin).length;
  const more = times > 1 ? ` (${times} sentences credit it)` : '';
  return {
    kind: 'attribution',
    articles: [a.id],
    detail: `Credits ${att.origin}: “${quote(a.text, first.sentence)}”${more}${chain}`,
    strength: att.via ? 0.85 : first.how === 'dateline' ? 0.95 : 0.9,
    passages: att.evidence.slice(0, 6).map((e) => ({ articleId: a.id, start: e.sentence.start, end: e.sentence.end })),
  };
}

/**
 * Matched facts (shared/origins/matched-facts.ts), for articles in no cluster that credits a
 * named outlet: one that repeats an unnamed report joins the named cluster one of whose articles
 * reports the same specific facts; one named only by its own publisher (it credits nobody) joins
 * the cluster crediting that publisher, on the same condition — it may be the report they retell,
 * but the same paper's other stories are not. Joins them in `uf`; answers the reasons.
 */
function tieByFacts(articles: readonly OriginArticle[], attributions: readonly ArticleAttribution[], uf: UnionFind, credits: (i: number) => boolean): Array<{ i: number; reason: OriginReason }> {
  const members = new Map<number, number[]>();
  attributions.forEach((_, i) => {
    if (!credits(i)) return;
    const r = uf.find(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  });
  const candidates = attributions.map((att, i) => ((att.unnamedReport || att.origin !== null) && !members.has(uf.find(i)) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0 || members.size === 0) return [];
  // Facts of the articles that take part only.
  const involved = new Set([...candidates, ...[...members.values()].flat()]);
  const facts = articles.map((a, i) => (involved.has(i) ? extractFacts(a.text) : EMPTY_FACTS));
  const common = commonFacts(facts.filter((_, i) => involved.has(i)));
  const originOf = (idx: readonly number[]) => {
    const count = new Map<string, number>();
    for (const k of idx) count.set(attributions[k]!.origin!, (count.get(attributions[k]!.origin!) ?? 0) + 1);
    return [...count].sort((x, y) => y[1] - x[1])[0]![0];
  };
  const out: Array<{ i: number; reason: OriginReason }> = [];
  const ties: Array<[number, number]> = [];
  for (const i of candidates) {
    const self = attributions[i]!.origin;
    let best: { root: number; origin: string; m: NonNullable<ReturnType<typeof matchFacts>> } | null = null;
    for (const [root, idx] of members) {
      const origin = originOf(idx);
      if (self !== null && origin !== self) continue;
      const m = matchFacts(facts[i]!, idx.map((k) => facts[k]!), { common, reportDate: articles[i]!.date, clusterDates: idx.map((k) => articles[k]!.date) });
      if (m && (!best || m.shared.length > best.m.shared.length)) best = { root, origin, m };
    }
    if (!best) continue;
    const a = articles[i]!;
    const shared = best.m.shared.slice(0, 8).map((k) => short(factLabel(facts[i]!, k))).join(', ');
    const said = attributions[i]!.unnamed[0];
    const lead = self !== null ? `Published by ${self}, and reports` : `Repeats an unnamed report (“${quote(a.text, said!.sentence, 200)}”) and reports`;
    const spans = self !== null || !said ? best.m.spans : [said.sentence, ...best.m.spans.filter((x) => x.start !== said.sentence.start)];
    out.push({
      i,
      reason: {
        kind: 'matched-facts',
        articles: [a.id, ...members.get(best.root)!.slice(0, 5).map((k) => articles[k]!.id)],
        detail: `${lead} the same specific facts as ${self !== null ? `the articles crediting ${self}` : best.origin}: ${shared}. A weaker tie than a named source.`,
        strength: best.m.strength,
        passages: spans.slice(0, 6).map((x) => ({ articleId: a.id, start: x.start, end: x.end })),
      },
    });
    ties.push([best.root, i]);
  }
  // Joined after all are decided, so one candidate never widens the cluster another is compared with.
  for (const [root, i] of ties) uf.union(root, i);
  return out;
}

/** Runs detection over a corpus. Pure and synchronous: the backend runs it in a worker. */
export function detectOrigins(articles: readonly OriginArticle[], onProgress: ProgressFn = () => undefined): DetectedOrigins {
  const n = articles.length;
  const step = Math.max(1, Math.floor(n / 20));
  const attributions: ArticleAttribution[] = [];
  const found: Attribution[][] = [];
  articles.forEach((a, i) => {
    found.push(findAttributions(a.text));
    attributions.push(articleOrigin(a.text, a.source, found[i]));
    if (i % step === 0) onProgress('Reading attributions', i, n);
  });
  onProgress('Comparing texts', 0, n);
  const vocab = new Vocabulary();
  const isStop = stopIds(vocab);
  const prepared: ReuseText[] = articles.map((a, i) => prepareReuse(a.text, vocab, found[i]));
  const sets = prepared.map((p) => shingles(p, isStop));
  const pairs = candidatePairs(sets);
  const uf = new UnionFind(n);
  const reuseReasons: Array<{ i: number; j: number; reason: OriginReason }> = [];
  pairs.forEach(([i, j], k) => {
    const m = alignTexts(prepared[i]!, prepared[j]!);
    const strength = reuseStrength(m);
    if (k % 200 === 0) onProgress('Comparing texts', k, pairs.length);
    if (strength < REUSE_THRESHOLD || m.passages.length === 0) return;
    uf.union(i, j);
    const A = articles[i]!;
    const B = articles[j]!;
    const pa = prepared[i]!.tokens;
    const pb = prepared[j]!.tokens;
    const passages: OriginPassage[] = [];
    for (const p of m.passages.slice(0, 3)) {
      passages.push({ articleId: A.id, start: pa[p.a.from]!.start, end: pa[p.a.to - 1]!.end });
      passages.push({ articleId: B.id, start: pb[p.b.from]!.start, end: pb[p.b.to - 1]!.end });
    }
    const top = m.passages[0]!;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    reuseReasons.push({
      i,
      j,
      reason: {
        kind: 'text-reuse',
        articles: [A.id, B.id],
        detail: `Shared text: ${pct(m.coverA)} of “${short(A.title)}” and ${pct(m.coverB)} of “${short(B.title)}” in ${m.passages.length} passage${m.passages.length === 1 ? '' : 's'}, e.g. “${quote(B.text, { start: pb[top.b.from]!.start, end: pb[top.b.to - 1]!.end }, 200)}”`,
        strength: Math.round(strength * 100) / 100,
        passages,
      },
    });
  });
  // Attribution to the same named outlet.
  const credits = (i: number) => attributions[i]!.origin !== null && attributions[i]!.evidence.length > 0;
  const firstOf = new Map<string, number>();
  attributions.forEach((att, i) => {
    if (!credits(i)) return;
    const f = firstOf.get(att.origin!);
    if (f === undefined) firstOf.set(att.origin!, i);
    else uf.union(f, i);
  });
  onProgress('Matching facts', 0, n);
  const factReasons = tieByFacts(articles, attributions, uf, credits);
  const weakRoots = new Set(factReasons.map((r) => r.i));
  // Collect clusters in the order of their first article.
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
  }
  const clusters: DetectedCluster[] = [];
  for (const idx of byRoot.values()) {
    const count = new Map<string, number>();
    for (const i of idx) if (attributions[i]!.origin) count.set(attributions[i]!.origin!, (count.get(attributions[i]!.origin!) ?? 0) + 1);
    const origin = [...count].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
    const inside = new Set(idx);
    const reasons: OriginReason[] = [];
    for (const i of idx) {
      const r = attributionReason(articles[i]!, attributions[i]!);
      if (r) reasons.push(r);
    }
    for (const r of reuseReasons) if (inside.has(r.i) && inside.has(r.j)) reasons.push(r.reason);
    for (const r of factReasons) if (inside.has(r.i)) reasons.push(r.reason);
    clusters.push({ origin, articles: idx.map((i) => articles[i]!.id), reasons, weak: idx.some((i) => weakRoots.has(i)) });
  }
  onProgress('Done', n, n);
  const labels: Record<string, string> = {};
  for (const a of articles) labels[a.id] = a.source?.trim() || a.title;
  return { clusters, labels };
}

/** The id of a cluster: its lexicographically first article id (stable for the same members). */
export function clusterId(articles: readonly string[]): string {
  let first = articles[0]!;
  for (const a of articles) if (a < first) first = a;
  return `origin-${first}`;
}

/** Applies the researcher's decisions to detected clusters: what `origins.get` answers. */
export function buildClusters(detected: DetectedOrigins, decisions: readonly OriginDecision[]): OriginCluster[] {
  const partition = applyDecisions(detected.clusters.map((c) => c.articles), decisions);
  const home = new Map<string, DetectedCluster>();
  for (const c of detected.clusters) for (const a of c.articles) home.set(a, c);
  const out: OriginCluster[] = partition.groups.map((g) => {
    const members = new Set(g.articles);
    const sources = [...new Set(g.articles.map((a) => home.get(a)!))];
    // Detected reasons that still hold: restricted to this cluster's articles, and for ties, both ends inside.
    const reasons: OriginReason[] = [];
    for (const c of sources) {
      for (const r of c.reasons) {
        const inside = r.articles.filter((a) => members.has(a));
        const tie = r.kind === 'text-reuse' || r.kind === 'matched-facts';
        if (inside.length === 0 || (tie && (!members.has(r.articles[0]!) || inside.length < 2))) continue;
        reasons.push({ ...r, articles: inside, passages: r.passages.filter((p) => members.has(p.articleId)) });
      }
    }
    for (const m of g.manual) reasons.push({ kind: 'manual', articles: g.articles, detail: `${m}.`, strength: 1, passages: [] });
    const count = new Map<string, number>();
    for (const c of sources) if (c.origin) count.set(c.origin, (count.get(c.origin) ?? 0) + c.articles.filter((a) => members.has(a)).length);
    // A cluster keeps a detected origin only if some member still credits it (not just a former neighbour).
    const credited = reasons.some((r) => r.kind === 'attribution');
    const origin = credited ? ([...count].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null) : null;
    const weak = reasons.some((r) => r.kind === 'matched-facts') && !g.manual.length;
    const name = g.name ?? origin ?? detected.labels[g.articles[0]!] ?? g.articles[0]!;
    return { id: clusterId(g.articles), origin, name, renamed: g.name !== null, articles: g.articles, reasons, weak };
  });
  return out.sort((a, b) => b.articles.length - a.articles.length);
}
