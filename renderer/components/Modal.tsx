/**
 * A modal built on the native <dialog>: focus is trapped and restored by the browser, Esc
 * closes it, and the page behind is inert.
 */
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

/** Props of <Modal>. */
export interface ModalProps {
  /** Id of the heading inside, for aria-labelledby. */
  labelledBy: string;
  /** Called on Esc; the parent unmounts the modal to close it. */
  onCancel(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
  /**
   * What gets the focus when the dialog opens (e.g. its heading, so a screen reader starts
   * there); by default the browser focuses the first focusable element.
   */
  initialFocus?: RefObject<HTMLElement | null>;
}

/** Shown while mounted. */
export function Modal({ labelledBy, onCancel, children, className, testId, initialFocus }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read once, when the dialog opens (children's own effects run before this one, while the
  // dialog is still closed and nothing in it can take the focus).
  const focusFirst = useRef(initialFocus);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      focusFirst.current?.current?.focus();
    }
    return () => dialog?.close();
  }, []);
  // Closed before React removes it (layout cleanups run first), so the browser gives focus back
  // to where it was — the library row a Delete key press came from — not to the page's body.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(e) => {
        // Let React own the open state: Esc asks the parent to unmount us.
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
