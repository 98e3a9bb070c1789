/**
 * "N other articles say this" under a highlight: passages in other articles that say what it
 * says (`suggest.parallels`), shown only when there are some. Expanded, each passage opens in
 * the reader, and can be linked to the claims the highlight is evidence for, with the same
 * stance: the corroboration (or the repetition) becomes evidence in one click.
 */
import { useContext, useId, useState } from 'react';
import type { PassageSuggestion } from '../../shared/api-suggest.js';
import type { Highlight } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { highlightLinks, stanceInfo } from '../lib/evidence.js';
import { plural } from '../lib/format.js';
import { isPassageLinked, passageKey } from '../lib/passage-link.js';
import { BridgeContext, useEvent } from '../state/backend.js';
import { useBackendRead } from '../state/use-backend-read.js';
import { useWordMarks } from '../state/use-word-marks.js';
import { usePassageActions } from '../state/use-passage-actions.js';
import { useWorkbench } from '../state/workbench.js';
import { SuggestedPassage } from './SuggestedPassage.js';

/** Props of <ParallelPassages>. */
export interface ParallelPassagesProps {
  highlight: Highlight;
}

/** How many parallel passages are asked for. */
const PARALLELS_LIMIT = 20;

const short = (text: string, n = 48) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The line and its list; nothing without a backend (the highlight view rendered on its own in tests). */
export function ParallelPassages(props: ParallelPassagesProps) {
  return useContext(BridgeContext) ? <ParallelPassagesSection {...props} /> : null;
}

/** "4 other articles say this" (distinct articles, not passages). */
export function parallelsLine(passages: readonly PassageSuggestion[]): string {
  const n = new Set(passages.map((p) => p.articleId)).size;
  return `${plural(n, 'other article')} ${n === 1 ? 'says' : 'say'} this`;
}

function ParallelPassagesSection({ highlight: h }: ParallelPassagesProps) {
  const wb = useWorkbench();
  const actions = usePassageActions();
  const [passages, setPassages] = useState<PassageSuggestion[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const { start, end } = h.target.position;
  const [reads, setReads] = useState(0);
  // Parallels come from the index: read again once it is built (a project just opened, an import).
  useEvent('index.progress', (st) => st.state === 'ready' && setReads((n) => n + 1));
  useBackendRead('suggest.parallels', {
    args: { highlightId: h.id, limit: PARALLELS_LIMIT },
    // Read again for another highlight, or when this one's passage changed.
    key: `${h.id}:${start}-${end}:${reads}`,
    onValue: (v) => {
      setError(null);
      setPassages(v.passages);
    },
    onError: (e) => {
      setPassages(null);
      // A highlight deleted a moment ago has no parallels to speak of.
      setError(e.code === 'not-found' || e.code === 'no-project' ? null : e);
    },
  });
  const markWords = useWordMarks(h.target.quote.exact);

  if (error) {
    return (
      <p className="parallels__error" role="status" data-testid="parallels-error">
        Could not look for other articles that say this: {error.message}
      </p>
    );
  }
  if (!passages || passages.length === 0) return null;
  const links = highlightLinks(h.id, wb.view);
  return (
    <section className="parallels" aria-labelledby={`${id}-title`} data-testid="parallels">
      <h3 id={`${id}-title`} className="parallels__heading">
        <button type="button" className="suggestions__toggle parallels__toggle" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((o) => !o)} data-testid="parallels-toggle">
          <span className="suggestions__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span data-testid="parallels-count">{parallelsLine(passages)}</span>
        </button>
      </h3>
      {open && links.length === 0 && <p className="suggestions__hint">Link this highlight to a claim to add these passages to its evidence in one click.</p>}
      {open && (
        <ol id={`${id}-list`} className="suggestions__list parallels__list">
          {passages.map((p) => (
            <SuggestedPassage key={passageKey(p)} passage={p} markWords={markWords} onOpen={actions.open} testId="parallel">
              {links.length > 0 && (
                <div className="suggestion__actions" role="group" aria-label={`Link the passage from “${p.title}” to this highlight’s claims`}>
                  {links.map(({ link, claim }) =>
                    isPassageLinked(wb.view, p, claim.id) ? (
                      <span key={link.id} className="suggestion__linked" data-testid="parallel-linked">
                        Linked as {stanceInfo(link.stance).group.toLowerCase()}: “{short(claim.text)}”
                      </span>
                    ) : (
                      <button
                        key={link.id}
                        type="button"
                        className={`button button--small suggestion__stance suggestion__stance--${link.stance}`}
                        onClick={() => void actions.link(p, claim.id, link.stance)}
                        title={`Link it as ${stanceInfo(link.stance).group.toLowerCase()} evidence for “${claim.text}”, as this highlight is`}
                        data-testid="parallel-link"
                      >
                        {stanceInfo(link.stance).label} “{short(claim.text)}”
                      </button>
                    ),
                  )}
                </div>
              )}
            </SuggestedPassage>
          ))}
        </ol>
      )}
    </section>
  );
}
