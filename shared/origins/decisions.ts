/**
 * The researcher's decisions about origins — split, join, rename, reset — as stored in the
 * project file (`originDecisions`, format 5). Each names articles, never cluster ids, so it
 * still applies after detection runs again on more articles. They form a log: applied in
 * order of time, a `reset` drops everything before it, and merging two copies is the union of
 * their logs (by id), so both researchers' decisions survive and the later one wins a clash.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';

const id = z.string().min(1).max(100);

/** One decision. `articles`: split — those leaving their cluster together; join — one article of each cluster joined; rename — the cluster's articles. */
export const OriginDecision = z
  .object({
    id,
    kind: z.enum(['split', 'join', 'rename', 'reset']),
    articles: z.array(id).max(LIMITS.maxArticles),
    /** rename only: the name (null: back to the detected name). */
    name: z.string().max(LIMITS.maxFieldLength).nullable().optional(),
    author: z.string().max(LIMITS.maxAuthorLength),
    at: z.iso.datetime(),
  })
  .strict();
export type OriginDecision = z.infer<typeof OriginDecision>;

/** The project file's field (optional: absent means no decisions). */
export const OriginDecisions = z.array(OriginDecision).max(100_000);

/** The decisions in the order they apply: by time, then id (both copies agree on the order). */
export function orderDecisions(decisions: readonly OriginDecision[]): OriginDecision[] {
  return [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The decisions still in effect: those after the last reset (the reset itself is kept, so a merge with an older copy cannot bring earlier ones back). */
export function effectiveDecisions(decisions: readonly OriginDecision[]): OriginDecision[] {
  const ordered = orderDecisions(decisions);
  let from = 0;
  ordered.forEach((d, i) => {
    if (d.kind === 'reset') from = i;
  });
  return ordered.slice(from);
}

/**
 * Merges two copies' decisions: the union by id, in order, pruned to what is in effect. Their
 * article ids must already be mapped onto mine (merge-projects matches articles by content).
 */
export function mergeOriginDecisions(mine: readonly OriginDecision[] | undefined, theirs: readonly OriginDecision[] | undefined): OriginDecision[] | undefined {
  if (!mine?.length && !theirs?.length) return mine ? [...mine] : undefined;
  const byId = new Map<string, OriginDecision>();
  for (const d of mine ?? []) byId.set(d.id, d);
  for (const d of theirs ?? []) if (!byId.has(d.id)) byId.set(d.id, d);
  return effectiveDecisions([...byId.values()]);
}

/** A partition of articles into groups, each with an optional researcher's name. */
export interface Partition {
  groups: Array<{ articles: string[]; name: string | null; manual: string[] }>;
}

/**
 * Applies decisions to detected groups (article id lists). Articles a decision names that are no
 * longer in the project are ignored; a decision that no longer changes anything is harmless.
 */
export function applyDecisions(detected: readonly (readonly string[])[], decisions: readonly OriginDecision[]): Partition {
  let groups = detected.map((articles) => ({ articles: [...articles], name: null as string | null, manual: [] as string[] }));
  const groupOf = () => {
    const m = new Map<string, number>();
    groups.forEach((g, i) => g.articles.forEach((a) => m.set(a, i)));
    return m;
  };
  for (const d of effectiveDecisions(decisions)) {
    const where = groupOf();
    const present = d.articles.filter((a) => where.has(a));
    if (d.kind === 'reset' || present.length === 0) continue;
    if (d.kind === 'split') {
      const leaving = new Set(present);
      const touched = new Set(present.map((a) => where.get(a)!));
      const rest = groups.map((g, i) => (touched.has(i) ? { ...g, articles: g.articles.filter((a) => !leaving.has(a)) } : g)).filter((g) => g.articles.length > 0);
      groups = [...rest, { articles: present, name: null, manual: [`Split off by ${d.author || 'a researcher'}`] }];
    } else if (d.kind === 'join') {
      const idx = [...new Set(present.map((a) => where.get(a)!))].sort((x, y) => x - y);
      if (idx.length < 2) continue;
      const into = groups[idx[0]!]!;
      const merged = { articles: idx.flatMap((i) => groups[i]!.articles), name: idx.map((i) => groups[i]!.name).find((n) => n !== null) ?? null, manual: [...idx.flatMap((i) => groups[i]!.manual), `Joined by ${d.author || 'a researcher'}`] };
      groups = groups.map((g) => (g === into ? merged : g)).filter((_, i) => !idx.slice(1).includes(i));
    } else {
      // The cluster holding most of the renamed articles (the first such on a tie) takes the name.
      const count = new Map<number, number>();
      for (const a of present) count.set(where.get(a)!, (count.get(where.get(a)!) ?? 0) + 1);
      const target = [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0];
      groups[target] = { ...groups[target]!, name: d.name ?? null };
    }
  }
  return { groups };
}
