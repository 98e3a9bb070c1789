import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { expectInert, parseHtml } from './fixtures/hostile-checks.js';
import { HOSTILE, hostileProject, NOW, sampleProject } from './fixtures/projects.js';
import { DEFAULT_REPORT_OPTIONS, type ReportSections } from './options.js';
import { escapeMarkdown, renderMarkdown } from './render-markdown.js';

const ALL: ReportSections = { summary: true, claims: true, sources: true, articles: true };
/** Markdown as a typical renderer shows it (GFM tables, raw HTML passed through). */
const toDoc = (md: string): Document => parseHtml(`<!doctype html><body>${marked.parse(md, { async: false })}</body>`);

const sample = sampleProject();
const md = renderMarkdown(buildReport(sample.project, { ...DEFAULT_REPORT_OPTIONS, sections: ALL }, { generatedAt: NOW }));
const doc = toDoc(md);

describe('renderMarkdown: structure', () => {
  it('has the title, the title block, and a heading per claim', () => {
    expect(doc.querySelector('h1')!.textContent).toBe('Aldren water');
    expect(doc.body.textContent).toContain('Authors: Ada, Ben, Cleo');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Summary', 'Claims', 'Sources', 'Articles']);
    expect([...doc.querySelectorAll('h3, h4')].slice(0, 5).map((h) => h.textContent)).toEqual([
      '1 The brine outfall harms crab catches',
      '2 Water bills in Aldren rise 9% in 2026',
      '2.1 The rise funds the desalination plant',
      '2.2 The council approved the rise',
      '3 The plant is carbon neutral',
    ]);
  });

  it('renders the summary and sources as tables with the right cells', () => {
    const tables = [...doc.querySelectorAll('table')];
    const summary = tables.find((t) => t.querySelector('thead')!.textContent!.includes('Verdict'));
    const sources = tables.find((t) => t.querySelector('thead')!.textContent!.includes('Passages'));
    const rows = [...summary!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows[1]).toEqual(['2', 'Water bills in Aldren rise 9% in 2026', 'Strong', '4', '0', '0', '3', '2']);
    expect(rows[2]![1]).toBe('↳ The rise funds the desalination plant');
    const source = [...sources!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(source[2]).toEqual(['Tariff rise approved', 'The Aldren Courier', 'J. Marsh', '2025-11-02', 'https://courier.example/tariff?a=1&b=(2)', '5']);
    // The link survives its parentheses and ampersand.
    expect(sources!.querySelector('a')!.getAttribute('href')).toBe('https://courier.example/tariff?a=1&b=%282%29');
  });

  it('quotes passages in blockquotes with their citation; a passage across lines stays in one', () => {
    const quotes = [...doc.querySelectorAll('blockquote')].map((q) => q.textContent!.replace(/\s+/g, ' ').trim());
    expect(quotes).toContain('Fishers blame warmer water, not the outfall.');
    // Two paragraphs of the article, quoted in one blockquote.
    expect(quotes).toContain('from January 2026. The rise pays for the desalination plant');
    expect(quotes).toContain('desalination plant 🏭 at Port Aldren 🇬🇧');
    expect(md).toContain('— Crab catches fall — Coastal Review, 2025-12-01, ¶ 3 (p. 2) · Refutes · weight 2 of 3 · label “counterpoint”');
    expect(doc.body.textContent).toContain('Council press release — Aldren Council, 2025-10-30 (article removed)');
  });

  it('marks passages in the article texts', () => {
    const marks = [...doc.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('from January 2026');
    expect(marks).toContain('desalination plant');
  });

  it('prints only the chosen sections', () => {
    const data = buildReport(sample.project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW });
    const only = renderMarkdown(data, { summary: false, claims: false, sources: true, articles: false });
    expect(only).not.toContain('## Summary');
    expect(only).not.toContain('## Claims');
    expect(only).toContain('## Sources');
  });
});

describe('renderMarkdown: hostile text', () => {
  const hostile = hostileProject();
  const out = renderMarkdown(buildReport(hostile.project, { ...DEFAULT_REPORT_OPTIONS, sections: ALL }, { generatedAt: NOW }));
  const hdoc = toDoc(out);

  it('creates no element, handler or javascript: link when rendered', () => {
    expectInert(hdoc);
    // The report's own emphasis ("Evidence: …") is fine; none may come from the hostile text.
    const made = [...hdoc.querySelectorAll('em, strong, code, del')].map((e) => e.textContent);
    for (const word of ['bold', 'it', 'code', 'gone']) expect(made).not.toContain(word);
    expect(hdoc.querySelectorAll('h1')).toHaveLength(1);
    // A note's lines "===", "- item" and an indented one stay text (no heading, list or code block).
    expect(hdoc.querySelectorAll('pre')).toHaveLength(0);
    expect([...hdoc.querySelectorAll('li')].map((li) => li.textContent)).not.toContain('item');
    expect(hdoc.body.textContent).toContain('===');
    // Bare URLs and addresses in user text do not link themselves.
    expect(hdoc.querySelectorAll('a')).toHaveLength(0);
  });

  it('shows every hostile string as the characters it is', () => {
    const text = hdoc.body.textContent!;
    for (const s of Object.values(HOSTILE)) expect(text).toContain(s);
    expect(text).toContain('👩🏽‍🔬 and 🇯🇵');
    expect(text).toContain('javascript:alert(7)');
  });

  it('keeps table cells whole when the text holds pipes and line breaks', () => {
    for (const table of hdoc.querySelectorAll('table')) {
      const width = table.querySelectorAll('thead th').length;
      for (const tr of table.querySelectorAll('tbody tr')) expect(tr.querySelectorAll('td')).toHaveLength(width);
    }
  });
});

describe('escapeMarkdown', () => {
  const inline = (text: string) => toDoc(escapeMarkdown(text)).body;
  it.each([
    ['*not em* _nor this_', 'em'],
    ['[x](http://a.example)', 'a'],
    ['see http://a.example or www.a.example', 'a'],
    ['mail a@b.example', 'a'],
    ['![x](http://a.example/i.png)', 'img'],
    ['# not a heading', 'h1'],
    ['- not a list', 'ul'],
    ['1. not a list', 'ol'],
    ['`not code`', 'code'],
    ['<b>not bold</b>', 'b'],
    ['~~not struck~~', 'del'],
  ])('leaves %s as text', (text, tag) => {
    const body = inline(text);
    expect(body.querySelector(tag)).toBeNull();
    expect(body.textContent!.trim()).toBe(text);
  });

  it('keeps entities as typed', () => {
    expect(inline('&amp; &lt;').textContent!.trim()).toBe('&amp; &lt;');
  });
});
