/**
 * An open project: header, banners, and the three columns (search + library, reader, claims).
 * The workspace itself holds no state: each concern is owned by its provider (library, open
 * article, annotations, merging, agreement, export, import, article deletion, help) and read from
 * context below.
 */
import { useEffect, useMemo } from 'react';
import type { AppInfo, ProjectSummary } from '../../shared/api.js';
import { useCommandSlice } from '../commands/host.js';
import { useArticleNav } from '../state/article-nav.js';
import { useImports } from '../state/import-flow.js';
import type { Report } from '../state/notices.js';
import type { ProjectCommands } from '../state/use-project-commands.js';
import type { ProjectState } from '../state/use-project.js';
import { useLibraryContext } from '../state/use-library.js';
import { useWorkbenchOrNull } from '../state/workbench.js';
import { useMergeFlow } from '../state/merge-flow.js';
import { AgreementProvider } from './AgreementProvider.js';
import { ArticleDeletion } from './ArticleDeletion.js';
import { ClaimsPanel } from './ClaimsPanel.js';
import { HelpProvider } from './HelpProvider.js';
import { ExportProvider } from './ExportProvider.js';
import { ImportBanner } from './ImportBanner.js';
import { ImportProvider } from './ImportProvider.js';
import { ImportSummaryPanel } from './ImportSummaryPanel.js';
import { LibraryDrawerFrame, LibraryDrawerProvider } from './LayoutToggle.js';
import { InterchangeBanner, InterchangeSummaryPanel } from './InterchangeSummaryPanel.js';
import { MergeProvider } from './MergeProvider.js';
import { Reader } from './Reader.js';
import { ReaderPlaceholder } from './ReaderPlaceholder.js';
import { DiskChangedBanner, ReadOnlyBanner, SaveErrorBanner } from './SaveStatus.js';
import { Sidebar } from './Sidebar.js';
import { Toolbar } from './Toolbar.js';
import { WorkbenchProvider } from './WorkbenchProvider.js';
import { ArticleNavProvider, LibraryProvider } from './WorkspaceData.js';

/** Props of <Workspace>. */
export interface WorkspaceProps {
  project: ProjectSummary;
  info: AppInfo | null;
  state: ProjectState;
  commands: ProjectCommands;
  report: Report;
  /** Ask for a colleague's copy to merge once open (Merge chosen with no project open). */
  mergeOnOpen?: boolean;
  onMergeStarted?(): void;
}

/** The main window of an open project. */
export function Workspace({ project, info, state, commands, report, mergeOnOpen, onMergeStarted }: WorkspaceProps) {
  useEffect(() => {
    document.title = `${project.name}${project.dirty ? ' •' : ''} — Warrant`;
    return () => {
      document.title = 'Warrant';
    };
  }, [project.name, project.dirty]);

  const { save } = state;
  const { saveProjectAs } = commands;

  return (
    <LibraryProvider project={project} report={report}>
      <ArticleNavProvider>
        <WorkbenchProvider report={report}>
          <MergeProvider
            projectPath={project.path}
            projectName={project.name}
            chooseCopy={commands.chooseCopy}
            report={report}
            mergeOnOpen={mergeOnOpen}
            onMergeStarted={onMergeStarted}
          >
            <ProjectSlice state={state} commands={commands} diskChanged={project.diskChanged} />
            <AgreementProvider>
              <ExportProvider shell={info?.shell ?? 'browser'} projectName={project.name} report={report}>
                <ImportProvider shell={info?.shell ?? 'browser'} report={report}>
                  <ArticleDeletion report={report}>
                    <HelpProvider>
                      <LibraryDrawerProvider>
                      <div className="app">
                        <Toolbar project={project} saving={state.busy === 'saving'} busy={state.busy !== null} />
                        <Banners project={project} saving={state.busy === 'saving'} onRetry={() => void save()} onSaveAs={() => void saveProjectAs()} />
                        <div className="workspace">
                          <LibraryColumn projectPath={project.path} />
                          <ReaderColumn />
                          <ClaimsColumn />
                        </div>
                      </div>
                      </LibraryDrawerProvider>
                    </HelpProvider>
                  </ArticleDeletion>
                </ImportProvider>
              </ExportProvider>
            </AgreementProvider>
          </MergeProvider>
        </WorkbenchProvider>
      </ArticleNavProvider>
    </LibraryProvider>
  );
}

/** Props of <ProjectSlice>. */
interface ProjectSliceProps {
  state: ProjectState;
  commands: ProjectCommands;
  diskChanged: boolean;
}

/**
 * The project's commands (Save, Save As, Close) for the keys, the menu and the toolbar. While
 * the file is changed on disk by another program, saving would overwrite that, so Save opens
 * the merge of those changes instead (after which saving works again).
 */
function ProjectSlice({ state, commands, diskChanged }: ProjectSliceProps) {
  const { save, close } = state;
  const { saveProjectAs } = commands;
  const { mergeFromDisk } = useMergeFlow();
  useCommandSlice(
    'project',
    useMemo(
      () => ({ save: () => (diskChanged ? mergeFromDisk() : void save()), saveAs: () => void saveProjectAs(), close: () => void close() }),
      [diskChanged, mergeFromDisk, save, saveProjectAs, close],
    ),
  );
  return null;
}

/** Props of <Banners>. */
interface BannersProps {
  project: ProjectSummary;
  saving: boolean;
  onRetry(): void;
  onSaveAs(): void;
}

/**
 * Under the header: a read-only project (with Save As); the file changed on disk (with "Merge its changes"), else a failed autosave;
 * a running import, the last import's summary; the same for annotation and QDA files.
 */
function Banners({ project, saving, onRetry, onSaveAs }: BannersProps) {
  const imports = useImports();
  const merge = useMergeFlow();
  const nav = useArticleNav();
  const { interchange } = imports;
  const importing = imports.phase !== 'idle' || interchange.running;
  if (!importing && !imports.summary && !interchange.outcomes && !project.saveError && !project.diskChanged && !project.readOnly) return null;
  return (
    <div className="banners">
      {project.readOnly && <ReadOnlyBanner setAside={project.setAside} onSaveAs={onSaveAs} />}
      {project.diskChanged ? (
        <DiskChangedBanner path={project.path} merging={merge.open} onMerge={merge.mergeFromDisk} onSaveAs={onSaveAs} />
      ) : (
        project.saveError && <SaveErrorBanner message={project.saveError} saving={saving} onRetry={onRetry} onSaveAs={onSaveAs} />
      )}
      <ImportBanner state={imports} />
      {imports.summary && <ImportSummaryPanel summary={imports.summary} onDismiss={imports.dismissSummary} onOpenArticle={(id) => nav.open(id, null)} />}
      <InterchangeBanner state={interchange} />
      {interchange.outcomes && <InterchangeSummaryPanel outcomes={interchange.outcomes} onDismiss={interchange.dismiss} />}
    </div>
  );
}

/** The left column (search and library); a drawer in narrow windows. */
function LibraryColumn({ projectPath }: { projectPath: string }) {
  const { opened } = useArticleNav();
  return (
    <LibraryDrawerFrame openedId={opened?.id ?? null}>
      <Sidebar projectPath={projectPath} />
    </LibraryDrawerFrame>
  );
}

/** The centre column: the open article once the annotations are there, else guidance. */
function ReaderColumn() {
  const { opened } = useArticleNav();
  const library = useLibraryContext();
  const wb = useWorkbenchOrNull();
  return opened && wb ? (
    <Reader key={`${opened.id}\u0000${opened.query ?? ''}`} articleId={opened.id} query={opened.query} />
  ) : (
    <ReaderPlaceholder hasArticles={library.articles.length > 0} />
  );
}

/** The right-hand column: the claims panel once the annotations are there. */
function ClaimsColumn() {
  return useWorkbenchOrNull() ? (
    <ClaimsPanel />
  ) : (
    <aside className="panel" aria-label="Claims" aria-busy="true">
      <p className="list-status">Loading claims…</p>
    </aside>
  );
}
