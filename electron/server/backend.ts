/**
 * The backend: the contract's handlers, one module per area (electron/server/<area>/app.ts),
 * combined into one map. Shared by Electron (IPC), `warrant serve` (HTTP) and the CLI, which
 * all call it through `dispatch`. Everything slow runs in worker threads, so the process
 * hosting it stays responsive.
 */
import type { MethodName, ResultOf, ArgsOf } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { Handlers } from '../../shared/transport.js';
import { SearchService } from '../index/search-service.js';
import type { ProjectSession } from '../project/session.js';
import { AnnotationHistory } from './annotations/history.js';
import { annotationsArea } from './annotations/app.js';
import { appArea } from './app/app.js';
import { combineAreas } from './areas.js';
import { articlesArea } from './articles/app.js';
import type { BackendOptions, ServerContext } from './context.js';
import { dispatch } from './dispatch.js';
import { validatedEmitter } from './events.js';
import { ImportJobs } from './import/jobs.js';
import { importArea } from './import/app.js';
import { prefsArea } from './prefs/app.js';
import { mergeArea } from './merge/app.js';
import { agreementArea } from './agreement/app.js';
import { exportArea } from './export/app.js';
import { interchangeArea } from './interchange/app.js';
import { projectArea } from './project/app.js';
import { OriginsService } from '../origins/origins-service.js';
import { originsArea } from './origins/app.js';
import { searchArea } from './search/app.js';
import { suggestArea } from './suggest/app.js';
import { Workspace } from './workspace.js';

export type { BackendOptions, Dialogs } from './context.js';

/** A running backend: its handlers, and a way to shut it down cleanly (saving first). */
export interface Backend {
  /** The combined handler map (arguments already validated; throws WarrantError). */
  handlers: Handlers;
  /** Calls a method as the transports do: validated arguments and result, errors as values. */
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>>;
  /** The open session, for the CLI. */
  session(): ProjectSession | null;
  /** Resolves when the search index matches the open project. */
  indexReady(): Promise<void>;
  /** Saves and stops. A failed save throws; with `force` the workers are stopped regardless. */
  dispose(opts?: { force?: boolean }): Promise<void>;
}

/** Creates the backend. */
export function createBackend(options: BackendOptions): Backend {
  const emit = validatedEmitter(options.emit);
  const history = new AnnotationHistory();
  const search = new SearchService({ cacheDir: options.cacheDir, onStatus: (status) => emit('index.progress', status) });
  const workspace = new Workspace({ search, history, emit, ...(options.autosaveDelayMs !== undefined ? { autosaveDelayMs: options.autosaveDelayMs } : {}) });
  const imports = new ImportJobs(workspace, emit);
  let authorName = options.prefs.read().authorName;
  const author = { get: () => authorName, set: (name: string) => void (authorName = name) };
  const origins = new OriginsService({ cacheDir: options.cacheDir, onProgress: (p) => emit('origins.progress', p) });
  const ctx: ServerContext = { options, workspace, search, history, emit, prefs: options.prefs, imports, author, origins };

  const handlers = combineAreas({
    app: appArea(ctx),
    project: projectArea(ctx),
    articles: articlesArea(ctx),
    import: importArea(ctx),
    search: searchArea(ctx),
    annotations: annotationsArea(ctx),
    prefs: prefsArea(ctx),
    merge: mergeArea(ctx),
    agreement: agreementArea(ctx),
    export: exportArea(ctx),
    interchange: interchangeArea(ctx),
    suggest: suggestArea(ctx),
    origins: originsArea(ctx),
  });

  return {
    handlers,
    call: (method, args) => dispatch(handlers, method, args) as Promise<Result<ResultOf<typeof method>>>,
    session: () => workspace.session,
    indexReady: () => workspace.indexReady(),
    async dispose(opts = {}) {
      imports.cancel();
      // Save first. If that fails, nothing is torn down (so the desktop app can still offer to
      // keep working), unless `force` — the CLI — which stops anyway and reports the error.
      try {
        await workspace.session?.close();
      } catch (e) {
        if (!opts.force) throw e;
        await workspace.close();
        await origins.close();
        throw e;
      }
      await workspace.close();
      await origins.close();
    },
  };
}
