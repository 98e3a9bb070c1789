/**
 * Reading a .qdpx archive safely. Everything an archive declares is checked before anything is
 * inflated: entry names (no "..", no absolute paths, no backslashes), the number of entries,
 * each entry's unpacked size, the total, and the packing ratio (a zip bomb declares a small
 * packed size for a huge file). While inflating, a stream that outgrows its declared size is
 * stopped: the sizes in a zip are only claims. The rules themselves are shared with the import's
 * .docx check (electron/common/zip-guard.ts); this module lists and inflates with yauzl and words
 * the guard's verdicts for a .qdpx.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { WarrantError } from '../../../shared/result.js';
import { unsafeEntryName, ZipEntryCheck, type ZipProblem } from '../../common/zip-guard.js';
import { megabytes, type QdpxLimits } from './limits.js';

/** One file in the archive, as its central directory describes it. */
export interface ArchiveEntry {
  /** The path inside the archive, `/`-separated, as written (case kept). */
  name: string;
  uncompressedSize: number;
}

/** An opened archive: its files, and a way to unpack one. Close it when done. */
export interface Archive {
  entries: readonly ArchiveEntry[];
  /** The unpacked bytes of the entry named `name` (exactly as listed). */
  read(name: string): Promise<Uint8Array>;
  close(): void;
}

const bad = (message: string) => new WarrantError('bad-file', message);

/** Kept here for callers of this module; the rule lives in the shared guard. */
export { unsafeEntryName };

/**
 * Opens `bytes` as a zip archive and checks its directory against `limits`.
 * @throws WarrantError `bad-file` for something that is not a sound zip, `limit` for one too big.
 */
export async function openArchive(bytes: Uint8Array, limits: QdpxLimits): Promise<Archive> {
  if (bytes.byteLength > limits.maxArchiveBytes) {
    throw new WarrantError('limit', `This .qdpx file is larger than ${megabytes(limits.maxArchiveBytes)}, the most Warrant reads.`, { limit: limits.maxArchiveBytes });
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    // decodeStrings off: yauzl would rewrite backslashes and refuse names with its own wording; we check names ourselves.
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (e, z) => (e ? reject(e) : resolve(z)));
    });
  } catch {
    throw bad('This .qdpx file is not a zip archive (or it is damaged), so it cannot be a REFI-QDA project.');
  }
  try {
    const listed = await listEntries(zip, limits);
    return {
      entries: listed.map(({ name, uncompressedSize }) => ({ name, uncompressedSize })),
      read: (name) => {
        const found = listed.find((e) => e.name === name);
        if (!found) return Promise.reject(bad(`This .qdpx file has no entry “${name}”.`));
        return inflate(zip, found.entry, found.uncompressedSize);
      },
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

interface Listed extends ArchiveEntry {
  entry: yauzl.Entry;
}

function listEntries(zip: yauzl.ZipFile, limits: QdpxLimits): Promise<Listed[]> {
  return new Promise((resolve, reject) => {
    const out: Listed[] = [];
    const rules = new ZipEntryCheck(limits);
    zip.on('error', () => reject(bad('This .qdpx file is damaged: its list of contents cannot be read.')));
    zip.on('end', () => resolve(out));
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        // With decodeStrings off the name is the raw bytes; REFI-QDA tools write UTF-8.
        const raw = entry.fileName as unknown as Buffer | string;
        const name = typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw);
        const { compressedSize, uncompressedSize } = entry;
        const problem = rules.check({ name, compressedSize, uncompressedSize, encrypted: entry.isEncrypted() });
        if (problem) throw refusal(problem);
        if (!name.endsWith('/')) out.push({ name, uncompressedSize, entry });
        zip.readEntry();
      } catch (e) {
        reject(e instanceof WarrantError ? e : bad('This .qdpx file is damaged: its list of contents cannot be read.'));
      }
    });
    zip.readEntry();
  });
}

/** The shared guard's verdict (electron/common/zip-guard.ts) in this reader's words. */
function refusal(problem: ZipProblem): WarrantError {
  switch (problem.kind) {
    case 'entries':
      return new WarrantError('limit', `This .qdpx file lists more than ${problem.limit.toLocaleString('en-US')} files, more than Warrant reads.`, { limit: problem.limit });
    case 'name':
      return bad(`This .qdpx file was refused: its entry names point outside the archive (${problem.detail}).`);
    case 'encrypted':
      return bad('This .qdpx file is password-protected; Warrant cannot read encrypted archives.');
    case 'duplicate':
      return bad('This .qdpx file lists the same file twice, so it is ambiguous which one to read.');
    case 'entry-size':
    case 'xml-size':
      return new WarrantError('limit', `This .qdpx file was refused: one of its files would unpack to more than ${megabytes(problem.limit)}.`, { limit: problem.limit });
    case 'total':
      return new WarrantError('limit', `This .qdpx file was refused: it would unpack to more than ${megabytes(problem.limit)}.`, { limit: problem.limit });
    case 'ratio':
      return new WarrantError(
        'limit',
        `This .qdpx file was refused: one of its files is packed more than ${problem.limit} times smaller than it unpacks, as a “zip bomb” is. A real project does not compress that well.`,
        { limit: problem.limit },
      );
    case 'overflow':
      return bad('This .qdpx file was refused: one of its files unpacks to more than the archive declares.');
    case 'damaged':
      return bad('This .qdpx file is damaged: its list of contents cannot be read.');
  }
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, declared: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const damaged = () => bad('This .qdpx file is damaged: one of its files cannot be unpacked.');
    zip.openReadStream(entry, (e, stream: Readable) => {
      if (e) return reject(damaged());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > declared) {
          // It unpacks to more than it declared: stop at once rather than trust it further.
          stream.destroy();
          reject(refusal({ kind: 'overflow' }));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', () => reject(damaged()));
      stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks, size))));
    });
  });
}
