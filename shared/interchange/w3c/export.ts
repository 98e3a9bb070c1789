/**
 * Highlights and evidence links as a W3C Web Annotation collection (JSON-LD), for annotation
 * tools and archives. One annotation per highlight, one per evidence link; the mapping is in
 * ../README.md. Offsets are written in Unicode code points, as §4.2.5 of the model requires,
 * while the project counts UTF-16 units: every position goes through shared/text/code-points.ts.
 */
import { HIGHLIGHT_COLORS } from '../../highlight-colors.js';
import type { Article, Claim, EvidenceLink, Highlight, HighlightColor, ProjectFile, Stance } from '../../model.js';
import { toCodePointOffsets } from '../../text/code-points.js';
import type { AgentOut, AnnotationCollectionOut, Motivation, SpecificResourceOut, TextualBody, WebAnnotation } from './types.js';
import { warrantUrn } from './urn.js';

/** The JSON-LD context every Web Annotation document names (§3.1). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** What an evidence link's stance is written as: its motivation, and the classifying body's value. */
export const STANCE_MOTIVATION: Readonly<Record<Stance, Motivation>> = {
  // Supporting or refuting is a judgement about the passage: "assessing" (§3.3.5).
  supports: 'assessing',
  refutes: 'assessing',
  // Context makes no judgement: the passage is only related to the claim.
  context: 'linking',
};

/** The CSS class a highlight colour is written as (`styleClass`, §4.4), read back on import. */
export function colorClass(color: HighlightColor): string {
  return `warrant-${color}`;
}

/** Options for {@link toWebAnnotations}. */
export interface WebAnnotationOptions {
  /** The claims whose evidence to export; null for every claim and every highlight. */
  claimIds: string[] | null;
  /** When the file is written (ISO date-time), as the collection's `generated`. */
  generatedAt: string;
}

const GENERATOR: AgentOut = { type: 'Software', name: 'Warrant' };

const textBody = (value: string, purpose: TextualBody['purpose'], id?: string): TextualBody =>
  id === undefined ? { type: 'TextualBody', value, format: 'text/plain', purpose } : { id, type: 'TextualBody', value, format: 'text/plain', purpose };

const creator = (author: string): { creator?: AgentOut } => (author.trim() === '' ? {} : { creator: { type: 'Person', name: author } });

/**
 * The project's highlights and evidence links as an `AnnotationCollection` with its one page
 * embedded (`first`), so the file stands alone: §5 lets pages be linked or embedded, and an
 * offline export has nowhere to link to.
 *
 * With `claimIds` null every highlight is exported (linked or not) and every link; with a list,
 * only those claims' links and the highlights they use.
 */
export function toWebAnnotations(project: Readonly<ProjectFile>, opts: WebAnnotationOptions): AnnotationCollectionOut {
  const claims = new Map<string, Claim>(project.claims.map((c) => [c.id, c]));
  const wanted = opts.claimIds === null ? null : new Set(opts.claimIds.filter((id) => claims.has(id)));
  const links = project.links.filter((l) => claims.has(l.claimId) && (wanted === null || wanted.has(l.claimId)));
  const used = new Set(links.map((l) => l.highlightId));
  const highlights = project.highlights.filter((h) => wanted === null || used.has(h.id));
  const targets = targetsOf(project, highlights);

  const items: WebAnnotation[] = [];
  for (const h of highlights) items.push(highlightAnnotation(project.id, h, targets.get(h.id)!));
  for (const l of links) {
    const target = targets.get(l.highlightId);
    if (target) items.push(linkAnnotation(project.id, l, claims.get(l.claimId)!, target));
  }

  const id = warrantUrn('collection', project.id, 'annotations');
  const out: AnnotationCollectionOut = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `${project.name}: highlights and evidence`,
    generator: GENERATOR,
    generated: opts.generatedAt,
    total: items.length,
  };
  if (items.length > 0) out.first = { id: warrantUrn('page', project.id, '1'), type: 'AnnotationPage', partOf: id, startIndex: 0, items };
  return out;
}

/**
 * Each highlight's target. Offsets are converted per article in one pass (converting each on its
 * own would be quadratic for an article with thousands of highlights).
 */
function targetsOf(project: Readonly<ProjectFile>, highlights: readonly Highlight[]): Map<string, SpecificResourceOut> {
  const articles = new Map<string, Article>(project.articles.map((a) => [a.id, a]));
  const byArticle = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = byArticle.get(h.articleId);
    if (list) list.push(h);
    else byArticle.set(h.articleId, [h]);
  }
  const out = new Map<string, SpecificResourceOut>();
  for (const [articleId, list] of byArticle) {
    const article = articles.get(articleId);
    const source = warrantUrn('article', project.id, articleId);
    // A deleted article's text is gone: its highlights keep their quote, without a position.
    const cps = article ? toCodePointOffsets(article.text, list.flatMap((h) => [h.target.position.start, h.target.position.end])) : null;
    list.forEach((h, i) => {
      const { exact, prefix, suffix } = h.target.quote;
      const target: SpecificResourceOut = { type: 'SpecificResource', source, selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }] };
      if (article?.url) target.scope = article.url;
      if (cps) target.selector.push({ type: 'TextPositionSelector', start: cps[2 * i]!, end: cps[2 * i + 1]! });
      out.set(h.id, target);
    });
  }
  return out;
}

function highlightAnnotation(projectId: string, h: Highlight, target: SpecificResourceOut): WebAnnotation {
  const body: TextualBody[] = [];
  if (h.note.trim() !== '') body.push(textBody(h.note, 'commenting'));
  if (h.label !== null && h.label.trim() !== '') body.push(textBody(h.label, 'tagging'));
  const info = HIGHLIGHT_COLORS.find((c) => c.color === h.color);
  const annotation: WebAnnotation = {
    id: warrantUrn('highlight', projectId, h.id),
    type: 'Annotation',
    motivation: h.note.trim() !== '' ? 'commenting' : 'highlighting',
    target: { ...target, styleClass: colorClass(h.color) },
    ...creator(h.author),
    created: h.createdAt,
    modified: h.updatedAt,
  };
  if (body.length > 0) annotation.body = body;
  // The colour travels as a style (§4.4), drawn the way Warrant draws it: its own underline pattern.
  if (info) annotation.stylesheet = { type: 'CssStylesheet', value: `.${colorClass(h.color)} { text-decoration: underline ${info.pattern} ${h.color}; }` };
  return annotation;
}

function linkAnnotation(projectId: string, l: EvidenceLink, claim: Claim, target: SpecificResourceOut): WebAnnotation {
  const body = [textBody(claim.text, 'linking', warrantUrn('claim', projectId, claim.id)), textBody(l.stance, 'classifying')];
  if (l.note.trim() !== '') body.push(textBody(l.note, 'commenting'));
  return {
    id: warrantUrn('link', projectId, l.id),
    type: 'Annotation',
    motivation: STANCE_MOTIVATION[l.stance],
    body,
    target,
    ...creator(l.author),
    created: l.createdAt,
    modified: l.updatedAt,
  };
}
