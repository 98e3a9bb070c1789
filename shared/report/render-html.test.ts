import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { escapeHtml } from './format-text.js';
import { expectInert, parseHtml } from './fixtures/hostile-checks.js';
import { HOSTILE, hostileProject, NOW, sampleProject } from './fixtures/projects.js';
import { DEFAULT_REPORT_OPTIONS, type ReportSections } from './options.js';
import { renderHtml, renderHtmlParts, REPORT_CSP } from './render-html.js';

const ALL: ReportSections = { summary: true, claims: true, sources: true, articles: true };
const sample = sampleProject();
const data = buildReport(sample.project, { ...DEFAULT_REPORT_OPTIONS, sections: ALL }, { generatedAt: NOW });
const html = renderHtml(data);
const doc = parseHtml(html);

describe('renderHtml: the document', () => {
  it('is one self-contained page with a strict policy, one style and no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(doc.querySelector('style')!.textContent).toContain('@media print');
    expect(doc.querySelector('style')!.textContent).not.toMatch(/url\(|@import/);
    expectInert(doc);
  });

  it('has a title block with date, authors and raters', () => {
    expect(doc.title).toBe('Aldren water');
    const meta = doc.querySelector('.title-block')!.textContent!;
    expect(meta).toContain('2026-03-04 09:30 UTC');
    expect(meta).toContain('Ada, Ben, Cleo');
    expect(meta).toMatch(/Raters\s*Ada, Ben/);
  });

  it('has a summary row per claim with verdict words and counts', () => {
    const rows = [...doc.querySelectorAll('#summary tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(['2 Water bills in Aldren rise 9% in 2026', 'Strong', '4', '0', '0', '3', '2']);
  });

  it('gives each claim a section with a worded verdict badge, ratings and quotes by stance', () => {
    const c2 = doc.getElementById('claim-1')!;
    expect(c2.querySelector('.verdict .badge')!.textContent).toBe('Weak');
    expect(c2.querySelector('.verdict')!.textContent).toContain('recorded by Cleo, 2026-03-04');
    expect(c2.querySelector('.verdict')!.textContent).toContain('Plausible, but the survey disagrees.');
    const ratings = [...c2.querySelectorAll('.ratings tbody tr')].map((tr) => tr.textContent);
    expect(ratings).toEqual(['AdaWeakOnly one critic quoted.2026-03-04', 'BenContradictedThe survey found no brine.2026-03-04']);
    expect([...c2.querySelectorAll('.stance h5')].map((h) => h.textContent)).toEqual(['Supporting evidence (1)', 'Refuting evidence (1)', 'Context (1)']);
    const refute = c2.querySelector('.stance-refutes figure')!;
    expect(refute.querySelector('blockquote')!.textContent).toBe('Fishers blame warmer water, not the outfall.');
    expect(refute.querySelector('figcaption')!.textContent).toBe('— Crab catches fall — Coastal Review, 2025-12-01, ¶ 3 (p. 2)');
    expect(refute.textContent).toContain('weight 2 of 3');
    expect(refute.textContent).toContain('counterpoint');
    expect(refute.textContent).toContain('Survey contradicts it.');
    // Sub-claims are nested a level deeper.
    expect(doc.getElementById('claim-2-1')!.classList.contains('depth-1')).toBe(true);
  });

  it('links only http(s) URLs, and marks removed articles in words', () => {
    const c1 = doc.getElementById('claim-2')!;
    const link = c1.querySelector('figcaption a')!;
    expect(link.getAttribute('href')).toBe('https://courier.example/tariff?a=1&b=(2)');
    expect(link.textContent).toBe('Tariff rise approved');
    expect(c1.textContent).toContain('Council press release — Aldren Council, 2025-10-30 (article removed)');
  });

  it('marks text direction on user and article text', () => {
    for (const el of doc.querySelectorAll('blockquote, h1, .claim-title span[dir], .rationale, cite')) expect(el.getAttribute('dir')).toBe('auto');
    expect([...doc.querySelectorAll('blockquote')].some((q) => q.textContent === 'ارتفعت أسعار المياه بنسبة ٩٪ هذا العام.')).toBe(true);
  });

  it('keeps emoji and flags intact', () => {
    expect(html).toContain('desalination plant 🏭 at Port Aldren 🇬🇧');
  });

  it('prints the sources appendix and the article texts with passages marked', () => {
    const rows = [...doc.querySelectorAll('#sources tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    expect(rows).toEqual(['Council press release (removed)', 'Crab catches fall', 'Tariff rise approved', 'تقرير المياه']);
    const marks = [...doc.querySelectorAll('#articles mark')].map((m) => m.textContent);
    expect(marks).toContain('from January 2026');
    expect(marks).toContain('Fishers blame warmer water, not the outfall.');
    expect(doc.querySelectorAll('#articles .para').length).toBe(4 + 4 + 1);
  });

  it('prints only the chosen sections', () => {
    const only = parseHtml(renderHtml(data, { summary: false, claims: true, sources: false, articles: false }));
    expect(only.getElementById('summary')).toBeNull();
    expect(only.getElementById('sources')).toBeNull();
    expect(only.getElementById('articles')).toBeNull();
    expect(only.getElementById('claims')).not.toBeNull();
    // The report's own sections by default; articles only when the data holds them.
    const noTexts = buildReport(sample.project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW });
    expect(parseHtml(renderHtml(noTexts, ALL)).getElementById('articles')).toBeNull();
  });

  it('says when it is a preview of a longer report', () => {
    const preview = buildReport(sample.project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW, maxClaims: 1 });
    expect(parseHtml(renderHtml(preview)).querySelector('.notice')!.textContent).toBe('Preview: the first 1 of 5 claims.');
  });
});

describe('renderHtml: hostile text', () => {
  const hostile = hostileProject();
  const out = renderHtml(buildReport(hostile.project, { ...DEFAULT_REPORT_OPTIONS, sections: ALL }, { generatedAt: NOW }));
  const hdoc = parseHtml(out);

  it('creates no element, handler or link from the text', () => {
    expectInert(hdoc);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('</textarea>');
  });

  it('shows every hostile string as the characters it is', () => {
    const text = hdoc.body.textContent!;
    for (const s of Object.values(HOSTILE)) expect(text).toContain(s);
    expect(text).toContain('<b onclick=x>lbl</b>');
    expect(hdoc.title).toBe(`${HOSTILE.textarea} ${HOSTILE.heading}`);
    expect(text).toContain('👩🏽‍🔬 and 🇯🇵');
  });

  it('prints a javascript: URL as text, never as a link', () => {
    expect(hdoc.body.textContent).toContain('javascript:alert(7)');
    expect([...hdoc.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#'))).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> é 🇯🇵`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é 🇯🇵');
  });
});

describe('renderHtmlParts: a long report printed as parts', () => {
  const claimNumbers = (d: Document) => [...d.querySelectorAll('article.claim')].map((a) => a.querySelector('.claim-num')!.textContent);

  it('shares the claims out in order, each exactly once, never splitting a claim from its sub-claims', () => {
    const parts = renderHtmlParts(data, 3).map(parseHtml);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap(claimNumbers)).toEqual(claimNumbers(doc));
    for (const part of parts.slice(1)) {
      // Each later part starts with a top-level claim.
      expect(part.querySelector('article.claim')!.classList.contains('depth-0')).toBe(true);
    }
    for (const part of parts) {
      expect(part.querySelectorAll('style')).toHaveLength(1);
      expect(part.querySelectorAll('script')).toHaveLength(0);
    }
  });

  it('puts the title block and summary in the first part only, the appendices and footer in the last only', () => {
    const parts = renderHtmlParts(data, 2).map(parseHtml);
    expect(parts).toHaveLength(2);
    const [first, last] = parts as [Document, Document];
    expect(first.querySelector('.title-block')).not.toBeNull();
    expect(first.querySelector('#summary')).not.toBeNull();
    expect(first.querySelector('#sources, #articles, footer')).toBeNull();
    expect(last.querySelector('.title-block, #summary')).toBeNull();
    expect(last.querySelector('#sources')).not.toBeNull();
    expect(last.querySelector('#articles')).not.toBeNull();
    expect(last.querySelector('footer')).not.toBeNull();
  });

  it('is the one whole document when one part is asked for or claims are not printed', () => {
    expect(renderHtmlParts(data, 1)).toEqual([html]);
    expect(renderHtmlParts(data, 4, { ...ALL, claims: false })).toEqual([renderHtml(data, { ...ALL, claims: false })]);
  });
});
