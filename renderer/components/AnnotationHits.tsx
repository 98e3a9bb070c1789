/**
 * Search results among claims, rationales, highlight notes and evidence notes: their own
 * group ("Claims & notes") above the article results. Clicking one opens the claim and/or
 * the article at the highlight.
 */
import type { AnnotationHit } from '../../shared/api.js';
import { MarkedText } from './MarkedText.js';

/** Props of <AnnotationHits>. */
export interface AnnotationHitsProps {
  hits: readonly AnnotationHit[];
  /** Title of an article (live or removed), for notes on highlights. */
  articleTitle(id: string): string | null;
  onOpen(hit: AnnotationHit): void;
}

const KIND: Record<AnnotationHit['kind'], string> = {
  claim: 'Claim',
  rationale: 'Rationale',
  'highlight-note': 'Highlight note',
  'link-note': 'Evidence note',
};

/** The group; nothing when there are no such hits. */
export function AnnotationHits({ hits, articleTitle, onOpen }: AnnotationHitsProps) {
  if (hits.length === 0) return null;
  return (
    <section className="annotation-hits" aria-labelledby="annotation-hits-title">
      <h2 id="annotation-hits-title" className="section-title annotation-hits__title">
        Claims &amp; notes <span className="panel__count">{hits.length}</span>
      </h2>
      <ol className="item-list" aria-label="Claims and notes matching the search" data-testid="annotation-results">
        {hits.map((h, i) => {
          const title = h.articleId ? articleTitle(h.articleId) : null;
          return (
            <li key={`${h.kind}:${h.claimId ?? ''}:${h.highlightId ?? ''}:${i}`}>
              <button type="button" className="item" onClick={() => onOpen(h)} data-testid="annotation-result" data-kind={h.kind}>
                <span className="item__meta">
                  <span className="badge">{KIND[h.kind]}</span>
                  {title && <> · <bdi>{title}</bdi></>}
                </span>
                <span className="item__snippet item__snippet--ui" dir="auto">
                  <MarkedText text={h.snippet.text} marks={h.snippet.marks} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
