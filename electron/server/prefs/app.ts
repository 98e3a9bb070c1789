/** The preferences area: `prefs.*` — the author name recorded on annotations. */
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/** Handlers of the preferences area. */
export function prefsArea(ctx: ServerContext): AreaHandlers<'prefs'> {
  return {
    'prefs.get': async () => ({ authorName: ctx.prefs.read().authorName }),
    'prefs.setAuthorName': async ({ name }) => {
      ctx.prefs.write({ ...ctx.prefs.read(), authorName: name });
      return { authorName: name };
    },
  };
}
