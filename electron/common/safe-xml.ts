/**
 * Parsing XML from untrusted files (Word parts, REFI-QDA projects) one way: a DTD or entity
 * declaration anywhere is refused before parsing — xmldom does not fetch external entities, but
 * an internal DTD can define entities that multiply ("billion laughs") — and a document that is
 * not well-formed is refused rather than half-read. Callers say what the problem means in their
 * own words; the parser's messages (which quote the file) are never passed on.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

/** The root element, or why there is none. */
export type XmlOutcome = { ok: true; root: Element | null } | { ok: false; problem: 'dtd' | 'malformed' };

/** True when `xml` declares a DTD or an entity anywhere. */
export function declaresDtd(xml: string): boolean {
  return /<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml);
}

/** Parses `xml` as described above. */
export function parseUntrustedXml(xml: string): XmlOutcome {
  if (declaresDtd(xml)) return { ok: false, problem: 'dtd' };
  try {
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('not well-formed');
      },
    }).parseFromString(xml, 'application/xml');
    return { ok: true, root: doc.documentElement };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
