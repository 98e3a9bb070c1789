/**
 * Word .docx files: text with mammoth (paragraphs become blank-line-separated), then the
 * footnotes, endnotes and comments as marked sections after the body — that is where a
 * document's sources usually are — and metadata from the package's core properties
 * (docProps/core.xml: title, creator, created). mammoth's default keeps external file access
 * off, so a document cannot make us read other files.
 */
import { commentLine, readComments, refuseDtd } from './docx-comments.js';
import { fail } from './import-failure.js';
import { extracted, type Extracted } from './extracted.js';

/** Compound-file magic: old .doc files and Office's encrypted (password-protected) packages. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(value: string): string {
  return value
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * One element's text from core.xml, by local name (the prefix varies between writers).
 * core.xml is a flat list of simple elements, so a pattern is enough here.
 */
function coreProperty(xml: string, localName: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}>`).exec(xml);
  if (!m) return null;
  const value = decodeXmlText(m[1] ?? '').trim();
  return value === '' ? null : value;
}

/**
 * The part of mammoth's document tree read here (see mammoth's documents.js). It is reached
 * through the `transformDocument` hook, which mammoth documents as its way to inspect the tree.
 */
interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
  noteType?: string;
  noteId?: string;
}
interface DocRoot extends DocNode {
  notes?: { resolve(reference: DocNode): { body?: DocNode[] } | null };
}

/** Section headings put before the notes and comments, on a line of their own. */
export const DOCX_SECTIONS = { footnotes: 'Footnotes', endnotes: 'Endnotes', comments: 'Comments' } as const;

/** i, ii, iii…: Word numbers endnotes this way, so "[i]" in the body can never be taken for footnote [1]. */
export function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}

/**
 * The body's text exactly as mammoth's extractRawText writes it (paragraphs end in a blank
 * line, tabs kept), plus a "[1]" where a footnote is referenced and "[i]" for an endnote, so a
 * quote shows which note it cites. Notes are numbered in the order the body first refers to them.
 */
function bodyText(document: DocRoot): { text: string; appendix: string } {
  const numbers = { footnote: new Map<string, string>(), endnote: new Map<string, string>() };
  const referenced: { kind: 'footnote' | 'endnote'; label: string; node: DocNode }[] = [];
  const write = (node: DocNode): string => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type === 'tab') return '\t';
    if (node.type === 'noteReference' && (node.noteType === 'footnote' || node.noteType === 'endnote')) {
      const kind = node.noteType;
      const key = node.noteId ?? '';
      let label = numbers[kind].get(key);
      if (label === undefined) {
        const n = numbers[kind].size + 1;
        label = kind === 'footnote' ? String(n) : roman(n);
        numbers[kind].set(key, label);
        referenced.push({ kind, label, node });
      }
      return `[${label}]`;
    }
    const tail = node.type === 'paragraph' ? '\n\n' : '';
    return (node.children ?? []).map(write).join('') + tail;
  };
  const text = write(document);

  // A note's paragraphs stay one paragraph of the section (lines), so "[1] …" heads all of it.
  const noteText = (node: DocNode): string =>
    (document.notes?.resolve(node)?.body ?? [])
      .map((p) => write(p).trim())
      .filter((p) => p !== '')
      .join('\n');
  const sections: string[] = [];
  for (const kind of ['footnote', 'endnote'] as const) {
    const notes = referenced.filter((r) => r.kind === kind).map((r) => ({ label: r.label, text: noteText(r.node) }));
    const lines = notes.filter((n) => n.text !== '').map((n) => `[${n.label}] ${n.text}`);
    if (lines.length > 0) sections.push([DOCX_SECTIONS[`${kind}s`], ...lines].join('\n\n'));
  }
  return { text, appendix: sections.join('\n\n') };
}

function damaged(detail: string): never {
  fail(`This .docx file is damaged or is not a Word document (${detail}).`);
}

/** A .docx document. */
export async function parseDocx(bytes: Uint8Array): Promise<Extracted> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    fail(
      'This is not a .docx package: it is either an old-style Word .doc file renamed to .docx, or a password-protected document. ' +
        'Open it in Word or LibreOffice, remove any password, save it as .docx, and import it again.',
    );
  }
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // jszip's own message names its internals and links to its documentation: never shown.
    damaged('it could not be opened as a zip package: it may be incomplete, for example cut short while copying or downloading');
  }
  if (!zip.file('word/document.xml')) damaged('word/document.xml is missing');
  const core = (await zip.file('docProps/core.xml')?.async('string').catch(() => null)) ?? '';

  for (const [part, words] of [['word/document.xml', 'main text'], ['word/footnotes.xml', 'footnotes'], ['word/endnotes.xml', 'endnotes']] as const) {
    const xml = await zip.file(part)?.async('string').catch(() => null);
    if (xml) refuseDtd(xml, words);
  }
  const commentsXml = await zip.file('word/comments.xml')?.async('string').catch(() => null);
  const comments = commentsXml ? readComments(commentsXml) : [];

  const { default: mammoth } = await import('mammoth');
  let document: DocRoot | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc: DocRoot) => {
          document = doc;
          // Nothing to convert: the tree is all that is wanted (no HTML, no images as data URIs).
          return { ...doc, children: [] };
        },
      },
    );
  } catch {
    // mammoth's and xmldom's messages ("[xmldom error] …") mean nothing to a researcher.
    damaged('its text could not be read: the document inside the package is malformed');
  }
  if (document === undefined) damaged('its text could not be read: the document inside the package is malformed');
  const { text, appendix } = bodyText(document);
  const commentSection = comments.length > 0 ? [DOCX_SECTIONS.comments, ...comments.map(commentLine)].join('\n\n') : '';
  return extracted(text, {
    title: coreProperty(core, 'title'),
    author: coreProperty(core, 'creator'),
    // When the file was made, not necessarily when the document was written or published.
    date: coreProperty(core, 'created'),
    dateSource: 'file',
    appendix: [appendix, commentSection].filter((s) => s !== '').join('\n\n'),
  });
}
