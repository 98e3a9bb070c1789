/**
 * Warrant's stable identifiers in exported JSON-LD: `urn:warrant:<kind>:<projectId>:<itemId>`.
 * They let our own export come back onto the same project (an article found by its id rather
 * than by searching its text; a highlight, claim or link keeping its id), and they are valid
 * IRIs, which W3C Web Annotation requires of every annotation's `id`. Both ids are
 * percent-encoded, so an id holding `:` or a space still gives one unambiguous IRI.
 *
 * `warrant` is not a registered URN namespace (RFC 8141): these names identify items inside one
 * project file and are never resolved on the web.
 */

/** The kinds of item that get an urn. */
export type UrnKind = 'article' | 'highlight' | 'claim' | 'link' | 'collection' | 'page';

const PREFIX = 'urn:warrant:';
const KINDS: readonly UrnKind[] = ['article', 'highlight', 'claim', 'link', 'collection', 'page'];

/** The urn of item `itemId` of `kind` in project `projectId`. */
export function warrantUrn(kind: UrnKind, projectId: string, itemId: string): string {
  return `${PREFIX}${kind}:${encodeURIComponent(projectId)}:${encodeURIComponent(itemId)}`;
}

/** A parsed urn of ours. */
export interface ParsedUrn {
  kind: UrnKind;
  projectId: string;
  itemId: string;
}

/** Reads one of our urns; null for any other IRI (or a malformed one). */
export function parseWarrantUrn(iri: string): ParsedUrn | null {
  if (!iri.toLowerCase().startsWith(PREFIX)) return null;
  const parts = iri.slice(PREFIX.length).split(':');
  if (parts.length !== 3) return null;
  const [kind, project, item] = parts as [string, string, string];
  if (!(KINDS as readonly string[]).includes(kind) || project === '' || item === '') return null;
  try {
    return { kind: kind as UrnKind, projectId: decodeURIComponent(project), itemId: decodeURIComponent(item) };
  } catch {
    return null; // a stray `%` that is not an escape: not one of ours
  }
}
