/**
 * Untrusted text with marked ranges, rendered as text nodes and <mark> elements (never HTML).
 */
import type { TextRange } from '../../shared/api.js';
import { segment } from '../lib/segments.js';

/** Props of <MarkedText>. */
export interface MarkedTextProps {
  text: string;
  marks: readonly TextRange[];
}

/** A snippet with its matched words in <mark>. */
export function MarkedText({ text, marks }: MarkedTextProps) {
  const segments = segment(0, text.length, [{ kind: 'match', ranges: marks }]);
  return (
    <>
      {segments.map((s) =>
        s.marks.length === 0 ? (
          text.slice(s.start, s.end)
        ) : (
          <mark key={s.start} className="mark mark--match">
            {text.slice(s.start, s.end)}
          </mark>
        ),
      )}
    </>
  );
}
