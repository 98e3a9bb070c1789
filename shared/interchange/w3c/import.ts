/**
 * Reads W3C Web Annotation JSON-LD or a Hypothesis export onto the articles already in a project.
 * Each annotation is placed with our anchoring code (locate.ts); what cannot be placed is listed
 * in `unmatched` with a reason the researcher can act on. The result goes through
 * `addImportedItems`, which skips what the project already has.
 */
import { describe } from '../../anchoring/describe.js';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../highlight-colors.js';
import { LIMITS, type Claim, type EvidenceLink, type Highlight, type ItemKind, type ProjectFile } from '../../model.js';
import { noItems, type ImportedItems } from '../imported-items.js';
import { readEnvelope } from './envelope.js';
import { indexArticles, place, quoted } from './locate.js';
import type { Normal } from './normalise.js';

/** Who imports, and when; `newId` gives fresh ids. */
export interface ImportStamp {
  author: string;
  now: string;
  newId: () => string;
}

/** What was read, and from which kind of file. */
export interface ReadAnnotations {
  kind: 'w3c' | 'hypothesis';
  items: ImportedItems;
}

/**
 * Reads `json` (already parsed): a W3C AnnotationCollection with embedded pages, an
 * AnnotationPage, an array of annotations or a single one; or Hypothesis' JSON (an array of
 * annotations, the API's `{ rows }` or the client's `{ annotations }` export).
 *
 * Highlights become highlights (note from commenting bodies or Hypothesis `text`, label from the
 * first tag); evidence links from our own export become claims (matched by text) and links.
 *
 * @throws WarrantError `bad-file` when the file is not of these shapes, naming what is wrong
 *   by its place in the file and never quoting its values.
 */
export function readAnnotations(json: unknown, project: Readonly<ProjectFile>, stamp: ImportStamp): ReadAnnotations {
  const envelope = readEnvelope(json, project.id);
  const items = noItems();
  items.unmatched.push(...envelope.unmatched);
  const index = indexArticles(project.articles);
  const ids = new IdPolicy(project, stamp);
  const highlightAt = new Map<string, Highlight>();

  /** The highlight on this span, made once however many annotations mark it. */
  const highlightFor = (a: Normal, articleId: string, start: number, end: number): Highlight | string => {
    const article = index.byId.get(articleId)!;
    const target = describe(article.text, start, end);
    if (!target) return 'its quote is only white space';
    const key = `${articleId}\u0000${target.position.start}\u0000${target.position.end}`;
    const existing = highlightAt.get(key);
    if (existing) return existing;
    const highlight: Highlight = {
      id: ids.take('highlight', a.own?.kind === 'highlight' ? a.own.itemId : null),
      articleId,
      target,
      color: a.color ?? DEFAULT_HIGHLIGHT_COLOR,
      label: null,
      note: '',
      author: stamp.author,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      rev: stamp.newId(),
      revs: [],
    };
    highlightAt.set(key, highlight);
    items.highlights.push(highlight);
    return highlight;
  };

  const claimByText = new Map<string, Claim>();
  const projectClaims = new Map(project.claims.map((c) => [claimKey(c.text), c]));
  const claimFor = (text: string, urnId: string | null): Claim => {
    const existingById = urnId === null ? undefined : project.claims.find((c) => c.id === urnId);
    const key = claimKey(existingById?.text ?? text);
    const made = claimByText.get(key);
    if (made) return made;
    // A claim the project has (by our id, or by its words) is named by its own id, so the link
    // goes to it even when it sits under a parent or was reworded since the export.
    const existing = existingById ?? projectClaims.get(key);
    const claim: Claim = {
      id: existing?.id ?? ids.take('claim', urnId),
      text: existing?.text ?? text,
      parentId: null,
      verdict: null,
      author: stamp.author,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      rev: stamp.newId(),
      revs: [],
    };
    claimByText.set(key, claim);
    items.claims.push(claim);
    return claim;
  };

  // Highlights first, so a link lands on the highlight its passage already has, whatever the order.
  const ordered = [...envelope.annotations.filter((a) => !a.link), ...envelope.annotations.filter((a) => a.link)];
  for (const a of ordered) {
    const what = `annotation ${a.n}${a.wanted ? ` (${quoted(a.wanted.quote.exact, 40)})` : ''}`;
    if (!a.wanted) {
      items.unmatched.push({ what, reason: a.why });
      continue;
    }
    if (a.link && a.link.claimText.length > LIMITS.maxClaimLength) {
      items.unmatched.push({ what, reason: `its claim is longer than ${LIMITS.maxClaimLength.toLocaleString('en')} characters` });
      continue;
    }
    const found = place(index, a.wanted);
    if (!found.ok) {
      items.unmatched.push({ what, reason: found.reason });
      continue;
    }
    const h = highlightFor(a, found.article.id, found.start, found.end);
    if (typeof h === 'string') {
      items.unmatched.push({ what, reason: h });
      continue;
    }
    if (!a.link) {
      if (a.note !== '' && !h.note.includes(a.note)) h.note = cut(h.note === '' ? a.note : `${h.note}\n\n${a.note}`, LIMITS.maxNoteLength);
      if (h.label === null && a.label !== null) h.label = cut(a.label, LIMITS.maxLabelLength);
      continue;
    }
    const claim = claimFor(a.link.claimText, a.link.claimUrn?.kind === 'claim' ? a.link.claimUrn.itemId : null);
    if (items.links.some((l) => l.highlightId === h.id && l.claimId === claim.id)) continue; // one link per pair
    const link: EvidenceLink = {
      id: ids.take('link', a.own?.kind === 'link' ? a.own.itemId : null),
      highlightId: h.id,
      claimId: claim.id,
      stance: a.link.stance,
      weight: null,
      note: cut(a.link.note, LIMITS.maxNoteLength),
      author: stamp.author,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      rev: stamp.newId(),
      revs: [],
    };
    items.links.push(link);
  }
  return { kind: envelope.kind, items };
}

const claimKey = (text: string) => text.normalize('NFC').trim().toLowerCase();

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/**
 * Which id an imported item gets. Our own export's ids are kept, so exporting and importing
 * back names the same items; but never an id the project already uses for something else (a
 * second item with one id would corrupt the file), one it holds a deletion record for (a merge
 * would delete the item again), or one already given in this import.
 */
class IdPolicy {
  private readonly taken = new Map<ItemKind, Set<string>>();
  private readonly stamp: ImportStamp;

  constructor(project: Readonly<ProjectFile>, stamp: ImportStamp) {
    this.stamp = stamp;
    const add = (kind: ItemKind, id: string) => this.set(kind).add(id);
    for (const h of project.highlights) add('highlight', h.id);
    for (const l of project.links) add('link', l.id);
    for (const d of project.deleted) add(d.kind as ItemKind, d.id);
    // A claim the project has is reused by id on purpose (claimFor), so only deleted claims are barred.
  }

  private set(kind: ItemKind): Set<string> {
    let s = this.taken.get(kind);
    if (!s) this.taken.set(kind, (s = new Set()));
    return s;
  }

  take(kind: ItemKind, wanted: string | null): string {
    const taken = this.set(kind);
    let id = wanted !== null && wanted.length <= 100 && !taken.has(wanted) ? wanted : this.stamp.newId();
    while (taken.has(id)) id = this.stamp.newId();
    taken.add(id);
    return id;
  }
}
