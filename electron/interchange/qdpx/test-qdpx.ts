/**
 * For tests only: a realistic small project to export, unzipping, a raw zip writer for archives
 * jszip will not make (hostile names, lying sizes), and validation against the official
 * QDA-XML schema with xmllint-wasm.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe as describeRange } from '../../../shared/anchoring/describe.js';
import * as ops from '../../../shared/annotations/operations.js';
import type { Stamp } from '../../../shared/annotations/operations.js';
import { CURRENT_SCHEMA_VERSION, initialArticleRev, type Article, type ProjectFile } from '../../../shared/model.js';

export const T0 = '2026-01-01T00:00:00.000Z';
export const T1 = '2026-02-01T00:00:00.000Z';

/** An emoji before the passage, a flag (two code points, four UTF-16 units) at its start and an emoji inside it. */
export const EMOJI_TEXT = 'Harbour report 🎉. The 🇫🇷 team said the 🐟 catch fell 20% in 2024.\nThe council disputes this. Crab numbers stayed the same, a café owner said.';
export const PLAIN_TEXT = 'The outfall opened in March.\n\nAn independent survey found no change in crab numbers near the outfall over two years.';

export function makeArticle(id: string, text: string, title: string, meta: Partial<Pick<Article, 'source' | 'author' | 'date' | 'url'>> = {}): Article {
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  return { id, title, source: null, author: null, date: null, url: null, ...meta, fileName: `${id}.txt`, format: 'txt', importedAt: T0, contentHash, length: text.length, text, rev: initialArticleRev(contentHash), revs: [] };
}

export function emptyProject(): ProjectFile {
  return { format: 'warrant-project', schemaVersion: CURRENT_SCHEMA_VERSION, id: 'proj-q', name: 'Harbour & crabs <study>', createdAt: T0, updatedAt: T0, articles: [], highlights: [], claims: [], links: [], ratings: [], removedArticles: [], deleted: [], conflicts: [] };
}

function stamper(author: string, prefix: string): Stamp {
  let n = 0;
  return { author, now: T1, newId: () => `${prefix}${++n}` };
}

function sel(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  const t = at < 0 ? null : describeRange(text, at, at + phrase.length);
  if (!t) throw new Error(`"${phrase}" is not in the text`);
  return t;
}

export const LONG_CLAIM = 'Fish catches in the bay fell sharply after the desalination outfall opened, according to the harbour master and two independent surveys of the fleet';

/**
 * Two articles (one with emoji and a flag), claims with sub-claims, links of each stance (one
 * with weight and note), highlight notes, a label and a colour, ratings by Ada and Ben and a verdict.
 */
export function sampleProject(): ProjectFile {
  const ada = stamper('Ada', 'a');
  const ben = stamper('Ben', 'b');
  let p: ProjectFile = {
    ...emptyProject(),
    articles: [makeArticle('art1', EMOJI_TEXT, 'Harbour report', { source: 'Harbour Gazette', author: 'J. Smith', date: '2024-05-01', url: 'https://example.org/harbour' }), makeArticle('art2', PLAIN_TEXT, 'Crab survey')],
  };
  const run = <T>(r: { next: ops.AnnotationState } & T): T => {
    p = { ...p, ...r.next };
    return r;
  };
  const h1 = run(ops.addHighlight(p, { articleId: 'art1', target: sel(EMOJI_TEXT, '🇫🇷 team said the 🐟 catch fell'), color: 'green', label: 'key figure', note: 'Check the 20% figure 🐟' }, ada)).highlight;
  const h2 = run(ops.addHighlight(p, { articleId: 'art1', target: sel(EMOJI_TEXT, 'The council disputes this.'), color: 'yellow' }, ben)).highlight;
  const h3 = run(ops.addHighlight(p, { articleId: 'art2', target: sel(PLAIN_TEXT, 'no change in crab numbers'), color: 'yellow' }, ada)).highlight;
  const c1 = run(ops.addClaim(p, { text: LONG_CLAIM }, ada)).claim;
  const c1a = run(ops.addClaim(p, { text: 'The drop is about 20%', parentId: c1.id }, ada)).claim;
  run(ops.addClaim(p, { text: 'Crabs are affected too', parentId: c1.id }, ben));
  const c2 = run(ops.addClaim(p, { text: 'The council & the fleet disagree' }, ben)).claim;
  run(ops.addClaim(p, { text: 'Nobody has measured the brine' }, ada));
  run(ops.linkEvidence(p, { highlightId: h1.id, claimId: c1.id, stance: 'supports', weight: 2, note: 'Strong figure\nfrom the fleet' }, ada));
  run(ops.linkEvidence(p, { highlightId: h1.id, claimId: c1a.id, stance: 'context' }, ada));
  run(ops.linkEvidence(p, { highlightId: h2.id, claimId: c1.id, stance: 'refutes' }, ben));
  run(ops.linkEvidence(p, { highlightId: h2.id, claimId: c2.id, stance: 'supports' }, ben));
  run(ops.linkEvidence(p, { highlightId: h3.id, claimId: c1.id, stance: 'refutes', note: 'Survey says no change' }, ada));
  run(ops.rateClaim(p, c1.id, { rating: 'moderate', rationale: 'Two sources, one disputed' }, ada));
  run(ops.rateClaim(p, c1.id, { rating: 'weak', rationale: '' }, ben));
  run(ops.rateClaim(p, c2.id, { rating: 'strong', rationale: 'Minutes' }, ben));
  run(ops.setVerdict(p, c1.id, { rating: 'weak', rationale: 'Agreed after discussion' }, ada));
  return p;
}

/** The entries of a zip, as text. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

/** A zip made by jszip from `files`. */
export async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** One entry of {@link rawZip}: its name as written, its data, and optionally a size to declare instead of the true one. */
export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  declaredSize?: number;
}

/** A zip written byte by byte, so names and sizes are exactly as given (no library cleans them up). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = e.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? data.length;
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(0x0800, at); // UTF-8 names
      h.writeUInt16LE(e.deflate ? 8 : 0, at + 2);
      h.writeUInt32LE(0, at + 4); // time, date
      h.writeUInt32LE(crc32(data), at + 8);
      h.writeUInt32LE(body.length, at + 12);
      h.writeUInt32LE(size, at + 16);
      h.writeUInt16LE(name.length, at + 20);
      h.writeUInt16LE(0, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** Validates `xml` against the official QDA-XML 1.0 schema in `dir` with xmllint (WebAssembly). */
export async function validateAgainstXsd(xml: string, dir: string): Promise<{ valid: boolean; errors: string[] }> {
  const { validateXML } = await import('xmllint-wasm');
  const schema = readFileSync(join(dir, 'Project.xsd'), 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [{ fileName: 'Project.xsd', contents: schema }], maxMemoryPages: 4096 });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
