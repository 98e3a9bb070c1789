/**
 * Every change a researcher makes to annotations, as pure functions from one Annotations value
 * to the next. Pure, so the backend can keep the previous values for undo/redo, and so the
 * rules (one nesting level, one link per highlight–claim pair, nothing dangling, each rater's
 * rating their own) live in one tested place. Every change gives the item a new revision and
 * every deletion leaves a deletion record, so copies of a project can be merged (shared/merge).
 */
import type { AnchorSelectors } from '../anchoring/selectors.js';
import { nextRevision, tombstoneFor } from '../merge/versioned.js';
import { ratingId, type Annotations, type Claim, type ClaimRating, type Deletion, type EvidenceLink, type Highlight, type HighlightColor, type ItemKind, type Rating, type Stance } from '../model.js';
import { WarrantError } from '../result.js';

/** The annotations plus the deletion records that changes to them leave. */
export type AnnotationState = Annotations & { deleted: Deletion[] };
type State = AnnotationState;

/** Who and when, supplied by the caller (and fixed in tests). */
export interface Stamp {
  author: string;
  now: string;
  newId: () => string;
}

const stamped = (s: Stamp) => ({ author: s.author, createdAt: s.now, updatedAt: s.now, rev: s.newId(), revs: [] as string[] });
/** The fields a change sets: who, when, and the item's next revision. */
const touched = (s: Stamp, old: { rev: string; revs: readonly string[] }) => ({ author: s.author, updatedAt: s.now, ...nextRevision(old, s.newId()) });

/** Deletion records for `items` of `kind`. */
function deletions(kind: ItemKind, items: readonly { id: string; rev: string; revs: readonly string[] }[], s: Stamp): Deletion[] {
  return items.map((item): Deletion => ({ ...tombstoneFor(kind, item, s.now, s.author), revs: [...item.revs] }));
}

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
export function addHighlight(a: State, input: NewHighlight, s: Stamp): { next: State; highlight: Highlight } {
  const highlight: Highlight = { id: s.newId(), articleId: input.articleId, target: input.target, color: input.color, label: input.label ?? null, note: input.note ?? '', ...stamped(s) };
  return { next: { ...a, highlights: [...a.highlights, highlight] }, highlight };
}

/** Changes a highlight's colour, label, note or information credibility. */
export function updateHighlight(a: State, id: string, patch: Partial<Pick<Highlight, 'color' | 'label' | 'note' | 'credibility'>>, s: Stamp): { next: State; highlight: Highlight } {
  const old = find(a.highlights, id, 'highlight');
  const highlight = { ...old, ...patch, ...touched(s, old) };
  return { next: { ...a, highlights: a.highlights.map((h) => (h.id === id ? highlight : h)) }, highlight };
}

/** Deletes a highlight and its evidence links. */
export function deleteHighlight(a: State, id: string, s: Stamp): State {
  const highlight = find(a.highlights, id, 'highlight');
  const links = a.links.filter((l) => l.highlightId === id);
  return {
    ...a,
    highlights: a.highlights.filter((h) => h.id !== id),
    links: a.links.filter((l) => l.highlightId !== id),
    deleted: [...a.deleted, ...deletions('highlight', [highlight], s), ...deletions('link', links, s)],
  };
}

/** Adds a claim at `index` among its siblings (the end by default). */
export function addClaim(a: State, input: { text: string; parentId?: string | null; index?: number }, s: Stamp): { next: State; claim: Claim } {
  const parentId = input.parentId ?? null;
  checkParent(a, parentId, null);
  const claim: Claim = { id: s.newId(), text: input.text.trim(), parentId, verdict: null, ...stamped(s) };
  if (!claim.text) throw new WarrantError('bad-args', 'A claim needs some text.');
  return { next: { ...a, claims: insertSibling(a.claims, claim, input.index) }, claim };
}

/** Changes a claim's text. */
export function updateClaim(a: State, id: string, patch: { text?: string }, s: Stamp): { next: State; claim: Claim } {
  const old = find(a.claims, id, 'claim');
  const text = patch.text === undefined ? old.text : patch.text.trim();
  if (!text) throw new WarrantError('bad-args', 'A claim needs some text.');
  if (text === old.text) return { next: a, claim: old };
  const claim: Claim = { ...old, text, ...touched(s, old) };
  return { next: { ...a, claims: a.claims.map((c) => (c.id === id ? claim : c)) }, claim };
}

/**
 * Sets `s.author`'s own rating of a claim (and its rationale); never anyone else's. The first
 * rating by a person creates their rating item, with an id derived from claim and rater.
 */
export function rateClaim(a: State, claimId: string, patch: { rating?: Rating; rationale?: string }, s: Stamp): { next: State; rating: ClaimRating } {
  find(a.claims, claimId, 'claim');
  const rater = s.author.trim();
  if (!rater) throw new WarrantError('bad-args', 'Set your name before rating, so your rating is kept as yours.');
  const id = ratingId(claimId, rater);
  const old = a.ratings.find((r) => r.id === id);
  if (!old) {
    const rating: ClaimRating = { id, claimId, rater, rating: patch.rating ?? 'unrated', rationale: patch.rationale ?? '', createdAt: s.now, updatedAt: s.now, rev: s.newId(), revs: [] };
    return { next: { ...a, ratings: [...a.ratings, rating] }, rating };
  }
  const rating: ClaimRating = { ...old, ...patch, updatedAt: s.now, ...nextRevision(old, s.newId()) };
  return { next: { ...a, ratings: a.ratings.map((r) => (r.id === id ? rating : r)) }, rating };
}

/** Records (or, with null, withdraws) the team's reconciled verdict on a claim. */
export function setVerdict(a: State, claimId: string, verdict: { rating: Rating; rationale: string } | null, s: Stamp): { next: State; claim: Claim } {
  const old = find(a.claims, claimId, 'claim');
  const claim: Claim = { ...old, verdict: verdict ? { ...verdict, author: s.author, decidedAt: s.now } : null, ...touched(s, old) };
  return { next: { ...a, claims: a.claims.map((c) => (c.id === claimId ? claim : c)) }, claim };
}

/** Moves a claim to position `index` among the children of `parentId` (null: top level). */
export function moveClaim(a: State, id: string, parentId: string | null, index: number, s: Stamp): State {
  const claim = find(a.claims, id, 'claim');
  checkParent(a, parentId, id);
  if (parentId !== null && a.claims.some((c) => c.parentId === id)) {
    throw new WarrantError('bad-args', 'A claim with sub-claims cannot become a sub-claim: claims nest one level deep.');
  }
  const rest = a.claims.filter((c) => c.id !== id);
  // A new parent is a change of the claim; a new place among the same siblings is not (the
  // merge keeps each copy's own order, see shared/merge/README.md).
  const moved = parentId === claim.parentId ? claim : { ...claim, parentId, ...touched(s, claim) };
  return { ...a, claims: insertSibling(rest, moved, index) };
}

/** Deletes a claim, its sub-claims, their evidence links and ratings (highlights stay). */
export function deleteClaim(a: State, id: string, s: Stamp): State {
  find(a.claims, id, 'claim');
  const doomed = new Set([id, ...a.claims.filter((c) => c.parentId === id).map((c) => c.id)]);
  return {
    ...a,
    claims: a.claims.filter((c) => !doomed.has(c.id)),
    links: a.links.filter((l) => !doomed.has(l.claimId)),
    ratings: a.ratings.filter((r) => !doomed.has(r.claimId)),
    deleted: [
      ...a.deleted,
      ...deletions('claim', a.claims.filter((c) => doomed.has(c.id)), s),
      ...deletions('link', a.links.filter((l) => doomed.has(l.claimId)), s),
      ...deletions('rating', a.ratings.filter((r) => doomed.has(r.claimId)), s),
    ],
  };
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
export function linkEvidence(a: State, input: NewLink, s: Stamp): { next: State; link: EvidenceLink } {
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
export function updateLink(a: State, id: string, patch: Partial<Pick<EvidenceLink, 'stance' | 'weight' | 'note'>>, s: Stamp): { next: State; link: EvidenceLink } {
  const old = find(a.links, id, 'evidence link');
  const link = { ...old, ...patch, ...touched(s, old) };
  return { next: { ...a, links: a.links.map((l) => (l.id === id ? link : l)) }, link };
}

/** Removes a link (the highlight and the claim stay). */
export function unlinkEvidence(a: State, id: string, s: Stamp): State {
  const link = find(a.links, id, 'evidence link');
  return { ...a, links: a.links.filter((l) => l.id !== id), deleted: [...a.deleted, ...deletions('link', [link], s)] };
}

function checkParent(a: State, parentId: string | null, movingId: string | null): void {
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
