import { describe, expect, it } from 'vitest';
import * as ops from '../../annotations/operations.js';
import { toWebAnnotations } from './export.js';
import { EMOJI_TEXT, PROJECT_ID, edit, emptyProject, sampleProject, stamper, target } from './fixtures/project.js';
import { AnnotationRule, CollectionRule } from './test-support/web-annotation-model.js';
import type { AnnotationCollectionOut, WebAnnotation } from './types.js';
import { parseWarrantUrn, warrantUrn } from './urn.js';

const GENERATED = '2026-03-01T12:00:00.000Z';
const items = (c: AnnotationCollectionOut): WebAnnotation[] => c.first?.items ?? [];
const byId = (c: AnnotationCollectionOut, kind: 'highlight' | 'link', id: string) => {
  const found = items(c).find((a) => a.id === warrantUrn(kind, PROJECT_ID, id));
  if (!found) throw new Error(`no annotation for ${kind} ${id}`);
  return found;
};
const selector = <T extends 'TextQuoteSelector' | 'TextPositionSelector'>(a: WebAnnotation, type: T) => a.target.selector.find((s) => s.type === type) as Extract<WebAnnotation['target']['selector'][number], { type: T }> | undefined;

describe('toWebAnnotations', () => {
  const { project, h, c, flood } = sampleProject();
  const out = toWebAnnotations(project, { claimIds: null, generatedAt: GENERATED });

  it('writes a collection that keeps the Web Annotation Data Model rules', () => {
    const r = CollectionRule.safeParse(out);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(out['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(out.generated).toBe(GENERATED);
    // four highlights and five evidence links
    expect(out.total).toBe(9);
    expect(items(out)).toHaveLength(9);
  });

  it('gives every annotation its own urn, which reads back as the item it came from', () => {
    const ids = items(out).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseWarrantUrn(byId(out, 'highlight', h.barrier.id).id)).toEqual({ kind: 'highlight', projectId: PROJECT_ID, itemId: h.barrier.id });
  });

  it('counts positions in code points: an emoji and a flag before the passage and an emoji inside it', () => {
    const barrier = byId(out, 'highlight', h.barrier.id);
    // By hand: "Flood " 6 + 🌊 1 + " warning " 9 + 🇳🇱 2 + " issued. Officials said " 24 = 42;
    // the passage "the 🚧 barrier held" is 4 + 1 + 13 = 18 code points, so it ends at 60.
    expect(selector(barrier, 'TextPositionSelector')).toEqual({ type: 'TextPositionSelector', start: 42, end: 60 });
    // The project stores UTF-16 units, which differ by the three surrogate pairs before it and one inside.
    expect(h.barrier.target.position).toMatchObject({ start: 45, end: 64 });
    expect([...EMOJI_TEXT].slice(42, 60).join('')).toBe('the 🚧 barrier held');
    // A flag at the very start of a passage: "Flood 🌊 warning " is 16 code points; "🇳🇱 issued" 9.
    expect(selector(byId(out, 'highlight', h.warning.id), 'TextPositionSelector')).toEqual({ type: 'TextPositionSelector', start: 16, end: 25 });
  });

  it('quotes the passage with its context', () => {
    const { prefix, suffix } = h.barrier.target.quote;
    expect(prefix).toContain('🇳🇱');
    expect(selector(byId(out, 'highlight', h.barrier.id), 'TextQuoteSelector')).toEqual({ type: 'TextQuoteSelector', exact: 'the 🚧 barrier held', prefix, suffix });
  });

  it('points at our article urn, with the web page as its scope when the article has an address', () => {
    const onFlood = byId(out, 'highlight', h.barrier.id).target;
    expect(onFlood.source).toBe(warrantUrn('article', PROJECT_ID, flood.id));
    expect(onFlood.scope).toBe('https://news.example.org/flood/barrier/');
    const onTariff = byId(out, 'highlight', h.rise.id).target;
    expect(onTariff.scope).toBeUndefined();
  });

  it('writes a highlight with a note as commenting, its label as a tag, and its colour as a style', () => {
    const barrier = byId(out, 'highlight', h.barrier.id);
    expect(barrier.motivation).toBe('commenting');
    expect(barrier.body).toEqual([
      { type: 'TextualBody', value: 'Check the 🚧 date.', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'key figure', format: 'text/plain', purpose: 'tagging' },
    ]);
    expect(barrier.target.styleClass).toBe('warrant-green');
    expect(barrier.stylesheet?.value).toContain('.warrant-green');
    expect(barrier.creator).toEqual({ type: 'Person', name: 'Ada' });
    expect(barrier.created).toBe(h.barrier.createdAt);
    expect(barrier.modified).toBe(h.barrier.updatedAt);
  });

  it('writes a highlight without a note as highlighting, with no body', () => {
    const warning = byId(out, 'highlight', h.warning.id);
    expect(warning.motivation).toBe('highlighting');
    expect(warning.body).toBeUndefined();
  });

  it('writes each evidence link on the same passage, naming the claim and classifying the stance', () => {
    const links = items(out).filter((a) => a.id.startsWith('urn:warrant:link:'));
    expect(links).toHaveLength(5);
    const supports = links.find((a) => a.body?.some((b) => b.purpose === 'classifying' && b.value === 'supports') && a.target.source.endsWith(':flood'))!;
    expect(supports.motivation).toBe('assessing');
    expect(supports.target.selector).toEqual(byId(out, 'highlight', h.barrier.id).target.selector);
    expect(supports.body).toEqual([
      { id: warrantUrn('claim', PROJECT_ID, c.held.id), type: 'TextualBody', value: 'The barrier held', format: 'text/plain', purpose: 'linking' },
      { type: 'TextualBody', value: 'supports', format: 'text/plain', purpose: 'classifying' },
      { type: 'TextualBody', value: 'Eyewitness account', format: 'text/plain', purpose: 'commenting' },
    ]);
    const motivationOf = (stance: string) => links.filter((a) => a.body?.some((b) => b.purpose === 'classifying' && b.value === stance)).map((a) => a.motivation);
    expect(motivationOf('refutes')).toEqual(['assessing']);
    expect(motivationOf('context')).toEqual(['linking', 'linking']);
  });

  it('keeps to the chosen claims: their links and the highlights those use', () => {
    const only = toWebAnnotations(project, { claimIds: [c.bills.id], generatedAt: GENERATED });
    const ids = items(only).map((a) => a.id);
    expect(ids.filter((id) => id.includes(':highlight:'))).toEqual([warrantUrn('highlight', PROJECT_ID, h.rise.id), warrantUrn('highlight', PROJECT_ID, h.brine.id)]);
    expect(ids.filter((id) => id.includes(':link:'))).toHaveLength(2);
    expect(JSON.stringify(only)).not.toContain('The barrier held');
    expect(CollectionRule.safeParse(only).success).toBe(true);
  });

  it('writes an empty collection, still valid, when there is nothing to export', () => {
    const empty = toWebAnnotations(emptyProject(), { claimIds: null, generatedAt: GENERATED });
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
    expect(CollectionRule.safeParse(empty).success).toBe(true);
  });

  it('keeps the quote of a highlight whose article was deleted, without a position', () => {
    const base = emptyProject();
    const withHighlight = edit(base, (a) => ops.addHighlight(a, { articleId: 'gone', target: target(EMOJI_TEXT, 'barrier held'), color: 'yellow' }, stamper()).next);
    const out2 = toWebAnnotations(withHighlight, { claimIds: null, generatedAt: GENERATED });
    const [only] = items(out2);
    expect(only?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(AnnotationRule.safeParse(only).success).toBe(true);
  });

  it('leaves out the creator when the author was never set', () => {
    const anon = edit(emptyProject(sampleProject().project.articles), (a) => ops.addHighlight(a, { articleId: 'flood', target: target(EMOJI_TEXT, 'barrier held'), color: 'yellow' }, stamper('')).next);
    const [only] = items(toWebAnnotations(anon, { claimIds: null, generatedAt: GENERATED }));
    expect(only).toBeDefined();
    expect(only!.creator).toBeUndefined();
  });
});

describe('the model rules used to check the export', () => {
  it('refuse what the spec refuses', () => {
    const good = items(toWebAnnotations(sampleProject().project, { claimIds: null, generatedAt: GENERATED }))[0]!;
    expect(AnnotationRule.safeParse(good).success).toBe(true);
    expect(AnnotationRule.safeParse({ ...good, id: 'not an iri' }).success).toBe(false);
    expect(AnnotationRule.safeParse({ ...good, motivation: 'agreeing' }).success).toBe(false);
    expect(AnnotationRule.safeParse({ ...good, bodyValue: 'x' }).success).toBe(false);
    expect(AnnotationRule.safeParse({ ...good, created: '2026-01-01' }).success).toBe(false);
    expect(AnnotationRule.safeParse({ ...good, target: { ...good.target, selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } }).success).toBe(false);
    expect(AnnotationRule.safeParse({ ...good, colour: 'green' }).success).toBe(false);
  });
});
