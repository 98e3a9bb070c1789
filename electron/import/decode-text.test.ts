/** Decoding text files: byte-order marks, UTF-8, legacy encodings detected, binary refused. Samples are raw bytes. */
import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextFile, encodingNote } from './decode-text.js';
import { ImportFailure } from './import-failure.js';
import { importFile } from './fixtures/temp.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

// "Café – “quotes” €" in Windows-1252: é E9, en dash 96, curly quotes 93/94, euro 80.
const WINDOWS_1252 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x73, 0x94, 0x20, 0x80]);
// "Straße, garçon, naïve crème brûlée." in ISO-8859-1.
const LATIN_1 = Uint8Array.from([
  0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x2c, 0x20, 0x67, 0x61, 0x72, 0xe7, 0x6f, 0x6e, 0x2c, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x63, 0x72,
  0xe8, 0x6d, 0x65, 0x20, 0x62, 0x72, 0xfb, 0x6c, 0xe9, 0x65, 0x2e,
]);
// "東京の天気は晴れです。日本語のテキスト。" in Shift_JIS.
const SHIFT_JIS = Uint8Array.from([
  0x93, 0x8c, 0x8b, 0x9e, 0x82, 0xcc, 0x93, 0x56, 0x8b, 0x43, 0x82, 0xcd, 0x90, 0xb0, 0x82, 0xea, 0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42, 0x93, 0xfa,
  0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65, 0x83, 0x4c, 0x83, 0x58, 0x83, 0x67, 0x81, 0x42,
]);
// "北京今天天气很好。中文文本。" in GB18030.
const GB18030 = Uint8Array.from([
  0xb1, 0xb1, 0xbe, 0xa9, 0xbd, 0xf1, 0xcc, 0xec, 0xcc, 0xec, 0xc6, 0xf8, 0xba, 0xdc, 0xba, 0xc3, 0xa1, 0xa3, 0xd6, 0xd0, 0xce, 0xc4, 0xce, 0xc4,
  0xb1, 0xbe, 0xa1, 0xa3,
]);
// "Привет, мир! Это текст на русском языке." in Windows-1251.
const WINDOWS_1251 = Uint8Array.from([
  0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0, 0x21, 0x20, 0xdd, 0xf2, 0xee, 0x20, 0xf2, 0xe5, 0xea, 0xf1, 0xf2, 0x20, 0xed,
  0xe0, 0x20, 0xf0, 0xf3, 0xf1, 0xf1, 0xea, 0xee, 0xec, 0x20, 0xff, 0xe7, 0xfb, 0xea, 0xe5, 0x2e,
]);

describe('decodeTextFile', () => {
  it('decodes UTF-8, with or without a byte-order mark, as UTF-8', () => {
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Café')]))).toEqual({ text: 'Café', encoding: 'utf-8', source: 'bom' });
    expect(decodeTextFile(utf8('Café – “quotes” €'))).toEqual({ text: 'Café – “quotes” €', encoding: 'utf-8', source: 'utf-8' });
  });

  it('decodes UTF-16 and UTF-32 files that start with a byte-order mark', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const le = Uint8Array.from([0xff, 0xfe, 0x47, 0x00, 0xfc, 0x00, 0x3d, 0xd8, 0x68, 0xdc]); // "Gü👨"
    expect(decodeTextFile(le)).toEqual({ text: 'Gü\u{1F468}', encoding: 'utf-16le', source: 'bom' });
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x47, 0x00, 0xfc]);
    expect(decodeText(be)).toBe('Gü');
    const le16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Grüße ${family}`, 'utf16le')]);
    expect(decodeText(le16)).toBe(`Grüße ${family}`);
    const le32 = Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x68, 0xf4, 0x01, 0x00]);
    expect(decodeTextFile(le32)).toEqual({ text: 'A\u{1F468}', encoding: 'utf-32le', source: 'bom' });
  });

  it('refuses a byte-order mark followed by bytes that are not that encoding', () => {
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0xdc]))).toThrow(/UTF-16LE byte-order mark but is not valid UTF-16LE/);
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x43, 0xe9]))).toThrow(/UTF-8 byte-order mark but is not valid UTF-8/);
  });

  it('reads Windows-1252 text: accents, dashes, curly quotes and the euro sign', () => {
    const decoded = decodeTextFile(WINDOWS_1252);
    expect(decoded.text).toBe('Café – “quotes” €');
    expect(decoded.source).not.toBe('utf-8');
  });

  it('reads Latin-1 text as Windows-1252, its superset', () => {
    const decoded = decodeTextFile(LATIN_1);
    expect(decoded.text).toBe('Straße, garçon, naïve crème brûlée.');
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('falls back to Windows-1252 for a short Western text the detector cannot place', () => {
    expect(decodeTextFile(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Café', encoding: 'windows-1252', source: 'fallback' });
  });

  it('detects Shift_JIS, GB18030 and Windows-1251 text', () => {
    expect(decodeTextFile(SHIFT_JIS)).toEqual({ text: '東京の天気は晴れです。日本語のテキスト。', encoding: 'Shift_JIS', source: 'detected' });
    expect(decodeTextFile(GB18030)).toEqual({ text: '北京今天天气很好。中文文本。', encoding: 'GB18030', source: 'detected' });
    expect(decodeTextFile(WINDOWS_1251)).toMatchObject({ text: 'Привет, мир! Это текст на русском языке.', encoding: 'windows-1251' });
  });

  it('refuses binary data: NUL bytes, or many control characters', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toThrow(ImportFailure);
    expect(() => decodeText(Uint8Array.from([0x41, 0x00]))).toThrow(/binary file.*NUL bytes \(the first at byte 1\)/);
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 + (i % 5) : 0xc0 + (i % 40)));
    expect(() => decodeText(controls)).toThrow(/binary file.*control characters/);
  });

  it('refuses UTF-8 text with a few invalid bytes rather than misreading it all', () => {
    // "Café " in UTF-8, then a lone Windows-1252 "é" (E9).
    const mixed = Uint8Array.from([...utf8('Café '), 0xe9, 0x20, ...utf8('crème')]);
    expect(() => decodeText(mixed)).toThrow(/UTF-8 text with some bytes that are not valid UTF-8 \(the first at byte 6\)/);
    expect(() => decodeText(Uint8Array.from([...utf8('Café '), 0xe9]))).toThrow(/not valid UTF-8/);
  });

  it('reads long legacy text whose first 256 KB end inside a character', () => {
    // Shift_JIS pairs after one ASCII byte: the sample ends between the two bytes of a pair.
    const long = Buffer.concat([Uint8Array.from([0x20]), ...Array.from({ length: 150_000 }, () => SHIFT_JIS)]);
    expect(long.length % 40).toBe(1); // 256 KB = 1 + 6553 × 40 + 23 bytes: the sample ends inside a pair
    const decoded = decodeTextFile(long);
    expect(decoded.encoding).toBe('Shift_JIS');
    expect(decoded.text.endsWith('日本語のテキスト。')).toBe(true);
  });

  it('refuses bytes that no encoding reads cleanly', () => {
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252 and invalid as these sequences elsewhere.
    const bytes = Uint8Array.from([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x20, 0x81, 0x81, 0x9d, 0x8d]);
    expect(() => decodeText(bytes)).toThrow(/encoding of this file could not be recognised/);
  });
});

describe('importing legacy-encoded files', () => {
  it('imports a Windows-1252 .txt and .md file', async () => {
    const txt = await importFile('note.txt', Uint8Array.from([...WINDOWS_1252, 0x0a, 0x0a, ...LATIN_1]));
    expect(txt.articles[0]?.text).toBe('Café – “quotes” €\n\nStraße, garçon, naïve crème brûlée.');
    const md = await importFile('note.md', Uint8Array.from([0x23, 0x20, ...WINDOWS_1252]));
    expect(md.articles[0]?.title).toBe('Café – “quotes” €');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is recognised from its zero bytes and read, saying so', () => {
    const text = 'Café – “quotes”\nsecond line';
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const le = Buffer.from(text, 'utf16le');
      const bytes = encoding === 'utf-16le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
      const decoded = decodeTextFile(bytes);
      expect(decoded).toEqual({ text, encoding, source: 'detected' });
      expect(encodingNote(decoded)).toMatch(/^Read as UTF-16/);
    }
  });

  it('does not mistake a binary file with zero bytes for it', () => {
    const binary = Uint8Array.from({ length: 64 }, (_, i) => (i % 2 === 1 ? 0 : (i * 37) % 7));
    expect(() => decodeTextFile(binary)).toThrow(/binary file/);
  });
});
