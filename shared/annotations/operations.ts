/**
 * Every change a researcher makes to annotations, as pure functions from one Annotations value
 * to the next. Pure, so the backend can keep the previous values for undo/redo, and so the
 * rules (one nesting level, one link per highlight–claim pair, nothing dangling) live in one
 * tested place.
 */
import type { AnchorSelectors } from '../anchoring/selectors.js';
import type { Annotations, Claim, EvidenceLink, Highlight, HighlightColor, Rating, Stance } from '../model.js';
import { WarrantError } from '../result.js';

/** Who and when, supplied by the caller (and fixed in tests). */
export interface Stamp {
  author: string;
  now: string;
  newId: () => string;
}

const stamped = (s: Stamp) => ({ author: s.author, createdAt: s.now, updatedAt: s.now });
const touched = (s: Stamp) => ({ author: s.author, updatedAt: s.now });

function find<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const item = items.find((x) => x.id === id);
  if (!item) throw new WarrantError('not-found', `That ${what} no longer exists (it may have been deleted or undone).`);
  return item;
}

export interface NewHighlight {
  articleId: string;
  target: AnchorSelectors;
  color: HighlightColor;
  label?: string | null;
  note?: string;
}

/** Adds a highlight. */
export function addHighlight(a: Annotations, input: NewHighlight, s: Stamp): { next: Annotations; highlight: Highlight } {
  const highlight: Highlight = { id: s.newId(), articleId: input.articleId, target: input.target, color: input.color, label: input.label ?? null, note: input.note ?? '', ...stamped(s) };
  return { next: { ...a, highlights: [...a.highlights, highlight] }, highlight };
}

/** Changes a highlight's colour, label or note. */
export function updateHighlight(a: Annotations, id: string, patch: Partial<Pick<Highlight, 'color' | 'label' | 'note'>>, s: Stamp): { next: Annotations; highlight: Highlight } {
  const old = find(a.highlights, id, 'highlight');
  const highlight = { ...old, ...patch, ...touched(s) };
  return { next: { ...a, highlights: a.highlights.map((h) => (h.id === id ? highlight : h)) }, highlight };
}

/** Deletes a highlight and its evidence links. */
export function deleteHighlight(a: Annotations, id: string): Annotations {
  find(a.highlights, id, 'highlight');
  return { ...a, highlights: a.highlights.filter((h) => h.id !== id), links: a.links.filter((l) => l.highlightId !== id) };
}

/** Adds a claim at `index` among its siblings (the end by default). */
export function addClaim(a: Annotations, input: { text: string; parentId?: string | null; index?: number }, s: Stamp): { next: Annotations; claim: Claim } {
  const parentId = input.parentId ?? null;
  checkParent(a, parentId, null);
  const claim: Claim = { id: s.newId(), text: input.text.trim(), parentId, rating: 'unrated', rationale: '', ...stamped(s) };
  if (!claim.text) throw new WarrantError('bad-args', 'A claim needs some text.');
  return { next: { ...a, claims: insertSibling(a.claims, claim, input.index) }, claim };
}

/** Changes a claim's text, rating or rationale. The rating is only ever set here, by the researcher. */
export function updateClaim(a: Annotations, id: string, patch: { text?: string; rating?: Rating; rationale?: string }, s: Stamp): { next: Annotations; claim: Claim } {
  const old = find(a.claims, id, 'claim');
  const text = patch.text === undefined ? old.text : patch.text.trim();
  if (!text) throw new WarrantError('bad-args', 'A claim needs some text.');
  const claim: Claim = { ...old, ...patch, text, ...touched(s) };
  return { next: { ...a, claims: a.claims.map((c) => (c.id === id ? claim : c)) }, claim };
}

/** Moves a claim to position `index` among the children of `parentId` (null: top level). */
export function moveClaim(a: Annotations, id: string, parentId: string | null, index: number): Annotations {
  const claim = find(a.claims, id, 'claim');
  checkParent(a, parentId, id);
  if (parentId !== null && a.claims.some((c) => c.parentId === id)) {
    throw new WarrantError('bad-args', 'A claim with sub-claims cannot become a sub-claim: claims nest one level deep.');
  }
  const rest = a.claims.filter((c) => c.id !== id);
  return { ...a, claims: insertSibling(rest, { ...claim, parentId }, index) };
}

/** Deletes a claim, its sub-claims and their evidence links (highlights stay). */
export function deleteClaim(a: Annotations, id: string): Annotations {
  find(a.claims, id, 'claim');
  const doomed = new Set([id, ...a.claims.filter((c) => c.parentId === id).map((c) => c.id)]);
  return { ...a, claims: a.claims.filter((c) => !doomed.has(c.id)), links: a.links.filter((l) => !doomed.has(l.claimId)) };
}

export interface NewLink {
  highlightId: string;
  claimId: string;
  stance: Stance;
  weight?: number | null;
  note?: string;
}

/**
 * Links a highlight to a claim. Linking a pair that is already linked changes that link's stance
 * (and weight/note when given) instead of counting the passage twice.
 */
export function linkEvidence(a: Annotations, input: NewLink, s: Stamp): { next: Annotations; link: EvidenceLink } {
  find(a.highlights, input.highlightId, 'highlight');
  find(a.claims, input.claimId, 'claim');
  const existing = a.links.find((l) => l.highlightId === input.highlightId && l.claimId === input.claimId);
  if (existing) {
    const patch = { stance: input.stance, ...(input.weight !== undefined ? { weight: input.weight } : {}), ...(input.note !== undefined ? { note: input.note } : {}) };
    return updateLink(a, existing.id, patch, s);
  }
  const link: EvidenceLink = { id: s.newId(), highlightId: input.highlightId, claimId: input.claimId, stance: input.stance, weight: input.weight ?? null, note: input.note ?? '', ...stamped(s) };
  return { next: { ...a, links: [...a.links, link] }, link };
}

/** Changes a link's stance, weight or note. */
export function updateLink(a: Annotations, id: string, patch: Partial<Pick<EvidenceLink, 'stance' | 'weight' | 'note'>>, s: Stamp): { next: Annotations; link: EvidenceLink } {
  const old = find(a.links, id, 'evidence link');
  const link = { ...old, ...patch, ...touched(s) };
  return { next: { ...a, links: a.links.map((l) => (l.id === id ? link : l)) }, link };
}

/** Removes a link (the highlight and the claim stay). */
export function unlinkEvidence(a: Annotations, id: string): Annotations {
  find(a.links, id, 'evidence link');
  return { ...a, links: a.links.filter((l) => l.id !== id) };
}

function checkParent(a: Annotations, parentId: string | null, movingId: string | null): void {
  if (parentId === null) return;
  if (parentId === movingId) throw new WarrantError('bad-args', 'A claim cannot be its own sub-claim.');
  const parent = find(a.claims, parentId, 'parent claim');
  if (parent.parentId !== null) throw new WarrantError('bad-args', 'Sub-claims cannot have sub-claims: claims nest one level deep.');
}

/** Inserts `claim` as the `index`-th child of its parent, keeping every other claim's order. */
function insertSibling(claims: readonly Claim[], claim: Claim, index?: number): Claim[] {
  const siblings = claims.filter((c) => c.parentId === claim.parentId);
  const at = index === undefined ? siblings.length : Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at];
  if (!before) {
    // After the last sibling (or, for a first child, right after the parent).
    const last = siblings.at(-1) ?? (claim.parentId ? claims.find((c) => c.id === claim.parentId) : undefined);
    const pos = last ? claims.indexOf(last) + 1 : claims.length;
    return [...claims.slice(0, pos), claim, ...claims.slice(pos)];
  }
  const pos = claims.indexOf(before);
  return [...claims.slice(0, pos), claim, ...claims.slice(pos)];
}
