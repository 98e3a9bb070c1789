/**
 * Confirmations at the bottom of the window, in a polite live region so screen readers
 * announce them. A toast may carry one action (Undo).
 */
import type { Toast } from '../state/use-toasts.js';

/** Props of <Toasts>. */
export interface ToastsProps {
  toasts: readonly Toast[];
  onDismiss(id: number): void;
}

/** The live region; always present so announcements are not missed. */
export function Toasts({ toasts, onDismiss }: ToastsProps) {
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((t) => (
        <div key={t.id} className="toast" data-testid="toast">
          <span className="toast__message" dir="auto">{t.message}</span>
          {t.action && (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                t.action!.run();
                onDismiss(t.id);
              }}
              data-testid="toast-action"
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="icon-button toast__close" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
