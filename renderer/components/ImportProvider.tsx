/**
 * Owns importing for the workspace: the import's state, the browser's hidden file pickers,
 * dropping files on the window (with its overlay), and the Import commands. A project file
 * picked or dropped is offered for merging (the merge flow) rather than imported; annotation
 * and QDA files (`.qdpx`, `.jsonld`, `.json`) go to the interchange import, one file at a time,
 * confirmed by a toast whose Undo takes the last one back.
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/api.js';
import { useCommandSlice } from '../commands/host.js';
import {
  fromFileList,
  IMPORT_PICKER_ACCEPT,
  isHiddenPath,
  separateInterchangeFiles,
  separateInterchangePaths,
  separateProjectFiles,
  separateProjectPaths,
  type LocalFailure,
  type PickedFile,
} from '../lib/files.js';
import { addedAnything, addedText } from '../lib/interchange-words.js';
import { useCall } from '../state/backend.js';
import { ImportContext, type ImportFlow } from '../state/import-flow.js';
import { useMergeFlow } from '../state/merge-flow.js';
import type { Report } from '../state/notices.js';
import { useDropImport } from '../state/use-drop.js';
import { useImport } from '../state/use-import.js';
import { useInterchangeImport, type InterchangeOutcome } from '../state/use-interchange-import.js';
import { useLibraryContext } from '../state/use-library.js';
import { useWorkbenchOrNull } from '../state/workbench.js';
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
  const wb = useWorkbenchOrNull();
  // The latest workbench for the toast's Undo, which runs after later renders.
  const latestWb = useRef(wb);
  useEffect(() => {
    latestWb.current = wb;
  });
  const { refresh } = library;
  const onInterchangeImported = useCallback(
    (outcomes: readonly InterchangeOutcome[]) => {
      if (outcomes.some((o) => o.ok && o.summary.counts.articles > 0)) refresh();
      // Each file is one undo step: the toast offers to take back the last one while it is on top.
      const last = outcomes.findLast((o) => o.ok && addedAnything(o.summary.counts));
      if (!last?.ok) return;
      latestWb.current?.toast(`${addedText(last.summary.counts)} from “${last.file}”`, {
        label: 'Undo',
        run: () => {
          const now = latestWb.current;
          if (now?.view.history.undoKind === 'interchange.import') void now.undo();
          else now?.toast(`Undo “${now.view.history.undoLabel ?? 'nothing'}” first: changes since the import come off the undo stack in order`);
        },
      });
    },
    [refresh],
  );
  const interchange = useInterchangeImport(onInterchangeImported);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const running = imports.phase !== 'idle' || interchange.running;
  const { importFiles, importPaths } = imports;
  const { importFiles: importInterchangeFiles, importPaths: importInterchangePaths } = interchange;
  const { offerFile, previewPath } = useMergeFlow();

  // A project file among what was picked or dropped is offered for merging instead of failing
  // as an unsupported format, and annotation files go to the interchange import. The articles
  // import first: annotations may refer to them, and a merge previewed before an import would
  // no longer apply after it.
  const importPicked = useCallback(
    async (files: readonly PickedFile[], failedBefore: readonly LocalFailure[] = []) => {
      const { project, articles, failed } = separateProjectFiles(files);
      const { interchange: annotationFiles, others, failed: nested } = separateInterchangeFiles(articles);
      const refused = [...failedBefore, ...failed, ...nested];
      if (others.length > 0 || refused.length > 0) await importFiles(others, refused);
      if (annotationFiles.length > 0) await importInterchangeFiles(annotationFiles);
      if (project) await offerFile(project.name);
    },
    [importFiles, importInterchangeFiles, offerFile],
  );

  const dragging = useDropImport(!running, (files, failed) => void importPicked(files, failed));

  const pick = useCallback(
    async (folders: boolean) => {
      if (shell === 'electron') {
        const r = await call('dialog.importPaths', { folders });
        if (r.ok) {
          const { project, others } = separateProjectPaths(r.value);
          const { interchange: annotationFiles, others: articles } = separateInterchangePaths(others);
          if (articles.length > 0) await importPaths(articles);
          if (annotationFiles.length > 0) await importInterchangePaths(annotationFiles);
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
    [call, importInterchangePaths, importPaths, previewPath, report, shell],
  );

  useCommandSlice('imports', useMemo(() => ({ pick: (folders: boolean) => void pick(folders), running }), [pick, running]));
  const flow: ImportFlow = { ...imports, pick, interchange };

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
