/**
 * An open project: header, import banners, and the three columns (search + library, reader,
 * claims). Owns what is selected and the import and delete flows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationHit, AppInfo, ProjectSummary } from '../../shared/api.js';
import type { ArticleMeta } from '../../shared/model.js';
import { articleAnnotationCounts } from '../lib/evidence.js';
import { fromFileList, isHiddenPath } from '../lib/files.js';
import { useCall, useEvent } from '../state/backend.js';
import type { Report } from '../state/notices.js';
import { useDropImport } from '../state/use-drop.js';
import { useImport } from '../state/use-import.js';
import { useIndexStatus } from '../state/use-index-status.js';
import { isShortcut, useKeydown } from '../state/use-keydown.js';
import { useLibrary } from '../state/use-library.js';
import type { ProjectCommands } from '../state/use-project-commands.js';
import type { ProjectState } from '../state/use-project.js';
import { useSearch } from '../state/use-search.js';
import { useAnnotationKeys } from '../state/use-annotation-keys.js';
import { useWorkbenchSetup } from '../state/use-workbench-setup.js';
import { WorkbenchContext } from '../state/workbench.js';
import type { FocusRequest } from './AnnotatedText.js';
import { AuthorDialog } from './AuthorDialog.js';
import { ClaimsPanel } from './ClaimsPanel.js';
import { DeleteArticleDialog } from './DeleteArticleDialog.js';
import { DropOverlay } from './DropOverlay.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ImportBanner } from './ImportBanner.js';
import { ImportSummaryPanel } from './ImportSummaryPanel.js';
import type { LibraryView } from './Library.js';
import { Reader } from './Reader.js';
import { ReaderPlaceholder } from './ReaderPlaceholder.js';
import { SaveErrorBanner } from './SaveStatus.js';
import { Sidebar } from './Sidebar.js';
import { Toasts } from './Toasts.js';
import { Toolbar } from './Toolbar.js';

/** Props of <Workspace>. */
export interface WorkspaceProps {
  project: ProjectSummary;
  info: AppInfo | null;
  state: ProjectState;
  commands: ProjectCommands;
  report: Report;
}

/** File types offered by the browser's file picker (others can still be chosen). */
const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf';

/** The main window of an open project. */
export function Workspace({ project, info, state, commands, report }: WorkspaceProps) {
  const call = useCall();
  const library = useLibrary(project, report);
  const index = useIndexStatus(project.path);
  const [query, setQuery] = useState('');
  const search = useSearch(query, library.articles, index?.state ?? null);
  const [selected, setSelected] = useState<{ id: string; query: string | null } | null>(null);
  const [view, setView] = useState<LibraryView>({ filter: '', sort: 'title', direction: 'asc' });
  const [pendingDelete, setPendingDelete] = useState<ArticleMeta | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const showArticle = useCallback((id: string, highlightId: string | null) => {
    setSelected((s) => (s?.id === id ? s : { id, query: null }));
    if (highlightId) setFocus((f) => ({ highlightId, nonce: (f?.nonce ?? 0) + 1 }));
  }, []);
  const setup = useWorkbenchSetup({ articles: library.articles, openArticleId: selected?.id ?? null, showArticle, report });
  const wb = setup.workbench;
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useAnnotationKeys(wb, openHelp);
  const imports = useImport(library.refresh);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const importing = imports.phase !== 'idle';

  const dragging = useDropImport(!importing, (files, failed) => void imports.importFiles(files, failed));

  useEffect(() => {
    document.title = `${project.name}${project.dirty ? ' •' : ''} — Warrant`;
    return () => {
      document.title = 'Warrant';
    };
  }, [project.name, project.dirty]);

  useKeydown((e) => {
    if (isShortcut(e, 's')) {
      e.preventDefault();
      if (e.shiftKey) void commands.saveProjectAs();
      else void state.save();
    } else if (isShortcut(e, 'f') && !selected) {
      // No article open: Ctrl/Cmd+F goes to the search box (the reader handles it otherwise).
      e.preventDefault();
      searchInput.current?.focus();
      searchInput.current?.select();
    }
  });

  const pickImport = useCallback(
    async (folders: boolean) => {
      if (info?.shell === 'electron') {
        const r = await call('dialog.importPaths', { folders });
        if (r.ok) {
          if (r.value.length > 0) await imports.importPaths(r.value);
          return;
        }
        if (r.error.code !== 'unsupported') {
          report('Could not show the import dialog', r.error);
          return;
        }
      }
      (folders ? folderInput : filesInput).current?.click();
    },
    [call, imports, info?.shell, report],
  );

  // Desktop menu commands for the open project ('new' and 'open' are handled by App; 'find'
  // by the reader while an article is open).
  useEvent('menu.command', ({ command }) => {
    if (command === 'importFiles' && !importing) void pickImport(false);
    else if (command === 'importFolder' && !importing) void pickImport(true);
    else if (command === 'save') void state.save();
    else if (command === 'saveAs') void commands.saveProjectAs();
    else if (command === 'close') void state.close();
    else if (command === 'find' && !selected) searchInput.current?.focus();
  });

  const openAnnotation = (hit: AnnotationHit) => {
    if (!wb) return;
    if (hit.claimId) wb.panel.openClaim(hit.claimId);
    if (hit.highlightId && hit.articleId) {
      wb.openArticleAt(hit.articleId, hit.highlightId);
      wb.panel.selectHighlight(hit.highlightId);
    }
  };

  const confirmDelete = async () => {
    if (!pendingDelete) return;
    setDeleting(true);
    const r = await call('articles.delete', { ids: [pendingDelete.id] });
    setDeleting(false);
    if (r.ok) {
      library.remove([pendingDelete.id]);
      if (selected?.id === pendingDelete.id) setSelected(null);
    } else {
      report(`Could not delete “${pendingDelete.title}”`, r.error);
    }
    setPendingDelete(null);
  };

  return (
    <WorkbenchContext value={wb}>
    <div className="app">
      <Toolbar
        project={project}
        saving={state.busy === 'saving'}
        busy={state.busy !== null}
        importing={importing}
        onImportFiles={() => void pickImport(false)}
        onImportFolder={() => void pickImport(true)}
        onSave={() => void state.save()}
        onSaveAs={() => void commands.saveProjectAs()}
        onNew={() => void commands.newProject()}
        onOpen={() => void commands.openProject()}
        onClose={() => void state.close()}
      />
      {(importing || imports.summary || project.saveError) && (
        <div className="banners">
          {project.saveError && (
            <SaveErrorBanner
              message={project.saveError}
              saving={state.busy === 'saving'}
              onRetry={() => void state.save()}
              onSaveAs={() => void commands.saveProjectAs()}
            />
          )}
          <ImportBanner state={imports} />
          {imports.summary && (
            <ImportSummaryPanel
              summary={imports.summary}
              onDismiss={imports.dismissSummary}
              onOpenArticle={(id) => setSelected({ id, query: null })}
            />
          )}
        </div>
      )}
      <div className="workspace">
        <Sidebar
          query={query}
          onQueryChange={setQuery}
          search={search}
          searchRef={searchInput}
          index={index}
          library={library}
          view={view}
          onViewChange={setView}
          selectedId={selected?.id ?? null}
          onOpen={(id, fromSearch) => {
            setSelected({ id, query: fromSearch ? query.trim() : null });
            setFocus(null);
            // A highlight of another article would be out of place under this one.
            const hl = wb?.panel.highlight && wb.view.highlights.find((h) => h.id === wb.panel.highlight!.id);
            if (hl && hl.articleId !== id) wb.panel.selectHighlight(null);
          }}
          onDelete={setPendingDelete}
          onOpenAnnotation={openAnnotation}
          articleTitle={(id) => wb?.articles.get(id)?.title ?? null}
        />
        {selected && wb ? (
          <Reader
            key={`${selected.id}\u0000${selected.query ?? ''}`}
            articleId={selected.id}
            query={selected.query}
            onClearQuery={() => setSelected({ id: selected.id, query: null })}
            onMetaSaved={library.replace}
            focus={focus}
          />
        ) : (
          <ReaderPlaceholder hasArticles={library.articles.length > 0} />
        )}
        {wb ? (
          <ClaimsPanel onHelp={openHelp} />
        ) : (
          <aside className="panel" aria-label="Claims" aria-busy="true">
            <p className="list-status">Loading claims…</p>
          </aside>
        )}
      </div>

      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-files-input"
        onChange={(e) => {
          const files = e.target.files ? fromFileList(e.target.files) : [];
          e.target.value = '';
          if (files.length > 0) void imports.importFiles(files);
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
          if (files.length > 0) void imports.importFiles(files);
        }}
      />
      <DropOverlay visible={dragging} />
      {pendingDelete && (
        <DeleteArticleDialog
          article={pendingDelete}
          counts={wb ? articleAnnotationCounts(pendingDelete.id, wb.view) : { highlights: 0, links: 0, claims: 0 }}
          busy={deleting}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        />
      )}
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      {setup.author.asking && <AuthorDialog onAnswer={setup.author.answer} />}
      <Toasts toasts={setup.toasts.toasts} onDismiss={setup.toasts.dismiss} />
    </div>
    </WorkbenchContext>
  );
}
