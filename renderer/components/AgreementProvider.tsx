/**
 * Owns the rater agreement view for the workspace: the Agreement command opens it.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useCommandSlice } from '../commands/host.js';
import { AgreementDialog } from './AgreementDialog.js';

/** Provides the `agreement` command slice and shows the view when asked. */
export function AgreementProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  useCommandSlice('agreement', useMemo(() => ({ open: () => setOpen(true) }), []));
  return (
    <>
      {children}
      {open && <AgreementDialog onClose={() => setOpen(false)} />}
    </>
  );
}
