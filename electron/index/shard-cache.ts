/**
 * The on-disk index cache: one file per shard, written atomically (temp file + rename).
 *
 * Files are named after a cheap key the caller thread computes from document metadata
 * (ids, titles, sources, dates, text lengths), so a worker can start reading its file while
 * it hashes its texts. What makes a file valid is in its header: the hash of the shard's
 * full content, which the worker recomputes, and the corpus key (hash of every shard's
 * content hash), which the service checks across shards.
 *
 * Layout: 8-byte magic, u32 header length, u32 CRC-32 of everything after these 16 bytes,
 * a JSON header (doc ids, vocabulary, section table), then the typed arrays, each aligned
 * to 8 bytes so they are used in place without copying. A file is trusted only if the
 * magic, checksum, key, document ids and every structural invariant check out
 * ({@link validateShard}); anything else is reported as a reason and the shard is rebuilt.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { ANALYSIS_VERSION } from '../../shared/search/analyzer.js';
import { RANKING_VERSION } from './ranking.js';
import { FIELD_COUNT, validateShard, type Compact, type IndexDoc, type ShardData, type TokenStream } from './shard-data.js';

/** Bump whenever the layout changes (scoring has RANKING_VERSION): old caches are then ignored. 2: field lengths stored. */
export const INDEX_FORMAT_VERSION = 2;
/**
 * What names a cache generation: the file layout, the text analysis (ANALYSIS_VERSION,
 * shared/search/analyzer.ts) and the ranking (RANKING_VERSION, ranking.ts), kept as separate
 * numbers. Part of the file-name key and of the corpus key, so an index built with another
 * analysis or ranking is never found, and checked again in the header.
 */
export const INDEX_KEY_VERSION = `${INDEX_FORMAT_VERSION}.${ANALYSIS_VERSION}.${RANKING_VERSION}`;
const MAGIC = Buffer.from('WRNTIDX1', 'latin1');
const PREAMBLE = 16;
/** Cache generations (corpus versions) kept in a cache folder; older ones are deleted. */
const KEEP_GENERATIONS = 3;

type SectionType = 'u16' | 'u32' | 'f64';
type Typed = Uint16Array | Uint32Array | Float64Array;
const BYTES: Record<SectionType, number> = { u16: 2, u32: 4, f64: 8 };
interface Section {
  name: string;
  type: SectionType;
  offset: number;
  length: number;
}
interface Header {
  version: number;
  /** ANALYSIS_VERSION of the analysis that built the shard. */
  analysis: number;
  /** RANKING_VERSION of the ranking that scored it. */
  ranking: number;
  /** The file-name key (metadata only). */
  nameKey: string;
  /** sha256 of this shard's documents, content included. */
  shardHash: string;
  /** The corpus key: sha256 over every shard's hash. */
  corpusKey: string;
  shardIndex: number;
  shardCount: number;
  corpusDocs: number;
  docIds: string[];
  vocab: string[];
  sections: Section[];
}

/** Which shard of which corpus a file must hold. */
export interface ShardIdentity {
  nameKey: string;
  shardHash: string;
  shardIndex: number;
  shardCount: number;
}

/** The file holding shard `shardIndex` for the corpus metadata `nameKey`. */
function shardFile(cacheDir: string, id: Pick<ShardIdentity, 'nameKey' | 'shardIndex' | 'shardCount'>): string {
  return path.join(cacheDir, `index-${id.nameKey.slice(0, 40)}.${id.shardIndex}-of-${id.shardCount}.bin`);
}

function arrays(data: ShardData): [string, Typed][] {
  const out: [string, Typed][] = [
    ['df', data.df],
    ['vecOffsets', data.vecOffsets],
    ['vecData', data.vecData],
    ['postOffsets', data.postOffsets],
    ['postDocs', data.postDocs],
  ];
  data.streams.forEach((s, f) => {
    out.push([`ids${f}`, s.ids], [`starts${f}`, s.starts], [`docOffsets${f}`, s.docOffsets]);
  });
  out.push(['fieldLengths', data.fieldLengths], ['avgFieldLength', data.avgFieldLength]);
  return out;
}

/**
 * Serializes a shard into the cache format, as a list of chunks (the typed arrays are not
 * copied: they are written straight from memory).
 */
export function encodeShard(data: ShardData, id: ShardIdentity & { corpusKey: string }, docIds: string[]): Uint8Array[] {
  const parts = arrays(data);
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, a] of parts) {
    const type: SectionType = a instanceof Float64Array ? 'f64' : a instanceof Uint16Array ? 'u16' : 'u32';
    sections.push({ name, type, offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const header: Header = {
    version: INDEX_FORMAT_VERSION,
    analysis: ANALYSIS_VERSION,
    ranking: RANKING_VERSION,
    nameKey: id.nameKey,
    shardHash: id.shardHash,
    corpusKey: id.corpusKey,
    shardIndex: id.shardIndex,
    shardCount: id.shardCount,
    corpusDocs: data.corpusDocs,
    docIds,
    vocab: data.vocab,
    sections,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerBytes = Buffer.concat([json, Buffer.alloc((8 - ((PREAMBLE + json.length) % 8)) % 8, 0x20)]);
  const chunks: Uint8Array[] = [headerBytes];
  for (const [, a] of parts) {
    chunks.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const pad = (8 - (a.byteLength % 8)) % 8;
    if (pad > 0) chunks.push(new Uint8Array(pad));
  }
  let crc = 0;
  for (const c of chunks) crc = zlib.crc32(c, crc);
  const preamble = Buffer.alloc(PREAMBLE);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt32LE(headerBytes.length, 8);
  preamble.writeUInt32LE(crc, 12);
  return [preamble, ...chunks];
}

/** The reason given for a file from another version of the corpus (a normal, silent rebuild). */
export const OUTDATED = 'outdated';

export type Decoded = { ok: true; data: ShardData; corpusKey: string } | { ok: false; reason: string };

/** Parses and validates a cache file; returns the shard (and its corpus key) or why it cannot be used. */
export function decodeShard(buf: Buffer, id: ShardIdentity, docs: readonly IndexDoc[]): Decoded {
  const fail = (reason: string) => ({ ok: false as const, reason });
  if (buf.length < PREAMBLE || !buf.subarray(0, 8).equals(MAGIC)) return fail('not an index cache file');
  const headerLength = buf.readUInt32LE(8);
  if (PREAMBLE + headerLength > buf.length) return fail('truncated');
  if (zlib.crc32(buf.subarray(PREAMBLE)) !== buf.readUInt32LE(12)) return fail('checksum mismatch (damaged or truncated)');
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', PREAMBLE, PREAMBLE + headerLength)) as Header;
  } catch {
    return fail('unreadable header');
  }
  if (header.version !== INDEX_FORMAT_VERSION) return fail(`format ${header.version}, expected ${INDEX_FORMAT_VERSION}`);
  // Built by an older (or newer) analysis: terms would not meet the query's. A normal rebuild.
  if (header.analysis !== ANALYSIS_VERSION || header.ranking !== RANKING_VERSION) return fail(OUTDATED);
  if (
    header.nameKey !== id.nameKey ||
    header.shardHash !== id.shardHash ||
    header.shardIndex !== id.shardIndex ||
    header.shardCount !== id.shardCount ||
    typeof header.corpusKey !== 'string'
  ) {
    return fail(OUTDATED);
  }
  if (!Array.isArray(header.docIds) || header.docIds.length !== docs.length) return fail('document count differs');
  for (let i = 0; i < docs.length; i++) if (header.docIds[i] !== (docs[i] as IndexDoc).id) return fail('document ids differ');
  if (!Array.isArray(header.vocab) || !Array.isArray(header.sections)) return fail('header is incomplete');

  const bodyStart = PREAMBLE + headerLength;
  const views = new Map<string, Typed>();
  for (const s of header.sections) {
    const bytesPer = BYTES[s.type];
    if (!bytesPer || !Number.isSafeInteger(s.offset) || !Number.isSafeInteger(s.length) || s.offset < 0 || s.length < 0) {
      return fail('bad section table');
    }
    const start = bodyStart + s.offset;
    if (start + s.length * bytesPer > buf.length) return fail('truncated section');
    const absolute = buf.byteOffset + start;
    // Views need aligned offsets; copy the (rare) misaligned section instead.
    const source = absolute % bytesPer === 0 ? buf : Buffer.from(buf.subarray(start, start + s.length * bytesPer));
    const at = absolute % bytesPer === 0 ? absolute : source.byteOffset;
    const ab = source.buffer as ArrayBuffer;
    views.set(
      s.name,
      s.type === 'f64' ? new Float64Array(ab, at, s.length) : s.type === 'u16' ? new Uint16Array(ab, at, s.length) : new Uint32Array(ab, at, s.length),
    );
  }
  const u32 = (name: string): Uint32Array | null => {
    const v = views.get(name);
    return v instanceof Uint32Array ? v : null;
  };
  const compactView = (name: string): Compact | null => {
    const v = views.get(name);
    return v instanceof Uint32Array || v instanceof Uint16Array ? v : null;
  };
  const df = u32('df');
  const vecData = views.get('vecData');
  const vecOffsets = u32('vecOffsets');
  const postOffsets = u32('postOffsets');
  const postDocs = u32('postDocs');
  if (!(vecData instanceof Float64Array) || !df || !vecOffsets || !postOffsets || !postDocs) return fail('sections missing');
  const streams: TokenStream[] = [];
  for (let f = 0; f < FIELD_COUNT; f++) {
    const ids = compactView(`ids${f}`);
    const starts = compactView(`starts${f}`);
    const docOffsets = u32(`docOffsets${f}`);
    if (!ids || !starts || !docOffsets) return fail('sections missing');
    streams.push({ ids, starts, docOffsets });
  }
  const fieldLengths = compactView('fieldLengths');
  const avgFieldLength = views.get('avgFieldLength');
  if (!fieldLengths || !(avgFieldLength instanceof Float64Array)) return fail('sections missing');
  const data: ShardData = {
    docCount: docs.length,
    corpusDocs: header.corpusDocs,
    vocab: header.vocab,
    df,
    vecOffsets,
    vecData,
    postOffsets,
    postDocs,
    streams,
    fieldLengths,
    avgFieldLength,
  };
  const problem = validateShard(data, docs);
  return problem ? fail(problem) : { ok: true, data, corpusKey: header.corpusKey };
}

/**
 * Reads a cache file in one request on libuv's thread pool, so the worker thread can hash
 * its documents meanwhile. Resolves to null when there is no file.
 */
export async function readShardFile(cacheDir: string, id: Pick<ShardIdentity, 'nameKey' | 'shardIndex' | 'shardCount'>): Promise<Buffer | null> {
  let fh;
  try {
    fh = await open(shardFile(cacheDir, id), 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const { size } = await fh.stat();
    const buf = Buffer.allocUnsafeSlow(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await fh.read(buf, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buf.subarray(0, at);
  } finally {
    await fh.close();
  }
}

/**
 * Writes a shard atomically (temp file + rename): readers see the old file or the new one,
 * never half of one. No fsync: after a power cut the checksum catches a damaged file and
 * the shard is rebuilt, which is cheaper than syncing every save. (Own code rather than
 * write-file-atomic because that CommonJS package cannot be bundled into an ESM worker.)
 */
export async function writeShard(
  cacheDir: string,
  id: ShardIdentity & { corpusKey: string },
  data: ShardData,
  docIds: string[],
): Promise<void> {
  const file = shardFile(cacheDir, id);
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fh = await open(tmp, 'w');
    try {
      await fh.writev(encodeShard(data, id, docIds));
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Deletes cache files of all but the most recent generations (never the one named by `keepKey`). */
export async function pruneCache(cacheDir: string, keepKey: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const byKey = new Map<string, { files: string[]; newest: number }>();
  for (const name of names) {
    const m = /^index-([0-9a-f]{40})\.\d+-of-\d+\.bin(?:\.[0-9a-f]{12}\.tmp)?$/.exec(name);
    if (!m || m[1] === keepKey.slice(0, 40)) continue;
    const file = path.join(cacheDir, name);
    const mtime = await stat(file).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    const g = byKey.get(m[1] as string) ?? { files: [], newest: 0 };
    g.files.push(file);
    g.newest = Math.max(g.newest, mtime);
    byKey.set(m[1] as string, g);
  }
  const old = [...byKey.values()].sort((a, b) => b.newest - a.newest).slice(KEEP_GENERATIONS - 1);
  for (const g of old) for (const f of g.files) await unlink(f).catch(() => undefined);
}
