/**
 * The origins dev set (bench/devsets/origins-news/, written for Warrant, CC0): for each of ten
 * news events, a source story, a light rewrite and a partial rewrite of it (derived), and two
 * reports of the same event written independently with the same names, facts and quotations
 * (independent). Pairs: source × each other text, and the two independent reports × each other.
 *
 * Measures derived-vs-independent for the detector's text-reuse decision against a
 * word-trigram-containment baseline (Clough et al.'s METER baseline), whose threshold is the
 * best one for it on this very set (the most favourable reading of the baseline).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignTexts, prepareReuse, REUSE_THRESHOLD, reuseStrength, Vocabulary } from '../shared/origins/text-reuse.js';
import { tokenize } from '../shared/origins/text.js';

/** One labelled pair: is `b` derived from `a`? */
export interface DevPair {
  event: string;
  a: string;
  b: string;
  kinds: [string, string];
  derived: boolean;
}

/** Reads the dev set's texts (`### <event> <kind>` headers) and forms its pairs. */
export function loadDevPairs(dir: string): DevPair[] {
  const texts = new Map<string, Map<string, string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(path.join(dir, file), 'utf8');
    for (const block of raw.split(/^### /m).slice(1)) {
      const nl = block.indexOf('\n');
      const [event, kind] = block.slice(0, nl).trim().split(/\s+/) as [string, string];
      if (!texts.has(event)) texts.set(event, new Map());
      texts.get(event)!.set(kind, block.slice(nl + 1).trim());
    }
  }
  const pairs: DevPair[] = [];
  for (const [event, byKind] of texts) {
    const source = byKind.get('source');
    if (!source) continue;
    for (const [kind, text] of byKind) {
      if (kind !== 'source') pairs.push({ event, a: source, b: text, kinds: ['source', kind], derived: kind.startsWith('derived') });
    }
    const ia = byKind.get('independent-a');
    const ib = byKind.get('independent-b');
    if (ia && ib) pairs.push({ event, a: ia, b: ib, kinds: ['independent-a', 'independent-b'], derived: false });
  }
  return pairs;
}

/** Share of `b`'s word trigrams that occur in `a` (the baseline's score). */
export function trigramContainment(a: string, b: string): number {
  const grams = (t: string) => {
    const k = tokenize(t).map((x) => x.key);
    const s = new Set<string>();
    for (let i = 0; i + 2 < k.length; i++) s.add(`${k[i]} ${k[i + 1]} ${k[i + 2]}`);
    return s;
  };
  const A = grams(a);
  const B = grams(b);
  let shared = 0;
  for (const g of B) if (A.has(g)) shared++;
  return B.size ? shared / B.size : 0;
}

/** Precision, recall and F1 of the "derived" class, accuracy and macro-F1 over both classes. */
export interface Scores {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
}

/** Scores predictions against the labels. */
export function score(labels: readonly boolean[], predicted: readonly boolean[]): Scores {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  labels.forEach((l, i) => {
    const p = predicted[i]!;
    if (l && p) tp++;
    else if (!l && p) fp++;
    else if (!l && !p) tn++;
    else fn++;
  });
  const f = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const negP = tn + fn ? tn / (tn + fn) : 0;
  const negR = tn + fp ? tn / (tn + fp) : 0;
  return { accuracy: (tp + tn) / labels.length, precision, recall, f1: f(precision, recall), macroF1: (f(precision, recall) + f(negP, negR)) / 2 };
}

/** The detector's pair decision: shared text at least as strong as the clustering threshold. */
export function detectorScore(a: string, b: string): number {
  const vocab = new Vocabulary();
  return reuseStrength(alignTexts(prepareReuse(a, vocab), prepareReuse(b, vocab)));
}

/** Runs both on the dev set. */
export function evaluateDevSet(dir: string): { pairs: number; derived: number; ours: Scores; baseline: Scores & { threshold: number }; errors: string[] } {
  const pairs = loadDevPairs(dir);
  const labels = pairs.map((p) => p.derived);
  const oursScores = pairs.map((p) => detectorScore(p.a, p.b));
  const ours = score(labels, oursScores.map((s) => s >= REUSE_THRESHOLD));
  const base = pairs.map((p) => trigramContainment(p.a, p.b));
  let best: Scores & { threshold: number } = { ...score(labels, base.map(() => false)), threshold: 1 };
  for (const t of [...new Set(base)].sort((x, y) => x - y)) {
    const s = score(labels, base.map((x) => x >= t));
    if (s.accuracy > best.accuracy || (s.accuracy === best.accuracy && s.macroF1 > best.macroF1)) best = { ...s, threshold: t };
  }
  const errors = pairs.flatMap((p, i) => ((oursScores[i]! >= REUSE_THRESHOLD) !== p.derived ? [`${p.event} ${p.kinds.join('×')}: ${oursScores[i]!.toFixed(2)} (baseline ${base[i]!.toFixed(2)})`] : []));
  return { pairs: pairs.length, derived: labels.filter(Boolean).length, ours, baseline: best, errors };
}
