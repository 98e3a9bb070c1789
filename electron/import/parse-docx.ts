/**
 * Word .docx files: text with mammoth (paragraphs become blank-line-separated), metadata from
 * the package's core properties (docProps/core.xml: title, creator, created). mammoth's default
 * keeps external file access off, so a document cannot make us read other files.
 */
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

  const { default: mammoth } = await import('mammoth');
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    // mammoth's and xmldom's messages ("[xmldom error] …") mean nothing to a researcher.
    damaged('its text could not be read: the document inside the package is malformed');
  }
  return extracted(text, {
    title: coreProperty(core, 'title'),
    author: coreProperty(core, 'creator'),
    date: coreProperty(core, 'created'),
  });
}
