/**
 * Merging as the workspace shares it: start a merge (a colleague's copy, a dropped project
 * file, the open file's changes on disk) or open the pending conflicts. Provided by
 * <MergeProvider>, which owns the merge dialog.
 */
import { createContext, useContext } from 'react';
import type { MergeState } from './use-merge.js';

/** The ways into the merge dialog. */
export type MergeFlow = Pick<MergeState, 'pickCopy' | 'offerFile' | 'previewPath' | 'mergeFromDisk' | 'openPending'> & {
  /** The merge dialog is open. */
  open: boolean;
};

/** Provided by <MergeProvider>. */
export const MergeContext = createContext<MergeFlow | null>(null);

/** The merge flow; only valid below <MergeProvider>. */
export function useMergeFlow(): MergeFlow {
  const value = useContext(MergeContext);
  if (!value) throw new Error('useMergeFlow() used outside <MergeProvider>');
  return value;
}
