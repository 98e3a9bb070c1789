/**
 * Asks before a destructive action (or offers a way on, `tone="primary"`). The safe choice
 * (Cancel) has the focus.
 */
import { useId, type ReactNode } from 'react';
import { Modal } from './Modal.js';

/** Props of <ConfirmDialog>. */
export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** How the confirm button looks: red for what cannot be taken back (default), or the usual primary. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A confirmation with a danger button. */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'danger', busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onCancel={onCancel} testId="confirm-dialog">
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <div className="modal__body">{children}</div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className={`button button--${tone}`} onClick={onConfirm} disabled={busy} data-testid="confirm-button">
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
