import { describe, expect, it } from 'vitest';
import { articleIndex, summarizeEvidence } from '../annotations/summary.js';
import type { ProjectFile } from '../model.js';
import { splitParagraphs } from '../text/paragraphs.js';
import { buildReport, pageOf, REPORT_DATA_VERSION, type ReportData } from './build-report.js';
import { COURIER_TEXT, NOW, REMOVED_TEXT, REVIEW_TEXT, sampleProject } from './fixtures/projects.js';
import { DEFAULT_REPORT_OPTIONS, REPORT_ORDERS, type ReportOptions, type ReportOrder } from './options.js';

const build = (project: ProjectFile, options: Partial<ReportOptions> = {}, maxClaims?: number): ReportData =>
  buildReport(project, { ...DEFAULT_REPORT_OPTIONS, ...options }, { generatedAt: NOW, ...(maxClaims !== undefined ? { maxClaims } : {}) });

const sample = sampleProject();
const { c1, c1a, c1b, c2, c3 } = sample.claims;
const report = build(sample.project);
const claim = (data: ReportData, id: string) => {
  const found = data.claims.find((c) => c.id === id);
  if (!found) throw new Error(`claim ${id} not in report`);
  return found;
};

describe('buildReport: the title block', () => {
  it('uses the project name, the given date, and the distinct authors and raters', () => {
    expect(REPORT_DATA_VERSION).toBe(1);
    expect(report.title).toBe('Aldren water');
    expect(report.projectName).toBe('Aldren water');
    expect(report.generatedAt).toBe(NOW);
    // Cleo recorded c2's verdict, which makes her the claim's last author.
    expect(report.authors).toEqual(['Ada', 'Ben', 'Cleo']);
    expect(report.raters).toEqual(['Ada', 'Ben']);
  });

  it('prefers the chosen title, and falls back to the name when it is blank', () => {
    expect(build(sample.project, { title: 'Water audit' }).title).toBe('Water audit');
    expect(build(sample.project, { title: '   ' }).title).toBe('Aldren water');
  });

  it('lists only the people behind the selected claims', () => {
    const data = build(sample.project, { claimIds: [c1a] });
    expect(data.authors).toEqual(['Ada']);
    expect(data.raters).toEqual(['Ada']);
  });
});

describe('buildReport: claims', () => {
  it('numbers claims and puts sub-claims right under their parent', () => {
    expect(report.claims.map((c) => [c.number, c.depth, c.id])).toEqual([
      ['1', 0, c2],
      ['2', 0, c1],
      ['2.1', 1, c1b],
      ['2.2', 1, c1a],
      ['3', 0, c3],
    ]);
    expect(claim(report, c1).text).toBe('Water bills in Aldren rise 9% in 2026');
  });

  it('gives each verdict with its label and basis, and the recorded verdict’s author', () => {
    expect(claim(report, c1).verdict).toMatchObject({ rating: 'strong', label: 'Strong', basis: 'unanimous', basisLabel: 'all raters agree', recordedBy: null, decidedAt: null });
    expect(claim(report, c1).verdict.rationale).toBe('Council minutes and the Courier agree.\n\nTwo independent sources.');
    expect(claim(report, c2).verdict).toEqual({
      rating: 'weak',
      label: 'Weak',
      meaning: 'Some support, thin or of doubtful reliability.',
      basis: 'reconciled',
      basisLabel: 'reconciled verdict',
      rationale: 'Plausible, but the survey disagrees.',
      recordedBy: 'Cleo',
      decidedAt: NOW,
    });
    expect(claim(report, c1a).verdict).toMatchObject({ rating: 'moderate', basis: 'single' });
    expect(claim(report, c1b).verdict).toMatchObject({ rating: 'unrated', label: 'Unrated', basis: 'unrated' });
    // Ben's entry has a rationale but no rating: it is no verdict, yet his rating is still listed.
    expect(claim(report, c3).verdict.basis).toBe('unrated');
  });

  it('lists every rater’s rating with its rationale and date', () => {
    expect(claim(report, c2).ratings).toEqual([
      { rater: 'Ada', rating: 'weak', label: 'Weak', rationale: 'Only one critic quoted.', date: NOW },
      { rater: 'Ben', rating: 'contradicted', label: 'Contradicted', rationale: 'The survey found no brine.', date: NOW },
    ]);
    expect(claim(report, c3).ratings).toEqual([{ rater: 'Ben', rating: 'unrated', label: 'Unrated', rationale: 'Need the operator’s report.', date: NOW }]);
    expect(claim(report, c1b).ratings).toEqual([]);
  });

  it('summarizes evidence exactly as the claims panel does', () => {
    const refs = articleIndex(sample.project.articles, sample.project);
    for (const c of report.claims) expect(c.summary).toEqual(summarizeEvidence(c.id, sample.project, refs));
    expect(claim(report, c1).summary).toEqual({ supports: 4, refutes: 0, context: 0, articles: 3, sources: 2, unknownSources: 1 });
  });
});

describe('buildReport: evidence', () => {
  it('orders passages supports, refutes, context, heaviest first within each', () => {
    expect(claim(report, c2).evidence.map((e) => [e.stance, e.weight])).toEqual([
      ['supports', 1],
      ['refutes', 2],
      ['context', null],
    ]);
    expect(claim(report, c1).evidence.map((e) => e.weight)).toEqual([3, 2, 1, null]);
  });

  it('quotes each passage with its notes, label, weight and article', () => {
    const e = claim(report, c1).evidence[0]!;
    expect(e).toMatchObject({ linkId: sample.links.c1h2, highlightId: sample.highlights.h2, stance: 'supports', weight: 3, linkNote: 'Dates the rise.', quote: 'Bills will rise from January 2026', highlightLabel: 'key date', highlightNote: 'Confirmed by the minutes.' });
    expect(e.article).toEqual({ id: 'a1', title: 'Tariff rise approved', source: 'The Aldren Courier', author: 'J. Marsh', date: '2025-11-02', url: 'https://courier.example/tariff?a=1&b=(2)', removed: false });
  });

  it('keeps a removed article’s passage, with its stored quote and no locator', () => {
    const e = claim(report, c1).evidence.find((x) => x.highlightId === sample.highlights.h9)!;
    expect(e.quote).toBe('the tariff will rise 9%');
    expect(REMOVED_TEXT).toContain(e.quote);
    expect(e.article).toEqual({ id: 'r1', title: 'Council press release', source: 'Aldren Council', author: null, date: '2025-10-30', url: null, removed: true });
    expect(e.locator).toEqual({ paragraph: null, page: null, start: null, end: null });
  });

  it('locates passages by the paragraph numbers the reader shows', () => {
    const texts: Record<string, string> = Object.fromEntries(sample.project.articles.map((a) => [a.id, a.text]));
    const located = report.claims.flatMap((c) => c.evidence).filter((e) => e.locator.paragraph !== null);
    expect(located.length).toBeGreaterThan(5);
    for (const e of located) {
      const text = texts[e.article.id]!;
      const paragraph = splitParagraphs(text)[e.locator.paragraph! - 1]!;
      expect(text.slice(e.locator.start!, e.locator.end!)).toBe(e.quote);
      expect(e.locator.start!).toBeGreaterThanOrEqual(paragraph.start);
      expect(e.locator.start!).toBeLessThan(paragraph.end);
    }
    const para = (highlightId: string) => located.find((e) => e.highlightId === highlightId)!.locator;
    expect(para(sample.highlights.h2).paragraph).toBe(2);
    expect(para(sample.highlights.h3).paragraph).toBe(3);
    expect(para(sample.highlights.h4).paragraph).toBe(2); // starts in 2, runs into 3
    expect(para(sample.highlights.h5).paragraph).toBe(4);
    // One paragraph per line in a text with no blank lines.
    expect(para(sample.highlights.h7).paragraph).toBe(2);
    expect(para(sample.highlights.h6).paragraph).toBe(3);
  });

  it('gives page numbers only for articles that know their pages', () => {
    const all = report.claims.flatMap((c) => c.evidence);
    expect(all.find((e) => e.highlightId === sample.highlights.h7)!.locator.page).toBe(1);
    expect(all.find((e) => e.highlightId === sample.highlights.h6)!.locator.page).toBe(2);
    expect(all.find((e) => e.highlightId === sample.highlights.h2)!.locator.page).toBeNull();
  });

  it('keeps emoji and flags whole in quotes', () => {
    const e = claim(report, c1b).evidence.find((x) => x.highlightId === sample.highlights.h3)!;
    expect(e.quote).toBe('desalination plant 🏭 at Port Aldren 🇬🇧');
  });

  it('shows the stored quote, unplaced, when the text no longer matches the selectors', () => {
    const project = structuredClone(sample.project);
    const h = project.highlights.find((x) => x.id === sample.highlights.h2)!;
    h.target = { ...h.target, position: { ...h.target.position, start: h.target.position.start + 1, end: h.target.position.end + 1 } };
    const e = claim(build(project), c1).evidence.find((x) => x.highlightId === h.id)!;
    expect(e.quote).toBe('Bills will rise from January 2026');
    expect(e.locator.paragraph).toBeNull();
  });

  it('does not change the project', () => {
    const before = structuredClone(sample.project);
    build(sample.project, { order: 'verdict', sections: { summary: true, claims: true, sources: true, articles: true } });
    expect(sample.project).toEqual(before);
  });
});

describe('pageOf', () => {
  it('is null without page starts, and finds the page by binary search otherwise', () => {
    expect(pageOf({}, 10)).toBeNull();
    expect(pageOf({ pageStarts: [] }, 10)).toBeNull();
    const paged = { pageStarts: [0, 100, 250, 900] };
    expect([0, 99, 100, 249, 250, 899, 900, 5000].map((o) => pageOf(paged, o))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    // Text before the first page start (a cover the import skipped) counts as page 1.
    expect(pageOf({ pageStarts: [40, 80] }, 3)).toBe(1);
    // An empty page starts where the next one does: text at that offset is on the later page.
    expect(pageOf({ pageStarts: [0, 100, 100, 200] }, 100)).toBe(3);
  });
});

describe('buildReport: selection, order and preview', () => {
  const ids = (data: ReportData) => data.claims.map((c) => `${c.number}:${c.id}`);

  it('keeps only the listed claims; a listed sub-claim without its parent stands at the top', () => {
    const data = build(sample.project, { claimIds: [c3, c1b, 'no-such-claim'] });
    expect(ids(data)).toEqual([`1:${c1b}`, `2:${c3}`]);
    expect(data.claims[0]!.depth).toBe(0);
    expect(data.counts).toEqual({ claims: 2, shown: 2, blocks: 2, blocksShown: 2 });
    // A listed parent brings only the listed sub-claims.
    expect(ids(build(sample.project, { claimIds: [c1, c1a] }))).toEqual([`1:${c1}`, `1.1:${c1a}`]);
    expect(build(sample.project, { claimIds: [] }).claims).toEqual([]);
  });

  const expected: Record<ReportOrder, string[]> = {
    project: [`1:${c2}`, `2:${c1}`, `2.1:${c1b}`, `2.2:${c1a}`, `3:${c3}`],
    // strong, weak, unrated; under c1: moderate before unrated.
    verdict: [`1:${c1}`, `1.1:${c1a}`, `1.2:${c1b}`, `2:${c2}`, `3:${c3}`],
    // 4, 3, 0 passages; under c1: 2 passages before 1.
    evidence: [`1:${c1}`, `1.1:${c1b}`, `1.2:${c1a}`, `2:${c2}`, `3:${c3}`],
    alphabetical: [`1:${c2}`, `2:${c3}`, `3:${c1}`, `3.1:${c1a}`, `3.2:${c1b}`],
  };
  it.each(Object.keys(REPORT_ORDERS) as ReportOrder[])('orders claims %s, sub-claims the same way under their parent', (order) => {
    const data = build(sample.project, { order });
    expect(ids(data)).toEqual(expected[order]);
    expect(data.order).toBe(order);
  });

  it('orders a selection too, keeping a lone sub-claim among the top-level claims', () => {
    expect(ids(build(sample.project, { order: 'alphabetical', claimIds: [c1b, c1a, c3] }))).toEqual([`1:${c1a}`, `2:${c3}`, `3:${c1b}`]);
  });

  it('builds only the first blocks for a preview, and says how many there are', () => {
    const data = build(sample.project, { sections: { summary: true, claims: true, sources: true, articles: true } }, 2);
    expect(ids(data)).toEqual([`1:${c2}`, `2:${c1}`, `2.1:${c1b}`, `2.2:${c1a}`]);
    expect(data.counts).toEqual({ claims: 5, shown: 4, blocks: 3, blocksShown: 2 });
    const none = build(sample.project, {}, 0);
    expect(none.claims).toEqual([]);
    expect(none.counts).toEqual({ claims: 5, shown: 0, blocks: 3, blocksShown: 0 });
    expect(none.sources).toEqual([]);
  });
});

describe('buildReport: sources and articles', () => {
  it('lists each cited article once, by source then title, unknown sources last', () => {
    expect(report.sources.map((s) => [s.title, s.source, s.passages, s.removed])).toEqual([
      ['Council press release', 'Aldren Council', 1, true],
      ['Crab catches fall', 'Coastal Review', 2, false],
      ['Tariff rise approved', 'The Aldren Courier', 5, false],
      ['تقرير المياه', null, 1, false],
    ]);
  });

  it('leaves article texts out unless asked', () => {
    expect(report.articles).toBeNull();
  });

  it('gives each cited live article’s paragraphs with passages marked and clipped per paragraph', () => {
    const data = build(sample.project, { sections: { summary: true, claims: true, sources: true, articles: true } });
    const articles = data.articles!;
    expect(articles.map((a) => a.id)).toEqual(['a2', 'a1', 'a3']); // the removed one has no text
    const courier = articles.find((a) => a.id === 'a1')!;
    expect(courier.paragraphs.map((p) => [p.number, p.start, p.text])).toEqual(splitParagraphs(COURIER_TEXT).map((p, i) => [i + 1, p.start, COURIER_TEXT.slice(p.start, p.end)]));
    const marked = (n: number) => courier.paragraphs[n - 1]!.marks.map((m) => [courier.paragraphs[n - 1]!.text.slice(m.start, m.end), m.highlightIds.length]);
    const { h1, h2, h3, h4 } = sample.highlights;
    // h2 and h4 overlap on "from January 2026"; h4 runs to the paragraph's end.
    expect(marked(2)).toEqual([
      ['approved a 9% water tariff rise', 1],
      ['Bills will rise ', 1],
      ['from January 2026', 2],
      ['.', 1],
    ]);
    expect(courier.paragraphs[1]!.marks[0]!.highlightIds).toEqual([h1]);
    expect(courier.paragraphs[1]!.marks[2]!.highlightIds.sort()).toEqual([h2, h4].sort());
    // h4 continues at the start of paragraph 3, where it overlaps h3.
    expect(marked(3)).toEqual([
      ['The rise pays for the ', 1],
      ['desalination plant', 2],
      [' 🏭 at Port Aldren 🇬🇧', 1],
    ]);
    expect(courier.paragraphs[2]!.marks[1]!.highlightIds.sort()).toEqual([h3, h4].sort());
    expect(marked(1)).toEqual([]);
    const review = articles.find((a) => a.id === 'a2')!;
    expect(review.paragraphs.map((p) => p.text)).toEqual(REVIEW_TEXT.split('\n'));
  });
});
