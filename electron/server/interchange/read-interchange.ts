/**
 * Reads an interchange file (runs in the interchange worker): checks it is a regular file of a
 * size Warrant reads, decides the format by extension, and hands the bytes to the reader of
 * that format. Messages name the file and the problem, never its content.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InterchangeKind } from '../../../shared/api-export.js';
import { extensionOf } from '../../../shared/formats.js';
import { INTERCHANGE_IMPORT_EXTENSIONS } from '../../../shared/export-formats.js';
import type { ImportedItems } from '../../../shared/interchange/imported-items.js';
import { readAnnotations } from '../../../shared/interchange/w3c/import.js';
import { LIMITS, type ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import { formatBytes, fsErrorReason } from '../../common/files.js';
import { readQdpx } from '../../interchange/qdpx/import-qdpx.js';
import type { InterchangeInput } from './protocol.js';

/** The display name of an input (no folders). */
export function inputName(input: InterchangeInput): string {
  return basename(input.kind === 'path' ? input.path : input.name.replace(/\\/g, '/'));
}

/** Reads and interprets one interchange file. */
export async function readInterchange(input: InterchangeInput, project: Readonly<ProjectFile>, author: string, now: string): Promise<{ kind: InterchangeKind; items: ImportedItems }> {
  const name = inputName(input);
  const extension = extensionOf(name);
  if (!INTERCHANGE_IMPORT_EXTENSIONS.includes(extension)) {
    throw new WarrantError('bad-args', `“${name}” is not an annotation or QDA file; Warrant imports ${INTERCHANGE_IMPORT_EXTENSIONS.join(', ')} here.`, { file: name });
  }
  const bytes = input.kind === 'path' ? await readRegularFile(input.path, name) : Buffer.from(input.base64, 'base64');
  if (bytes.byteLength > LIMITS.maxImportBytes) throw tooLarge(name, bytes.byteLength);
  const stamp = { author, now, newId: randomUUID };
  if (extension === '.qdpx') return { kind: 'qdpx', items: await readQdpx(bytes, project, stamp) };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // The parser's message quotes the file's bytes: say what is wrong in words instead.
    throw new WarrantError('bad-file', `“${name}” is not valid JSON (it may be damaged, or another kind of file), so its annotations could not be read.`, { file: name });
  }
  const read = readAnnotations(json, project, stamp);
  return { kind: read.kind, items: read.items };
}

function tooLarge(name: string, size: number): WarrantError {
  return new WarrantError('limit', `“${name}” is ${formatBytes(size)}; Warrant imports files up to ${formatBytes(LIMITS.maxImportBytes)}.`, { file: name, limit: LIMITS.maxImportBytes });
}

/** Reads a regular file (never a FIFO or device, which could block or never end), up to the import limit. */
async function readRegularFile(path: string, name: string): Promise<Buffer> {
  try {
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw new WarrantError('bad-args', `“${name}” is a folder, not an annotation or QDA file.`, { file: name });
      if (!info.isFile()) throw new WarrantError('bad-file', `“${name}” is not a regular file; Warrant imports only regular files.`, { file: name });
      if (info.size > LIMITS.maxImportBytes) throw tooLarge(name, info.size);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof WarrantError) throw e;
    throw new WarrantError('io', `Could not read “${name}”: ${fsErrorReason(e)}.`, { file: name, reason: fsErrorReason(e) });
  }
}
