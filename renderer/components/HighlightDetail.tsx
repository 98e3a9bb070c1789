/**
 * One highlight: its passage, colour, label and note, the claims it is evidence for (stance,
 * weight, note, unlink), linking it to another claim, and deleting it. Drag the handle onto
 * a claim to link it there.
 */
import { useState } from 'react';
import type { Highlight, Stance } from '../../shared/model.js';
import { LIMITS } from '../../shared/limits.js';
import { setHighlightDrag } from '../lib/drag.js';
import { highlightLinks, STANCES } from '../lib/evidence.js';
import { HIGHLIGHT_COLORS } from '../lib/highlight-colors.js';
import { isTextEntry } from '../commands/keys.js';
import { useWorkbench } from '../state/workbench.js';
import { ColorSwatch } from './ColorSwatch.js';
import { DraftField } from './DraftField.js';
import { LinkEditor } from './LinkEditor.js';
import { ParallelPassages } from './ParallelPassages.js';
import { StampLine } from './StampLine.js';

/** Props of <HighlightDetail>. */
export interface HighlightDetailProps {
  highlight: Highlight;
  orphaned: boolean;
  /** Other highlights under the same click, innermost first. */
  others: readonly Highlight[];
  focusNote: boolean;
}

const short = (text: string, n = 60) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The highlight's view. */
export function HighlightDetail({ highlight: h, orphaned, others, focusNote }: HighlightDetailProps) {
  const wb = useWorkbench();
  const { run, view, panel } = wb;
  const links = highlightLinks(h.id, view);
  const unlinked = view.claims.filter((c) => !links.some((l) => l.claim.id === c.id));
  const [target, setTarget] = useState<{ claimId: string; stance: Stance }>({ claimId: '', stance: 'supports' });
  const claimId = unlinked.some((c) => c.id === target.claimId) ? target.claimId : (unlinked.find((c) => c.id === panel.activeClaimId) ?? unlinked[0])?.id ?? '';
  const article = wb.articles.get(h.articleId);
  const update = (patch: Partial<Pick<Highlight, 'color' | 'label' | 'note'>>) => void run('highlights.update', { id: h.id, patch }, 'Could not change the highlight');

  const remove = async () => {
    if ((await run('highlights.delete', { id: h.id }, 'Could not delete the highlight')) === undefined) return;
    panel.selectHighlight(null);
    wb.toast(links.length > 0 ? `Highlight deleted with its ${links.length} evidence link${links.length === 1 ? '' : 's'}` : 'Highlight deleted', {
      label: 'Undo',
      run: () => void wb.undo(),
    });
  };

  return (
    <div
      className="hl-detail"
      data-testid="highlight-detail"
      data-highlight-id={h.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented && !isTextEntry(e.target)) panel.selectHighlight(null);
      }}
    >
      <div className="hl-detail__bar">
        <button type="button" className="button button--small button--quiet" onClick={() => panel.selectHighlight(null)} data-testid="highlight-back">
          ← Highlights
        </button>
        <span className="drag-handle" draggable onDragStart={(e) => setHighlightDrag(e.dataTransfer, h.id, h.target.quote.exact)} title="Drag onto a claim to link this passage" data-testid="highlight-drag">
          ⠿ Drag to a claim
        </span>
      </div>
      <blockquote className={`quote quote--block hl--${h.color}`} dir="auto" data-testid="highlight-quote">
        {h.target.quote.exact}
      </blockquote>
      <p className="hl-detail__article">
        {article?.removed ? <span className="badge badge--removed">article removed</span> : null} {article?.title ?? 'Unknown article'}
        {orphaned && (
          <span className="badge badge--orphan" data-testid="orphaned-label">
            orphaned — text not found
          </span>
        )}
      </p>
      <ParallelPassages highlight={h} />

      {others.length > 0 && (
        <section className="hl-detail__others" aria-label="Other highlights here">
          <h3 className="claim-detail__heading">Also highlighted here — open instead</h3>
          <ul className="hl-detail__other-list">
            {others.map((o) => (
              <li key={o.id}>
                <button type="button" className="hl-item hl-item--compact" onClick={() => panel.selectHighlight(o.id, { others: [h.id, ...others.filter((x) => x.id !== o.id).map((x) => x.id)] })} data-testid="other-highlight">
                  <ColorSwatch color={o.color} />
                  <span className="hl-item__quote" dir="auto">{o.target.quote.exact}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="hl-detail__colors" role="group" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c.color}
            type="button"
            className="color-choice"
            aria-pressed={h.color === c.color}
            aria-label={`${c.label} (${c.color}, ${c.patternName})`}
            title={c.meaning}
            onClick={() => h.color !== c.color && update({ color: c.color })}
            data-testid={`color-${c.color}`}
          >
            <ColorSwatch color={c.color} />
          </button>
        ))}
      </div>
      <DraftField value={h.note} onSave={(note) => update({ note })} label="Note" placeholder="What matters about this passage" rows={3} maxLength={LIMITS.maxNoteLength} autoFocus={focusNote} testId="highlight-note" />
      <DraftField value={h.label ?? ''} onSave={(label) => update({ label: label.trim() || null })} label="Label (optional)" placeholder="e.g. key figure" singleLine maxLength={LIMITS.maxLabelLength} testId="highlight-label" />

      <section className="hl-detail__links" aria-label="Claims this passage bears on">
        <h3 className="claim-detail__heading">Evidence for</h3>
        {links.length === 0 && <p className="panel-empty panel-empty--inline">Not linked to any claim yet.</p>}
        <ul className="hl-detail__link-list">
          {links.map(({ link, claim }) => (
            <li key={link.id} className="hl-detail__link" data-testid="highlight-link">
              <button type="button" className="link-button hl-detail__claim" dir="auto" onClick={() => panel.openClaim(claim.id)}>
                {claim.text}
              </button>
              <LinkEditor link={link} subject={`the claim “${short(claim.text)}”`} />
            </li>
          ))}
        </ul>
        {unlinked.length > 0 && (
          <form
            className="link-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (claimId) void run('links.create', { highlightId: h.id, claimId, stance: target.stance }, 'Could not link the passage');
            }}
          >
            <select className="select select--small link-form__claim" aria-label="Claim to link to" value={claimId} onChange={(e) => setTarget({ ...target, claimId: e.target.value })} data-testid="link-claim-select">
              {unlinked.map((c) => (
                <option key={c.id} value={c.id}>
                  {short(c.text)}
                </option>
              ))}
            </select>
            <select className="select select--small" aria-label="Stance" value={target.stance} onChange={(e) => setTarget({ claimId, stance: e.target.value as Stance })} data-testid="link-stance-select">
              {STANCES.map((s) => (
                <option key={s.stance} value={s.stance}>
                  {s.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--small" data-testid="link-submit">
              Link
            </button>
          </form>
        )}
      </section>

      <div className="hl-detail__foot">
        <StampLine item={h} />
        <button type="button" className="button button--small button--quiet button--danger-quiet" onClick={() => void remove()} data-testid="highlight-delete">
          Delete highlight
        </button>
      </div>
    </div>
  );
}
