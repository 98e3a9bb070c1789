/**
 * The open project: its summary (kept current by 'project.changed' events), the app info, the
 * recent list, and the project actions. Failures are reported; actions resolve to success.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, ProjectSummary, RecentProject } from '../../shared/api.js';
import type { ErrorCode, Result } from '../../shared/result.js';
import { useCall, useEvent } from './backend.js';
import type { Report } from './notices.js';
import { useBackendRead } from './use-backend-read.js';
import { useConnection } from './use-connection.js';
import { useLatestCall } from './use-latest-call.js';

/**
 * How a New or Save As ended. `exists`: a file is already at that path and is left alone (New
 * never replaces one; Save As only when allowed); `path` and `file` name it for the question to
 * ask next (from the error's details, never its wording).
 */
export type PathOutcome = { status: 'done' } | { status: 'failed' } | { status: 'exists'; path: string | null; file: string | null };

/** What useProject returns. */
export interface ProjectState {
  /** False until app.info and project.current have answered. */
  loaded: boolean;
  info: AppInfo | null;
  project: ProjectSummary | null;
  recent: RecentProject[];
  /**
   * Changes when a different project is opened (not when the same one is saved under a new
   * path), so the workspace can start fresh for it.
   */
  session: number;
  /** A project action in flight, for "Saving…" and disabled buttons. */
  busy: 'opening' | 'saving' | 'closing' | null;
  /** Creates a project file; refuses (`exists`) when one is already there. */
  create(path: string): Promise<PathOutcome>;
  open(path: string): Promise<boolean>;
  /**
   * A project that could not be opened because some of its articles are damaged (error
   * `recovery: open-read-only`): what the backend said, for the offer to open the rest read-only.
   */
  damaged: { path: string; message: string } | null;
  /** Opens the rest of the damaged project read-only (the offer accepted). */
  openReadOnly(): Promise<boolean>;
  /** Declines the offer. */
  dismissDamaged(): void;
  openSample(): Promise<boolean>;
  save(): Promise<boolean>;
  /** Saves under a new path; refuses to replace another file (`exists`) unless `overwrite`. */
  saveAs(path: string, overwrite?: boolean): Promise<PathOutcome>;
  close(): Promise<boolean>;
}

/** A New or Save As result as an outcome; `exists` was not reported (the caller asks what next). */
function outcomeOf(r: Result<ProjectSummary>): PathOutcome {
  if (r.ok) return { status: 'done' };
  if (r.error.code !== 'exists') return { status: 'failed' };
  return { status: 'exists', path: r.error.details?.path ?? null, file: r.error.details?.file ?? null };
}

/** Loads and tracks the open project. */
export function useProject(report: Report): ProjectState {
  const call = useCall();
  const [loaded, setLoaded] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [project, setProject] = useState<ProjectSummary | null>(null);
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [busy, setBusy] = useState<ProjectState['busy']>(null);
  const [damaged, setDamaged] = useState<ProjectState['damaged']>(null);
  const [session, setSession] = useState(0);
  const savingAs = useRef(false);
  // The path we last showed, updated as soon as an action answers (before React re-renders).
  const shownPath = useRef<string | null>(null);
  const show = useCallback((next: ProjectSummary | null) => {
    shownPath.current = next?.path ?? null;
    setProject(next);
  }, []);

  const startup = useLatestCall();
  useEffect(() => {
    startup.run(
      () => Promise.all([call('app.info', {}), call('project.current', {})]),
      ([i, p]) => {
        if (i.ok) setInfo(i.value);
        else report('Could not reach Warrant’s backend', i.error);
        if (p.ok) show(p.value);
        else report('Could not ask which project is open', p.error);
        setLoaded(true);
      },
    );
    return startup.invalidate;
  }, [call, report, show, startup]);

  // Back from a server that was not answering: what it says now is the truth (a save may have
  // happened, or not, meanwhile; events sent while we were away were missed).
  const connection = useConnection();
  const wasLost = useRef(false);
  useEffect(() => {
    if (connection !== 'connected') {
      wasLost.current = true;
      return;
    }
    if (!wasLost.current) return;
    wasLost.current = false;
    startup.run(
      () => call('project.current', {}),
      (p) => {
        if (p.ok) show(p.value);
      },
    );
  }, [call, connection, show, startup]);

  useEvent('project.changed', (next) => {
    // Another project opened behind our back (e.g. from Electron's menu): start a new session.
    if ((next?.path ?? null) !== shownPath.current && !savingAs.current) setSession((n) => n + 1);
    show(next);
  });

  // The recent list matters on the start screen: refresh it whenever no project is open.
  useBackendRead('project.recent', {
    args: {},
    enabled: project === null,
    onValue: setRecent,
    onError: (e) => report('Could not load the recent projects', e),
  });

  /**
   * Runs a project action with `busy` set, shows its result, and reports a failure under
   * `title` — except a cancellation (the user chose it) and `expected`, which the caller handles.
   */
  const run = useCallback(
    async (kind: NonNullable<ProjectState['busy']>, title: string, action: () => Promise<Result<ProjectSummary>>, expected?: ErrorCode) => {
      setBusy(kind);
      try {
        const r = await action();
        if (!r.ok) {
          // A failed save is withdrawn once a save succeeds (App), so it never sits beside "Saved".
          if (r.error.code !== 'cancelled' && r.error.code !== expected) report(title, r.error, kind === 'saving' ? 'save' : undefined);
          return r;
        }
        // A new session unless the 'project.changed' event got here first and already started
        // one for this project (a second one would remount the workspace under the user's hands).
        if (kind === 'opening' && r.value.path !== shownPath.current) setSession((n) => n + 1);
        show(r.value);
        return r;
      } finally {
        setBusy(null);
      }
    },
    [report, show],
  );

  const create = useCallback(
    async (path: string) => outcomeOf(await run('opening', 'Could not create the project', () => call('project.new', { path }), 'exists')),
    [call, run],
  );
  const open = useCallback(
    async (path: string) => {
      const r = await run('opening', 'Could not open the project', () => call('project.open', { path }), 'corrupt-project');
      if (r.ok) return true;
      if (r.error.code !== 'corrupt-project') return false;
      // Damaged articles: offer the rest, read-only, instead of a dead end (decided on the field, not the words).
      if (r.error.details?.recovery === 'open-read-only') setDamaged({ path, message: r.error.message });
      else report('Could not open the project', r.error);
      return false;
    },
    [call, report, run],
  );
  const openReadOnly = useCallback(async () => {
    if (!damaged) return false;
    setDamaged(null);
    return (await run('opening', 'Could not open the project read-only', () => call('project.open', { path: damaged.path, readOnly: true }))).ok;
  }, [call, damaged, run]);
  const dismissDamaged = useCallback(() => setDamaged(null), []);
  const openSample = useCallback(
    async () => (await run('opening', 'Could not open the sample project', () => call('project.openSample', {}))).ok,
    [call, run],
  );
  // `conflict`: the file was changed on disk; the banner says so and offers the merge instead.
  const save = useCallback(async () => (await run('saving', 'Could not save the project', () => call('project.save', {}), 'conflict')).ok, [call, run]);
  const saveAs = useCallback(
    async (path: string, overwrite = false): Promise<PathOutcome> => {
      savingAs.current = true;
      try {
        // Never replace another file without asking: the caller asks, then calls again with overwrite.
        return outcomeOf(await run('saving', 'Could not save the project under a new name', () => call('project.saveAs', { path, overwrite }), 'exists'));
      } finally {
        savingAs.current = false;
      }
    },
    [call, run],
  );
  const close = useCallback(async () => {
    setBusy('closing');
    try {
      const r = await call('project.close', {});
      if (!r.ok) {
        // Closing saves first: a close that failed is the save's problem, shown once with it.
        report('Could not close the project', r.error, 'save');
        return false;
      }
      show(null);
      setSession((n) => n + 1);
      return true;
    } finally {
      setBusy(null);
    }
  }, [call, report, show]);

  return { loaded, info, project, recent, session, busy, create, open, damaged, openReadOnly, dismissDamaged, openSample, save, saveAs, close };
}
