/**
 * Plain text files: decoding (decode-text.ts: a byte-order mark, UTF-8, or a detected legacy
 * encoding such as Windows-1252 or Shift_JIS), and the little metadata
 * a text file saved from the web can carry: a leading URL line, a "By Name" byline under the
 * headline, and a closing signature such as "— Name, Role, Publication".
 */
import { decodeTextFile, encodingNote } from './decode-text.js';
import { extracted, type Extracted } from './extracted.js';
import { titleFromLine } from './title.js';

const URL_LINE = /^(?:(?:url|source|link)\s*:\s*)?<?(https?:\/\/[^\s<>]+)>?$/i;
// A person's name: two to five capitalized words, allowing particles such as "de", "van", "Le".
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|di|del|der|den|van|von|la|le|du|bin|al)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,4}";
const NAMES = `${NAME}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*`;
// "By" is spelled out rather than matched with the i flag, which would also make \p{Lu} match
// lower-case letters and let ordinary sentences ("by the way…") pass as bylines.
const BYLINE = new RegExp(`^(?:By|BY)\\s+(${NAMES})(?:\\s*[,|–—-]\\s*(.{2,60}))?$`, 'u');
// "— Name, Role, Publication" closing an article. The role must read like a job title, so that a
// closing quotation ("— Donald Trump, on Twitter") is not mistaken for the article's author.
const SIGNATURE = new RegExp(`^(?:[—–]|--)\\s*(${NAME}),\\s*([^,]{2,60}),\\s*([^,]{2,60})$`, 'u');
const ROLE = /editor|reporter|correspondent|writer|journalist|contributor|columnist|analyst|staff|producer|chief|bureau/i;

/** Title, URL and author of a plain-text article, from its first lines and its last line. */
export function textMetadata(text: string): Omit<Extracted, 'text'> {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n?|\n/, 200)) {
    const line = raw.trim();
    if (line !== '') lines.push(line);
    if (lines.length >= 6) break;
  }
  let url: string | null = null;
  let titleIndex = 0;
  const urlMatch = URL_LINE.exec(lines[0] ?? '');
  if (urlMatch && lines.length > 1) {
    url = urlMatch[1] ?? null;
    titleIndex = 1;
  }
  const titleLine = lines[titleIndex];
  const title = titleLine === undefined ? null : titleFromLine(titleLine);

  let author: string | null = null;
  let source: string | null = null;
  // A byline sits right under the headline (a subtitle line may come first).
  for (const line of lines.slice(titleIndex + 1, titleIndex + 3)) {
    const m = BYLINE.exec(line);
    if (m) {
      author = m[1] ?? null;
      break;
    }
  }
  if (author === null) {
    const last = lastNonEmptyLine(text);
    const m = last === null ? null : SIGNATURE.exec(last);
    if (m && ROLE.test(m[2] ?? '')) {
      author = m[1] ?? null;
      source = m[3]?.trim() ?? null;
    }
  }
  return { title, url, author, source, date: null };
}

function lastNonEmptyLine(text: string): string | null {
  let end = text.length;
  // Only the tail is inspected: a signature is short, and the text can be megabytes.
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1);
    const line = text.slice(start + 1, end).trim();
    if (line !== '') return line;
    if (start < 0) return null;
    end = start;
  }
  return null;
}

/** A plain-text article. */
export function parseText(bytes: Uint8Array): Extracted {
  const decoded = decodeTextFile(bytes);
  const note = encodingNote(decoded);
  return extracted(decoded.text, { ...textMetadata(decoded.text), ...(note ? { note } : {}) });
}
