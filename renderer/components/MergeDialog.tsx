/**
 * The merge dialog: what merging a copy would do (per kind: added, changed, deleted,
 * conflicts) before anything is written, then each conflict side by side with what to keep,
 * "Keep all mine / theirs", Apply (undecided conflicts stay pending, and the dialog says so) or
 * Cancel. The same dialog shows the conflicts left pending, and a file of another project
 * with "Import its articles only". One native <dialog> throughout; the heading takes the focus
 * whenever the content changes, so keyboard and screen-reader users start at the top.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { MergePreview } from '../../shared/api.js';
import { formatCount, plural } from '../lib/format.js';
import { COPY_SIDES, DISK_SIDES, KIND_WORDS, MERGE_KIND_ORDER, type SideWords } from '../lib/merge-words.js';
import { conflictKey, type MergeState } from '../state/use-merge.js';
import { ConflictCard } from './ConflictCard.js';
import { Modal } from './Modal.js';

/** Props of <MergeDialog>. */
export interface MergeDialogProps {
  state: MergeState;
  /** The open project's name. */
  projectName: string;
}

/** True when merging would change nothing at all. */
function nothingToMerge(p: MergePreview): boolean {
  return p.conflicts.length === 0 && MERGE_KIND_ORDER.every((k) => {
    const c = p.counts[k];
    return !c || c.added + c.changed + c.deleted + c.conflicts === 0;
  });
}

/** The per-kind summary table of a preview. */
function CountsTable({ preview }: { preview: MergePreview }) {
  const cell = (n: number, conflicts = false) => (
    <td className={`merge-counts__n${n === 0 ? ' is-zero' : ''}${conflicts && n > 0 ? ' is-conflict' : ''}`}>
      {conflicts && n > 0 && <span aria-hidden="true">⚠ </span>}
      {formatCount(n)}
    </td>
  );
  return (
    <table className="merge-counts" data-testid="merge-counts">
      <caption className="visually-hidden">What merging would change, by kind</caption>
      <thead>
        <tr>
          <th scope="col">In their copy</th>
          <th scope="col">Added</th>
          <th scope="col">Changed</th>
          <th scope="col">Deleted</th>
          <th scope="col">Conflicts</th>
        </tr>
      </thead>
      <tbody>
        {MERGE_KIND_ORDER.map((kind) => {
          const c = preview.counts[kind] ?? { added: 0, changed: 0, deleted: 0, conflicts: 0 };
          return (
            <tr key={kind} data-testid="merge-count-row" data-kind={kind}>
              <th scope="row">{KIND_WORDS[kind].many}</th>
              {cell(c.added)}
              {cell(c.changed)}
              {cell(c.deleted)}
              {cell(c.conflicts, true)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The dialog; shown while `state.view` is not closed. */
export function MergeDialog({ state, projectName }: MergeDialogProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { view, decisions, busy, error, conflicts } = state;

  // A new stage replaces what had the focus: start again at the heading.
  useEffect(() => {
    heading.current?.focus();
  }, [view.stage]);

  if (view.stage === 'closed') return null;

  const fromDisk = view.stage === 'preview' && view.preview.fromDisk;
  const sides: SideWords = fromDisk ? DISK_SIDES : COPY_SIDES;
  const decided = conflicts.filter((c) => decisions.has(conflictKey(c))).length;
  const undecided = conflicts.length - decided;

  let title: string;
  let intro: ReactNode = null;
  let body: ReactNode = null;
  let actions: ReactNode;

  const cancelButton = (label = 'Cancel') => (
    <button type="button" className="button" onClick={state.cancel} disabled={busy} data-testid="merge-cancel">
      {label}
    </button>
  );

  switch (view.stage) {
    case 'reading':
      title = view.what === 'pending' ? 'Conflicts to decide' : view.what === 'disk' ? 'Merge the changes made on disk' : 'Merge a colleague’s copy';
      body = (
        <p className="list-status" role="status" aria-busy="true">
          {view.what === 'pending' ? 'Loading the conflicts…' : `Reading “${view.file ?? ''}” and comparing it with “${projectName}”…`}
        </p>
      );
      actions = cancelButton();
      break;

    case 'other-project':
      title = `“${view.file}” is a different project`;
      body = (
        <div className="modal__body merge__prose" title={view.message}>
          <p>
            “{view.file}” is not a copy of “{projectName}”, so it cannot be merged. Merging works between copies of the same project: a file saved from
            this one and worked on by someone else.
          </p>
          <p>You can still import its articles into “{projectName}”; its highlights, claims, evidence links and ratings stay behind.</p>
        </div>
      );
      actions = (
        <>
          {cancelButton()}
          <button type="button" className="button button--primary" onClick={() => void state.importArticles()} disabled={busy} data-testid="merge-import-articles">
            {busy ? 'Importing…' : 'Import its articles only'}
          </button>
        </>
      );
      break;

    case 'imported': {
      const s = view.summary;
      title = `Articles imported from “${view.file}”`;
      body = (
        <div className="modal__body merge__prose" data-testid="merge-imported">
          <p>
            {plural(s.imported.length, 'article')} imported
            {s.duplicates.length > 0 && `, ${formatCount(s.duplicates.length)} already in this project`}
            {s.failed.length > 0 && `, ${formatCount(s.failed.length)} could not be read`}.
          </p>
          {s.imported.length > 0 && (
            <ul className="merge__list">
              {s.imported.map((a) => (
                <li key={a.id}>{a.title}</li>
              ))}
            </ul>
          )}
        </div>
      );
      actions = (
        <button type="button" className="button button--primary" onClick={state.cancel} data-testid="merge-close">
          Close
        </button>
      );
      break;
    }

    case 'preview':
    case 'pending': {
      const preview = view.stage === 'preview' ? view.preview : null;
      const empty = preview !== null && nothingToMerge(preview) && !preview.fromDisk;
      if (preview) {
        title = preview.fromDisk ? 'Merge the changes made on disk' : `Merge “${preview.source.file}”`;
        intro = preview.fromDisk ? (
          <p className="merge__intro">
            Another program (for example <code>warrant import</code> or a sync folder) changed <strong>{preview.source.file}</strong> after Warrant opened it.
            Its changes are merged into what is open here; then saving works again. Nothing is written until you apply.
          </p>
        ) : (
          <p className="merge__intro">
            A colleague’s copy of “{projectName}”{preview.source.name !== projectName && <> (named “{preview.source.name}” there)</>}. Their work is added
            beside yours; nothing is written until you apply, and the whole merge is one step of Undo.
          </p>
        );
      } else {
        title = 'Conflicts to decide';
        intro = (
          <p className="merge__intro">
            Left undecided by earlier merges. Your version is in use until you decide; theirs is kept aside in the project, so nothing is lost.
          </p>
        );
      }
      body = (
        <>
          {preview && (empty ? <p className="empty-note" data-testid="merge-nothing">Nothing to merge: “{projectName}” already has everything in this copy.</p> : <CountsTable preview={preview} />)}
          {conflicts.length > 0 && (
            <section className="merge__conflicts" aria-labelledby={`${titleId}-conflicts`}>
              <div className="merge__conflicts-head">
                <h3 id={`${titleId}-conflicts`} className="merge__subtitle">
                  {plural(conflicts.length, 'conflict')} to decide
                </h3>
                <div className="merge__bulk" role="group" aria-label="Decide every conflict">
                  <button type="button" className="button button--small" onClick={() => state.chooseAll('mine')} disabled={busy} data-testid="keep-all-mine">
                    {sides.allMine}
                  </button>
                  <button type="button" className="button button--small" onClick={() => state.chooseAll('theirs')} disabled={busy} data-testid="keep-all-theirs">
                    {sides.allTheirs}
                  </button>
                </div>
              </div>
              <p className="merge__hint">
                {preview ? 'Changed on both sides since the copies parted, so Warrant will not pick one for you. ' : ''}
                Fields that differ are marked <span aria-hidden="true">≠</span> differs.
              </p>
              <ol className="merge__conflict-list">
                {conflicts.map((c) => (
                  <li key={conflictKey(c)}>
                    <ConflictCard conflict={c} sides={sides} choice={decisions.get(conflictKey(c))} onChoose={(choice) => state.choose(c, choice)} disabled={busy} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {view.stage === 'pending' && conflicts.length === 0 && <p className="empty-note">No conflicts are waiting: every one has been decided.</p>}
        </>
      );
      const applyLabel = preview ? (preview.fromDisk ? 'Merge the changes' : 'Apply merge') : 'Apply decisions';
      actions = (
        <>
          {conflicts.length > 0 && (
            <p className="merge__status" role="status" data-testid="merge-status">
              {decided} of {plural(conflicts.length, 'conflict')} decided.
              {undecided > 0 && ` ${plural(undecided, 'undecided conflict')} will stay pending: yours stays in use, theirs is kept aside to decide later.`}
            </p>
          )}
          {empty || (!preview && conflicts.length === 0) ? (
            <button type="button" className="button button--primary" onClick={state.cancel} data-testid="merge-close">
              Close
            </button>
          ) : (
            <>
              {cancelButton()}
              <button
                type="button"
                className="button button--primary"
                onClick={() => void state.apply()}
                disabled={busy || (!preview && decided === 0)}
                data-testid="merge-apply"
              >
                {busy ? 'Applying…' : applyLabel}
              </button>
            </>
          )}
        </>
      );
      break;
    }
  }

  return (
    <Modal labelledBy={titleId} onCancel={() => !busy && state.cancel()} className="modal--merge" testId="merge-dialog" initialFocus={heading}>
      <div className="merge__head">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="modal__title merge__title">
          {title}
        </h2>
        {intro}
      </div>
      <div className="merge__scroll">{body}</div>
      {error && (
        <div className="merge__error" role="alert" data-testid="merge-error">
          <p className="form-error">{error.message}</p>
          {error.stale && (
            <button type="button" className="button button--small" onClick={state.again} data-testid="merge-again">
              Preview again
            </button>
          )}
        </div>
      )}
      <div className="modal__actions merge__actions">{actions}</div>
    </Modal>
  );
}
