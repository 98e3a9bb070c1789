/**
 * Export to a REFI-QDA project (.qdpx): a zip holding `project.qde` (QDA-XML 1.0, namespace
 * `urn:QDA-XML:project:1.0`) and one UTF-8 text file per article under `sources/`. Claims are
 * codes (sub-claims nested), highlights are `PlainTextSelection`s coded with their claims, and
 * notes, stances, ratings and verdicts are `Note`s with marker lines (markers.ts). README.md
 * has the full mapping.
 */
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/highlight-colors.js';
import type { Claim, ClaimRating, EvidenceLink, Highlight, ProjectFile } from '../../../shared/model.js';
import { ratingLabel } from '../../../shared/rating-scale.js';
import { toCodePointOffsets } from '../../../shared/text/code-points.js';
import { appVersion } from '../../server/paths.js';
import { guidFor, userGuid } from './guid.js';
import { withMarkers } from './markers.js';
import { selectForExport, type ExportSelection } from './export-selection.js';
import { writeZip, type ZipInput } from './zip-write.js';

/** The QDA-XML 1.0 project namespace. */
export const QDA_NS = 'urn:QDA-XML:project:1.0';

/** Longest code name, in code points: claim text beyond it is cut (the full text is the code's Description). */
export const CODE_NAME_LENGTH = 80;

/** Options of {@link writeQdpx}. */
export interface WriteQdpxOptions {
  /** The claims to export (with their sub-claims and evidence), or null for the whole project. */
  claimIds: string[] | null;
  /** When the export is made (ISO date-time): dates the zip entries, so the same project gives the same bytes. */
  generatedAt: string;
  /** Called as the export advances: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
}

// Distinct, readable code colours; a claim's sub-claims share its colour so the tree reads as groups.
const PALETTE = ['#1F77B4', '#D62728', '#2CA02C', '#9467BD', '#FF7F0E', '#17BECF', '#8C564B', '#E377C2', '#7F7F7F', '#BCBD22'];

/**
 * Writes `project` (or the chosen claims) as a REFI-QDA project archive.
 * @returns the bytes of the `.qdpx` file.
 * @throws WarrantError `not-found` when a chosen claim does not exist.
 */
export async function writeQdpx(project: Readonly<ProjectFile>, opts: WriteQdpxOptions): Promise<Uint8Array> {
  const sel = selectForExport(project, opts.claimIds);
  // One step per article written into the XML, one for the XML, one per file compressed.
  const total = 2 * sel.articles.length + 2;
  let done = 0;
  const step = () => opts.onProgress?.(++done, total);

  const files: ZipInput[] = [];
  const doc = new DOMImplementation().createDocument(QDA_NS, 'Project', null);
  const w = new Writer(doc, new Set(sel.users.map((u) => u.trim().toLowerCase())));
  const root = doc.documentElement!;
  w.attrs(root, {
    name: project.name,
    origin: origin(),
    creationDateTime: project.createdAt,
    modifiedDateTime: project.updatedAt,
  });

  if (sel.users.length > 0) {
    const users = w.child(root, 'Users');
    for (const name of sel.users) w.child(users, 'User', { guid: userGuid(name), name });
  }
  if (sel.tree.length > 0) {
    const codes = w.child(w.child(root, 'CodeBook'), 'Codes');
    sel.tree.forEach(({ claim, children }, i) => {
      const color = PALETTE[i % PALETTE.length]!;
      const code = writeCode(w, codes, claim, color, sel);
      for (const sub of children) writeCode(w, code, sub, color, sel);
    });
  }
  if (sel.articles.length > 0) {
    const sources = w.child(root, 'Sources');
    for (const { article, highlights } of sel.articles) {
      const guid = guidFor('article', article.id);
      const source = w.child(sources, 'TextSource', { guid, name: article.title, plainTextPath: `internal://${guid}.txt`, creationDateTime: article.importedAt });
      const meta = [
        ['Source', article.source],
        ['Author', article.author],
        ['Date', article.date],
        ['URL', article.url],
      ].filter((m): m is [string, string] => m[1] !== null && m[1] !== '');
      if (meta.length > 0) w.text(w.child(source, 'Description'), meta.map(([k, v]) => `${k}: ${v}`).join('\n'));
      // One pass per article converts every offset: per-highlight conversion would be quadratic.
      const cps = toCodePointOffsets(article.text, highlights.flatMap((h) => [h.target.position.start, Math.min(h.target.position.end, article.text.length)]));
      highlights.forEach((h, k) => writeSelection(w, source, h, cps[2 * k]!, cps[2 * k + 1]!, sel.linksByHighlight.get(h.id) ?? []));
      // Text exactly as stored (already normalized: `\n` line endings, NFC), UTF-8 without BOM.
      files.push({ name: `sources/${guid}.txt`, data: article.text });
      step();
    }
  }
  if (w.notes.length > 0) {
    const notes = w.child(root, 'Notes');
    for (const n of w.notes) notes.appendChild(n);
  }
  w.text(w.child(root, 'Description'), `Exported from Warrant on ${opts.generatedAt}. Stances, ratings and verdicts are the “warrant:…” lines at the top of notes.`);

  const xml = `<?xml version="1.0" encoding="utf-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
  step();
  return writeZip([{ name: 'project.qde', data: xml }, ...files], new Date(opts.generatedAt), step);
}

function writeCode(w: Writer, parent: Element, claim: Claim, color: string, sel: ExportSelection): Element {
  const code = w.child(parent, 'Code', { guid: guidFor('claim', claim.id), name: codeName(claim.text), isCodable: 'true', color });
  w.text(w.child(code, 'Description'), claim.text);
  for (const r of sel.ratingsByClaim.get(claim.id) ?? []) w.noteRef(code, ratingNote(w, r));
  if (claim.verdict) {
    const v = claim.verdict;
    w.noteRef(code, w.note(guidFor('note:verdict', claim.id), `Verdict: ${ratingLabel(v.rating)}`, withMarkers({ verdict: v.rating }, v.rationale), v.author, v.decidedAt, v.decidedAt));
  }
  return code;
}

function ratingNote(w: Writer, r: ClaimRating): string {
  return w.note(guidFor('note:rating', r.id), `Rating by ${r.rater}: ${ratingLabel(r.rating)}`, withMarkers({ rating: r.rating }, r.rationale), r.rater, r.createdAt, r.updatedAt);
}

function writeSelection(w: Writer, source: Element, h: Highlight, start: number, end: number, links: EvidenceLink[]): void {
  const sel = w.child(source, 'PlainTextSelection', {
    guid: guidFor('highlight', h.id),
    name: shorten(h.target.quote.exact.replace(/\s+/g, ' '), 100),
    startPosition: String(start),
    endPosition: String(end),
    ...w.who(h.author, h.createdAt, h.updatedAt),
  });
  const look: { color?: string; label?: string } = {};
  if (h.color !== DEFAULT_HIGHLIGHT_COLOR) look.color = h.color;
  if (h.label !== null) look.label = h.label;
  if (Object.keys(look).length > 0) w.text(w.child(sel, 'Description'), withMarkers(look, ''));
  for (const l of links) {
    const coding = w.child(sel, 'Coding', { guid: guidFor('link', l.id), ...w.who(l.author, l.createdAt) });
    w.child(coding, 'CodeRef', { targetGUID: guidFor('claim', l.claimId) });
    // A plain context link with no note or weight is what any coding means: no note needed.
    if (l.stance !== 'context' || l.weight !== null || l.note !== '') {
      const markers = l.weight === null ? { stance: l.stance } : { stance: l.stance, weight: String(l.weight) };
      w.noteRef(coding, w.note(guidFor('note:link', l.id), `Evidence: ${l.stance}`, withMarkers(markers, l.note), l.author, l.createdAt, l.updatedAt));
    }
  }
  if (h.note !== '') w.noteRef(sel, w.note(guidFor('note:highlight', h.id), 'Highlight note', h.note, h.author, h.createdAt, h.updatedAt));
}

/** Builds elements in the QDA namespace, and collects the Notes written along the way. */
class Writer {
  readonly notes: Element[] = [];
  private readonly doc: Document;
  private readonly users: Set<string>;

  constructor(doc: Document, users: Set<string>) {
    this.doc = doc;
    this.users = users;
  }

  child(parent: Element, name: string, attrs: Record<string, string | undefined> = {}): Element {
    const el = this.doc.createElementNS(QDA_NS, name);
    this.attrs(el, attrs);
    parent.appendChild(el);
    return el;
  }

  attrs(el: Element, attrs: Record<string, string | undefined>): void {
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, xmlSafe(v));
  }

  text(el: Element, text: string): void {
    el.appendChild(this.doc.createTextNode(xmlSafe(text)));
  }

  /** `creatingUser`/`modifyingUser` and dates, leaving out a user with no name. */
  who(author: string, created: string, modified?: string): Record<string, string | undefined> {
    const user = this.users.has(author.trim().toLowerCase()) ? userGuid(author) : undefined;
    return { creatingUser: user, creationDateTime: created, modifyingUser: modified === undefined ? undefined : user, modifiedDateTime: modified };
  }

  /** Adds a Note (a TextSource with inline text) and returns its GUID. */
  note(guid: string, name: string, text: string, author: string, created: string, modified: string): string {
    const el = this.doc.createElementNS(QDA_NS, 'Note');
    this.attrs(el, { guid, name: shorten(name.replace(/\s+/g, ' '), 200), ...this.who(author, created, modified) });
    const content = this.doc.createElementNS(QDA_NS, 'PlainTextContent');
    this.text(content, text);
    el.appendChild(content);
    this.notes.push(el);
    return guid;
  }

  noteRef(parent: Element, guid: string): void {
    this.child(parent, 'NoteRef', { targetGUID: guid });
  }
}

/** A claim's text as a code name: one line, cut at a word near {@link CODE_NAME_LENGTH} code points. */
export function codeName(text: string): string {
  return shorten(text.replace(/\s+/g, ' ').trim(), CODE_NAME_LENGTH);
}

function shorten(text: string, max: number): string {
  const cps = Array.from(text);
  if (cps.length <= max) return text;
  const cut = cps.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// XML 1.0 cannot hold these at all (not even escaped): a note pasted with a stray control
// character would otherwise make the whole file unreadable for every other tool.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, '');
}

/** `Warrant 0.1.0`; just `Warrant` when the version cannot be read (it is only informative). */
function origin(): string {
  try {
    return `Warrant ${appVersion()}`;
  } catch {
    return 'Warrant';
  }
}
