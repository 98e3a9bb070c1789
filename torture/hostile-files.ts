/**
 * Hostile and broken import files, written into a folder: a docx zip bomb, deep nesting,
 * programs under document names, a FIFO, legacy and UTF-16 encodings, cut-short and empty
 * files, and a docx whose entries climb out of their folder. Each comes with what a researcher
 * should see, in words (the run reports what actually happens; it does not assert).
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

/** One hostile file and what should happen to it. */
export interface HostileFile {
  name: string;
  what: string;
  expect: 'refused' | 'imported';
}

/** A zip entry, stored (method 0) or deflated (method 8). */
interface ZipEntry {
  name: string;
  method: 0 | 8;
  data: Buffer;
  crc: number;
  size: number;
}

function deflated(name: string, content: string | Buffer): ZipEntry {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, method: 8, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/** A zip file of `entries` (local headers, data, central directory; no zip64). */
function zip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBytes, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';
const PARAGRAPH = '<w:p><w:r><w:t>The council approved the tariff plan again.</w:t></w:r></w:p>';

/**
 * word/document.xml of `bytes` (about) bytes of repeated paragraphs, deflated as a stream so
 * the bomb is built without holding its expansion in memory.
 */
async function bombEntry(bytes: number): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const chunk = Buffer.from(PARAGRAPH.repeat(Math.floor((4 << 20) / PARAGRAPH.length)));
  let crc = 0;
  let size = 0;
  const feed = (b: Buffer) =>
    new Promise<void>((resolve) => {
      crc = crc32(b, crc);
      size += b.length;
      if (deflate.write(b)) resolve();
      else deflate.once('drain', resolve);
    });
  await feed(Buffer.from(DOC_HEAD));
  while (size + chunk.length < bytes) await feed(chunk);
  await feed(Buffer.from(DOC_TAIL));
  deflate.end();
  await done;
  return { name: 'word/document.xml', method: 8, data: Buffer.concat(out), crc, size };
}

/** An ELF-like program: the magic, a header of NULs and machine-code-like bytes. */
function elfBytes(): Buffer {
  const bytes = Buffer.alloc(64 * 1024);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]);
  for (let i = 64; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
  return bytes;
}

/** A small valid PDF with text on three pages. */
async function pdfBytes(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 3; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < 30; l++) page.drawText(`Page ${p + 1}, line ${l + 1}: the council approved the tariff plan.`, { x: 50, y: 800 - l * 24, size: 11, font });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

const TEXT = 'Café society: the “council” approved the plan — 5 € per tonne, naïve estimates aside.\n\nSecond paragraph, déjà vu.\n';

/** Writes every hostile file into `dir` (a zip bomb of each of `bombSizes` bytes); returns them in the order they are run. */
export async function writeHostileFiles(dir: string, bombSizes: readonly number[]): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const put = async (name: string, data: string | Buffer, what: string, expect: HostileFile['expect']) => {
    await writeFile(join(dir, name), data);
    files.push({ name, what, expect });
  };
  for (const bytes of bombSizes) {
    const bomb = await bombEntry(bytes);
    const bombZip = zip([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), bomb]);
    const ratio = Math.round(bomb.size / bombZip.length);
    await put(`bomb-${Math.round(bytes / 2 ** 20)}mb.docx`, bombZip, `zip bomb: ${(bombZip.length / 1e6).toFixed(2)} MB deflating to ${(bomb.size / 2 ** 20).toFixed(0)} MiB of document.xml (${ratio}:1)`, 'refused');
  }
  const depth = 2_000;
  await put('deep.html', `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>The text at the bottom.</p>${'</div>'.repeat(depth)}</body></html>`, `${depth.toLocaleString('en-US')}-deep nested <div>s`, 'imported');
  const elf = elfBytes();
  await put('program.html', elf, 'an ELF program named .html', 'refused');
  await put('program.txt', elf, 'an ELF program named .txt', 'refused');
  await put('program.pdf', elf, 'an ELF program named .pdf', 'refused');
  execFileSync('mkfifo', [join(dir, 'x.txt')]);
  files.push({ name: 'x.txt', what: 'a FIFO (named pipe) named x.txt, no writer', expect: 'refused' });
  // Windows-1252: é, “”, —, € and ï as single bytes (0x80–0x9F are where it differs from Latin-1).
  const cp1252 = Buffer.from(
    TEXT.replace(/[“”—€]/g, (c) => ({ '“': '\x93', '”': '\x94', '—': '\x97', '€': '\x80' })[c] ?? c),
    'latin1',
  );
  await put('windows-1252.txt', cp1252, 'Windows-1252 text (é, “ ”, —, €)', 'imported');
  await put('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'UTF-16 LE text with a byte-order mark', 'imported');
  const be = Buffer.from(TEXT, 'utf16le').swap16();
  await put('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16 BE text with a byte-order mark', 'imported');
  await put('utf16le-nobom.txt', Buffer.from(TEXT.repeat(4), 'utf16le'), 'UTF-16 LE text without a byte-order mark', 'imported');
  const pdf = await pdfBytes();
  await put('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)), `a 3-page PDF cut to its first half (${Math.floor(pdf.length / 2).toLocaleString('en-US')} of ${pdf.length.toLocaleString('en-US')} bytes)`, 'refused');
  await put('empty.txt', '', 'an empty .txt', 'refused');
  await put('empty.html', '', 'an empty .html', 'refused');
  await put('empty.pdf', '', 'an empty .pdf', 'refused');
  await put('empty.docx', '', 'a 0-byte .docx', 'refused');
  const traversal = zip([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', RELS),
    deflated('word/document.xml', `${DOC_HEAD}${PARAGRAPH}${DOC_TAIL}`),
    deflated('../../../../tmp/warrant-torture-escaped.txt', 'escaped'),
    deflated('/tmp/warrant-torture-absolute.txt', 'absolute'),
    deflated('word/..\\..\\evil.txt', 'backslashes'),
  ]);
  await put('traversal.docx', traversal, 'a docx whose zip also holds ../../, absolute and backslash entry names', 'imported');
  return files;
}

/** Files the traversal docx would create if anything extracted it naively. */
export const ESCAPE_TARGETS = ['/tmp/warrant-torture-escaped.txt', '/tmp/warrant-torture-absolute.txt'];
