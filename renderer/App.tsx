/**
 * The application: the start screen when no project is open, the workspace otherwise, plus the
 * path dialog and the error alerts, which both can show.
 */
import type { WarrantBridge } from '../shared/transport.js';
import { Notices } from './components/Notices.js';
import { PathDialog } from './components/PathDialog.js';
import { StartScreen } from './components/StartScreen.js';
import { Workspace } from './components/Workspace.js';
import { BridgeContext, useEvent } from './state/backend.js';
import { ReportContext, useNotices } from './state/notices.js';
import { usePathPrompt } from './state/use-path-prompt.js';
import { useProjectCommands } from './state/use-project-commands.js';
import { useProject } from './state/use-project.js';

/** Props of <App>. */
export interface AppProps {
  bridge: WarrantBridge;
}

/** Root component; everything below talks to the backend through `bridge`. */
export function App({ bridge }: AppProps) {
  return (
    <BridgeContext value={bridge}>
      <Shell />
    </BridgeContext>
  );
}

function Shell() {
  const { notices, report, dismiss } = useNotices();
  const state = useProject(report);
  const prompt = usePathPrompt();
  const commands = useProjectCommands(state, prompt.ask, report);
  const { project, info } = state;

  // Desktop menu: New and Open work everywhere; the workspace handles the project commands.
  useEvent('menu.command', ({ command }) => {
    if (prompt.request) return;
    if (command === 'new') void commands.newProject();
    else if (command === 'open') void commands.openProject();
  });

  return (
    <ReportContext value={report}>
      {!state.loaded ? (
        <main className="start" aria-busy="true">
          <p className="list-status">Starting Warrant…</p>
        </main>
      ) : project ? (
        <Workspace key={state.session} project={project} info={info} state={state} commands={commands} report={report} />
      ) : (
        <StartScreen
          recent={state.recent}
          busy={state.busy !== null}
          version={info?.version ?? null}
          onNew={() => void commands.newProject()}
          onOpen={() => void commands.openProject()}
          onOpenSample={() => void state.openSample()}
          onOpenRecent={(path) => void state.open(path)}
        />
      )}
      {prompt.request && <PathDialog request={prompt.request} onAnswer={prompt.answer} />}
      <Notices notices={notices} onDismiss={dismiss} />
    </ReportContext>
  );
}
