/**
 * The HTML report: one self-contained document (styles inline, no script, no external resource,
 * a Content-Security-Policy that forbids everything else), readable on screen and printable.
 * Every piece of user or article text goes through `escapeHtml` and carries `dir="auto"`, so
 * hostile text shows as text and right-to-left text reads right to left.
 */
import type { ReportSections } from './options.js';
import type { ReportArticleText, ReportClaim, ReportData, ReportEvidence, ReportSource } from './report-data.js';
import { citationText, countsText, dateText, dateTimeText, escapeHtml as esc, gradesText, httpUrl, originGroupText, originsText, reasonText, singleOriginText, STANCE_HEADINGS, STANCE_LABELS, STANCES, SUGGESTED_RATING_LABEL, weightText } from './format-text.js';
import { REPORT_STYLES } from './html-styles.js';

/** The policy in the document itself: nothing may load, no script may run; inline styles and data: images only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

// Class names come from this fixed list, never from the data: a rating id from a damaged file
// must not become markup.
const RATING_CLASSES = new Set(['strong', 'moderate', 'weak', 'none', 'contradicted', 'unrated']);
const ratingClass = (rating: string): string => (RATING_CLASSES.has(rating) ? rating : 'unrated');

/**
 * The report as one HTML document. `sections` chooses what is printed (the report's own
 * sections by default); the title block is always there.
 */
export function renderHtml(data: ReportData, sections: ReportSections = data.sections): string {
  return renderDocument(data, sections, data.claims, { first: true, last: true });
}

/**
 * The report as up to `count` HTML documents that print, one after the other, as the whole
 * report: the title block and summary in the first, the claims shared out at top-level claims
 * (a claim never split from its sub-claims) in proportion to their evidence, the appendices in
 * the last. Chromium prints one document on one core; a long report printed as parts in
 * parallel and then joined takes half the time on two cores (docs/benchmark.md).
 */
export function renderHtmlParts(data: ReportData, count: number, sections: ReportSections = data.sections): string[] {
  const blocks = topLevelBlocks(data.claims);
  const parts = Math.max(1, Math.min(Math.floor(count), blocks.length));
  if (parts === 1 || !sections.claims) return [renderHtml(data, sections)];
  const weight = (b: readonly ReportClaim[]) => b.reduce((n, c) => n + 1 + c.evidence.length, 0);
  const total = blocks.reduce((n, b) => n + weight(b), 0);
  const chunks: ReportClaim[][] = [[]];
  let filled = 0;
  for (const b of blocks) {
    // Start the next part once this one has its share (never an empty part).
    if (filled >= (total * chunks.length) / parts && chunks.length < parts && chunks.at(-1)!.length > 0) chunks.push([]);
    chunks.at(-1)!.push(...b);
    filled += weight(b);
  }
  return chunks.map((claims, i) => renderDocument(data, sections, claims, { first: i === 0, last: i === chunks.length - 1 }));
}

/** Top-level claims, each with the sub-claims that follow it. */
function topLevelBlocks(claims: readonly ReportClaim[]): ReportClaim[][] {
  const blocks: ReportClaim[][] = [];
  for (const c of claims) {
    if (c.depth === 0 || blocks.length === 0) blocks.push([c]);
    else blocks.at(-1)!.push(c);
  }
  return blocks;
}

/** One document: the head, then what `first` and `last` say this part holds, with `claims` in between. */
function renderDocument(data: ReportData, sections: ReportSections, claims: readonly ReportClaim[], part: { first: boolean; last: boolean }): string {
  const out: string[] = [];
  out.push(
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Warrant">\n',
    `<title>${esc(data.title)}</title>\n<style>${REPORT_STYLES}</style>\n</head>\n<body>\n`,
  );
  if (part.first) titleBlock(out, data);
  out.push('<main>\n');
  if (part.first && sections.summary) summaryTable(out, data);
  if (sections.claims) claimSections(out, claims, part.first);
  if (part.last && sections.sources) sourcesAppendix(out, data.sources);
  if (part.last && sections.articles && data.articles) articleTexts(out, data.articles);
  out.push('</main>\n');
  if (part.last) out.push('<footer><p>Made with Warrant on ', esc(dateTimeText(data.generatedAt)), '.</p></footer>\n');
  out.push('</body>\n</html>\n');
  return out.join('');
}

/** Text in an element that says which way it reads (Arabic and Hebrew quotes, names, notes). */
const auto = (tag: string, text: string, cls?: string): string => `<${tag}${cls ? ` class="${cls}"` : ''} dir="auto">${esc(text)}</${tag}>`;

/** Escaped text with its line breaks kept. */
const lines = (text: string): string => esc(text).replace(/\n/g, '<br>');

/** Multi-line user text as paragraphs (blank lines) with line breaks kept. */
function prose(text: string, cls: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p class="${cls}" dir="auto">${esc(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function list(names: readonly string[]): string {
  return names.length ? names.map((n) => `<span dir="auto">${esc(n)}</span>`).join(', ') : '<span class="muted">none</span>';
}

function titleBlock(out: string[], data: ReportData): void {
  out.push('<header class="title-block">\n<p class="kicker">Evidence report</p>\n', auto('h1', data.title), '\n<dl class="meta">\n');
  if (data.title !== data.projectName) out.push('<dt>Project</dt><dd>', auto('span', data.projectName), '</dd>\n');
  out.push('<dt>Generated</dt><dd><time datetime="', esc(data.generatedAt), '">', esc(dateTimeText(data.generatedAt)), '</time></dd>\n');
  out.push('<dt>Authors</dt><dd>', list(data.authors), '</dd>\n<dt>Raters</dt><dd>', list(data.raters), '</dd>\n');
  out.push('<dt>Claims</dt><dd>', String(data.counts.claims), '</dd>\n</dl>\n');
  if (data.counts.shown < data.counts.claims) {
    out.push(`<p class="notice">Preview: the first ${data.counts.shown} of ${data.counts.claims} claims.</p>\n`);
  }
  out.push('</header>\n');
}

/** A verdict as a badge that says its rating in words (colour is never the only signal). */
function badge(rating: string, label: string): string {
  return `<span class="badge badge-${ratingClass(rating)}">${esc(label)}</span>`;
}

const anchor = (c: ReportClaim): string => `claim-${c.number.replace(/\./g, '-')}`;

function summaryTable(out: string[], data: ReportData): void {
  out.push('<section id="summary">\n<h2>Summary</h2>\n');
  if (data.claims.length === 0) {
    out.push('<p class="muted">No claims in this report.</p>\n</section>\n');
    return;
  }
  out.push('<table class="summary">\n<thead><tr><th scope="col">Claim</th><th scope="col">Verdict</th><th scope="col" class="num">Supports</th><th scope="col" class="num">Refutes</th><th scope="col" class="num">Context</th><th scope="col" class="num">Articles</th><th scope="col" class="num">Sources</th></tr></thead>\n<tbody>\n');
  for (const c of data.claims) {
    const s = c.summary;
    out.push(
      `<tr class="depth-${c.depth}"><td><a href="#${anchor(c)}" class="claim-ref"><span class="claim-num">${esc(c.number)}</span> `,
      auto('span', c.text),
      `</a></td><td>${badge(c.verdict.rating, c.verdict.label)}</td>`,
      `<td class="num">${s.supports}</td><td class="num">${s.refutes}</td><td class="num">${s.context}</td><td class="num">${s.articles}</td><td class="num">${s.sources}</td></tr>\n`,
    );
  }
  out.push('</tbody>\n</table>\n</section>\n');
}

/** The claims section, or (`heading` false) its continuation in a later part. */
function claimSections(out: string[], claims: readonly ReportClaim[], heading: boolean): void {
  out.push(heading ? '<section id="claims">\n<h2>Claims</h2>\n' : '<section class="claims-continued">\n');
  if (claims.length === 0) out.push('<p class="muted">No claims in this report.</p>\n');
  for (const c of claims) claimSection(out, c);
  out.push('</section>\n');
}

function claimSection(out: string[], c: ReportClaim): void {
  const heading = c.depth === 0 ? 'h3' : 'h4';
  out.push(`<article class="claim depth-${c.depth}" id="${anchor(c)}">\n<${heading} class="claim-title"><span class="claim-num">${esc(c.number)}</span> `, auto('span', c.text), `</${heading}>\n`);
  const v = c.verdict;
  out.push('<div class="verdict">\n<p>', badge(v.rating, v.label), ' <span class="basis">', esc(v.basisLabel), '</span>');
  if (v.recordedBy !== null) out.push(' <span class="muted">— recorded by ', auto('span', v.recordedBy || 'unknown'), v.decidedAt ? `, ${esc(dateText(v.decidedAt))}` : '', '</span>');
  out.push('</p>\n');
  if (v.rationale.trim()) out.push(prose(v.rationale, 'rationale'), '\n');
  out.push('</div>\n');

  if (c.ratings.length > 0) {
    out.push('<table class="ratings">\n<caption>Ratings</caption>\n<thead><tr><th scope="col">Rater</th><th scope="col">Rating</th><th scope="col">Rationale</th><th scope="col">Date</th></tr></thead>\n<tbody>\n');
    for (const r of c.ratings) {
      out.push('<tr><td>', auto('span', r.rater), '</td><td>', badge(r.rating, r.label), '</td><td>', r.rationale.trim() ? prose(r.rationale, 'rationale') : '<span class="muted">—</span>', '</td><td class="date">', esc(dateText(r.date)), '</td></tr>\n');
    }
    out.push('</tbody>\n</table>\n');
  }

  const s = c.summary;
  const unknown = s.unknownSources > 0 ? ` (${s.unknownSources} of unknown source)` : '';
  out.push(`<p class="evidence-summary">Evidence: ${countsText(s)} — from ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.sources} source${s.sources === 1 ? '' : 's'}${unknown}; `, auto('span', originsText(c.origins)), '.</p>\n');
  originsSection(out, c);
  for (const stance of STANCES) {
    const items = c.evidence.filter((e) => e.stance === stance);
    if (items.length === 0) continue;
    out.push(`<section class="stance stance-${stance}">\n<h5>${esc(STANCE_HEADINGS[stance])} <span class="count">(${items.length})</span></h5>\n`);
    for (const e of items) evidenceQuote(out, e);
    out.push('</section>\n');
  }
  if (c.evidence.length === 0) out.push('<p class="muted">No evidence linked.</p>\n');
  out.push('</article>\n');
}

/** The claim's independent origins with their reasons, the one-origin warning and the suggested rating. */
function originsSection(out: string[], c: ReportClaim): void {
  const warning = singleOriginText(c.origins);
  if (warning) out.push('<p class="origin-warning" role="note"><strong>Warning:</strong> ', auto('span', warning), '</p>\n');
  if (c.origins.groups.length > 0) {
    out.push('<section class="origins">\n<h5>Independent origins</h5>\n<ul>\n');
    for (const g of c.origins.groups) {
      out.push('<li>', auto('span', originGroupText(g), 'origin-name'));
      if (g.reasons.length > 0) out.push('\n<ul class="origin-reasons">\n', ...g.reasons.map((r) => `<li>${auto('span', reasonText(r))}</li>\n`), '</ul>\n');
      out.push('</li>\n');
    }
    out.push('</ul>\n</section>\n');
  }
  out.push('<p class="suggested-rating"><span class="muted">', esc(SUGGESTED_RATING_LABEL), ':</span> ', badge(c.suggested.rating, c.suggested.label), ' ', auto('span', c.suggested.explanation), '</p>\n');
}

function evidenceQuote(out: string[], e: ReportEvidence): void {
  // The stance is the section's heading (in words, not only a colour); the tag line adds what
  // else describes this passage, and is left out when there is nothing.
  const tags: string[] = [];
  if (e.weight !== null) tags.push(esc(weightText(e.weight)));
  if (e.highlightLabel) tags.push(auto('span', e.highlightLabel, 'hl-label'));
  if (e.article.removed) tags.push('<span class="removed">article removed</span>');
  const graded = gradesText(e);
  if (graded) tags.push(esc(graded));
  out.push(`<figure class="evidence" aria-label="${esc(STANCE_LABELS[e.stance])}">\n`);
  if (tags.length) out.push(`<p class="stance-tag">${tags.join(' · ')}</p>\n`);
  out.push('<blockquote dir="auto">', lines(e.quote), '</blockquote>\n<figcaption>— ', citation(e), '</figcaption>\n');
  if (e.highlightNote.trim()) out.push('<div class="note"><span class="note-kind">Highlight note:</span>', prose(e.highlightNote, 'note-text'), '</div>\n');
  if (e.linkNote.trim()) out.push('<div class="note"><span class="note-kind">Link note:</span>', prose(e.linkNote, 'note-text'), '</div>\n');
  out.push('</figure>\n');
}

/** The citation line, the title linked when the article has an http(s) URL (printed after it on paper). */
function citation(e: ReportEvidence): string {
  const url = httpUrl(e.article.url);
  const text = citationText(e);
  const title = e.article.title;
  // citationText starts with the title; link just the title, escape the rest as text.
  const rest = text.slice(title.length);
  const titleHtml = url ? `<a class="ext" href="${esc(url)}" rel="noreferrer">${esc(title)}</a>` : esc(title);
  const shownUrl = !url && e.article.url ? ` <span class="url-text">${esc(e.article.url)}</span>` : '';
  return `<cite dir="auto">${titleHtml}${esc(rest)}</cite>${shownUrl}`;
}

function sourcesAppendix(out: string[], sources: readonly ReportSource[]): void {
  out.push('<section id="sources">\n<h2>Sources</h2>\n');
  if (sources.length === 0) {
    out.push('<p class="muted">No articles cited.</p>\n</section>\n');
    return;
  }
  out.push('<table class="sources">\n<thead><tr><th scope="col">Title</th><th scope="col">Source</th><th scope="col">Author</th><th scope="col">Date</th><th scope="col">URL</th><th scope="col" class="num">Passages</th></tr></thead>\n<tbody>\n');
  for (const s of sources) {
    const url = httpUrl(s.url);
    const urlCell = url ? `<a href="${esc(url)}" rel="noreferrer">${esc(url)}</a>` : s.url ? `<span class="url-text">${esc(s.url)}</span>` : '';
    out.push('<tr><td>', auto('span', s.title), s.removed ? ' <span class="removed">(removed)</span>' : '', '</td><td>', auto('span', s.source ?? ''), '</td><td>', auto('span', s.author ?? ''), '</td><td class="date">', esc(s.date ?? ''), '</td><td class="url">', urlCell, `</td><td class="num">${s.passages}</td></tr>\n`);
  }
  out.push('</tbody>\n</table>\n</section>\n');
}

function articleTexts(out: string[], articles: readonly ReportArticleText[]): void {
  out.push('<section id="articles">\n<h2>Articles</h2>\n');
  if (articles.length === 0) out.push('<p class="muted">No article texts to show.</p>\n');
  for (const a of articles) {
    out.push('<article class="article-text">\n', auto('h3', a.title));
    if (a.source) out.push(auto('p', a.source, 'muted'));
    out.push('\n');
    for (const p of a.paragraphs) {
      out.push(`<p class="para" dir="auto"><span class="pnum" aria-label="paragraph ${p.number}">¶ ${p.number}</span> `);
      let at = 0;
      for (const m of p.marks) {
        out.push(lines(p.text.slice(at, m.start)), m.highlightIds.length > 1 ? '<mark class="overlap">' : '<mark>', lines(p.text.slice(m.start, m.end)), '</mark>');
        at = m.end;
      }
      out.push(lines(p.text.slice(at)), '</p>\n');
    }
    out.push('</article>\n');
  }
  out.push('</section>\n');
}
