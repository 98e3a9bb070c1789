/**
 * One shape for what an imported annotation says, whether it came as W3C JSON-LD or from
 * Hypothesis: where it is (see locate.ts), and what it adds — a highlight's note, label and
 * colour, or an evidence link's claim and stance.
 */
import { HIGHLIGHT_COLOR_IDS } from '../../highlight-colors.js';
import type { HighlightColor, Stance } from '../../model.js';
import { Stance as StanceSchema } from '../../model.js';
import type { Wanted } from './locate.js';
import type { Body, HypothesisAnnotation, Selector, Target, W3cAnnotation } from './schema.js';
import { parseWarrantUrn, type ParsedUrn } from './urn.js';

/** An imported annotation, format aside. */
export interface Normal {
  /** Its place in the file, from 1 (how the researcher is told which one). */
  n: number;
  /** Our own urn for it, when it is from an export of this project (highlight or link). */
  own: ParsedUrn | null;
  /** Where it is; null with `why` when it marks no passage. */
  wanted: Wanted | null;
  why: string;
  note: string;
  label: string | null;
  color: HighlightColor | null;
  /** For an evidence link: the claim it names (text, and our urn if any) and its stance. */
  link: { claimText: string; claimUrn: ParsedUrn | null; stance: Stance; note: string } | null;
}

const NO_SELECTOR = 'it has no text selector';
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const ours = (iri: string | undefined, projectId: string): ParsedUrn | null => {
  const u = iri === undefined ? null : parseWarrantUrn(iri);
  return u && u.projectId === projectId ? u : null;
};
const isWebAddress = (iri: string) => /^https?:\/\//i.test(iri);

/** The quote and position selectors among `selectors`. */
function textSelectors(selectors: readonly Selector[]): { quote: Wanted['quote'] | null; position: Wanted['position'] } {
  let quote: Wanted['quote'] | null = null;
  let position: Wanted['position'] = null;
  for (const s of selectors) {
    if (typeof s === 'string') continue;
    if (s.type === 'TextQuoteSelector' && quote === null && s.exact !== undefined && s.exact.trim() !== '') {
      quote = { exact: s.exact, prefix: s.prefix ?? '', suffix: s.suffix ?? '' };
    }
    if (s.type === 'TextPositionSelector' && position === null && s.start !== undefined && s.end !== undefined && s.end > s.start) {
      position = { start: s.start, end: s.end };
    }
  }
  return { quote, position };
}

const COLOR_BY_CLASS = new Map<string, HighlightColor>(HIGHLIGHT_COLOR_IDS.map((c) => [`warrant-${c}`, c]));

/** A W3C annotation, as read. */
export function fromW3c(a: W3cAnnotation, n: number, projectId: string): Normal {
  const targets = list(a.target).filter((t): t is Exclude<Target, string> => typeof t !== 'string');
  // Of several targets, the first that quotes text is the passage (we write exactly one).
  const target = targets.find((t) => textSelectors(list(t.selector)).quote !== null) ?? targets[0];
  const bodies = list(a.body).filter((b): b is Exclude<Body, string> => typeof b !== 'string' && typeof b.value === 'string');
  const purposeOf = (b: Exclude<Body, string>) => list(b.purpose);
  const texts = (p: string) => bodies.filter((b) => purposeOf(b).includes(p)).map((b) => b.value!.trim()).filter(Boolean);
  // A Textual Body without a purpose is the comment itself (the spec's simplest note); so is bodyValue.
  const notes = [...(a.bodyValue?.trim() ? [a.bodyValue.trim()] : []), ...bodies.filter((b) => purposeOf(b).length === 0 || purposeOf(b).some((p) => p === 'commenting' || p === 'describing')).map((b) => b.value!.trim()).filter(Boolean)];

  const claimBody = bodies.find((b) => purposeOf(b).includes('linking') && b.value!.trim() !== '');
  const motivations = list(a.motivation);
  let link: Normal['link'] = null;
  if (claimBody && (motivations.includes('linking') || motivations.includes('assessing'))) {
    const stance = texts('classifying').map((v) => StanceSchema.safeParse(v.toLowerCase())).find((r) => r.success)?.data;
    // Without a stance of ours, "linking" relates the passage to the claim and no more: context.
    link = { claimText: claimBody.value!.trim(), claimUrn: ours(claimBody.id, projectId), stance: stance ?? 'context', note: notes.join('\n\n') };
  }

  const own = ours(a.id, projectId);
  const base: Normal = {
    n,
    own: own && (own.kind === 'highlight' || own.kind === 'link') ? own : null,
    wanted: null,
    why: NO_SELECTOR,
    note: link ? '' : notes.join('\n\n'),
    label: texts('tagging')[0] ?? null,
    color: target?.styleClass ? (COLOR_BY_CLASS.get(target.styleClass) ?? null) : null,
    link,
  };
  if (!target) return base;
  const { quote, position } = textSelectors(list(target.selector));
  if (!quote) return base;
  const source = typeof target.source === 'string' ? target.source : target.source?.id;
  const article = ours(source, projectId);
  const urls = [source, ...list(target.scope)].filter((u): u is string => u !== undefined && isWebAddress(u));
  return { ...base, wanted: { articleId: article?.kind === 'article' ? article.itemId : null, urls, title: null, quote, position, unit: 'code-points' } };
}

/** A Hypothesis annotation (API row or client export item), as read. */
export function fromHypothesis(h: HypothesisAnnotation, n: number): Normal {
  const target = h.target?.find((t) => textSelectors(t.selector ?? []).quote !== null) ?? h.target?.[0];
  const titles = list(h.document?.title);
  const base: Normal = { n, own: null, wanted: null, why: NO_SELECTOR, note: (h.text ?? '').trim(), label: h.tags?.find((t) => t.trim() !== '')?.trim() ?? null, color: null, link: null };
  const { quote, position } = textSelectors(target?.selector ?? []);
  if (!quote) {
    // Hypothesis keeps replies and page notes in the same list; neither marks a passage.
    const why = (h.references?.length ?? 0) > 0 ? 'it is a reply to another annotation, not a passage' : 'it is a note on the whole page, not on a passage';
    return { ...base, why };
  }
  const urls = [h.uri, target?.source].filter((u): u is string => u !== undefined && isWebAddress(u));
  // The client counts positions in the page's DOM text (UTF-16), not ours: they are only a hint.
  return { ...base, wanted: { articleId: null, urls, title: titles[0] ?? null, quote, position, unit: 'utf16' } };
}
