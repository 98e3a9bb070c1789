/**
 * A claim's evidence grouped by stance. Each passage shows its quote, article, source and
 * date; clicking it opens the article at the passage. Passages of deleted articles stay,
 * marked "article removed" with the title recorded when the article was deleted.
 */
import { publisherGrades } from '../../shared/annotations/origin-evidence.js';
import type { Stance } from '../../shared/model.js';
import { claimEvidence, STANCES, type EvidenceItem } from '../lib/evidence.js';
import { formatDate } from '../lib/format.js';
import { useWorkbench } from '../state/workbench.js';
import { LinkEditor } from './LinkEditor.js';
import { admiraltyCode } from './ReliabilityPicker.js';

/** Props of <EvidenceList>. */
export interface EvidenceListProps {
  claimId: string;
}

function Passage({ item }: { item: EvidenceItem }) {
  const wb = useWorkbench();
  const { highlight, article, link } = item;
  const removed = !article || article.removed;
  const meta = article ? [article.source, article.date && formatDate(article.date)].filter(Boolean).join(' · ') : '';
  // The claim stays in view; the reader scrolls to the passage and flashes it.
  const open = () => wb.openArticleAt(highlight.articleId, highlight.id);
  const code = admiraltyCode(publisherGrades(wb.view.publishers)(article?.source), highlight.credibility ?? null);
  return (
    <li className={`evidence${removed ? ' evidence--removed' : ''}`} data-testid="evidence-item" data-stance={link.stance}>
      <button
        type="button"
        className="evidence__open"
        onClick={open}
        disabled={removed}
        aria-label={removed ? undefined : `Open “${article?.title ?? ''}” at this passage`}
        data-testid="evidence-open"
      >
        <span className={`evidence__quote quote quote--${link.stance}`} dir="auto" data-testid="evidence-quote">
          {highlight.target.quote.exact}
        </span>
      </button>
      <p className="evidence__source">
        {removed ? (
          <>
            <span className="badge badge--removed" data-testid="article-removed">
              article removed
            </span>{' '}
            <span className="evidence__title">{article?.title ?? 'Unknown article'}</span>
          </>
        ) : (
          <span className="evidence__title" data-testid="evidence-title">
            {article.title}
          </span>
        )}
        {meta && <span className="evidence__meta"> · {meta}</span>}
        {code && (
          <span className="admiralty-code" title="Admiralty grade: source reliability (A–F) and information credibility (1–6), set under Independent origins" data-testid="admiralty-code">
            {code}
          </span>
        )}
      </p>
      <LinkEditor link={link} subject="this claim" />
    </li>
  );
}

/** The three stance groups (empty ones say so). */
export function EvidenceList({ claimId }: EvidenceListProps) {
  const { view, articles } = useWorkbench();
  const groups = claimEvidence(claimId, view, articles);
  return (
    <div className="evidence-groups">
      {STANCES.map(({ stance, group }) => (
        <EvidenceGroup key={stance} stance={stance} title={group} items={groups[stance]} />
      ))}
    </div>
  );
}

function EvidenceGroup({ stance, title, items }: { stance: Stance; title: string; items: EvidenceItem[] }) {
  const id = `evidence-${stance}`;
  return (
    <section className={`evidence-group evidence-group--${stance}`} aria-labelledby={id} data-testid={`evidence-group-${stance}`}>
      <h4 id={id} className="evidence-group__title">
        {title} <span className="evidence-group__count">{items.length}</span>
      </h4>
      {items.length === 0 ? (
        <p className="evidence-group__empty">None yet.</p>
      ) : (
        <ul className="evidence-group__list">
          {items.map((item) => (
            <Passage key={item.link.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
