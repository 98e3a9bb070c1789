/**
 * The export dialog (File › Export…, Ctrl/Cmd+E): which claims, their order, the report's
 * sections, the format (reports, then files for other tools, each with what it is for) and an
 * optional title on the left; on the right the live preview of the HTML report in a sandboxed
 * frame (no scripts, no same origin: claim and article text is untrusted). Export writes the
 * file (desktop) or downloads it (browser); progress and failures are shown here.
 */
import { useId, useRef } from 'react';
import { exportFormat } from '../../shared/export-formats.js';
import { REPORT_ORDERS, type ReportOrder } from '../../shared/report/options.js';
import { FORMAT_GROUPS, SECTION_LIST, type ChecklistRow } from '../lib/export-choices.js';
import { formatCount, plural } from '../lib/format.js';
import type { ExportState } from '../state/use-export.js';
import { ExportClaimsField } from './ExportClaimsField.js';
import { Modal } from './Modal.js';

/** Props of <ExportDialog>. */
export interface ExportDialogProps {
  state: ExportState;
  projectName: string;
  /** The claims checklist, in the project's order. */
  rows: readonly ChecklistRow[];
  /** How many claims the claims panel shows, and whether its filter hides some. */
  shownCount: number;
  filtered: boolean;
  /** Desktop: Export asks where to save; browser: it downloads. */
  shell: 'electron' | 'browser';
}

/** The preview column. */
function PreviewPane({ state, formatLabel, isHtml }: { state: ExportState; formatLabel: string; isHtml: boolean }) {
  const { value, loading, error } = state.preview;
  return (
    <section className="export__preview" aria-label="Preview" aria-busy={loading}>
      <div className="export__preview-head">
        <h3 className="export__legend">Preview</h3>
        <p className="export__preview-status" role="status" data-testid="export-preview-status">
          {value && value.shown < value.claims
            ? `Showing ${formatCount(value.shown)} of ${plural(value.claims, 'claim')}`
            : value
              ? plural(value.claims, 'claim')
              : loading
                ? 'Loading the preview…'
                : ''}
        </p>
      </div>
      {!isHtml && (
        <p className="export__note" data-testid="export-format-note">
          The file is a {formatLabel}; this is the HTML report of the same claims.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="export-preview-error">
          The preview could not be made: {error.message}
        </p>
      )}
      {/* An empty sandbox: the report's text runs no script and reaches nothing of the app. */}
      <iframe className="export__frame" sandbox="" srcDoc={value?.html ?? ''} title="Preview of the report" data-testid="export-preview" />
    </section>
  );
}

/** Shown while `state.isOpen`. */
export function ExportDialog({ state, projectName, rows, shownCount, filtered, shell }: ExportDialogProps) {
  const titleId = useId();
  const formatName = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { choices, running, progress, error, problem } = state;
  const format = exportFormat(choices.format);

  return (
    <Modal labelledBy={titleId} onCancel={state.close} className="modal--export" testId="export-dialog" initialFocus={heading}>
      <h2 id={titleId} ref={heading} tabIndex={-1} className="modal__title">
        Export “{projectName}”
      </h2>
      <div className="export">
        <form
          className="export__options"
          aria-label="What to export"
          onSubmit={(e) => {
            e.preventDefault();
            void state.exportNow();
          }}
        >
          <ExportClaimsField
            scope={choices.scope}
            rows={rows}
            ticked={choices.ticked}
            shownCount={shownCount}
            filtered={filtered}
            onScope={(scope) => state.change({ scope })}
            onTick={state.tick}
            onTickAll={state.tickAll}
          />

          <label className="export__field export__row">
            <span className="export__legend">Order</span>
            <select className="select" value={choices.order} onChange={(e) => state.change({ order: e.target.value as ReportOrder })} data-testid="export-order">
              {(Object.entries(REPORT_ORDERS) as Array<[ReportOrder, string]>).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>

          <fieldset className="export__field" disabled={!format.usesSections} aria-describedby={format.usesSections ? undefined : `${titleId}-sections-hint`}>
            <legend className="export__legend">Sections</legend>
            {SECTION_LIST.map(([id, label]) => (
              <label key={id} className="export__choice">
                <input
                  type="checkbox"
                  checked={choices.sections[id]}
                  onChange={(e) => state.change({ sections: { ...choices.sections, [id]: e.target.checked } })}
                  data-testid={`export-section-${id}`}
                />
                {label}
              </label>
            ))}
            {!format.usesSections && (
              <p id={`${titleId}-sections-hint`} className="export__hint" data-testid="export-sections-hint">
                A {format.label} has no sections: it carries everything about the claims chosen.
              </p>
            )}
          </fieldset>

          <fieldset className="export__field">
            <legend className="export__legend">Format</legend>
            {FORMAT_GROUPS.map((group) => (
              <div key={group.kind} className="export__format-group" role="group" aria-label={group.label}>
                <p className="export__group-label" aria-hidden="true">
                  {group.label}
                </p>
                {group.formats.map((f) => (
                  <label key={f.id} className="export__format">
                    <input
                      type="radio"
                      name={formatName}
                      value={f.id}
                      checked={choices.format === f.id}
                      onChange={() => state.change({ format: f.id })}
                      aria-describedby={`${formatName}-${f.id}`}
                      data-testid={`export-format-${f.id}`}
                    />
                    <span className="export__format-text">
                      <span className="export__format-label">
                        {f.label} <span className="export__ext">{f.extension}</span>
                      </span>
                      <span id={`${formatName}-${f.id}`} className="export__format-description">
                        {f.description}
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            ))}
          </fieldset>

          <label className="export__field export__row">
            <span className="export__legend">Title</span>
            <input
              className="input"
              type="text"
              value={choices.title}
              placeholder={projectName}
              maxLength={2000}
              dir="auto"
              onChange={(e) => state.change({ title: e.target.value })}
              data-testid="export-title"
            />
          </label>
        </form>

        <PreviewPane state={state} formatLabel={format.label} isHtml={format.id === 'html'} />
      </div>

      {running && (
        <div className="export__progress" data-testid="export-progress">
          <p role="status">
            {progress ? `${progress.stage}${progress.total > 0 ? ` — ${formatCount(progress.done)} of ${formatCount(progress.total)}` : ''}` : 'Exporting…'}
          </p>
          {/* Without a total the bar is indeterminate. */}
          <progress className="progress" aria-label="Export progress" max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
        </div>
      )}
      {error && (
        <p className="form-error export__error" role="alert" data-testid="export-error">
          Could not export: {error.message}
        </p>
      )}
      <div className="modal__actions">
        {problem && (
          <p className="export__problem" data-testid="export-problem">
            {problem}
          </p>
        )}
        <button type="button" className="button" onClick={state.close} data-testid="export-close">
          {running ? 'Close (the export goes on)' : 'Cancel'}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void state.exportNow()}
          disabled={running || problem !== null}
          data-testid="export-confirm"
        >
          {running ? 'Exporting…' : shell === 'electron' ? `Export ${format.label}…` : `Download ${format.label}`}
        </button>
      </div>
    </Modal>
  );
}
