/** The project area: `project.*` — new, open, sample, save, save as, close, recent projects. */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WarrantError } from '../../../shared/result.js';
import { exists } from '../../common/files.js';
import type { ProjectSession } from '../../project/session.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import { withRecent } from '../prefs/store.js';
import { sessions } from '../workspace.js';
import { projectFileName, proposeProjectPath } from './propose-path.js';
import { clearSampleExamples, placeSampleExamples } from './sample-examples.js';

/** The sample project's file name inside the default project folder. */
const SAMPLE_PROJECT_NAME = projectFileName('Warrant sample');

/** Handlers of the project area. */
export function projectArea(ctx: ServerContext): AreaHandlers<'project'> {
  const { workspace, options } = ctx;

  const remember = (s: ProjectSession): void => {
    ctx.prefs.write(withRecent(ctx.prefs.read(), { path: s.path, name: s.data.name, openedAt: new Date().toISOString() }));
  };

  /** Makes `next` the open project and remembers it among the recent ones. */
  const switchTo = async (next: ProjectSession): Promise<void> => {
    await workspace.replace(next);
    remember(next);
  };

  const open = async (path: string, readOnly = false) => {
    const current = workspace.session;
    if (current?.path === path && current.readOnly === readOnly) return current.summary();
    const opened = await sessions.open(workspace, path, readOnly);
    await switchTo(opened);
    return opened.summary();
  };

  return {
    'project.current': async () => workspace.session?.summary() ?? null,
    'project.new': async ({ path }) => {
      await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
      const created = await sessions.create(workspace, path);
      await switchTo(created);
      return created.summary();
    },
    'project.open': async ({ path, readOnly }) => open(path, readOnly ?? false),
    'project.openSample': async ({ path }) => {
      const target = path ?? join(options.defaultProjectDir, SAMPLE_PROJECT_NAME);
      if (await exists(target)) return open(target);
      await mkdir(dirname(target), { recursive: true });
      const created = await sessions.create(workspace, target);
      await switchTo(created);
      const summary = await ctx.imports.run(created, [{ kind: 'path', path: options.sampleDir }]);
      if (summary.imported.length === 0) throw new WarrantError('internal', 'The sample articles that come with Warrant could not be imported; the installation may be incomplete.');
      // A few claims already made, so a newcomer sees the workflow once (Clear examples removes them).
      await placeSampleExamples(ctx);
      await created.save();
      return created.summary();
    },
    'project.save': async () => {
      const s = workspace.need();
      await s.save();
      return s.summary();
    },
    'project.saveAs': async ({ path, overwrite }) => {
      const s = workspace.need();
      const taken = path !== s.path && (await exists(path));
      if (taken && !overwrite) {
        throw new WarrantError('exists', `“${basename(path)}” already exists. Replace it, or choose another name.`, { path, file: basename(path) });
      }
      await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
      await s.saveAs(path);
      remember(s);
      return s.summary();
    },
    'project.close': async () => {
      if (workspace.session) await workspace.replace(null);
      return null;
    },
    'project.proposePath': async ({ input, near, intent }) => {
      const open = workspace.session;
      return proposeProjectPath(input, near === 'project' && open ? dirname(open.path) : options.defaultProjectDir, intent);
    },
    'project.recent': async () => ctx.prefs.read().recent,
    'project.clearExamples': async () => clearSampleExamples(ctx),
  };
}
