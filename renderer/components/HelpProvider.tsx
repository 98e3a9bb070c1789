/**
 * Owns the help overlay: open while the researcher reads it. Opened by the help command
 * (?, the menu's Keyboard Shortcuts, the claims panel's ? button).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useCommandSlice } from '../commands/host.js';
import { HelpOverlay } from './HelpOverlay.js';

/** Props of <HelpProvider>. */
export interface HelpProviderProps {
  children: ReactNode;
}

/** Provides the help command while mounted and shows the overlay when asked. */
export function HelpProvider({ children }: HelpProviderProps) {
  const [open, setOpen] = useState(false);
  useCommandSlice('help', useMemo(() => ({ open: () => setOpen(true) }), []));
  return (
    <>
      {children}
      {open && <HelpOverlay onClose={() => setOpen(false)} />}
    </>
  );
}
