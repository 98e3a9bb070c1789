/**
 * The stack of error alerts. Each says what failed and why, and can be dismissed; the app
 * stays usable underneath.
 */
import type { Notice } from '../state/notices.js';

/** Props of <Notices>. */
export interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}

/** Renders nothing when there are no notices. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} role="alert" className="notice" data-testid="error-alert">
          <div className="notice__text">
            <strong className="notice__title">{n.title}</strong>
            <p className="notice__message" dir="auto">{n.message}</p>
          </div>
          <button type="button" className="icon-button notice__close" aria-label="Dismiss" onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
