/**
 * The application: the start screen when no project is open, the workspace otherwise, plus the
 * dialogs both can show (path, confirmation) and the error alerts. It also hosts the command
 * registry, so keys and the desktop menu reach whichever screen is showing.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WarrantBridge } from '../shared/transport.js';
import { CommandsContext, useCommandHost, useCommandSlice, useRunCommand } from './commands/host.js';
import { ConfirmDialog } from './components/ConfirmDialog.js';
import { Notices } from './components/Notices.js';
import { PathDialog } from './components/PathDialog.js';
import { SkipLink } from './components/SkipLink.js';
import { StartScreen } from './components/StartScreen.js';
import { Workspace } from './components/Workspace.js';
import { BridgeContext } from './state/backend.js';
import { ReportContext, useNotices, type Report } from './state/notices.js';
import { useConnection, useConnectionMonitor } from './state/use-connection.js';
import { useProjectCommands } from './state/use-project-commands.js';
import { useProject } from './state/use-project.js';
import { usePrompt, type ConfirmRequest, type PathRequest } from './state/use-prompt.js';

/** Props of <App>. */
export interface AppProps {
  bridge: WarrantBridge;
}

/** Root component; everything below talks to the backend through `bridge`. */
export function App({ bridge }: AppProps) {
  return (
    <BridgeContext value={bridge}>
      <Commands />
    </BridgeContext>
  );
}

/** Hosts the command registry (it hears the backend's menu events, so it sits below the bridge). */
function Commands() {
  const host = useCommandHost();
  return (
    <CommandsContext value={host}>
      <Shell />
    </CommandsContext>
  );
}

function Shell() {
  const { notices, report: show, dismiss, withdraw } = useNotices();
  // A call that failed because the server is not answering is one problem, whatever was tried:
  // one notice (topic `connection`), gone once the server answers again.
  const monitor = useConnectionMonitor();
  const connection = useConnection();
  const report = useCallback<Report>((title, error, topic) => show(title, error, monitor.get() === 'connected' ? topic : 'connection'), [monitor, show]);
  useEffect(() => {
    if (connection === 'connected') withdraw('connection');
  }, [connection, withdraw]);
  const state = useProject(report);
  const pathPrompt = usePrompt<PathRequest, string | null>(null);
  const confirmPrompt = usePrompt<ConfirmRequest, boolean>(false);
  const commands = useProjectCommands(state, { askPath: pathPrompt.ask, confirm: confirmPrompt.ask }, report);
  const run = useRunCommand();
  const { project, info } = state;

  // A failed save stops being news once the project saves again (e.g. after merging the
  // changes another program made on disk): never leave "Could not save" beside "Saved".
  // While it is not healthy, the banner under the header says why (one message per problem), so
  // the save alerts wait behind it rather than repeat it.
  const saveHealthy = project !== null && !project.saveError && !project.diskChanged;
  useEffect(() => {
    if (saveHealthy) withdraw('save');
  }, [saveHealthy, withdraw]);

  // Merge with no project open (start screen, or the menu): open one, then ask for the copy.
  const [mergeOnOpen, setMergeOnOpen] = useState(false);
  const mergeStarted = useCallback(() => setMergeOnOpen(false), []);

  // New and Open work with or without a project; not while a dialog is already asking.
  const dialogOpen = pathPrompt.request !== null || confirmPrompt.request !== null;
  const { newProject, openProject } = commands;
  useCommandSlice(
    'app',
    useMemo(
      () => ({
        newProject: () => void newProject(),
        openProject: () => void openProject(),
        openThenMerge: () => void openProject().then((opened) => setMergeOnOpen(opened)),
        dialogOpen,
      }),
      [newProject, openProject, dialogOpen],
    ),
  );

  return (
    <ReportContext value={report}>
      {project && <SkipLink />}
      {!state.loaded ? (
        <main className="start" aria-busy="true">
          <p className="list-status">Starting Warrant…</p>
        </main>
      ) : project ? (
        <Workspace
          key={state.session}
          project={project}
          info={info}
          state={state}
          commands={commands}
          report={report}
          mergeOnOpen={mergeOnOpen}
          onMergeStarted={mergeStarted}
        />
      ) : (
        <StartScreen
          recent={state.recent}
          busy={state.busy !== null}
          version={info?.version ?? null}
          onNew={() => run('new')}
          onOpen={() => run('open')}
          onMerge={() => run('merge')}
          onOpenSample={() => void state.openSample()}
          onOpenRecent={(path) => void state.open(path)}
        />
      )}
      {pathPrompt.request && <PathDialog request={pathPrompt.request} onAnswer={pathPrompt.answer} />}
      {confirmPrompt.request && (
        <ConfirmDialog
          title={confirmPrompt.request.title}
          confirmLabel={confirmPrompt.request.confirmLabel}
          tone={confirmPrompt.request.tone}
          onConfirm={() => confirmPrompt.answer(true)}
          onCancel={() => confirmPrompt.answer(false)}
        >
          <p>{confirmPrompt.request.message}</p>
        </ConfirmDialog>
      )}
      {state.damaged && (
        <ConfirmDialog
          title="Open the rest read-only?"
          confirmLabel="Open read-only"
          tone="primary"
          onConfirm={() => void state.openReadOnly()}
          onCancel={state.dismissDamaged}
        >
          <p data-testid="damaged-message">{state.damaged.message}</p>
          <p>
            The damaged articles are set aside and nothing is written to this file, so a backup or a colleague’s copy can still restore them. Use Save As to keep
            a working copy of the rest.
          </p>
        </ConfirmDialog>
      )}
      <Notices notices={saveHealthy || project === null ? notices : notices.filter((n) => n.topic !== 'save')} onDismiss={dismiss} />
    </ReportContext>
  );
}
