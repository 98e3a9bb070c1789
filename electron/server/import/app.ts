/** The import area: `import.*` — bring files and folders into the open project. */
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/** Handlers of the import area. */
export function importArea(ctx: ServerContext): AreaHandlers<'import'> {
  return {
    'import.run': async ({ sources }) =>
      ctx.imports.run(ctx.workspace.need(), sources, ctx.options.spawnProcess ? { spawner: ctx.options.spawnProcess } : {}),
    'import.cancel': async () => {
      ctx.imports.cancel();
      return null;
    },
  };
}
