/**
 * Words and escapes every renderer shares: the one HTML escape, the http(s)-only URL check, the
 * citation line, and the names of stances and weights. One place, so the HTML, Markdown and CSV
 * reports say the same thing the same way and escape it the same way.
 */
import { ORIGIN_REASON_LABELS, strengthWord } from '../annotations/origin-evidence.js';
import type { Stance } from '../model.js';
import type { ReportClaim, ReportEvidence, ReportOriginGroup, ReportOriginReason } from './report-data.js';

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values: & < > " ' become entities.
 * The only way user or article text enters the HTML (and the Markdown, which passes HTML through).
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first avoids rebuilding megabytes of article text.
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!) : text;
}

/**
 * The URL if it is an absolute http(s) URL (trimmed), else null. Only those become links:
 * `javascript:`, `data:` and the rest are printed as text. Control characters and white space
 * inside are refused too, since browsers strip them and a URL could then read differently.
 */
export function httpUrl(url: string | null | undefined): string | null {
  const u = (url ?? '').trim();
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(u) ? u : null;
}

/** What each stance's group is called. */
export const STANCE_HEADINGS: Readonly<Record<Stance, string>> = { supports: 'Supporting evidence', refutes: 'Refuting evidence', context: 'Context' };

/** One word per stance, for tables. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = { supports: 'Supports', refutes: 'Refutes', context: 'Context' };

/** The stances in the order reports print them. */
export const STANCES: readonly Stance[] = ['supports', 'refutes', 'context'];

/** "weight 2 of 3", or '' when no weight was given. */
export function weightText(weight: number | null): string {
  return weight === null ? '' : `weight ${weight} of 3`;
}

/** "¶ 4 (p. 2)", "¶ 4", or '' when the passage could not be placed. */
export function locatorText(e: Pick<ReportEvidence, 'locator'>): string {
  const { paragraph, page } = e.locator;
  const parts: string[] = [];
  if (paragraph !== null) parts.push(`¶ ${paragraph}`);
  if (page !== null) parts.push(paragraph === null ? `p. ${page}` : `(p. ${page})`);
  return parts.join(' ');
}

/**
 * The citation after a quote: "Title — Source, date, ¶ 4 (p. 2)", leaving out what is unknown,
 * and saying "article removed" for a deleted article. Plain text: each renderer escapes it.
 */
export function citationText(e: Pick<ReportEvidence, 'article' | 'locator'>): string {
  const details = [e.article.source, e.article.date, locatorText(e)].filter((x): x is string => !!x);
  const removed = e.article.removed ? ' (article removed)' : '';
  return details.length > 0 ? `${e.article.title} — ${details.join(', ')}${removed}` : `${e.article.title}${removed}`;
}

/** An ISO timestamp as "2026-03-04 09:30 UTC" (as given when it is not one). */
export function dateTimeText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** An ISO timestamp's date part ("2026-03-04"). */
export function dateText(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** "3 supporting, 1 refuting, 0 context" style counts of a claim, for one-line summaries. */
export function countsText(s: { supports: number; refutes: number; context: number }): string {
  return `${s.supports} supporting, ${s.refutes} refuting, ${s.context} context`;
}

/** "1 independent origin (The Wall Street Journal)", or that origins were not detected. */
export function originsText(o: ReportClaim['origins']): string {
  const supporting = o.groups.filter((g) => g.supports > 0).map((g) => g.name);
  const count = `${o.supporting} independent origin${o.supporting === 1 ? '' : 's'}`;
  const named = supporting.length > 0 ? ` (${supporting.join(', ')})` : '';
  return o.detected ? `${count}${named}` : `${count}${named}, origins not detected: each article counted as its own`;
}

/** The warning printed when all support goes back to one origin ('' otherwise). */
export function singleOriginText(o: ReportClaim['origins']): string {
  const first = o.groups.find((g) => g.supports > 0);
  return o.singleOrigin && first ? `All supporting articles go back to one origin (${first.name}): they are not independent confirmations.` : '';
}

/** "Attribution: “…” (strong)". */
export function reasonText(r: ReportOriginReason): string {
  return `${ORIGIN_REASON_LABELS[r.kind]}: ${r.detail} (${strengthWord(r.strength)})`;
}

/** "The Wall Street Journal — 5 articles, reliability B (Usually reliable), weaker tie". */
export function originGroupText(g: ReportOriginGroup): string {
  const details = [`${g.articles.length} article${g.articles.length === 1 ? '' : 's'}`, g.reliability ? `reliability ${g.reliability} (${g.reliabilityLabel ?? ''})` : '', g.weak ? 'weaker tie' : ''].filter(Boolean);
  return `${g.name} — ${details.join(', ')}`;
}

/** "reliability B (Usually reliable), credibility 2 (Probably true)", or '' when neither is graded. */
export function gradesText(e: Pick<ReportEvidence, 'reliability' | 'reliabilityLabel' | 'credibility' | 'credibilityLabel'>): string {
  return [e.reliability ? `reliability ${e.reliability} (${e.reliabilityLabel ?? ''})` : '', e.credibility !== null ? `credibility ${e.credibility} (${e.credibilityLabel ?? ''})` : ''].filter(Boolean).join(', ');
}

/** What the suggested rating is called wherever it is printed: never mistaken for a rater's. */
export const SUGGESTED_RATING_LABEL = 'Suggested rating (worked out from the evidence; not a rater’s judgement)';
