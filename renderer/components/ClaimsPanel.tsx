/**
 * The right-hand column: claims on top (the list with its toolbar, or one claim in full),
 * and below them the open article's highlights (the list, or one highlight in full).
 * The header carries the raters' agreement view, undo/redo with what they would undo or redo,
 * and the help button.
 */
import { useMemo } from 'react';
import { claimRows, isFiltering, summarizeAll } from '../lib/claims-view.js';
import { plural } from '../lib/format.js';
import { useRunCommand } from '../commands/host.js';
import { shortcutText } from '../commands/registry.js';
import { useWorkbench } from '../state/workbench.js';
import { ClaimDetail } from './ClaimDetail.js';
import { ClaimList } from './ClaimList.js';
import { ClaimsToolbar } from './ClaimsToolbar.js';
import { ExamplesNote } from './ExamplesNote.js';
import { HighlightDetail } from './HighlightDetail.js';
import { HighlightList } from './HighlightList.js';
import { SplitHandle, useSplit } from './SplitPane.js';

/** The panel. */
export function ClaimsPanel() {
  const wb = useWorkbench();
  const runCommand = useRunCommand();
  const { view, panel, articles } = wb;
  // The sort and filter live with the panel's selection: the export dialog reads them too.
  const { claimSort: sort, claimFilter: filter, setClaimSort: setSort, setClaimFilter: setFilter } = panel;
  const summaries = useMemo(() => summarizeAll(view, articles), [view, articles]);
  const rows = useMemo(() => claimRows(view.claims, summaries, sort, filter), [view.claims, summaries, sort, filter]);
  const filtering = isFiltering(filter);
  const openClaim = view.claims.find((c) => c.id === panel.openClaimId) ?? null;
  const activeClaim = view.claims.find((c) => c.id === panel.activeClaimId) ?? null;
  const { history } = view;

  const selected = panel.highlight ? view.highlights.find((h) => h.id === panel.highlight!.id) : undefined;
  const article = wb.openArticle;
  const showHighlights = article !== null || selected !== undefined;
  // Claims above, highlights below, each scrolling on its own: a divider shares the height.
  const split = useSplit('warrant.layout.panelSplit', 0.42);

  return (
    <aside className={`panel${showHighlights ? ' panel--split' : ''}`} style={split.style} aria-labelledby="claims-title" data-testid="claims-panel">
      <div className="panel__head">
        <h2 id="claims-title" className="section-title">
          Claims <span className="panel__count">{view.claims.length}</span>
        </h2>
        <div className="panel__head-actions" role="toolbar" aria-label="Agreement, undo and help">
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => runCommand('agreement')}
            title="How far the raters agree on the claims they rated (Krippendorff’s alpha)"
            data-testid="agreement-button"
          >
            Agreement
          </button>
          <button
            type="button"
            className="icon-button icon-button--bordered"
            disabled={!history.canUndo}
            onClick={() => void wb.undo()}
            aria-label={history.undoLabel ? `Undo ${history.undoLabel}` : 'Nothing to undo'}
            title={history.undoLabel ? `Undo ${history.undoLabel} (${shortcutText('undo')})` : 'Nothing to undo'}
            data-testid="undo"
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button icon-button--bordered"
            disabled={!history.canRedo}
            onClick={() => void wb.redo()}
            aria-label={history.redoLabel ? `Redo ${history.redoLabel}` : 'Nothing to redo'}
            title={history.redoLabel ? `Redo ${history.redoLabel} (${shortcutText('redo')})` : 'Nothing to redo'}
            data-testid="redo"
          >
            ↷
          </button>
          <button type="button" className="icon-button icon-button--bordered" onClick={() => runCommand('shortcuts')} aria-label="Keyboard shortcuts and highlight colours" title={`Shortcuts and colours (${shortcutText('shortcuts')})`} data-testid="help-button">
            ?
          </button>
        </div>
      </div>

      <section className="panel__claims" aria-label={openClaim ? 'Claim' : 'Claims list'}>
        {openClaim ? (
          <ClaimDetail key={openClaim.id} claim={openClaim} />
        ) : (
          <>
            <ClaimsToolbar sort={sort} onSortChange={setSort} filter={filter} onFilterChange={setFilter} />
            <ExamplesNote />
            {activeClaim && (
              <p className="active-strip" data-testid="active-claim">
                <span className="active-strip__label">Active</span>
                <span className="active-strip__text" dir="auto">{activeClaim.text}</span>
                <button type="button" className="link-button" onClick={() => panel.setActiveClaim(null)}>
                  Clear
                </button>
              </p>
            )}
            {view.claims.length === 0 ? (
              <p className="panel-empty">No claims yet. Write the statements you are checking above; then link passages to them as evidence.</p>
            ) : rows.length === 0 ? (
              <p className="panel-empty">No claim matches these filters.</p>
            ) : (
              <>
                {filtering && (
                  <p className="panel-status" role="status">
                    {rows.filter((r) => r.matches).length} of {plural(view.claims.length, 'claim')} shown
                  </p>
                )}
                <ClaimList rows={rows} canReorder={sort === 'manual' && !filtering} />
                {(sort !== 'manual' || filtering) && <p className="panel-hint">Reordering works in manual order without filters.</p>}
              </>
            )}
          </>
        )}
      </section>

      {showHighlights && <SplitHandle lower={split.lower} onChange={split.setLower} label={`${openClaim ? 'claim' : 'claims'} and ${selected ? 'highlight' : 'highlights'}`} />}
      {showHighlights && (
        <section className="panel__highlights" aria-label={selected ? 'Highlight' : 'Highlights in this article'}>
          {selected ? (
            <HighlightDetail
              key={selected.id}
              highlight={selected}
              orphaned={article?.id === selected.articleId && article.resolved.get(selected.id)?.status === 'orphaned'}
              others={(panel.highlight?.others ?? []).flatMap((id) => view.highlights.filter((h) => h.id === id))}
              focusNote={panel.highlight?.focusNote ?? false}
            />
          ) : (
            article && (
              <>
                <h2 className="section-title panel__subtitle">
                  In this article <span className="panel__count">{article.highlights.length}</span>
                </h2>
                <HighlightList article={article} />
              </>
            )
          )}
        </section>
      )}
    </aside>
  );
}
