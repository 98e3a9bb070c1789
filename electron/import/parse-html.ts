/**
 * HTML pages: the article's readable text via Mozilla Readability on a jsdom tree, plus the
 * bibliographic metadata publishers put in `<meta>` tags.
 *
 * Safety: the page is untrusted. jsdom is used with its defaults, which run no scripts (no
 * `runScripts`) and fetch no resources (no `resources` option): `<script>`, inline handlers such as
 * `onerror`, stylesheets, images and frames stay inert text in a tree that is read and thrown away.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { DomDocument, DomNode, JsdomApi } from './dom-subset.js';
import { extracted, type Extracted } from './extracted.js';
import { flattenDeepNesting } from './flatten-html.js';
import { BOILERPLATE, domToText } from './html-text.js';
import { bylineTime, choosePageTitle, jsonLdDate, titleClues } from './html-title.js';

let jsdomModule: JsdomApi | undefined;
/**
 * jsdom is large; it is loaded the first time a worker meets an HTML or Markdown file. Loaded
 * with `require` and typed by dom-subset.ts, so that its type package (which declares the whole
 * browser DOM) never enters the Node layer's compilation.
 */
function loadJsdom(): JsdomApi {
  jsdomModule ??= createRequire(import.meta.url)('jsdom') as JsdomApi;
  return jsdomModule;
}

/** What Readability's constructor takes: the DOM's Document where the DOM is typed, else anything. */
type ReadabilityDocument = ConstructorParameters<typeof ReadabilityClass>[0];

/** Parses `html` into an inert document (no scripts, no resource loading, console silenced). */
export async function inertDocument(html: string | Uint8Array): Promise<{ document: DomDocument; close: () => void }> {
  const { JSDOM, VirtualConsole } = loadJsdom();
  // Default options are the safe ones: scripts are not run and nothing is fetched. A fresh
  // VirtualConsole swallows jsdom's warnings (e.g. CSS it cannot parse) instead of printing them.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), contentType: 'text/html' });
  return { document: dom.window.document, close: () => dom.window.close() };
}

/**
 * Elements that are site furniture rather than article, removed before Readability looks.
 * Forms are left to Readability: some sites wrap the entire page in a single `<form>`.
 */
const FURNITURE =
  'nav, [role="navigation"], [role="search"], [role="banner"], [role="contentinfo"], aside, [role="complementary"], dialog, [hidden], [aria-hidden="true"], ' +
  // texinfo manuals' "Next: … Previous: … Up: …" bar, which would otherwise open every page's text
  '.nav-panel';

/**
 * Links documentation generators add inside headings so readers can copy a link to them
 * (Sphinx and MkDocs "¶", texinfo's "¶", Hugo "#", GitHub's empty anchor): not part of the heading.
 */
const PERMALINKS = ':is(h1, h2, h3, h4, h5, h6) a[href^="#"]';
const PERMALINK_TEXT = /^(?:[\s¶#§🔗⚓]|\uFE0F)*$/u;

function removePermalinks(document: DomDocument): void {
  for (const link of document.querySelectorAll(PERMALINKS)) {
    if (PERMALINK_TEXT.test(link.textContent ?? '')) link.remove();
  }
}

/** The `content` of meta tags, keyed by lower-cased name/property/itemprop (first occurrence wins). */
function metaTags(document: DomDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim() ?? '';
    if (content === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  return found;
}

function first(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined) return value;
  }
  return null;
}

/** An absolute http(s) URL, or null: a relative or script URL identifies nothing. */
function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Browsers' "Save page as" marks the origin: `<!-- saved from url=(0042)https://… -->`. */
function savedFromUrl(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return absoluteUrl(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)?.[1]);
}

function stripBy(byline: string | null | undefined): string | null {
  if (!byline) return null;
  return byline.replace(/^\s*by[:\s]+/i, '').trim() || null;
}

/** Reads the metadata a publisher put in the page, before Readability rearranges the tree. */
function pageMetadata(document: DomDocument): Omit<Extracted, 'text'> {
  const meta = metaTags(document);
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  return {
    title: choosePageTitle(titleClues(document, meta)),
    author: stripBy(first(meta, ['author', 'article:author', 'dc.creator', 'citation_author', 'byl', 'parsely-author'])),
    source: first(meta, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'citation_publisher']),
    date: first(meta, [
      'article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date',
      'dc.date.issued', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'citation_date',
      'sailthru.date', 'parsely-pub-date', 'og:pubdate',
    ]) ?? jsonLdDate(document) ?? bylineTime(document),
    // Every date here is one the page states (markup or byline), never a file property.
    dateSource: 'document',
    url: absoluteUrl(canonical) ?? absoluteUrl(first(meta, ['og:url', 'twitter:url'])),
  };
}

/**
 * Readability's cleaning is quadratic or worse in nesting depth (1,000 nested divs took 27 s):
 * past these limits a page is read as plain text of its body, without Readability.
 */
export const READABILITY_LIMITS = { maxDepth: 100, maxElements: 50_000 };

/** Whether the tree under `root` is within {@link READABILITY_LIMITS} (walked without recursion). */
export function withinReadabilityLimits(root: DomNode): boolean {
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  let elements = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.node.nodeType !== 1 && item.node.nodeType !== 9) continue;
    elements += 1;
    if (item.depth > READABILITY_LIMITS.maxDepth || elements > READABILITY_LIMITS.maxElements) return false;
    for (const child of item.node.childNodes) stack.push({ node: child, depth: item.depth + 1 });
  }
  return true;
}

/** An HTML page: Readability's article text (the whole page minus furniture if it finds none). */
export async function parseHtml(bytes: Uint8Array): Promise<Extracted> {
  const { Readability } = await import('@mozilla/readability');
  const source = flattenDeepNesting(bytes);
  const page = await inertDocument(source);
  try {
    removePermalinks(page.document);
    const found = pageMetadata(page.document);
    for (const el of page.document.querySelectorAll(FURNITURE)) el.remove();

    // The serializer hands back the article element itself, so paragraphs can be kept apart
    // (Readability's own textContent runs them together).
    // Cast: jsdom's document is a DOM Document at run time; it is typed by dom-subset.ts here.
    const readable = withinReadabilityLimits(page.document);
    const article = readable
      ? new Readability<DomNode>(page.document as unknown as ReadabilityDocument, { serializer: (node) => node }).parse()
      : null;
    let text = article?.content ? domToText(article.content) : '';
    if (!readable) {
      // Too deep or too large for Readability: the whole body (furniture already removed).
      text = domToText(page.document.body, { drop: BOILERPLATE });
    } else if (text.trim() === '') {
      // Readability found no article (a short or unusual page): fall back to the whole body.
      const again = await inertDocument(source);
      try {
        removePermalinks(again.document);
        for (const el of again.document.querySelectorAll(FURNITURE)) el.remove();
        text = again.document.body ? domToText(again.document.body, { drop: BOILERPLATE }) : '';
      } finally {
        again.close();
      }
    }
    // The page's own title (og:title, <title> without the site, <h1>) over Readability's guess,
    // which cuts titles at colons and dashes.
    return extracted(text, {
      title: found.title,
      author: stripBy(article?.byline) ?? found.author,
      source: article?.siteName || found.source,
      date: found.date ?? (article?.publishedTime || null),
      dateSource: 'document',
      url: found.url ?? savedFromUrl(bytes),
    });
  } finally {
    page.close();
  }
}
