/**
 * Decoding the bytes of a plain-text or Markdown file into a string, in this order:
 *
 * 1. A byte-order mark decides: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE), decoded strictly.
 * 2. NUL bytes without a byte-order mark mean binary data: refused.
 * 3. Valid UTF-8 (ASCII included) is UTF-8: legacy 8-bit text is practically never valid UTF-8.
 *    Mostly-UTF-8 with some invalid bytes (a damaged file, or two encodings mixed) is refused:
 *    read as a legacy encoding, its every accented letter would turn into two wrong characters.
 * 4. Otherwise the encoding is guessed with `chardet` and decoded with `iconv-lite`. A guess is
 *    taken only if it decodes every byte to a character that text uses (no replacement characters
 *    and no C1 control characters, the signs of a wrong guess); if no guess does, Windows-1252 is
 *    tried, the usual encoding of Western text saved by Windows programs.
 *
 * Latin-1 (ISO-8859-1) and ISO-8859-9 are read as their Windows supersets (Windows-1252 and
 * -1254), as browsers do (WHATWG Encoding Standard): the bytes 0x80–0x9F are C1 controls in the
 * ISO sets but curly quotes, dashes and € in files that claim them.
 *
 * The result names the encoding assumed. The import summary has no per-file note to show it in,
 * so it is not reported to the researcher today; a guessed encoding is visible as the text itself.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { fail } from './import-failure.js';

/** How the encoding was found: a byte-order mark, valid UTF-8, a detector's guess, or the fallback. */
export type EncodingSource = 'bom' | 'utf-8' | 'detected' | 'fallback';

/** Decoded text and the encoding assumed for it (a WHATWG / IANA name such as "windows-1252"). */
export interface DecodedText {
  text: string;
  encoding: string;
  source: EncodingSource;
}

const BOMS: readonly { bytes: readonly number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' }[] = [
  // UTF-32 first: its little-endian mark begins with UTF-16's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** chardet's names that are read as another encoding (WHATWG: the label maps to the superset). */
const READ_AS: Readonly<Record<string, string>> = { 'ISO-8859-1': 'windows-1252', 'ISO-8859-9': 'windows-1254' };

/**
 * chardet's answers that are not guesses to act on: Unicode forms are settled by steps 1–3
 * (without a mark, UTF-16 has NULs and UTF-8 was already tried), and the ISO-2022 family is
 * 7-bit, so such a file is valid UTF-8 and never gets here.
 */
const NOT_A_GUESS = /^(?:ASCII|UTF-|ISO[-_]2022|mbcs|sbcs)/i;

/** How much of the file the detector reads: plenty for statistics, cheap for any size. */
const SAMPLE = 256 * 1024;

/**
 * Binary data without NULs is rare but possible; in real text, control characters other than
 * tab, line feed, form feed, carriage return and escape are nearly absent.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a text file's bytes, naming the encoding assumed. Refuses binary data (NUL bytes
 * without a byte-order mark, many control characters) and bytes no known encoding reads cleanly.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) return { text: decodeWithBom(bytes.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding, source: 'bom' };

  const utf16 = bomlessUtf16(bytes);
  if (utf16) return utf16;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    fail(
      `This looks like a binary file, not text: it contains NUL bytes (the first at byte ${nul}). ` +
        'If it is a document from another program, export it as .txt, .pdf or .docx.',
    );
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'utf-8' };
  const sample = bytes.subarray(0, SAMPLE);
  if (controlShare(sample) > MAX_CONTROL_SHARE) {
    fail(
      'This looks like a binary file, not text: it contains many control characters. ' +
        'If it is a document from another program, export it as .txt, .pdf or .docx.',
    );
  }
  const mixed = utf8Damage(sample, bytes.length > SAMPLE);
  if (mixed !== null) {
    // Read as a legacy encoding, its UTF-8 characters would turn into pairs like "Ã©" throughout.
    fail(
      `The file is UTF-8 text with some bytes that are not valid UTF-8 (the first at byte ${mixed}): it may be damaged, or mix two encodings. ` +
        'Open it in a text editor, save it as UTF-8, and import it again.',
    );
  }
  for (const guess of chardet.analyse(sample)) {
    if (NOT_A_GUESS.test(guess.name)) continue;
    const encoding = READ_AS[guess.name] ?? guess.name;
    // Screen each guess on the sample before decoding a file of many megabytes with it.
    if (sample.length < bytes.length && cleanDecode(sample, encoding, true) === null) continue;
    const text = cleanDecode(bytes, encoding);
    if (text !== null) return { text, encoding, source: 'detected' };
  }
  const text = cleanDecode(bytes, 'windows-1252');
  if (text !== null) return { text, encoding: 'windows-1252', source: 'fallback' };
  fail(
    'The text encoding of this file could not be recognised: it is not UTF-8, and no common encoding reads it cleanly. ' +
      'It may be binary. If it is text, open it in a text editor, save it as UTF-8, and import it again.',
  );
}

/** The text of a text file's bytes (see {@link decodeTextFile}). */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextFile(bytes).text;
}

function decodeWithBom(bytes: Uint8Array, encoding: (typeof BOMS)[number]['encoding']): string {
  const name = encoding.toUpperCase();
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    // TextDecoder has no UTF-32; iconv-lite replaces what it cannot read with U+FFFD.
    const text = iconv.decode(bytes, encoding, { stripBOM: false });
    if (bytes.length % 4 !== 0 || text.includes('\uFFFD')) fail(`The file starts with a ${name} byte-order mark but is not valid ${name} text.`);
    return text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(`The file starts with a ${name} byte-order mark but is not valid ${name} text.`);
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Where a file that is mostly UTF-8 stops being valid UTF-8: the offset of the first invalid
 * byte, when `bytes` hold at least as many well-formed multi-byte sequences as invalid bytes
 * (legacy text forms such sequences only by chance: none in Western text, about one per six bad
 * bytes in Shift_JIS); null otherwise. In a `truncated` sample, a sequence cut at the end is not invalid.
 */
function utf8Damage(bytes: Uint8Array, truncated = false): number | null {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i += 1;
      continue;
    }
    if (truncated && length > 0 && i + length > bytes.length) break; // cut by the sample
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      // Overlong and surrogate forms are invalid (as TextDecoder treats them).
      const second = bytes[i + 1]!;
      if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) ok = false;
    }
    if (ok) {
      valid += 1;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid += 1;
      i += 1;
    }
  }
  return invalid > 0 && valid > 0 && valid >= invalid ? firstInvalid : null;
}

function controlShare(sample: Uint8Array): number {
  let control = 0;
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control += 1;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/**
 * `bytes` decoded as `encoding` (`cut`: a sample, which may end mid-character), or null when the encoding is unknown or reads some bytes as no
 * character (U+FFFD) or as a C1 control, which legacy text never contains: the guess was wrong.
 */
function cleanDecode(bytes: Uint8Array, encoding: string, cut = false): string | null {
  if (!iconv.encodingExists(encoding)) return null;
  let text = iconv.decode(bytes, encoding, { stripBOM: false });
  // A sample can end inside a multi-byte character, which then decodes as U+FFFD.
  if (cut) text = text.replace(/\uFFFD$/, '');
  return /[\u0080-\u009F\uFFFD]/.test(text) ? null : text;
}

/**
 * What to tell the researcher about how the text was decoded: nothing for Unicode (a byte-order
 * mark or valid UTF-8), the encoding assumed otherwise — a guess they may need to check.
 */
export function encodingNote(decoded: Pick<DecodedText, 'encoding' | 'source'>): string | undefined {
  if (decoded.source === 'bom' || decoded.source === 'utf-8') return undefined;
  return `Read as ${decoded.encoding.toUpperCase().replace(/^WINDOWS-/, 'Windows-')}: the file does not say which encoding it uses, so Warrant ${decoded.source === 'detected' ? 'recognised it from its bytes' : 'assumed the most common one'}. If letters look wrong, save it as UTF-8 and import it again.`;
}

/**
 * UTF-16 text saved without a byte-order mark (some Windows tools do): in Latin-script text
 * most high bytes are 0 (punctuation such as “ ” – is not). Recognised when, in the first 4 KB,
 * at least 60% of the bytes on one side are 0 and at most 5% on the other, and the whole file
 * then decodes strictly with no control characters; otherwise null (and the NUL bytes mark a
 * binary file).
 */
function bomlessUtf16(bytes: Uint8Array): DecodedText | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const encoding = oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05 ? 'utf-16le' : evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05 ? 'utf-16be' : null;
  if (!encoding) return null;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // Control characters other than line breaks and tabs: not text after all.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return null;
    return { text, encoding, source: 'detected' };
  } catch {
    return null;
  }
}
