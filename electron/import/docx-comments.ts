/**
 * A Word document's comments (word/comments.xml), as "[Author, date] text" paragraphs. mammoth
 * reads comment text but drops the date Word records for each, and a fact-checker needs both
 * (who queried a sentence, and when), so the part is read here with xmldom.
 */
import type { Element } from '@xmldom/xmldom';
import { declaresDtd, parseUntrustedXml } from '../common/safe-xml.js';
import { parseDate } from './dates.js';
import { fail } from './import-failure.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One comment: who wrote it, the day (YYYY-MM-DD), and its text (paragraphs as lines). */
export interface DocxComment {
  author: string | null;
  date: string | null;
  text: string;
}

/**
 * Refuses a package part that declares a DTD or an entity. Word never writes one; xmldom expands
 * no external entities, but an internal DTD can still define entities that multiply ("billion
 * laughs"), so the part is refused before any parser sees it.
 */
export function refuseDtd(xml: string, part: 'main text' | 'footnotes' | 'endnotes' | 'comments'): void {
  if (declaresDtd(xml)) {
    const verb = part === 'main text' ? 'declares' : 'declare';
    fail(`This .docx file was refused: its ${part} ${verb} a DTD, which Warrant does not read (it can hide entity expansion).`);
  }
}

/** The text of one paragraph-like element: its text runs, tabs and line breaks, in order. */
function runText(el: Element): string {
  let out = '';
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const e = child as Element;
      if (e.namespaceURI !== W_NS) continue;
      switch (e.localName) {
        case 't':
          out += e.textContent ?? '';
          break;
        case 'tab':
          out += '\t';
          break;
        case 'br':
        case 'cr':
          out += '\n';
          break;
        case 'noBreakHyphen':
          out += '-';
          break;
        case 'delText': // text deleted with changes tracked: not what the comment says now
          break;
        default:
          walk(e);
      }
    }
  };
  walk(el);
  return out;
}

/** The comments in `xml` (word/comments.xml), in the order Word stored them; empty ones are left out. */
export function readComments(xml: string): DocxComment[] {
  refuseDtd(xml, 'comments');
  const parsed = parseUntrustedXml(xml);
  if (!parsed.ok) fail('This .docx file is damaged: its comments are not well-formed XML.');
  const root = parsed.root;
  if (!root) return [];
  const comments: DocxComment[] = [];
  for (const comment of Array.from(root.getElementsByTagNameNS(W_NS, 'comment'))) {
    const paragraphs = Array.from(comment.getElementsByTagNameNS(W_NS, 'p'))
      .map((p) => runText(p).trim())
      .filter((p) => p !== '');
    if (paragraphs.length === 0) continue;
    comments.push({
      author: comment.getAttributeNS(W_NS, 'author')?.trim() || null,
      date: parseDate(comment.getAttributeNS(W_NS, 'date')),
      text: paragraphs.join('\n'),
    });
  }
  return comments;
}

/** "[Jane Roe, 2024-03-02] text", or the bare text when Word recorded neither name nor date. */
export function commentLine(c: DocxComment): string {
  const label = [c.author, c.date].filter((part) => part !== null).join(', ');
  return label === '' ? c.text : `[${label}] ${c.text}`;
}
