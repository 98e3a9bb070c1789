/**
 * The words of the merge dialog: kinds, conflict reasons, what each choice keeps, and the
 * confirmation after a merge. Decided by the contract's codes (kind, reason), never by text.
 */
import type { ConflictView } from '../../shared/api.js';
import type { ConflictReason, ItemKind } from '../../shared/model.js';
import type { MergeOutcome } from '../state/use-merge.js';
import { plural } from './format.js';

/** The kinds in the order the summary lists them. */
export const MERGE_KIND_ORDER: readonly ItemKind[] = ['article', 'highlight', 'claim', 'link', 'rating'];

/** A kind in the summary table (plural) and on a conflict (singular). */
export const KIND_WORDS: Record<ItemKind, { many: string; one: string; noun: string }> = {
  article: { many: 'Articles', one: 'Article', noun: 'article' },
  highlight: { many: 'Highlights', one: 'Highlight', noun: 'passage' },
  claim: { many: 'Claims', one: 'Claim', noun: 'claim' },
  link: { many: 'Evidence links', one: 'Evidence link', noun: 'evidence link' },
  rating: { many: 'Ratings', one: 'Rating', noun: 'rating' },
};

/** What the two versions are called: a colleague's copy, or the file as another program left it. */
export interface SideWords {
  mine: string;
  theirs: string;
  keepMine: string;
  keepTheirs: string;
  allMine: string;
  allTheirs: string;
  /** Shown in place of a deleted side. */
  deletedMine: string;
  deletedTheirs: string;
}

export const COPY_SIDES: SideWords = {
  mine: 'Yours',
  theirs: 'Theirs',
  keepMine: 'Keep mine',
  keepTheirs: 'Keep theirs',
  allMine: 'Keep all mine',
  allTheirs: 'Keep all theirs',
  deletedMine: 'You deleted it',
  deletedTheirs: 'They deleted it',
};

export const DISK_SIDES: SideWords = {
  mine: 'Open here',
  theirs: 'On disk',
  keepMine: 'Keep the one open here',
  keepTheirs: 'Keep the one on disk',
  allMine: 'Keep all open here',
  allTheirs: 'Keep all on disk',
  deletedMine: 'Deleted here',
  deletedTheirs: 'Deleted on disk',
};

/** Why an item is in conflict. */
export function reasonText(reason: ConflictReason, sides: SideWords): string {
  const disk = sides === DISK_SIDES;
  switch (reason) {
    case 'both-changed':
      return disk ? 'Changed here and on disk' : 'Changed in both copies';
    case 'deleted-theirs-changed-mine':
      return disk ? 'Changed here, deleted on disk' : 'You changed it; they deleted it';
    case 'deleted-mine-changed-theirs':
      return disk ? 'Deleted here, changed on disk' : 'You deleted it; they changed it';
  }
}

/** The choices a conflict offers, with what each keeps. */
export function choiceLabels(c: Pick<ConflictView, 'reason' | 'canKeepBoth'>, sides: SideWords): { mine: string; theirs: string; both: string | null } {
  const both = c.canKeepBoth ? 'Keep both' : null;
  switch (c.reason) {
    case 'both-changed':
      return { mine: sides.keepMine, theirs: sides.keepTheirs, both };
    case 'deleted-theirs-changed-mine':
      return { mine: sides.keepMine, theirs: `${sides.keepTheirs}: delete it`, both };
    case 'deleted-mine-changed-theirs':
      return { mine: `${sides.keepMine}: leave it deleted`, theirs: `${sides.keepTheirs}: restore it`, both };
  }
}

/** What the held items of a conflict are, per kind of the item they use (singular, plural). */
const HELD: Record<ItemKind, [string, string]> = {
  article: ['new highlight is in this article', 'new highlights are in this article'],
  highlight: ['new evidence link uses this passage', 'new evidence links use this passage'],
  claim: ['new item (evidence link, rating or sub-claim) belongs to this claim', 'new items (evidence links, ratings or sub-claims) belong to this claim'],
  link: ['new item uses this link', 'new items use this link'],
  rating: ['new item uses this rating', 'new items use this rating'],
};

/** "Their 2 new evidence links use this passage and follow your choice: …", or null. */
export function heldText(c: Pick<ConflictView, 'kind' | 'heldItems'>): string | null {
  if (c.heldItems <= 0) return null;
  const [one, many] = HELD[c.kind];
  const what = c.heldItems === 1 ? `Their ${one}` : `Their ${c.heldItems} ${many}`;
  const follow = c.heldItems === 1 ? 'follows your choice: it is kept' : 'follow your choice: they are kept';
  return `${what} and ${follow} if their version is kept, left out otherwise.`;
}

/** The confirmation after a merge or a decision. */
export function outcomeText(o: MergeOutcome): string {
  const left = o.pending > 0 ? `; ${plural(o.pending, 'conflict')} left to decide` : '';
  if (o.kind === 'decide') return `Decided ${plural(o.decided, 'conflict')}${left}`;
  const parts = [o.added && `${o.added} added`, o.changed && `${o.changed} changed`, o.deleted && `${o.deleted} deleted`, o.decided && `${plural(o.decided, 'conflict')} decided`].filter(Boolean);
  const what = parts.length ? `: ${parts.join(', ')}` : '';
  return o.fromDisk ? `Merged the changes made on disk${what}${left}` : `Merged ${o.file}${what}${left}`;
}
