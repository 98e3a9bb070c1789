/**
 * An HTML page's title and publication date, from what the publisher marked up. Readability's
 * own title guess cuts `<title>` at separators and colons, which gave twenty texinfo manual pages
 * the one title "the portable foreign function interface library)"; here the page's own
 * statements are preferred: og:title, then `<title>` without a repeated site name, then `<h1>`.
 */
import type { DomDocument, DomElement } from './dom-subset.js';
import { parseDate } from './dates.js';
import { cleanTitle, stripPermalink } from './title.js';

/** What the title choice reads from a page. */
export interface TitleClues {
  /** og:title, twitter:title, dc.title or citation_title. */
  metaTitle: string | null;
  /** The `<title>` element's text. */
  docTitle: string | null;
  /** og:site_name or application-name. */
  siteName: string | null;
  /** The text of the first `<h1>` in the page. */
  firstHeading: string | null;
  /** The page's generator meta tag (texinfo writes "makeinfo"). */
  generator: string | null;
}

// " | ", " - ", " — ", " · ", " » ", " :: " between the page's name and the site's.
const SEPARATOR = /\s+(?:[|·•»–—-]|::)\s+/u;
/** A trailing part that names a site or a manual rather than the page. */
const SITE_LIKE = /\b(?:documentation|docs|manual|handbook|wiki|blog|news)\b|\b[\w-]+\.(?:com|org|net|gov|edu|io|dev|[a-z]{2})$/iu;

const same = (a: string | null, b: string | null) => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * `<title>` without the site's name: "Page – Site" -> "Page" when the trailing part repeats the
 * site name, names a site or manual ("libffi 3.4.6 documentation"), or the page's `<h1>` is the
 * leading part; "Site | Page" -> "Page" when the site name leads. Texinfo's "Node (Manual)" keeps
 * the node. Otherwise the whole title is kept: a colon or dash inside a headline is not a site.
 */
export function titleWithoutSite(clues: TitleClues): string | null {
  const title = clues.docTitle?.replace(/\s+/g, ' ').trim() ?? '';
  if (title === '') return null;
  if (/makeinfo|texi2any|texinfo/i.test(clues.generator ?? '')) {
    const node = /^(.+?)\s+\(([^()]+)\)$/.exec(title);
    if (node?.[1] && !/^top$/i.test(node[1])) return node[1];
    if (node?.[2]) return node[2];
  }
  const parts = title.split(SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return title;
  const first = parts[0]!;
  const rest = parts.slice(1);
  const heading = clues.firstHeading === null ? null : stripPermalink(clues.firstHeading.replace(/\s+/g, ' ').trim());
  if (same(first, clues.siteName)) return rest.join(' | ');
  const last = rest.at(-1)!;
  const siteAtEnd = same(last, clues.siteName) || (clues.siteName !== null && last.toLowerCase().includes(clues.siteName.toLowerCase())) || SITE_LIKE.test(last);
  if (siteAtEnd || same(first, heading)) {
    // "Story | World | Daily Example": the section between is shorter than the story's name.
    const middle = rest.slice(0, -1);
    return middle.every((m) => m.length < first.length) || same(first, heading) ? first : [first, ...middle].join(' – ');
  }
  return title;
}

/** `title` without a leading or trailing part that is exactly the site's name (some og:titles carry it too). */
function withoutSiteName(title: string | null, siteName: string | null): string | null {
  if (title === null || siteName === null) return title;
  const separators = [...title.matchAll(new RegExp(SEPARATOR.source, 'gu'))];
  const last = separators.at(-1);
  if (last && same(title.slice(last.index + last[0].length), siteName)) return title.slice(0, last.index);
  const first = separators[0];
  if (first && same(title.slice(0, first.index), siteName)) return title.slice(first.index + first[0].length);
  return title;
}

/** The page title to use, or null to let the text's first line decide. */
export function choosePageTitle(clues: TitleClues): string | null {
  for (const candidate of [withoutSiteName(clues.metaTitle, clues.siteName), titleWithoutSite(clues), clues.firstHeading]) {
    const title = cleanTitle(candidate);
    if (title !== null) return title;
  }
  return null;
}

/** The clues of a parsed page (read before Readability rearranges the tree). */
export function titleClues(document: DomDocument, meta: ReadonlyMap<string, string>): TitleClues {
  const pick = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined) ?? null;
  return {
    metaTitle: pick(['og:title', 'twitter:title', 'dc.title', 'citation_title']),
    docTitle: document.querySelector('title')?.textContent ?? null,
    siteName: pick(['og:site_name', 'application-name']),
    firstHeading: document.querySelector('h1')?.textContent ?? null,
    generator: pick(['generator']),
  };
}

/** How deep a JSON-LD graph is searched: publishers nest the article a level or two down. */
const JSON_LD_MAX_DEPTH = 6;

/** `datePublished` from the page's JSON-LD blocks (schema.org), the first one found. */
export function jsonLdDate(document: DomDocument): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // publishers' JSON-LD is often broken; the page is still readable
    }
    const found = findDatePublished(data, 0);
    if (found !== null) return found;
  }
  return null;
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > JSON_LD_MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string' && parseDate(record.datePublished) !== null) return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1) ?? findDatePublished(record.mainEntity, depth + 1);
}

/**
 * Where a byline's `<time datetime>` sits, most specific first. A bare `<time>` elsewhere in the
 * page (a related story, a comment) is not the article's date, and `time.updated` is a later change.
 */
const BYLINE_TIMES = [
  'time[itemprop~="datePublished" i][datetime]',
  'time[pubdate][datetime]',
  'time.published[datetime]',
  'time.entry-date:not(.updated)[datetime]',
  '[class*="byline" i] time[datetime]',
  '[class*="dateline" i] time[datetime]',
  '[class*="posted-on" i] time[datetime]',
  'article header time[datetime]',
  'article time[datetime]:not(.updated)',
];

/** The `datetime` of the article's byline `<time>`, or null. */
export function bylineTime(document: DomDocument): string | null {
  for (const selector of BYLINE_TIMES) {
    const el: DomElement | null = document.querySelector(selector);
    const value = el?.getAttribute('datetime') ?? null;
    if (parseDate(value) !== null) return value;
  }
  return null;
}
