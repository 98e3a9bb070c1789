/**
 * From REFI-QDA selections (code points of the source text as the file holds it) to ranges of
 * the article text (UTF-16 units of the normalized text). The two texts differ wherever
 * `normalizeText` changed something — `\r\n` became `\n`, tabs and runs of spaces became one
 * space, invisible characters went — so offsets are carried across by aligning the raw text with
 * the normalized one, in one pass per source for all its selections (never per selection: that
 * would be quadratic on a long interview with thousands of codings).
 */
import { anchor } from '../../../shared/anchoring/anchor.js';
import { isDroppedByNormalization, normalizeText } from '../../../shared/text/normalize.js';

/** A range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Where each selection lies in the normalized text, or why it cannot be placed. */
export type Placement = Span | 'out-of-range' | 'not-found';

/**
 * Places `spans` (code points of `raw`, end exclusive) in `normalized` (= normalizeText(raw)).
 * The result is a UTF-16 range of `normalized` per span, to be made sound by `describe`.
 */
export function placeSelections(raw: string, normalized: string, spans: readonly Span[]): Placement[] {
  const units = toUtf16(raw, spans);
  const out: Placement[] = spans.map((s, k) => (s.start < 0 || s.end <= s.start || units[2 * k] === null || units[2 * k + 1] === null ? 'out-of-range' : { start: 0, end: 0 }));
  const wanted = out.flatMap((p, k) => (p === 'out-of-range' ? [] : [units[2 * k]!, units[2 * k + 1]!]));
  const mapped = align(raw, normalized, wanted);
  let w = 0;
  return out.map((p, k) => {
    if (p === 'out-of-range') return p;
    const rawStart = units[2 * k]!;
    const rawEnd = units[2 * k + 1]!;
    if (mapped) return { start: mapped[w++]!, end: mapped[w++]! };
    return byQuote(raw, normalized, rawStart, rawEnd);
  });
}

/** UTF-16 offsets of the code-point offsets of `spans` in `text` (null past its end), in one sorted pass. */
function toUtf16(text: string, spans: readonly Span[]): (number | null)[] {
  const cps = spans.flatMap((s) => [s.start, s.end]);
  const order = cps.map((_, i) => i).sort((a, b) => cps[a]! - cps[b]!);
  const out = new Array<number | null>(cps.length).fill(null);
  let i = 0;
  let cp = 0;
  for (const k of order) {
    const target = cps[k]!;
    if (target < 0) continue;
    while (cp < target && i < text.length) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      cp++;
    }
    if (cp === target) out[k] = i;
  }
  return out;
}

// What normalizeText replaces with a space or a line break (extra ones are dropped); the
// invisible characters it drops are normalize.ts's to say (isDroppedByNormalization).
const SPACE_LIKE = /[\s\u0085\u2028\u2029]/;

/**
 * Normalized offsets of the raw UTF-16 offsets `wanted`, by walking both texts together:
 * equal characters advance both; a space-like character against one of the normalized
 * text's spaces or line breaks stands for it; anything else normalizeText drops is skipped.
 * Returns null when the texts disagree otherwise (a composed accent: normalizeText's NFC),
 * and the caller finds each passage by its words instead.
 */
function align(raw: string, norm: string, wanted: readonly number[]): number[] | null {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]!);
  const out = new Array<number>(wanted.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (o < order.length) {
    while (o < order.length && wanted[order[o]!]! <= i) out[order[o++]!] = j;
    if (i >= raw.length) break;
    const rc = raw[i]!;
    const nc = j < norm.length ? norm[j]! : '';
    if (rc === nc || (nc !== '' && SPACE_LIKE.test(rc) && (nc === ' ' || nc === '\n'))) {
      i++;
      j++;
    } else if (SPACE_LIKE.test(rc) || isDroppedByNormalization(rc)) i++;
    else return null;
  }
  return out;
}

/** Finds the passage's normalized words near where it should be (used only when alignment fails). */
function byQuote(raw: string, norm: string, rawStart: number, rawEnd: number): Placement {
  const exact = normalizeText(raw.slice(rawStart, rawEnd));
  if (exact === '') return 'not-found';
  const hint = Math.round((rawStart / Math.max(raw.length, 1)) * norm.length);
  const found = anchor(norm, { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } }, { hint, fuzzy: false });
  return found ? { start: found.start, end: found.end } : 'not-found';
}
