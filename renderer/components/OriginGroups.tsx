/**
 * A claim's evidence grouped by independent origin: each origin with why its articles were put
 * together (the attribution sentence, the shared passage, how strong; "weaker: matched facts"
 * for an unnamed report tied only by its facts), its passages with their article, source,
 * source reliability and information credibility (both settable here), and a warning when all
 * the support goes back to one origin. Origins come from the backend's detection
 * (use-claim-origins.ts); while it runs, each article shows as its own origin and the progress
 * is shown — the panel is never blocked.
 */
import type { OriginReason } from '../../shared/api-origins.js';
import { ORIGIN_REASON_LABELS, strengthWord, type ClaimOriginView, type GradeOf, type OriginGroupView } from '../../shared/annotations/origin-evidence.js';
import { stanceInfo } from '../lib/evidence.js';
import { plural } from '../lib/format.js';
import type { ClaimOriginsState } from '../state/use-claim-origins.js';
import { useWorkbench } from '../state/workbench.js';
import { CredibilityPicker, ReliabilityPicker } from './ReliabilityPicker.js';

/** Props of <OriginGroups>. */
export interface OriginGroupsProps {
  view: ClaimOriginView;
  state: ClaimOriginsState;
  gradeOf: GradeOf;
}

/** The origins section of the claim panel. */
export function OriginGroups({ view, state, gradeOf }: OriginGroupsProps) {
  const supportArticles = new Set(view.groups.flatMap((g) => g.passages.filter((p) => p.stance === 'supports').map((p) => p.articleId)));
  return (
    <section className="claim-detail__section origins" aria-label="Independent origins" data-testid="origins-section">
      <h3 className="claim-detail__heading">Independent origins</h3>
      <OriginStatus state={state} detected={view.detected} />
      {view.singleOrigin && (
        <p className="origins__warning" role="note" data-testid="origin-warning">
          <span aria-hidden="true">⚠ </span>
          All {plural(supportArticles.size, 'supporting article')} go back to one origin, <strong dir="auto">{view.supportingNames[0]}</strong>: they retell one report, so they
          are not independent confirmations.
        </p>
      )}
      <ol className="origins__list">
        {view.groups.map((g, i) => (
          <OriginGroup key={g.clusterId ?? `article-${i}`} group={g} gradeOf={gradeOf} />
        ))}
      </ol>
    </section>
  );
}

function OriginStatus({ state, detected }: { state: ClaimOriginsState; detected: boolean }) {
  if (state.loading && !detected) {
    const p = state.progress;
    return (
      <p className="origins__status" role="status" data-testid="origins-progress">
        Finding independent origins{p ? ` — ${p.stage} ${p.done}/${p.total}` : '…'} Until then each article counts as its own origin.
        {p && p.total > 0 && <progress className="origins__progress" max={p.total} value={p.done} aria-hidden="true" />}
      </p>
    );
  }
  if (state.error && !detected) {
    return (
      <p className="origins__status origins__status--error" role="status" data-testid="origins-error">
        Independent origins could not be worked out ({state.error.message}). Each article counts as its own origin.
      </p>
    );
  }
  return null;
}

function OriginGroup({ group, gradeOf }: { group: OriginGroupView; gradeOf: GradeOf }) {
  const { articles } = useWorkbench();
  const articleIds = [...new Set(group.passages.map((p) => p.articleId))];
  // An origin named after a publisher (not after an article's title) can be graded as one.
  const named = group.clusterId !== null && !articleIds.some((id) => articles.get(id)?.title === group.name);
  return (
    <li className={`origin${group.weak ? ' origin--weak' : ''}`} data-testid="origin-group" data-origin={group.name}>
      <div className="origin__head">
        <h4 className="origin__name" dir="auto" data-testid="origin-name">
          {group.name}
        </h4>
        <span className="origin__counts">
          {plural(articleIds.length, 'article')} · {plural(group.passages.length, 'passage')}
        </span>
        {group.weak && (
          <span className="badge origin__weak" title="An article is here only because it reports the same specific facts as this origin, without naming it: a weaker tie than an attribution or shared text.">
            weaker tie
          </span>
        )}
        {named && <ReliabilityPicker publisher={group.name} grade={gradeOf(group.name)} testId="origin-reliability" />}
      </div>
      {group.reasons.length > 0 && (
        <ul className="origin__reasons" aria-label={`Why these articles go back to ${group.name}`}>
          {group.reasons.map((r, i) => (
            <Reason key={i} reason={r} />
          ))}
        </ul>
      )}
      <ul className="origin__passages">
        {group.passages.map((p) => (
          <OriginPassage key={p.linkId} passage={p} />
        ))}
      </ul>
    </li>
  );
}

function Reason({ reason }: { reason: OriginReason }) {
  return (
    <li className={`origin-reason origin-reason--${reason.kind}`} data-testid="origin-reason" data-kind={reason.kind}>
      <span className="origin-reason__kind">{ORIGIN_REASON_LABELS[reason.kind]}</span>{' '}
      <span className="origin-reason__detail" dir="auto">
        {reason.detail}
      </span>{' '}
      <span className="origin-reason__strength" title={`Strength ${Math.round(reason.strength * 100)}%`}>
        ({strengthWord(reason.strength)})
      </span>
    </li>
  );
}

function OriginPassage({ passage: p }: { passage: OriginGroupView['passages'][number] }) {
  const wb = useWorkbench();
  const highlight = wb.view.highlights.find((h) => h.id === p.highlightId);
  const article = wb.articles.get(p.articleId);
  const removed = !article || article.removed;
  const title = article?.title ?? 'Unknown article';
  return (
    <li className="origin-passage" data-testid="origin-passage" data-stance={p.stance}>
      <button type="button" className="evidence__open" onClick={() => wb.openArticleAt(p.articleId, p.highlightId)} disabled={removed} aria-label={removed ? undefined : `Open “${title}” at this passage`}>
        <span className={`evidence__quote quote quote--${p.stance}`} dir="auto">
          {highlight?.target.quote.exact ?? ''}
        </span>
      </button>
      <div className="origin-passage__meta">
        <span className={`origin-passage__stance stance-label stance-label--${p.stance}`}>{stanceInfo(p.stance).label}</span>
        <span className="origin-passage__title" dir="auto">
          {title}
        </span>
        {p.source ? (
          <span className="origin-passage__source" dir="auto">
            {p.source}
          </span>
        ) : (
          <span className="origin-passage__source origin-passage__source--unknown">source unknown</span>
        )}
      </div>
      <div className="origin-passage__grades">
        {p.source && <ReliabilityPicker publisher={p.source} grade={p.reliability} />}
        <CredibilityPicker highlightId={p.highlightId} credibility={p.credibility} subject={`the passage from “${title}”`} />
      </div>
    </li>
  );
}
