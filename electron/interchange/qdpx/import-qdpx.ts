/**
 * Import from a REFI-QDA project (.qdpx) as QualCoder, ATLAS.ti, MAXQDA, NVivo or Warrant
 * write it: text sources become articles, codes become claims (nested codes sub-claims),
 * coded selections become highlights linked to their codes' claims — as `context`, unless one
 * of our marker notes says otherwise (markers.ts). What cannot be placed is listed in
 * `unmatched` with the reason. README.md has the mapping and the limits.
 */
import { ratingId, LIMITS, Rating, type Claim, type ClaimRating, type ProjectFile, type Verdict } from '../../../shared/model.js';
import { noItems, type ImportedItems } from '../../../shared/interchange/imported-items.js';
import { locateFiles } from './archive-files.js';
import { QDPX_LIMITS, type QdpxLimits } from './limits.js';
import { readMarkers } from './markers.js';
import { readQde, type Qde, type QdeCode, type QdeNote } from './qde-read.js';
import { readSource, type SourceContext } from './import-sources.js';
import { openArchive } from './zip-read.js';

/** Who and when, for items the file does not date or sign, and fresh ids. */
export interface ImportStamp {
  author: string;
  now: string;
  newId: () => string;
}

/** Options of {@link readQdpx}. */
export interface ReadQdpxOptions {
  /** Tighter limits (tests); the defaults are {@link QDPX_LIMITS}. */
  limits?: Partial<QdpxLimits>;
}

/**
 * Reads a REFI-QDA project archive into items to add with `addImportedItems`.
 * `project` is the project they will be added to; adding (and skipping what it already has)
 * is `addImportedItems`' job, so reading never depends on it.
 * @throws WarrantError `bad-file` for an archive that is not a zip, is damaged or hostile (entry
 * names leaving the archive, a DTD), or has no project.qde; `limit` for one too large to unpack.
 */
export async function readQdpx(bytes: Uint8Array, project: Readonly<ProjectFile>, stamp: ImportStamp, options: ReadQdpxOptions = {}): Promise<ImportedItems> {
  void project; // part of the interface every interchange reader shares; adding against it is addImportedItems' job
  const archive = await openArchive(bytes, { ...QDPX_LIMITS, ...options.limits });
  try {
    const files = locateFiles(archive);
    const qde = readQde(await archive.read(files.qde));
    const readFile = async (path: string | null): Promise<{ text: string } | { problem: string }> => {
      if (path === null) return { problem: 'missing' };
      const found = files.resolve(path);
      if ('problem' in found) return found;
      return { text: decodeText(await archive.read(found.entry)) };
    };
    return await build(qde, readFile, stamp);
  } finally {
    archive.close();
  }
}

type ReadFile = (path: string | null) => Promise<{ text: string } | { problem: string }>;

async function build(qde: Qde, readFile: ReadFile, stamp: ImportStamp): Promise<ImportedItems> {
  const items = noItems();
  const ours = /^Warrant\b/.test(qde.origin);
  const notes = new Map<string, QdeNote>();
  for (const [guid, note] of qde.notes) {
    let text = note.text;
    if (text === null && note.plainTextPath !== null) {
      const got = await readFile(note.plainTextPath);
      text = 'text' in got ? got.text : null;
    }
    notes.set(guid, { ...note, text });
  }
  const ctx: SourceContext = { stamp, users: qde.users, claimByCode: new Map(), notes, usedNotes: new Set(), unmatched: items.unmatched };

  readCodes(qde.codes, ours, ctx, items);

  for (const source of qde.sources) {
    if (source.kind === 'other') {
      const what = `source “${source.name.slice(0, 80)}”`;
      const kind = { PDFSource: 'a PDF without a plain-text representation', PictureSource: 'a picture', AudioSource: 'an audio recording', VideoSource: 'a video' }[source.element] ?? 'not a text';
      items.unmatched.push({ what, reason: `it is ${kind}; Warrant imports text sources only${source.selections > 0 ? ` (its ${source.selections} coded passages were not brought in)` : ''}.` });
      continue;
    }
    let raw: string | null = source.inlineText;
    if (raw === null) {
      const got = await readFile(source.plainTextPath);
      if ('text' in got) raw = got.text;
      else {
        const why =
          got.problem === 'outside'
            ? 'its text is a file outside the archive, which Warrant does not read'
            : source.plainTextPath === null && source.richTextPath !== null
              ? 'it has only a rich-text file, no plain-text one'
              : 'it has no text file in the archive';
        const n = source.selections.length;
        items.unmatched.push({ what: `source “${source.name.slice(0, 80)}”`, reason: `${why}${n > 0 ? `; its ${n} coded passage${n === 1 ? ' was' : 's were'} not brought in` : ''}.` });
        continue;
      }
    }
    const read = readSource(source, raw, /ATLAS\.ti/i.test(qde.origin), ctx);
    if (!read) continue;
    items.articles.push(read.article);
    items.highlights.push(...read.highlights);
    items.links.push(...read.links);
  }

  const unused = [...notes.values()].filter((n) => !ctx.usedNotes.has(n.guid));
  if (unused.length > 0) {
    const names = unused.slice(0, 3).map((n) => `“${(n.name || 'untitled').slice(0, 40)}”`).join(', ');
    items.unmatched.push({ what: `${unused.length} note${unused.length === 1 ? '' : 's'} (${names}${unused.length > 3 ? ', …' : ''})`, reason: 'they are not attached to a coded passage or a code, and Warrant has no free-standing notes.' });
  }
  const u = qde.unsupported;
  for (const [n, what] of [
    [u.cases, 'case'],
    [u.variables, 'variable'],
    [u.sets, 'set'],
    [u.graphs, 'graph'],
    [u.links, 'link between items'],
  ] as const) {
    if (n > 0) items.unmatched.push({ what: `${n} ${what}${n === 1 ? '' : 's'}`, reason: 'Warrant has no place for them.' });
  }
  return items;
}

/**
 * Codes → claims. A top-level code is a claim; every code below it becomes a sub-claim of that
 * top-level claim, however deep (Warrant's claims nest one level). Claim text is the code's name,
 * or, in our own export, its Description (the full text; the name is cut).
 */
function readCodes(codes: readonly QdeCode[], ours: boolean, ctx: SourceContext, items: ImportedItems): void {
  const { stamp } = ctx;
  const stack: { code: QdeCode; parentId: string | null }[] = codes.map((code) => ({ code, parentId: null })).reverse();
  while (stack.length > 0) {
    const { code, parentId } = stack.pop()!;
    const description = code.description?.trim() ?? '';
    const fromDescription = ours && description !== '';
    const text = (fromDescription ? description : code.name.replace(/\s+/g, ' ').trim()).slice(0, LIMITS.maxClaimLength) || 'Untitled code';
    const claim: Claim = { id: stamp.newId(), text, parentId, verdict: null, author: stamp.author, createdAt: stamp.now, updatedAt: stamp.now, rev: stamp.newId(), revs: [] };
    if (!fromDescription && description !== '') {
      ctx.unmatched.push({ what: `description of code “${text.slice(0, 80)}”`, reason: 'Warrant claims have no memo; the claim was imported without it.' });
    }
    readCodeNotes(code, claim, ctx, items);
    items.claims.push(claim);
    ctx.claimByCode.set(code.guid, claim.id);
    // Deeper codes hang from the top-level claim: Warrant nests one level only.
    const top = parentId ?? claim.id;
    for (const child of [...code.children].reverse()) stack.push({ code: child, parentId: top });
  }
}

/** A code's notes: our rating and verdict markers become ratings and the verdict; other notes are reported. */
function readCodeNotes(code: QdeCode, claim: Claim, ctx: SourceContext, items: ImportedItems): void {
  const { stamp } = ctx;
  const byRater = new Map<string, ClaimRating>();
  for (const ref of code.noteRefs) {
    const note = ctx.notes.get(ref);
    if (!note) continue;
    ctx.usedNotes.add(ref);
    const { markers, body } = readMarkers(note.text ?? '');
    const who = (note.user !== null ? ctx.users.get(note.user) : undefined) ?? stamp.author;
    const rationale = body.slice(0, LIMITS.maxNoteLength);
    const rating = Rating.safeParse(markers.rating).data;
    const verdict = Rating.safeParse(markers.verdict).data;
    if (rating !== undefined) {
      const rater = who.trim().slice(0, LIMITS.maxAuthorLength) || 'Unknown rater';
      const createdAt = note.created ?? stamp.now;
      byRater.set(rater.toLowerCase(), { id: ratingId(claim.id, rater), claimId: claim.id, rater, rating, rationale, createdAt, updatedAt: note.modified ?? createdAt, rev: stamp.newId(), revs: [] });
    } else if (verdict !== undefined) {
      const v: Verdict = { rating: verdict, rationale, author: who.slice(0, LIMITS.maxAuthorLength), decidedAt: note.created ?? stamp.now };
      claim.verdict = v;
    } else {
      items.unmatched.push({ what: `note “${(note.name || 'untitled').slice(0, 40)}” on code “${claim.text.slice(0, 80)}”`, reason: 'Warrant claims have no notes.' });
    }
  }
  items.ratings.push(...byRater.values());
}

/** A text file's contents: UTF-8 with its BOM dropped (QualCoder writes one), or UTF-16 when its BOM says so. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
