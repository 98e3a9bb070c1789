/**
 * Owns exporting for the workspace: the export dialog's state, the Export command (File ›
 * Export…, Ctrl/Cmd+E, the toolbar's button) and the confirmation afterwards ("Exported <file>").
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/api.js';
import type { AnnotationsView } from '../../shared/api.js';
import type { ArticleRef } from '../../shared/annotations/summary.js';
import type { Claim } from '../../shared/model.js';
import { useCommandSlice } from '../commands/host.js';
import { claimRows, isFiltering, NO_FILTER, summarizeAll, type ClaimFilter, type ClaimSort } from '../lib/claims-view.js';
import { checklistRows } from '../lib/export-choices.js';
import type { Report } from '../state/notices.js';
import { useExport } from '../state/use-export.js';
import { useWorkbenchOrNull } from '../state/workbench.js';
import { ExportDialog } from './ExportDialog.js';

/** Props of <ExportProvider>. */
export interface ExportProviderProps {
  shell: AppInfo['shell'];
  projectName: string;
  report: Report;
  children: ReactNode;
}

const NO_CLAIMS: readonly Claim[] = [];

/**
 * The ids of the claims the panel lists now, in its order (a parent kept for a matching
 * sub-claim included). Without a filter or a sort that is the claim tree, which needs no
 * evidence summaries; otherwise the panel's own rows are rebuilt.
 */
function shownClaimIds(view: AnnotationsView | null, articles: Map<string, ArticleRef> | null, sort: ClaimSort, filter: ClaimFilter): string[] {
  if (!view || !articles) return [];
  if (!isFiltering(filter) && sort === 'manual') return checklistRows(view.claims).map((r) => r.id);
  return claimRows(view.claims, summarizeAll(view, articles), sort, filter).map((r) => r.claim.id);
}

/** Provides the Export command to `children` and shows the export dialog. */
export function ExportProvider({ shell, projectName, report, children }: ExportProviderProps) {
  const wb = useWorkbenchOrNull();
  // The latest workbench for the toast, shown after the export's awaits.
  const latest = useRef(wb);
  useEffect(() => {
    latest.current = wb;
  });

  const view = wb?.view ?? null;
  const claims = view?.claims ?? NO_CLAIMS;
  const sort = wb?.panel.claimSort ?? 'manual';
  const filter = wb?.panel.claimFilter ?? NO_FILTER;
  const articles = wb?.articles ?? null;
  const shownIds = useMemo(() => shownClaimIds(view, articles, sort, filter), [view, articles, sort, filter]);

  const onExported = useCallback((fileName: string) => latest.current?.toast(`Exported ${fileName}`), []);

  const state = useExport({ shell, projectName, claims, shownIds, panelSort: sort, revision: view, onExported, report });
  const { open, isOpen } = state;
  useCommandSlice('exports', useMemo(() => ({ open, isOpen }), [open, isOpen]));

  const rows = useMemo(() => (isOpen ? checklistRows(claims) : []), [claims, isOpen]);

  return (
    <>
      {children}
      {isOpen && (
        <ExportDialog
          state={state}
          projectName={projectName}
          rows={rows}
          shownCount={shownIds.length}
          filtered={isFiltering(filter)}
          shell={shell}
        />
      )}
    </>
  );
}
