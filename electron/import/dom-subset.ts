/**
 * The part of the DOM that HTML and Markdown import read, as plain interfaces, and the part of
 * jsdom's API that makes it. jsdom's type package declares the browser's whole DOM as globals
 * (`/// <reference lib="dom" />`): compiled with it, `document` or `window` would type-check
 * anywhere on the Node side, where tsconfig.electron.json promises no DOM. So import code is
 * typed against this subset — which jsdom's objects (and the real DOM types in tests) satisfy —
 * and parse-html.ts loads jsdom without its types.
 */

/** A node of the tree: text, element or document. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode>;
}

/** Selector queries, on elements and documents alike. */
export interface DomQueries {
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

export interface DomElement extends DomNode, DomQueries {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly children: Iterable<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
}

export interface DomDocument extends DomNode, DomQueries {
  /** Always there in a document parsed as text/html (the parser creates it). */
  readonly body: DomElement;
}

/** The jsdom API import uses (jsdom's `JSDOM` and `VirtualConsole`). */
export interface JsdomApi {
  JSDOM: new (
    html: string | Uint8Array,
    options: { virtualConsole: unknown; contentType: string },
  ) => { window: { document: DomDocument; close(): void } };
  VirtualConsole: new () => unknown;
}
