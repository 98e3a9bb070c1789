/**
 * A modal built on the native <dialog>: focus is trapped and restored by the browser, Esc
 * closes it, and the page behind is inert.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props of <Modal>. */
export interface ModalProps {
  /** Id of the heading inside, for aria-labelledby. */
  labelledBy: string;
  /** Called on Esc; the parent unmounts the modal to close it. */
  onCancel(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** Shown while mounted. */
export function Modal({ labelledBy, onCancel, children, className, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
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
