/**
 * Who made an annotation and when: "Ada Lovelace · created 4 Feb, 12:03 · edited 12:10".
 */
import { formatSavedAt } from '../lib/format.js';

/** Props of <StampLine>. */
export interface StampLineProps {
  item: { author: string; createdAt: string; updatedAt: string };
}

/** The author and times of a highlight, claim or link. */
export function StampLine({ item }: StampLineProps) {
  const edited = item.updatedAt !== item.createdAt;
  return (
    <p className="stamp" data-testid="stamp">
      <bdi className="stamp__author">{item.author}</bdi> · created <time dateTime={item.createdAt}>{formatSavedAt(item.createdAt)}</time>
      {edited && (
        <>
          {' '}
          · edited <time dateTime={item.updatedAt}>{formatSavedAt(item.updatedAt)}</time>
        </>
      )}
    </p>
  );
}
