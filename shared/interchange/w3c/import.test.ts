import { describe, expect, it } from 'vitest';
import { findIntegrityProblem } from '../../annotations/integrity.js';
import type { Highlight, ProjectFile } from '../../model.js';
import { addImportedItems } from '../imported-items.js';
import { toWebAnnotations } from './export.js';
import hypothesisExport from './fixtures/hypothesis-export.json';
import { article, emptyProject, EMOJI_TEXT, PLAIN_TEXT, sampleProject, stamper } from './fixtures/project.js';
import { readAnnotations } from './import.js';

const GENERATED = '2026-03-01T12:00:00.000Z';
/** The export as another program would receive it: through JSON text. */
const exported = (p: ProjectFile) => JSON.parse(JSON.stringify(toWebAnnotations(p, { claimIds: null, generatedAt: GENERATED }))) as unknown;
const read = (json: unknown, p: ProjectFile) => readAnnotations(json, p, stamper('Bo', 'new'));
/** What a researcher sees of highlights: article, span, words, note, label, colour. */
const spans = (p: ProjectFile) =>
  p.highlights.map((h) => ({ articleId: h.articleId, start: h.target.position.start, end: h.target.position.end, exact: h.target.quote.exact, note: h.note, label: h.label, color: h.color })).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
/** Evidence as "quote → claim: stance". */
const evidence = (p: ProjectFile) => {
  const hs = new Map<string, Highlight>(p.highlights.map((h) => [h.id, h]));
  const cs = new Map(p.claims.map((c) => [c.id, c.text]));
  return p.links.map((l) => `${hs.get(l.highlightId)!.target.quote.exact} → ${cs.get(l.claimId)}: ${l.stance}${l.note ? ` (${l.note})` : ''}`).sort();
};
/** The same project with its annotations taken away: a copy that has the articles only. */
const bare = (p: ProjectFile): ProjectFile => ({ ...p, highlights: [], claims: [], links: [], ratings: [] });

describe('W3C round trip', () => {
  const { project } = sampleProject();

  it('brings our export back onto the same project adding nothing, since everything is there', () => {
    const r = read(exported(project), project);
    expect(r.kind).toBe('w3c');
    expect(r.items.unmatched).toEqual([]);
    const { project: after, counts } = addImportedItems(project, r.items);
    expect(counts).toEqual({ articles: 0, claims: 0, highlights: 0, links: 0, ratings: 0, alreadyPresent: 4 + 3 + 5 });
    expect(after.highlights).toEqual(project.highlights);
    expect(after.links).toEqual(project.links);
    expect(after.claims).toEqual(project.claims);
  });

  it('rebuilds the same spans, notes, labels, colours, claims and stances on a copy without annotations', () => {
    const copy = bare(project);
    const { project: after, counts } = addImportedItems(copy, read(exported(project), copy).items);
    expect(counts).toMatchObject({ highlights: 4, claims: 3, links: 5, alreadyPresent: 0 });
    expect(spans(after)).toEqual(spans(project));
    expect(evidence(after)).toEqual(evidence(project));
    expect(after.claims.map((c) => c.text).sort()).toEqual(project.claims.map((c) => c.text).sort());
    // Our own urns keep the ids, so the copy names the same items as the original.
    expect(after.highlights.map((h) => h.id).sort()).toEqual(project.highlights.map((h) => h.id).sort());
    expect(findIntegrityProblem(after)).toBeNull();
  });

  it('adds nothing twice when the same file is imported twice', () => {
    const copy = bare(project);
    const json = exported(project);
    const once = addImportedItems(copy, read(json, copy).items).project;
    const twice = addImportedItems(once, read(json, once).items);
    expect(twice.counts).toMatchObject({ highlights: 0, claims: 0, links: 0 });
    expect(twice.project.highlights).toHaveLength(4);
    expect(twice.project.links).toHaveLength(5);
    expect(twice.project.claims).toHaveLength(3);
  });

  it('finds the articles of another project by web address, or else by quote, and gives fresh ids', () => {
    const { project: original } = sampleProject();
    // A colleague imported the same two files: other article ids, another project id.
    const theirs = { ...emptyProject([article('a-9', EMOJI_TEXT, { title: 'Flood', url: 'https://news.example.org/flood/barrier' }), article('a-7', PLAIN_TEXT, { title: 'Tariff' })]), id: 'other-project' };
    const r = read(exported(original), theirs);
    expect(r.items.unmatched).toEqual([]);
    const { project: after } = addImportedItems(theirs, r.items);
    expect(new Set(after.highlights.map((h) => h.articleId))).toEqual(new Set(['a-9', 'a-7']));
    expect(after.highlights.every((h) => h.id.startsWith('new'))).toBe(true);
    expect(evidence(after)).toEqual(evidence(original));
    expect(findIntegrityProblem(after)).toBeNull();
  });

  it('links to the project’s claim by our id even after the claim was reworded', () => {
    const { project: p, c } = sampleProject();
    const json = exported(p);
    const reworded = { ...p, claims: p.claims.map((x) => (x.id === c.bills.id ? { ...x, text: 'Water bills rise by 9%' } : x)), links: [] };
    const { project: after } = addImportedItems(reworded, read(json, reworded).items);
    expect(after.claims).toHaveLength(3);
    expect(after.links.filter((l) => l.claimId === c.bills.id)).toHaveLength(2);
  });
});

describe('positions in code points from other tools', () => {
  // Six emoji (one code point, two UTF-16 units each) before two occurrences of the same words.
  const text = '🌊🌊🌊🌊🌊🌊 dam held. dam held.';
  const p = emptyProject([article('dam', text, { title: 'Dam', url: 'https://example.org/dam' })]);
  const annotation = (start: number, end: number) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example.net/anno/1',
    type: 'Annotation',
    motivation: 'highlighting',
    target: { source: 'https://example.org/dam', selector: [{ type: 'TextPositionSelector', start, end }, { type: 'TextQuoteSelector', exact: 'dam held' }] },
  });

  it('converts code points to UTF-16 with the article’s text, so repeated words land on the right one', () => {
    // The second "dam held" starts at code point 17 (6 emoji + " dam held. " = 6 + 11) = UTF-16 unit 23.
    expect(text.indexOf('dam held', 15)).toBe(23);
    const r = read(annotation(17, 25), p);
    expect(r.items.highlights.map((h) => h.target.position)).toEqual([{ type: 'TextPositionSelector', start: 23, end: 31 }]);
    // The first occurrence: code point 7 = unit 13.
    expect(read(annotation(7, 15), p).items.highlights[0]?.target.position).toMatchObject({ start: 13, end: 21 });
  });
});

describe('Hypothesis export', () => {
  const { project, flood, tariff } = sampleProject();
  const bareProject = bare(project);

  it('reads notes from `text`, labels from the first tag, and places each passage by address or by quote', () => {
    const r = read(hypothesisExport, bareProject);
    expect(r.kind).toBe('hypothesis');
    const got = r.items.highlights.map((h) => ({ articleId: h.articleId, exact: h.target.quote.exact, note: h.note, label: h.label, color: h.color }));
    expect(got).toEqual([
      { articleId: flood.id, exact: 'barrier held firm overnight', note: 'Matches the harbour master\'s log.', label: 'reliable', color: 'yellow' },
      { articleId: tariff.id, exact: 'water tariff rise', note: '', label: null, color: 'yellow' },
      { articleId: flood.id, exact: 'Residents returned home', note: '', label: 'residents interviewed on the morning after the storm surge h', color: 'yellow' },
    ]);
    expect(r.items.highlights[2]!.label).toHaveLength(60);
    // Its selectors are ours, made from the anchored range (UTF-16, with our context length).
    const barrier = r.items.highlights[0]!;
    expect(EMOJI_TEXT.slice(barrier.target.position.start, barrier.target.position.end)).toBe('barrier held firm overnight');
  });

  it('reports replies, page notes and passages of articles the project does not have', () => {
    expect(read(hypothesisExport, bareProject).items.unmatched).toEqual([
      { what: 'annotation 3', reason: 'it is a reply to another annotation, not a passage' },
      { what: 'annotation 4', reason: 'it is a note on the whole page, not on a passage' },
      { what: 'annotation 5 (“tides were unusually high this week”)', reason: 'its article “Tides report” is not in this project' },
    ]);
  });

  it('reads the API’s `{ rows }` and a bare array the same way', () => {
    const fromExport = read(hypothesisExport, bareProject).items;
    const rows = hypothesisExport.annotations;
    for (const json of [{ total: rows.length, rows }, rows]) {
      const r = read(json, bareProject);
      expect(r.kind).toBe('hypothesis');
      expect(r.items.highlights.map((h) => h.target)).toEqual(fromExport.highlights.map((h) => h.target));
      expect(r.items.unmatched).toEqual(fromExport.unmatched);
    }
  });

  it('adds the highlights once, however often the file is imported', () => {
    const once = addImportedItems(bareProject, read(hypothesisExport, bareProject).items).project;
    const again = addImportedItems(once, read(hypothesisExport, once).items);
    expect(again.counts.highlights).toBe(0);
    expect(again.counts.alreadyPresent).toBe(3);
  });
});

describe('annotations that cannot be placed', () => {
  const { project, flood } = sampleProject();
  const anno = (target: unknown, extra: object = {}) => ({ type: 'Annotation', motivation: 'highlighting', target, ...extra });

  it('names the article whose address matched when the quote is not in it', () => {
    const r = read([anno({ source: flood.url, selector: { type: 'TextQuoteSelector', exact: 'the dam burst at midnight and flooded the old town' } })], project);
    expect(r.items.unmatched).toEqual([{ what: 'annotation 1 (“the dam burst at midnight and flooded…”)', reason: 'its quote was not found in “Flood barrier holds”' }]);
    expect(r.items.highlights).toEqual([]);
  });

  it('refuses a quote found in more than one article, rather than guess', () => {
    const twin = article('twin', `Reprinted: ${PLAIN_TEXT}`, { title: 'Reprint' });
    const p = { ...project, articles: [...project.articles, twin] };
    const r = read([anno({ source: 'https://unknown.example/x', selector: [{ type: 'TextQuoteSelector', exact: 'brine outfall harms crab catches' }] })], p);
    expect(r.items.unmatched).toEqual([{ what: 'annotation 1 (“brine outfall harms crab catches”)', reason: 'its quote is in 2 articles (“Tariff rise approved”, “Reprint”), so which one it marks is not clear' }]);
  });

  it('reports an annotation on a whole document, and one whose target is only an IRI', () => {
    const r = read([anno('https://example.org/page'), anno({ source: 'https://example.org/page', selector: { type: 'FragmentSelector', value: 'para=3' } })], project);
    expect(r.items.unmatched).toEqual([
      { what: 'annotation 1', reason: 'it has no text selector' },
      { what: 'annotation 2', reason: 'it has no text selector' },
    ]);
  });

  it('reports what a page lists only by address, and pages that are only linked', () => {
    const page = { type: 'AnnotationPage', items: ['https://annotations.example.net/anno/7', anno({ source: flood.url, selector: { type: 'TextQuoteSelector', exact: 'Residents returned home' } })], next: 'https://annotations.example.net/page/2' };
    const r = read({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 3, first: page }, project);
    expect(r.items.highlights).toHaveLength(1);
    expect(r.items.unmatched).toEqual([
      { what: 'annotation 1', reason: 'only its web address is in the file, not the annotation itself' },
      { what: 'the rest of the collection', reason: 'its further pages are only linked, not included in the file' },
    ]);
  });

  it('reads the pages of a collection that are embedded one after another', () => {
    const a1 = anno({ source: flood.url, selector: { type: 'TextQuoteSelector', exact: 'Residents returned home' } });
    const a2 = anno({ source: flood.url, selector: { type: 'TextQuoteSelector', exact: 'barrier held firm' } }, { bodyValue: 'A note as bodyValue' });
    const r = read({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [a1], next: { type: 'AnnotationPage', items: [a2] } } }, project);
    expect(r.items.highlights.map((h) => [h.target.quote.exact, h.note])).toEqual([
      ['Residents returned home', ''],
      ['barrier held firm', 'A note as bodyValue'],
    ]);
  });

  it('keeps only our own ids that the project does not already use or hold a deletion record for', () => {
    const { project: p, h } = sampleProject();
    const json = exported(p);
    // The highlight was deleted here after the export: coming back, it must not reuse the deleted id.
    const without: ProjectFile = { ...p, highlights: p.highlights.filter((x) => x.id !== h.warning.id), links: p.links.filter((l) => l.highlightId !== h.warning.id), deleted: [{ kind: 'highlight', id: h.warning.id, rev: h.warning.rev, revs: [], deletedAt: GENERATED, author: 'Ada' }] };
    const back = read(json, without).items.highlights.find((x) => x.target.quote.exact === h.warning.target.quote.exact);
    expect(back?.id).toBeDefined();
    expect(back?.id).not.toBe(h.warning.id);
  });
});
