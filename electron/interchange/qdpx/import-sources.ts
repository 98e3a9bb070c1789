/**
 * Sources → articles, selections → highlights, codings → evidence links. The selected text is
 * taken from the source text as the file holds it (code points, end exclusive), then placed in
 * the normalized article text (place-selections.ts). Passages coded several times — QualCoder
 * writes one selection per coding — become one highlight with several links.
 */
import { createHash } from 'node:crypto';
import { describe } from '../../../shared/anchoring/describe.js';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/highlight-colors.js';
import type { Unmatched } from '../../../shared/interchange/imported-items.js';
import { HighlightColor, initialArticleRev, LIMITS, Stance, type Article, type EvidenceLink, type Highlight } from '../../../shared/model.js';
import { normalizeLine, normalizeText } from '../../../shared/text/normalize.js';
import { readMarkers } from './markers.js';
import { placeSelections } from './place-selections.js';
import type { QdeNote, QdeSelection, QdeTextSource } from './qde-read.js';

/** What reading one source needs from the rest of the import. */
export interface SourceContext {
  stamp: { author: string; now: string; newId: () => string };
  /** User GUID → name. */
  users: Map<string, string>;
  /** Code GUID → claim id. */
  claimByCode: Map<string, string>;
  /** Note GUID → note, with its text read (from the file when it had one). */
  notes: Map<string, QdeNote>;
  /** Notes that became part of an item (the rest are reported). */
  usedNotes: Set<string>;
  unmatched: Unmatched[];
}

/** The items one source brings. */
export interface SourceItems {
  article: Article;
  highlights: Highlight[];
  links: EvidenceLink[];
}

const cut = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max));

/** Turns one text source with its text into an article and its highlights and links; null (reported) when it has no usable text. */
export function readSource(source: QdeTextSource, rawText: string, countsCrLfAsOne: boolean, ctx: SourceContext): SourceItems | null {
  const { stamp } = ctx;
  const label = `source “${cut(source.name, 80)}”`;
  // ATLAS.ti counts a Windows line break as one character; every other tool as two.
  const raw = countsCrLfAsOne ? rawText.replace(/\r\n/g, '\n') : rawText;
  const text = normalizeText(raw);
  if (text === '') {
    ctx.unmatched.push({ what: label, reason: `it has no text${passages(source.selections.length)}.` });
    return null;
  }
  if (text.length > LIMITS.maxTextLength) {
    ctx.unmatched.push({ what: label, reason: `its text is longer than ${LIMITS.maxTextLength.toLocaleString('en-US')} characters, the most an article may have${passages(source.selections.length)}.` });
    return null;
  }
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  const title = cut(normalizeLine(source.name), LIMITS.maxTitleLength) || 'Untitled source';
  const meta = readMeta(source.description);
  if (source.description !== null && source.description.trim() !== '' && meta === null) {
    ctx.unmatched.push({ what: `description of ${label}`, reason: 'Warrant articles have no memo; the article was imported without it.' });
  }
  const article: Article = {
    id: stamp.newId(),
    title,
    source: meta?.source ?? null,
    author: meta?.author ?? null,
    date: meta?.date ?? null,
    url: meta?.url ?? null,
    fileName: cut(normalizeLine(source.name), LIMITS.maxFieldLength) || 'source.txt',
    format: 'txt',
    importedAt: stamp.now,
    contentHash,
    length: text.length,
    text,
    rev: initialArticleRev(contentHash),
    revs: [],
  };

  const usable = source.selections.filter((s): s is QdeSelection & { start: number; end: number } => s.start !== null && s.end !== null);
  const placed = placeSelections(raw, text, usable);
  const highlights: Highlight[] = [];
  const links: EvidenceLink[] = [];
  const bySpan = new Map<string, { h: Highlight; claims: Set<string> }>();
  const where = (s: QdeSelection) => `passage ${s.start ?? '?'}–${s.end ?? '?'} of ${label}`;
  for (const s of source.selections) if (s.start === null || s.end === null) ctx.unmatched.push({ what: where(s), reason: 'its start or end is not a whole number.' });

  usable.forEach((s, k) => {
    const p = placed[k]!;
    if (p === 'out-of-range') return void ctx.unmatched.push({ what: where(s), reason: 'its offsets fall outside the source’s text.' });
    const target = p === 'not-found' ? null : describe(text, p.start, p.end);
    if (!target) return void ctx.unmatched.push({ what: where(s), reason: p === 'not-found' ? 'its words could not be found in the text once normalized.' : 'it selects only white space.' });
    const key = `${target.position.start}:${target.position.end}`;
    let entry = bySpan.get(key);
    const own = selectionLook(s, ctx);
    if (!entry) {
      const author = (s.user !== null ? ctx.users.get(s.user) : undefined) ?? stamp.author;
      const createdAt = s.created ?? stamp.now;
      const h: Highlight = { id: stamp.newId(), articleId: article.id, target, color: own.color, label: own.label, note: own.note, author, createdAt, updatedAt: s.modified ?? createdAt, rev: stamp.newId(), revs: [] };
      entry = { h, claims: new Set() };
      bySpan.set(key, entry);
      highlights.push(h);
    } else if (own.note !== '' && !entry.h.note.includes(own.note)) {
      entry.h.note = cut(entry.h.note === '' ? own.note : `${entry.h.note}\n\n${own.note}`, LIMITS.maxNoteLength);
    }
    for (const c of s.codings) {
      const claimId = ctx.claimByCode.get(c.codeRef);
      if (claimId === undefined) {
        ctx.unmatched.push({ what: `coding of ${where(s)}`, reason: 'it applies a code that is not in the codebook.' });
        continue;
      }
      if (entry.claims.has(claimId)) continue;
      entry.claims.add(claimId);
      const carried = linkNotes(c.noteRefs, ctx);
      const createdAt = c.created ?? entry.h.createdAt;
      const author = (c.user !== null ? ctx.users.get(c.user) : undefined) ?? entry.h.author;
      links.push({ id: stamp.newId(), highlightId: entry.h.id, claimId, stance: carried.stance, weight: carried.weight, note: carried.note, author, createdAt, updatedAt: createdAt, rev: stamp.newId(), revs: [] });
    }
  });
  return { article, highlights, links };
}

function passages(n: number): string {
  return n === 0 ? '' : `; its ${n} coded passage${n === 1 ? ' was' : 's were'} not brought in`;
}

/** A highlight's colour and label (our markers in its Description) and its note (the rest of the Description, and its notes). */
function selectionLook(s: QdeSelection, ctx: SourceContext): { color: HighlightColor; label: string | null; note: string } {
  const { markers, body } = readMarkers(s.description ?? '');
  const color = HighlightColor.safeParse(markers.color).data ?? DEFAULT_HIGHLIGHT_COLOR;
  const label = markers.label ? cut(markers.label, LIMITS.maxLabelLength) : null;
  const parts = body === '' ? [] : [body];
  for (const ref of s.noteRefs) {
    const note = ctx.notes.get(ref);
    if (!note) continue;
    ctx.usedNotes.add(ref);
    const text = readMarkers(note.text ?? '').body;
    if (text !== '') parts.push(text);
  }
  return { color, label, note: cut(parts.join('\n\n'), LIMITS.maxNoteLength) };
}

/** A coding's stance and weight (our markers; `context` when none says otherwise) and note. */
function linkNotes(refs: readonly string[], ctx: SourceContext): { stance: Stance; weight: number | null; note: string } {
  let stance: Stance = 'context';
  let weight: number | null = null;
  const parts: string[] = [];
  for (const ref of refs) {
    const note = ctx.notes.get(ref);
    if (!note) continue;
    ctx.usedNotes.add(ref);
    const { markers, body } = readMarkers(note.text ?? '');
    stance = Stance.safeParse(markers.stance).data ?? stance;
    const w = Number(markers.weight);
    if (Number.isInteger(w) && w >= 1 && w <= LIMITS.maxLinkWeight) weight = w;
    if (body !== '') parts.push(body);
  }
  return { stance, weight, note: cut(parts.join('\n\n'), LIMITS.maxNoteLength) };
}

const META_LINE = /^(Source|Author|Date|URL): (.+)$/;

/** Article metadata from a Description as our export writes it ("Author: …" lines), or null for anything else. */
function readMeta(description: string | null): { source: string | null; author: string | null; date: string | null; url: string | null } | null {
  if (description === null || description.trim() === '') return null;
  const out = { source: null as string | null, author: null as string | null, date: null as string | null, url: null as string | null };
  for (const line of description.trim().split(/\r?\n/)) {
    const m = META_LINE.exec(line.trim());
    if (!m) return null;
    const value = cut(normalizeLine(m[2]!), LIMITS.maxFieldLength);
    if (m[1] === 'Source') out.source = value;
    else if (m[1] === 'Author') out.author = value;
    else if (m[1] === 'URL') out.url = value;
    else out.date = /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value) ? value : null;
  }
  return out;
}
