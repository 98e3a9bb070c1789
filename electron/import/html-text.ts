/**
 * Readable text from a DOM tree: block elements become paragraphs separated by blank lines,
 * list items and table rows become lines, and everything that is not reading matter (scripts,
 * styles, forms, media, navigation) is dropped. Works on a jsdom tree without running anything.
 */

import type { DomElement, DomNode } from './dom-subset.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Never text a reader sees. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
  'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'CANVAS', 'SVG', 'MATH',
  'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE', 'IMG', 'MAP', 'AREA',
  // Not FORM: some sites (ASP.NET WebForms) wrap the whole page, article included, in one.
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'DIALOG',
]);

/** Site furniture, dropped when extracting a whole page (not inside an article Readability chose). */
export const BOILERPLATE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU']);

/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DETAILS', 'DIV', 'DL', 'DD',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LEGEND', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'UL',
]);

/** Elements that start a new line but not a new paragraph. */
const LINE = new Set(['LI', 'TR']);

interface Options {
  /** Element names to drop with their content, on top of the usual non-text elements. */
  drop?: ReadonlySet<string>;
}

/** Extracts readable text from `root` (an element or document), paragraphs separated by blank lines. */
export function domToText(root: DomNode, options: Options = {}): string {
  const out: string[] = [];
  // Newlines owed before the next text: 1 = new line, 2 = new paragraph.
  let pendingBreak = 0;
  let atLineStart = true;
  let pendingSpace = false;

  // Right after a list marker ("-", "3."), a paragraph inside the item must not break the line.
  let afterMarker = false;

  const requestBreak = (n: number) => {
    if (out.length > 0 && !afterMarker) pendingBreak = Math.max(pendingBreak, n);
  };
  const emit = (text: string, preformatted: boolean) => {
    if (text === '') return;
    if (pendingBreak > 0) {
      out.push('\n'.repeat(pendingBreak));
      pendingBreak = 0;
      atLineStart = true;
      pendingSpace = false;
    }
    if (pendingSpace && !atLineStart) out.push(' ');
    pendingSpace = false;
    afterMarker = false;
    out.push(text);
    atLineStart = preformatted && text.endsWith('\n');
  };

  const walk = (node: DomNode, pre: boolean, listDepth: number): void => {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? '';
      if (pre) {
        emit(raw, true);
        return;
      }
      // HTML whitespace collapses to one space; a space at either end is owed to the neighbours.
      const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
      if (collapsed.startsWith(' ')) pendingSpace = true;
      emit(collapsed.trim(), false);
      if (collapsed.endsWith(' ')) pendingSpace = true;
      return;
    }
    const isElement = node.nodeType === ELEMENT_NODE;
    if (!isElement && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    const el = node as DomElement;
    const tag = isElement ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag) || options.drop?.has(tag)) return;
    if (isElement && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) return;
    if (tag === 'BR') {
      requestBreak(1);
      return;
    }
    const isList = tag === 'UL' || tag === 'OL';
    // Lines inside a list item stay together: a nested list or a paragraph in an item is a new line.
    let breakSize = BLOCK.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (breakSize === 2 && listDepth > 0) breakSize = 1;
    requestBreak(breakSize);
    if (tag === 'LI') {
      emit(listMarker(el), false);
      pendingSpace = true;
      afterMarker = true;
    }
    if (tag === 'TD' || tag === 'TH') pendingSpace = true;
    const isPre = pre || tag === 'PRE';
    const depth = isList ? listDepth + 1 : listDepth;
    for (const child of node.childNodes) walk(child, isPre, depth);
    if (tag === 'TD' || tag === 'TH') pendingSpace = true;
    afterMarker = false;
    requestBreak(isList && listDepth === 0 ? 2 : breakSize);
  };

  walk(root, false, 0);
  return out.join('');
}

/** "-" for a bullet, "3." for the third item of a numbered list (honouring `start`). */
function listMarker(item: DomElement): string {
  const parent = item.parentElement;
  if (parent?.tagName.toUpperCase() !== 'OL') return '-';
  const items = [...parent.children].filter((c) => c.tagName.toUpperCase() === 'LI');
  const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
  return `${(Number.isFinite(start) ? start : 1) + items.indexOf(item)}.`;
}
