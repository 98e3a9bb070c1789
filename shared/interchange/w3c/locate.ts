/**
 * Finding where an imported annotation belongs: which article, and which range of its text.
 * By our own urn first (exact), then by the web address the article was imported from, then by
 * searching every article for the quote — accepting only a single confident match, since a
 * highlight on the wrong words is worse than one reported as not placed.
 */
import { anchor } from '../../anchoring/anchor.js';
import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../../anchoring/selectors.js';
import type { Article } from '../../model.js';
import { toUtf16Offset } from '../../text/code-points.js';

/** What an annotation says about where it is. */
export interface Wanted {
  /** The article named by our urn (same project), if any. */
  articleId: string | null;
  /** Web addresses it names (its source, scope or Hypothesis `uri`). */
  urls: string[];
  /** The page's title, when the file gives one (Hypothesis `document.title`), for messages. */
  title: string | null;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | null;
  /** W3C positions count code points (§4.2.5); Hypothesis' client counts UTF-16 units. */
  unit: 'code-points' | 'utf16';
}

/** Where it goes, or why it could not be placed (words for the researcher). */
export type Placement = { ok: true; article: Article; start: number; end: number } | { ok: false; reason: string };

/** The project's articles, looked up by id and by normalised web address. */
export interface ArticleIndex {
  byId: Map<string, Article>;
  byUrl: Map<string, Article[]>;
  all: readonly Article[];
}

/**
 * A web address reduced to what identifies the page: no fragment, no trailing slash, scheme and
 * host in lower case (they are case-insensitive; the path is not).
 */
export function normaliseUrl(url: string): string {
  let u = url.trim().replace(/#.*$/s, '');
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?]*)(.*)$/is.exec(u);
  if (m) u = m[1]!.toLowerCase() + m[2]!.toLowerCase() + m[3]!;
  return u.replace(/\/+(\?|$)/, '$1');
}

/** Indexes `articles` for {@link place}. */
export function indexArticles(articles: readonly Article[]): ArticleIndex {
  const byUrl = new Map<string, Article[]>();
  for (const a of articles) {
    if (!a.url) continue;
    const key = normaliseUrl(a.url);
    const list = byUrl.get(key);
    if (list) list.push(a);
    else byUrl.set(key, [a]);
  }
  return { byId: new Map(articles.map((a) => [a.id, a])), byUrl, all: articles };
}

/** Text in quotation marks, cut at a word (never inside a character) when longer than `max`. */
export function quoted(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `“${t}”`;
  let s = t.slice(0, max);
  if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  const space = s.lastIndexOf(' ');
  if (space > max * 0.6) s = s.slice(0, space);
  return `“${s.trimEnd()}…”`;
}

/** Finds the article and range for `w`. */
export function place(index: ArticleIndex, w: Wanted): Placement {
  if (w.articleId !== null) {
    const a = index.byId.get(w.articleId);
    if (a) return anchorIn(a, w, true) ?? { ok: false, reason: `its quote was not found in ${quoted(a.title)}` };
    // Deleted since the export, or re-imported under a new id: its address or quote may still find it.
  }
  const byUrl = [...new Set(w.urls.flatMap((u) => index.byUrl.get(normaliseUrl(u)) ?? []))];
  if (byUrl.length > 0) {
    for (const a of byUrl) {
      const found = anchorIn(a, w, true);
      if (found) return found;
    }
    return { ok: false, reason: `its quote was not found in ${quoted(byUrl[0]!.title)}` };
  }
  // No address to go by: only an exact quote, in exactly one article, is trusted.
  const hits: { ok: true; article: Article; start: number; end: number }[] = [];
  for (const a of index.all) {
    const found = anchorIn(a, w, false);
    if (found) hits.push(found);
  }
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    const names = hits.slice(0, 3).map((h) => quoted(h.article.title, 40));
    return { ok: false, reason: `its quote is in ${hits.length} articles (${names.join(', ')}${hits.length > 3 ? ', …' : ''}), so which one it marks is not clear` };
  }
  return { ok: false, reason: w.title ? `its article ${quoted(w.title)} is not in this project` : 'its article is not in this project' };
}

/** Anchors `w` in `a` (positions converted to UTF-16 with that article's text first). */
function anchorIn(a: Article, w: Wanted, fuzzy: boolean): { ok: true; article: Article; start: number; end: number } | null {
  // Our prefixes and suffixes are CONTEXT_LENGTH long; anchoring's scores are calibrated for that.
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: w.quote.exact,
    prefix: w.quote.prefix.slice(-CONTEXT_LENGTH),
    suffix: w.quote.suffix.slice(0, CONTEXT_LENGTH),
  };
  let position: TextPositionSelector | undefined;
  if (w.position) {
    const start = w.unit === 'code-points' ? toUtf16Offset(a.text, w.position.start) : w.position.start;
    const end = w.unit === 'code-points' ? toUtf16Offset(a.text, w.position.end) : w.position.end;
    if (end > start) position = { type: 'TextPositionSelector', start, end };
  }
  const found = anchor(a.text, { position, quote }, { fuzzy });
  return found ? { ok: true, article: a, start: found.start, end: found.end } : null;
}
