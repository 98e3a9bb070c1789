/**
 * Independent origins, Admiralty grades and the suggested rating in reports: the data
 * (buildReport with the origins report's clusters) and how each renderer prints it.
 */
import { describe, expect, it } from 'vitest';
import type { OriginCluster } from '../api-origins.js';
import type { PublisherGrade } from '../model.js';
import { buildReport } from './build-report.js';
import { NOW, sampleProject } from './fixtures/projects.js';
import { DEFAULT_REPORT_OPTIONS } from './options.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';

const sample = sampleProject();
const { c1, c2 } = sample.claims;
const grade = (name: string, reliability: PublisherGrade['reliability']): PublisherGrade => ({ id: name.toLowerCase(), name, reliability, author: 'Ada', updatedAt: NOW, rev: `g-${name}`, revs: [] });
const project = {
  ...sample.project,
  publishers: [grade('Aldren Wire', 'B'), grade('Coastal Review', 'C')],
  highlights: sample.project.highlights.map((h) => (h.id === sample.highlights.h2 ? { ...h, credibility: 2 as const } : h)),
};
const clusters: OriginCluster[] = [
  {
    id: 'k1',
    origin: 'Aldren Wire',
    name: 'Aldren Wire',
    renamed: false,
    articles: ['a1', 'a3'],
    weak: false,
    reasons: [{ kind: 'attribution', articles: ['a1'], detail: '“the Aldren Wire reported”', strength: 0.9, passages: [] }, { kind: 'matched-facts', articles: ['a3'], detail: 'reports the same 9% rise the same week', strength: 0.4, passages: [] }],
  },
  { id: 'k2', origin: null, name: 'Coastal Review', renamed: false, articles: ['a2'], weak: false, reasons: [] },
];
const data = buildReport(project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW, origins: clusters });
const claim = (id: string) => data.claims.find((c) => c.id === id)!;

describe('buildReport with origins', () => {
  it('groups each claim’s evidence by origin, with reasons, grades and the supporting count', () => {
    const o = claim(c1).origins;
    expect(o.detected).toBe(true);
    // a1 and a3 go back to the Aldren Wire; the removed press release is an origin of its own.
    expect(o.supporting).toBe(2);
    expect(o.groups[0]).toMatchObject({ name: 'Aldren Wire', reliability: 'B', reliabilityLabel: 'Usually reliable', articles: ['a1', 'a3'], supports: 3 });
    expect(o.groups[0]?.reasons.map((r) => r.kind)).toEqual(['attribution', 'matched-facts']);
  });

  it('grades each passage: credibility where set, the source’s reliability where graded', () => {
    const e = claim(c1).evidence.find((x) => x.highlightId === sample.highlights.h2)!;
    expect(e).toMatchObject({ credibility: 2, credibilityLabel: 'Probably true', reliability: null });
    const review = claim(c2).evidence.find((x) => x.article.source === 'Coastal Review')!;
    expect(review).toMatchObject({ reliability: 'C', reliabilityLabel: 'Fairly reliable', credibility: null });
  });

  it('adds the suggested rating, labelled, beside (never instead of) the verdict', () => {
    const c = claim(c2);
    expect(c.verdict.rating).toBe('weak');
    expect(c.suggested.rating).toBe('contradicted');
    expect(c.suggested.explanation).toContain('refuted by 1 passage, from 1 independent origin (Coastal Review, reliability C)');
  });

  it('warns when all support from several articles goes back to one origin', () => {
    const single = buildReport(project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW, origins: [{ ...clusters[0]!, articles: ['a1', 'a3', 'r1'] }, clusters[1]!] });
    expect(single.claims.find((c) => c.id === c1)?.origins).toMatchObject({ supporting: 1, singleOrigin: true });
    const c2data = buildReport({ ...project, links: project.links.filter((l) => l.highlightId !== sample.highlights.h9) }, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW, origins: clusters });
    expect(c2data.claims.find((c) => c.id === c1)?.origins).toMatchObject({ supporting: 1, singleOrigin: true });
  });

  it('without origins, counts each article as its own origin and says so', () => {
    const plain = buildReport(project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW });
    const o = plain.claims.find((c) => c.id === c1)!.origins;
    expect(o.detected).toBe(false);
    expect(o.supporting).toBe(3);
    expect(renderMarkdown(plain)).toContain('origins not detected: each article counted as its own');
  });
});

describe('renderers print origins, grades and the suggested rating', () => {
  const single = buildReport({ ...project, links: project.links.filter((l) => l.highlightId !== sample.highlights.h9) }, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW, origins: clusters });

  it('Markdown: the count, the grouping with reasons, the warning, grades and the labelled suggestion', () => {
    const md = renderMarkdown(single);
    expect(md).toContain('1 independent origin (Aldren Wire)');
    expect(md).toContain('> **Warning:** All supporting articles go back to one origin (Aldren Wire)');
    expect(md).toContain('- Aldren Wire — 2 articles, reliability B (Usually reliable)');
    expect(md).toContain('  - Attribution: “the Aldren Wire reported” (strong)');
    expect(md).toContain('  - Weaker: matched facts: reports the same 9% rise the same week (weak)');
    expect(md).toContain('credibility 2 (Probably true)');
    expect(md).toMatch(/\*Suggested rating \(worked out from the evidence; not a rater’s judgement\):\* \*\*Moderate\*\*/);
  });

  it('HTML: the same, escaped, with the warning as a note', () => {
    const html = renderHtml(single);
    expect(html).toContain('<p class="origin-warning" role="note">');
    expect(html).toContain('Aldren Wire — 2 articles, reliability B (Usually reliable)');
    expect(html).toContain('Suggested rating (worked out from the evidence; not a rater’s judgement)');
    expect(html).toContain('credibility 2 (Probably true)');
  });

  it('JSON: the fields as documented', () => {
    const json = JSON.parse(renderJson(single)) as { claims: Array<{ id: string; origins: { supporting: number }; suggested: { rating: string } }> };
    expect(json.claims.find((c) => c.id === c1)).toMatchObject({ origins: { supporting: 1 }, suggested: { rating: 'moderate' } });
  });

  it('CSV: the origin and grades of each passage', () => {
    const csv = renderCsv(single);
    expect(csv).toContain('Aldren Wire');
    expect(csv).toContain('Moderate (suggested)');
  });
});
