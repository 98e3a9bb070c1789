/**
 * Dev set (a): the Cranfield collection as claim → evidence — its queries are natural-language
 * questions against scientific abstracts, the closest public match to the held-out set. Read
 * from the reference data beside the checkout (never copied in); null when it is absent.
 */
import { CRANFIELD_DIR, loadCranfield } from '../cranfield.js';
import type { ClaimDevset } from '../suggest-quality.js';

/** The Cranfield dev set, or null on a clone without the reference data. */
export function cranfieldClaims(): ClaimDevset | null {
  if (!CRANFIELD_DIR) return null;
  const c = loadCranfield();
  // Cranfield's abstracts begin by repeating the title: cut that, so an article is a title and
  // an abstract like the held-out set's (else every title word counts twice, and weighting
  // the title would be tuned to a quirk of this collection).
  const docs = c.docs.map((d) => (d.title && d.text.startsWith(d.title) ? { ...d, text: d.text.slice(d.title.length).trimStart() } : d));
  return { name: 'Cranfield', docs, claims: c.queries, qrels: c.qrels };
}
