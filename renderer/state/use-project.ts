/**
 * The open project: its summary (kept current by 'project.changed' events), the app info, the
 * recent list, and the project actions. Failures are reported; actions resolve to success.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, ProjectSummary, RecentProject } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { useCall, useEvent } from './backend.js';
import type { Report } from './notices.js';

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
  create(path: string): Promise<boolean>;
  open(path: string): Promise<boolean>;
  openSample(): Promise<boolean>;
  save(): Promise<boolean>;
  /** Saves under a new path; asks before replacing another file unless `overwrite`. */
  saveAs(path: string, overwrite?: boolean): Promise<boolean>;
  close(): Promise<boolean>;
}

/** Loads and tracks the open project. */
export function useProject(report: Report): ProjectState {
  const call = useCall();
  const [loaded, setLoaded] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [project, setProject] = useState<ProjectSummary | null>(null);
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [busy, setBusy] = useState<ProjectState['busy']>(null);
  const [session, setSession] = useState(0);
  const savingAs = useRef(false);
  // The path we last showed, updated as soon as an action answers (before React re-renders).
  const shownPath = useRef<string | null>(null);
  const show = useCallback((next: ProjectSummary | null) => {
    shownPath.current = next?.path ?? null;
    setProject(next);
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [i, p] = await Promise.all([call('app.info', {}), call('project.current', {})]);
      if (!live) return;
      if (i.ok) setInfo(i.value);
      else report('Could not reach Warrant’s backend', i.error);
      if (p.ok) show(p.value);
      else report('Could not ask which project is open', p.error);
      setLoaded(true);
    })();
    return () => {
      live = false;
    };
  }, [call, report, show]);

  useEvent('project.changed', (next) => {
    // Another project opened behind our back (e.g. from Electron's menu): start a new session.
    if ((next?.path ?? null) !== shownPath.current && !savingAs.current) setSession((n) => n + 1);
    show(next);
  });

  // The recent list matters on the start screen: refresh it whenever no project is open.
  const projectOpen = project !== null;
  useEffect(() => {
    if (projectOpen) return;
    let live = true;
    void call('project.recent', {}).then((r) => {
      if (!live) return;
      if (r.ok) setRecent(r.value);
      else report('Could not load the recent projects', r.error);
    });
    return () => {
      live = false;
    };
  }, [call, report, projectOpen]);

  const run = useCallback(
    async (kind: NonNullable<ProjectState['busy']>, title: string, action: () => Promise<Result<ProjectSummary>>) => {
      setBusy(kind);
      try {
        const r = await action();
        if (!r.ok) {
          // A cancelled action needs no alert: the user chose it.
          if (r.error.code !== 'cancelled') report(title, r.error);
          return false;
        }
        // A new session unless the 'project.changed' event got here first and already started
        // one for this project (a second one would remount the workspace under the user's hands).
        if (kind === 'opening' && r.value.path !== shownPath.current) setSession((n) => n + 1);
        show(r.value);
        return true;
      } finally {
        setBusy(null);
      }
    },
    [report, show],
  );

  const create = useCallback(
    (path: string) => run('opening', 'Could not create the project', () => call('project.new', { path })),
    [call, run],
  );
  const open = useCallback(
    (path: string) => run('opening', 'Could not open the project', () => call('project.open', { path })),
    [call, run],
  );
  const openSample = useCallback(
    () => run('opening', 'Could not open the sample project', () => call('project.openSample', {})),
    [call, run],
  );
  const save = useCallback(() => run('saving', 'Could not save the project', () => call('project.save', {})), [call, run]);
  const saveAs = useCallback(
    async (path: string, overwrite = false) => {
      savingAs.current = true;
      try {
        return await run('saving', 'Could not save the project under a new name', async () => {
          const first = await call('project.saveAs', { path, overwrite });
          if (first.ok || first.error.code !== 'exists') return first;
          // Never replace another file without asking (the native dialog asks for itself).
          if (!window.confirm(`${first.error.message.replace(/ Replace it, or choose another name\.$/, '')}\n\nReplace it with this project?`)) {
            return { ok: false, error: { code: 'cancelled', message: 'Nothing was saved; the existing file was left as it was.' } };
          }
          return call('project.saveAs', { path, overwrite: true });
        });
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
        report('Could not close the project', r.error);
        return false;
      }
      show(null);
      setSession((n) => n + 1);
      return true;
    } finally {
      setBusy(null);
    }
  }, [call, report, show]);

  return { loaded, info, project, recent, session, busy, create, open, openSample, save, saveAs, close };
}
