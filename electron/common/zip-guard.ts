/**
 * Checks a zip archive before anything inflates it: the number of entries, each entry's declared
 * unpacked size, the total, the packing ratio (a zip bomb declares a huge file packed tiny) and
 * entry names that could point outside the archive. The rules live in {@link ZipEntryCheck}, used
 * both by the .qdpx reader (which lists entries with yauzl) and by {@link guardZip}, which reads
 * the central directory itself, synchronously, for the import sniffer (electron/import/sniff.ts)
 * — so a .docx is checked before jszip and mammoth ever see it.
 *
 * Sizes in a zip are only claims: {@link guardZip} also inflates each entry with a hard output
 * cap of its declared size, so a file that lies about its sizes is stopped at what it declared
 * (never more than the limits allow), not after gigabytes.
 *
 * Problems come back as values ({@link ZipProblem}); each caller words them for its own format.
 */
import { inflateRawSync } from 'node:zlib';

/** What a zip may declare. */
export interface ZipLimits {
  /** How many entries (files and folders) the archive may list. */
  maxEntries: number;
  /** One unpacked entry, in bytes. */
  maxEntryBytes: number;
  /** All entries unpacked, in bytes. */
  maxTotalBytes: number;
  /** Highest unpacked ÷ packed ratio for an entry larger than {@link ratioFloorBytes}. */
  maxRatio: number;
  /** Entries up to this size are not ratio-checked: tiny files can compress absurdly well. */
  ratioFloorBytes: number;
  /**
   * Optional: one unpacked `.xml` entry, in bytes — the parts a parser builds a tree of (a Word
   * document's text), which costs far more memory per byte than an image a parser only skips.
   */
  maxXmlEntryBytes?: number;
}

/** Why an archive is refused; `limit` is the limit crossed, for messages and error details. */
export type ZipProblem =
  | { kind: 'entries'; limit: number }
  | { kind: 'entry-size'; limit: number }
  /** An XML part larger than `maxXmlEntryBytes`: too big to parse within the worker's memory. */
  | { kind: 'xml-size'; limit: number }
  | { kind: 'total'; limit: number }
  | { kind: 'ratio'; limit: number }
  /** An entry name that could point outside the archive; `detail` says how, in plain words. */
  | { kind: 'name'; detail: string }
  | { kind: 'encrypted' }
  | { kind: 'duplicate' }
  /** An entry inflates to more than it declares. */
  | { kind: 'overflow' }
  /** Not a readable zip: no directory, truncated, an unknown compression method, bad data. */
  | { kind: 'damaged' };

/** Why an entry name is refused, or null: names that could point outside the archive when unpacked. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\\')) return 'an entry name contains a backslash';
  if (name.includes('\u0000')) return 'an entry name contains a null character';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'an entry name is an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'an entry name climbs out with “..”';
  return null;
}

/** One entry as a directory lists it. */
export interface ListedEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

/**
 * The rules, applied entry by entry in directory order (the count before anything else, so a
 * directory of millions of entries is refused at the first one over). Keeps the running total.
 */
export class ZipEntryCheck {
  private count = 0;
  private total = 0;
  private readonly names = new Set<string>();
  private readonly limits: ZipLimits;

  constructor(limits: ZipLimits) {
    this.limits = limits;
  }

  /** The problem with `entry` (given everything listed before it), or null. */
  check(entry: ListedEntry): ZipProblem | null {
    const { limits } = this;
    if (++this.count > limits.maxEntries) return { kind: 'entries', limit: limits.maxEntries };
    const unsafe = unsafeEntryName(entry.name);
    if (unsafe) return { kind: 'name', detail: unsafe };
    if (entry.encrypted) return { kind: 'encrypted' };
    if (entry.name.endsWith('/')) return null; // a folder: nothing to unpack
    if (this.names.has(entry.name)) return { kind: 'duplicate' };
    this.names.add(entry.name);
    const size = entry.uncompressedSize;
    this.total += size;
    if (size > limits.maxEntryBytes) return { kind: 'entry-size', limit: limits.maxEntryBytes };
    if (limits.maxXmlEntryBytes !== undefined && size > limits.maxXmlEntryBytes && /\.xml$/i.test(entry.name)) return { kind: 'xml-size', limit: limits.maxXmlEntryBytes };
    if (this.total > limits.maxTotalBytes) return { kind: 'total', limit: limits.maxTotalBytes };
    if (size > limits.ratioFloorBytes && size / Math.max(entry.compressedSize, 1) > limits.maxRatio) return { kind: 'ratio', limit: limits.maxRatio };
    return null;
  }
}

interface DirectoryEntry extends ListedEntry {
  method: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

class Damaged extends Error {}

/** Reads the central directory of `buf` (the layout jszip and yauzl also read). */
function readDirectory(buf: Buffer): DirectoryEntry[] {
  const need = (ok: boolean) => {
    if (!ok) throw new Damaged();
  };
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === SIG_END) {
      end = i;
      break;
    }
  }
  need(end >= 0);
  let count = buf.readUInt16LE(end + 10);
  let cdSize = buf.readUInt32LE(end + 12);
  let cdOffset = buf.readUInt32LE(end + 16);
  let cdEnd = end;
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && end >= 20 && buf.readUInt32LE(end - 20) === SIG_LOCATOR64) {
    const at = Number(buf.readBigUInt64LE(end - 12));
    need(at + 56 <= buf.length && buf.readUInt32LE(at) === SIG_END64);
    count = Number(buf.readBigUInt64LE(at + 32));
    cdSize = Number(buf.readBigUInt64LE(at + 40));
    cdOffset = Number(buf.readBigUInt64LE(at + 48));
    cdEnd = end - 20;
  }
  // Bytes prepended to the archive (a self-extractor stub) shift every offset; readers allow it.
  const shift = cdOffset + 4 <= buf.length && buf.readUInt32LE(cdOffset) === SIG_CENTRAL ? 0 : cdEnd - cdSize - cdOffset;
  let at = cdOffset + shift;
  const entries: DirectoryEntry[] = [];
  // Read until the directory ends rather than trusting `count` alone (it is only 16 bits in classic zips).
  while (at + 46 <= buf.length && buf.readUInt32LE(at) === SIG_CENTRAL) {
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    let compressedSize = buf.readUInt32LE(at + 20);
    let uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    let localOffset = buf.readUInt32LE(at + 42);
    need(at + 46 + nameLength + extraLength <= buf.length);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    // Zip64: the fields written as 0xFFFFFFFF follow in the 0x0001 extra field, in this order.
    let x = at + 46 + nameLength;
    const xEnd = x + extraLength;
    while (x + 4 <= xEnd) {
      const id = buf.readUInt16LE(x);
      const size = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const next = () => {
          need(f + 8 <= x + 4 + size);
          const v = Number(buf.readBigUInt64LE(f));
          f += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      x += 4 + size;
    }
    entries.push({ name, compressedSize, uncompressedSize, encrypted: (flags & 1) !== 0, method, localOffset: localOffset + shift });
    at += 46 + nameLength + extraLength + commentLength;
  }
  need(entries.length > 0 || count === 0);
  return entries;
}

/** The packed bytes of `entry`, found through its local header as jszip finds them. */
function packedData(buf: Buffer, entry: DirectoryEntry): Buffer {
  const at = entry.localOffset;
  if (at < 0 || at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) throw new Damaged();
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length) throw new Damaged();
  return buf.subarray(start, start + entry.compressedSize);
}

/**
 * Checks the zip archive `bytes` against `limits`: its directory first (nothing inflated), then
 * each entry inflated with an output cap of its declared size, so a lying header costs at most
 * what the limits allow. Synchronous, for callers that cannot wait (the sniffer); the inflated
 * bytes are dropped at once. Returns the first problem found, or null for a sound archive.
 */
export function guardZip(bytes: Uint8Array, limits: ZipLimits): ZipProblem | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const entries = readDirectory(buf);
    const rules = new ZipEntryCheck(limits);
    for (const entry of entries) {
      // A stored entry is read as its packed bytes, whatever its header says it unpacks to.
      const size = entry.method === 0 ? Math.max(entry.compressedSize, entry.uncompressedSize) : entry.uncompressedSize;
      const problem = rules.check({ ...entry, uncompressedSize: size });
      if (problem) return problem;
    }
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const packed = packedData(buf, entry);
      if (entry.method === 0) continue; // stored: its size is its packed size, checked above
      if (entry.method !== 8) return { kind: 'damaged' }; // jszip and mammoth read only stored and deflated entries
      try {
        // maxOutputLength: zlib stops (RangeError) as soon as the output would pass the declared size.
        inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'overflow' };
        return { kind: 'damaged' };
      }
    }
    return null;
  } catch (e) {
    if (e instanceof Damaged || e instanceof RangeError) return { kind: 'damaged' };
    throw e;
  }
}
