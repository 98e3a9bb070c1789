/**
 * GUIDs for QDA-XML. The schema wants UUID-shaped GUIDs; ours are derived from the kind and id
 * of each item (a name-based UUID, version 5 style: SHA-1 of a namespace and the name), so
 * exporting the same project twice gives the same GUIDs, and another tool that re-imports an
 * updated export can tell items it already has.
 */
import { createHash } from 'node:crypto';

/** Namespace mixed into every name, so our GUIDs do not collide with other name-based UUIDs. */
const NAMESPACE = 'warrant:qdpx:';

/** The kinds of thing that get a GUID. Kind is part of the name: ids are only unique per kind. */
export type GuidKind =
  | 'project'
  | 'user'
  | 'article'
  | 'highlight'
  | 'claim'
  | 'link'
  | 'note:highlight'
  | 'note:link'
  | 'note:rating'
  | 'note:verdict';

/** The stable GUID of item `id` of `kind` (lower-case hex, 8-4-4-4-12). */
export function guidFor(kind: GuidKind, id: string): string {
  const h = createHash('sha1').update(`${NAMESPACE}${kind}:${id}`, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A user's GUID: by name, trimmed and case-folded, as ratings are keyed (shared/model.ts `ratingId`). */
export function userGuid(name: string): string {
  return guidFor('user', name.trim().toLowerCase());
}

/**
 * A GUID as read from a file, for matching references: braces dropped and lower-cased, because
 * the schema allows `{…}` and either case, and tools differ (ATLAS.ti writes upper case).
 */
export function guidKey(guid: string | null | undefined): string {
  return (guid ?? '').trim().replace(/^\{|\}$/g, '').toLowerCase();
}
