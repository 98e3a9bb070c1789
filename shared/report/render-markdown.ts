/**
 * The Markdown report: headings, tables and blockquotes, readable as plain text and in any
 * Markdown renderer. User and article text is escaped twice over: HTML's & < > become entities
 * (Markdown renderers pass raw HTML through, so a `<script>` in a claim would otherwise run), and
 * Markdown's own punctuation is backslash-escaped so text cannot become a link, an image, a
 * heading, a list or a table. Only http(s) URLs become links.
 */
import type { ReportSections } from './options.js';
import type { ReportArticleText, ReportClaim, ReportData, ReportEvidence, ReportSource } from './report-data.js';
import { citationText, countsText, dateText, dateTimeText, gradesText, httpUrl, originGroupText, originsText, reasonText, singleOriginText, STANCE_HEADINGS, STANCE_LABELS, STANCES, SUGGESTED_RATING_LABEL, weightText } from './format-text.js';

// Characters escaped wherever they are: HTML's three, and the Markdown punctuation that can
// start or end inline syntax anywhere in a line (emphasis, code, links, tables, strikethrough,
// a heading's closing #s, e-mail autolinks). Backslash first of all, so our own escapes are not
// escaped again.
const INLINE: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const INLINE_RE = /[\\`*_{}[\]<>|~&#!@]/g;

/**
 * Escapes text that sits in the middle of a line. GFM renderers also turn bare "http://…" and
 * "www.…" into links; a backslash in "\://" and "www\." keeps user text from linking itself
 * (our own links are made only from checked http(s) URLs).
 */
function escapeInline(text: string): string {
  return text
    .replace(INLINE_RE, (c) => INLINE[c] ?? `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Escapes one line of user text for Markdown, also where a line starts (no line breaks in it: see `mdLines`). */
export function escapeMarkdown(text: string): string {
  // At the start of a line these begin a block (list, setext underline, ordered list); the
  // leading white space goes, since four spaces would start a code block.
  return escapeInline(text).replace(/^\s+/, '').replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Each line of `text` escaped; empty lines kept (they separate paragraphs). */
function mdLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (line.trim() === '' ? '' : escapeMarkdown(line)));
}

/** Text on one line (headings, list items): its line breaks become spaces. */
const oneLine = (text: string): string => escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' '));

/** A table cell: escaped, `|` escaped (by escapeMarkdown), line breaks as <br> (a raw newline ends the row). */
const cell = (text: string): string => mdLines(text.trim()).join('<br>');

/**
 * Multi-line text as paragraphs, each line prefixed (e.g. "> " inside a blockquote); line
 * breaks kept as hard breaks, blank lines as paragraph breaks within the same block.
 */
function block(text: string, prefix = ''): string {
  const lines = mdLines(text.trim());
  return lines.map((line, i) => (line === '' ? prefix.trimEnd() : `${prefix}${line}${lines[i + 1] ? '  ' : ''}`)).join('\n');
}

/** A link when the URL is http(s), else the URL as escaped text. */
function link(text: string, url: string | null): string {
  const safe = httpUrl(url);
  if (!safe) return oneLine(text);
  // In a link destination these end it or nest it; percent-encoded they mean the same URL.
  const dest = safe.replace(/[<>()\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${oneLine(text)}](${dest})`;
}

/** The report as Markdown. `sections` chooses what is printed (the report's own by default). */
export function renderMarkdown(data: ReportData, sections: ReportSections = data.sections): string {
  const out: string[] = [];
  out.push(`# ${oneLine(data.title)}`, '');
  if (data.title !== data.projectName) out.push(`- **Project:** ${oneLine(data.projectName)}`);
  out.push(`- **Generated:** ${dateTimeText(data.generatedAt)}`);
  out.push(`- **Authors:** ${data.authors.map(oneLine).join(', ') || 'none'}`);
  out.push(`- **Raters:** ${data.raters.map(oneLine).join(', ') || 'none'}`);
  out.push(`- **Claims:** ${data.counts.claims}`, '');
  if (data.counts.shown < data.counts.claims) out.push(`*Preview: the first ${data.counts.shown} of ${data.counts.claims} claims.*`, '');
  if (sections.summary) summary(out, data.claims);
  if (sections.claims) {
    out.push('## Claims', '');
    if (data.claims.length === 0) out.push('No claims in this report.', '');
    for (const c of data.claims) claim(out, c);
  }
  if (sections.sources) sources(out, data.sources);
  if (sections.articles && data.articles) articles(out, data.articles);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function summary(out: string[], claims: readonly ReportClaim[]): void {
  out.push('## Summary', '');
  if (claims.length === 0) {
    out.push('No claims in this report.', '');
    return;
  }
  out.push('| # | Claim | Verdict | Supports | Refutes | Context | Articles | Sources |', '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const c of claims) {
    const s = c.summary;
    out.push(`| ${c.number} | ${c.depth ? '↳ ' : ''}${cell(c.text)} | ${cell(c.verdict.label)} | ${s.supports} | ${s.refutes} | ${s.context} | ${s.articles} | ${s.sources} |`);
  }
  out.push('');
}

function claim(out: string[], c: ReportClaim): void {
  out.push(`${c.depth === 0 ? '###' : '####'} ${c.number} ${oneLine(c.text)}`, '');
  const v = c.verdict;
  const recorded = v.recordedBy !== null ? ` (recorded by ${oneLine(v.recordedBy || 'unknown')}${v.decidedAt ? `, ${dateText(v.decidedAt)}` : ''})` : '';
  out.push(`**Verdict: ${oneLine(v.label)}** — ${oneLine(v.basisLabel)}${recorded}`, '');
  if (v.rationale.trim()) out.push(block(v.rationale), '');
  if (c.ratings.length > 0) {
    out.push('| Rater | Rating | Rationale | Date |', '| --- | --- | --- | --- |');
    for (const r of c.ratings) out.push(`| ${cell(r.rater)} | ${cell(r.label)} | ${cell(r.rationale)} | ${dateText(r.date)} |`);
    out.push('');
  }
  const s = c.summary;
  out.push(`*Evidence: ${countsText(s)} — from ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.sources} source${s.sources === 1 ? '' : 's'}${s.unknownSources ? ` (${s.unknownSources} of unknown source)` : ''}; ${oneLine(originsText(c.origins))}.*`, '');
  origins(out, c);
  for (const stance of STANCES) {
    const items = c.evidence.filter((e) => e.stance === stance);
    if (items.length === 0) continue;
    out.push(`**${STANCE_HEADINGS[stance]} (${items.length})**`, '');
    for (const e of items) evidence(out, e);
  }
  if (c.evidence.length === 0) out.push('*No evidence linked.*', '');
}

/** The claim's independent origins with their reasons, the one-origin warning and the suggested rating. */
function origins(out: string[], c: ReportClaim): void {
  const warning = singleOriginText(c.origins);
  if (warning) out.push(`> **Warning:** ${oneLine(warning)}`, '');
  if (c.origins.groups.length > 0) {
    out.push('**Independent origins**', '');
    for (const g of c.origins.groups) {
      out.push(`- ${oneLine(originGroupText(g))}`);
      for (const r of g.reasons) out.push(`  - ${oneLine(reasonText(r))}`);
    }
    out.push('');
  }
  out.push(`*${oneLine(SUGGESTED_RATING_LABEL)}:* **${oneLine(c.suggested.label)}** — ${oneLine(c.suggested.explanation)}`, '');
}

function evidence(out: string[], e: ReportEvidence): void {
  out.push(block(e.quote, '> '), '');
  const citation = citationText(e);
  const rest = citation.slice(e.article.title.length);
  const shownUrl = !httpUrl(e.article.url) && e.article.url ? ` (${oneLine(e.article.url)})` : '';
  const tags = [STANCE_LABELS[e.stance], weightText(e.weight), e.highlightLabel ? `label “${oneLine(e.highlightLabel)}”` : '', oneLine(gradesText(e))].filter(Boolean).join(' · ');
  out.push(`— ${link(e.article.title, e.article.url)}${escapeInline(rest.replace(/\s*[\r\n]+\s*/g, ' '))}${shownUrl} · ${tags}`, '');
  if (e.highlightNote.trim()) out.push(`*Highlight note:*  \n${block(e.highlightNote)}`, '');
  if (e.linkNote.trim()) out.push(`*Link note:*  \n${block(e.linkNote)}`, '');
}

function sources(out: string[], list: readonly ReportSource[]): void {
  out.push('## Sources', '');
  if (list.length === 0) {
    out.push('No articles cited.', '');
    return;
  }
  out.push('| Title | Source | Author | Date | URL | Passages |', '| --- | --- | --- | --- | --- | ---: |');
  for (const s of list) {
    const url = s.url ? (httpUrl(s.url) ? link(s.url, s.url) : cell(s.url)) : '';
    out.push(`| ${cell(s.title)}${s.removed ? ' (removed)' : ''} | ${cell(s.source ?? '')} | ${cell(s.author ?? '')} | ${cell(s.date ?? '')} | ${url} | ${s.passages} |`);
  }
  out.push('');
}

function articles(out: string[], list: readonly ReportArticleText[]): void {
  out.push('## Articles', '');
  if (list.length === 0) out.push('No article texts to show.', '');
  for (const a of list) {
    out.push(`### ${oneLine(a.title)}`, '');
    if (a.source) out.push(`*${oneLine(a.source)}*`, '');
    for (const p of a.paragraphs) {
      // Marked passages as <mark> (our own tags around escaped text); the paragraph's single
      // line breaks stay as hard breaks, so a passage crossing lines stays one paragraph.
      let text = '';
      let at = 0;
      for (const m of p.marks) {
        text += inlineLines(p.text.slice(at, m.start), text.endsWith('\n'));
        // After "<mark>" nothing is at the start of a line, so its first line needs no line-start escapes.
        text += `<mark>${inlineLines(p.text.slice(m.start, m.end), false)}</mark>`;
        at = m.end;
      }
      text += inlineLines(p.text.slice(at), text.endsWith('\n'));
      out.push(`**¶ ${p.number}** ${text}`, '');
    }
  }
}

/**
 * A piece of a paragraph: escaped like user text, its line breaks as hard breaks. Pieces join
 * mid-line, so a piece's first line gets the line-start escapes only when it starts a line
 * (`atLineStart`); every later line of it does.
 */
function inlineLines(text: string, atLineStart: boolean): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => (i === 0 && !atLineStart ? escapeInline(line) : escapeMarkdown(line)))
    .join('  \n');
}
