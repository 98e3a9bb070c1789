/**
 * Languages of a shard's documents that lack one (imported before languages were recorded):
 * detected by the search worker (shared/search/detect-language.ts) and remembered in the
 * index cache folder, one small file per shard position, so that reopening a project does not
 * detect them again. The file names the shard's content hash (search-worker.ts hashDocs): it
 * is used only for exactly the documents it was written for, and is otherwise overwritten.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UNDETERMINED } from '../../shared/languages.js';
import { detectLanguage } from '../../shared/search/detect-language.js';
import type { IndexDoc } from './shard-data.js';

/** Where a shard is: the cache folder, its position, its content hash. */
export interface ShardPlace {
  cacheDir: string;
  shardIndex: number;
  shardCount: number;
  shardHash: string;
}

const fileOf = (p: ShardPlace) => path.join(p.cacheDir, `languages-${p.shardIndex}-of-${p.shardCount}.json`);

/** The remembered detections for exactly these documents, or null. */
async function remembered(p: ShardPlace, count: number): Promise<(string | null)[] | null> {
  try {
    const data = JSON.parse(await readFile(fileOf(p), 'utf8')) as { hash?: unknown; codes?: unknown };
    if (data.hash !== p.shardHash || !Array.isArray(data.codes) || data.codes.length !== count) return null;
    return data.codes.every((c) => c === null || typeof c === 'string') ? (data.codes as (string | null)[]) : null;
  } catch {
    return null; // none yet, or unreadable: detect again
  }
}

/**
 * Gives every document of `docs` a language (in place): the remembered detection, else a new
 * one. Answers the distinct languages of the shard, and a function that remembers new
 * detections (null when there is nothing new), to call once the index is ready.
 */
export async function settleLanguages(docs: IndexDoc[], place: ShardPlace): Promise<{ languages: string[]; remember: (() => Promise<void>) | null }> {
  const missing = docs.some((d) => d.language === undefined);
  const known = missing ? await remembered(place, docs.length) : null;
  const codes: (string | null)[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as IndexDoc;
    const fresh = d.language === undefined;
    d.language ??= { code: known?.[i] ?? (await detectLanguage(d.text)) ?? UNDETERMINED, source: 'detected' };
    codes.push(fresh ? d.language.code : null);
    seen.add(d.language.code);
  }
  const remember =
    missing && known === null
      ? async () => {
          const file = fileOf(place);
          const tmp = `${file}.${process.pid}.tmp`;
          await mkdir(place.cacheDir, { recursive: true });
          await writeFile(tmp, JSON.stringify({ hash: place.shardHash, codes }));
          await rename(tmp, file);
        }
      : null;
  return { languages: [...seen], remember };
}
