/**
 * What QDA-XML has no element for — a link's stance and weight, a rater's rating, the team's
 * verdict, a highlight's colour and label — is carried as marker lines at the top of a Note's
 * text (or a selection's Description):
 *
 * ```
 * warrant:stance=refutes
 * warrant:weight=2
 *
 * The note the researcher wrote.
 * ```
 *
 * Plain text on purpose: every QDA tool shows a Note's text, so a colleague in QualCoder or
 * MAXQDA still reads "stance=refutes", and Warrant reads it back. See README.md.
 */

/** The marker keys Warrant writes and reads. */
export type MarkerKey = 'stance' | 'weight' | 'rating' | 'verdict' | 'color' | 'label';

const LINE = /^warrant:([a-z]+)=(.*)$/;

/** `body` preceded by one marker line per entry (values on one line), and a blank line. */
export function withMarkers(markers: Partial<Record<MarkerKey, string>>, body: string): string {
  const lines = Object.entries(markers).map(([k, v]) => `warrant:${k}=${(v ?? '').replace(/\s+/g, ' ').trim()}`);
  if (lines.length === 0) return body;
  return body === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${body}`;
}

/** The markers at the top of `text` (keys Warrant does not know are kept out) and the text after them. */
export function readMarkers(text: string): { markers: Partial<Record<MarkerKey, string>>; body: string } {
  const markers: Partial<Record<MarkerKey, string>> = {};
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const m = LINE.exec(lines[i]!.trim());
    if (!m) break;
    if (isMarkerKey(m[1]!)) markers[m[1]] = m[2]!.trim();
  }
  if (i === 0) return { markers, body: text.trim() };
  return { markers, body: lines.slice(i).join('\n').trim() };
}

function isMarkerKey(k: string): k is MarkerKey {
  return k === 'stance' || k === 'weight' || k === 'rating' || k === 'verdict' || k === 'color' || k === 'label';
}
