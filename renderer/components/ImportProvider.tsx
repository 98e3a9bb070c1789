/**
 * Owns importing for the workspace: the import's state, the browser's hidden file pickers,
 * dropping files on the window (with its overlay), and the Import commands. A project file
 * picked or dropped is offered for merging (the merge flow) rather than imported.
 */
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/api.js';
import { useCommandSlice } from '../commands/host.js';
import { fromFileList, IMPORT_PICKER_ACCEPT, isHiddenPath, separateProjectFiles, separateProjectPaths, type LocalFailure, type PickedFile } from '../lib/files.js';
import { useCall } from '../state/backend.js';
import { ImportContext, type ImportFlow } from '../state/import-flow.js';
import { useMergeFlow } from '../state/merge-flow.js';
import type { Report } from '../state/notices.js';
import { useDropImport } from '../state/use-drop.js';
import { useImport } from '../state/use-import.js';
import { useLibraryContext } from '../state/use-library.js';
import { DropOverlay } from './DropOverlay.js';

/** Props of <ImportProvider>. */
export interface ImportProviderProps {
  shell: AppInfo['shell'];
  report: Report;
  children: ReactNode;
}

/** Provides the import flow to `children`. */
export function ImportProvider({ shell, report, children }: ImportProviderProps) {
  const call = useCall();
  const library = useLibraryContext();
  const imports = useImport(library.refresh);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const running = imports.phase !== 'idle';
  const { importFiles, importPaths } = imports;
  const { offerFile, previewPath } = useMergeFlow();

  // A project file among what was picked or dropped is offered for merging instead of failing
  // as an unsupported format; the articles import first (a merge previewed before an import
  // would no longer apply after it).
  const importPicked = useCallback(
    async (files: readonly PickedFile[], failedBefore: readonly LocalFailure[] = []) => {
      const { project, articles, failed } = separateProjectFiles(files);
      if (articles.length > 0 || failedBefore.length + failed.length > 0) await importFiles(articles, [...failedBefore, ...failed]);
      if (project) await offerFile(project.name);
    },
    [importFiles, offerFile],
  );

  const dragging = useDropImport(!running, (files, failed) => void importPicked(files, failed));

  const pick = useCallback(
    async (folders: boolean) => {
      if (shell === 'electron') {
        const r = await call('dialog.importPaths', { folders });
        if (r.ok) {
          const { project, others } = separateProjectPaths(r.value);
          if (others.length > 0) await importPaths(others);
          if (project) previewPath(project);
          return;
        }
        if (r.error.code !== 'unsupported') {
          report('Could not show the import dialog', r.error);
          return;
        }
      }
      (folders ? folderInput : filesInput).current?.click();
    },
    [call, importPaths, previewPath, report, shell],
  );

  useCommandSlice('imports', useMemo(() => ({ pick: (folders: boolean) => void pick(folders), running }), [pick, running]));
  const flow: ImportFlow = { ...imports, pick };

  return (
    <ImportContext value={flow}>
      {children}
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={IMPORT_PICKER_ACCEPT}
        hidden
        data-testid="import-files-input"
        onChange={(e) => {
          const files = e.target.files ? fromFileList(e.target.files) : [];
          e.target.value = '';
          if (files.length > 0) void importPicked(files);
        }}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          // Not in React's typings; Chromium and Electron support it.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(e) => {
          const files = e.target.files ? fromFileList(e.target.files).filter((f) => !isHiddenPath(f.name)) : [];
          e.target.value = '';
          if (files.length > 0) void importPicked(files);
        }}
      />
      <DropOverlay visible={dragging} />
    </ImportContext>
  );
}
