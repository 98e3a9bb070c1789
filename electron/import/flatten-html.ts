/**
 * Pathologically nested HTML (thousands of nested `<div>`s) is slow to parse — jsdom's tree
 * building costs time per ancestor, and overflows the stack at around 20,000 levels — long
 * before Readability sees it. This scan runs on the raw bytes first: when elements nest deeper
 * than {@link FLATTEN.trigger}, the plain container tags below {@link FLATTEN.keep} levels are
 * removed (block ones become `<br>`), so the text stays and the tree stays shallow.
 *
 * The scan is an estimate (no full HTML tokenizer): it only ever removes tags of plain
 * containers without `hidden`/`aria-hidden`/`role`, never one whose content is skipped as
 * non-text (scripts, styles, forms controls, navigation), and leaves every other byte as it was,
 * so the page's declared encoding is still read by the parser.
 */

export const FLATTEN = { trigger: 500, keep: 100 };

/** Containers whose tags may go; the `true` ones are blocks (they become a line break). */
const DROPPABLE = new Map<string, boolean>([
  ...['div', 'p', 'section', 'article', 'main', 'center', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, true] as const),
  ...['span', 'font', 'b', 'i', 'u', 'em', 'strong', 'small', 'big', 'a', 'abbr', 'cite', 'code', 'q', 'sub', 'sup', 's', 'strike', 'mark', 'td', 'th'].map((t) => [t, false] as const),
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements a new one of the same name implicitly closes. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/g;
const HIDING_ATTRIBUTE = /\b(?:hidden|aria-hidden|role)\b/i;

/** `bytes` with deep container tags removed, or `bytes` itself when nothing nests that deep. */
export function flattenDeepNesting(bytes: Uint8Array): Uint8Array {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const stack: { name: string; dropped: boolean }[] = [];
  const cuts: { start: number; end: number; block: boolean }[] = [];
  let deepest = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const attributes = m[3] ?? '';
    const droppable = DROPPABLE.get(name);
    if (m[1] === '/') {
      // Close the nearest open element of that name (looking only near the top, to stay linear).
      for (let i = stack.length - 1; i >= Math.max(0, stack.length - 64); i -= 1) {
        if (stack[i]?.name !== name) continue;
        if (stack[i]?.dropped) cuts.push({ start: m.index, end: TOKEN.lastIndex, block: droppable === true });
        stack.length = i;
        break;
      }
      continue;
    }
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = close.exec(source)?.index ?? source.length;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name)) {
      for (let i = stack.length - 1; i >= Math.max(0, stack.length - 3); i -= 1) {
        if (stack[i]?.name === name) {
          stack.length = i;
          break;
        }
      }
    }
    const dropped = stack.length >= FLATTEN.keep && droppable !== undefined && !HIDING_ATTRIBUTE.test(attributes);
    if (dropped) cuts.push({ start: m.index, end: TOKEN.lastIndex, block: droppable });
    stack.push({ name, dropped });
    deepest = Math.max(deepest, stack.length);
  }
  if (deepest <= FLATTEN.trigger) return bytes;

  const parts: Uint8Array[] = [];
  let at = 0;
  const br = Buffer.from('<br>');
  let sinceBreak = false; // text since the last line break put in: a run of nested tags becomes one break
  for (const cut of cuts) {
    const kept = bytes.subarray(at, cut.start);
    parts.push(kept);
    if (kept.some((b) => b > 0x20)) sinceBreak = true;
    if (cut.block && sinceBreak) {
      parts.push(br);
      sinceBreak = false;
    }
    at = cut.end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}
