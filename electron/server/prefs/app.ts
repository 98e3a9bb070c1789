/** The preferences area: `prefs.*` — the author name recorded on annotations. */
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/** Handlers of the preferences area. */
export function prefsArea(ctx: ServerContext): AreaHandlers<'prefs'> {
  return {
    // This window's name; the preferences file only proposes it to the next window started.
    'prefs.get': async () => ({ authorName: ctx.author.get() }),
    'prefs.setAuthorName': async ({ name }) => {
      ctx.author.set(name);
      ctx.prefs.write({ ...ctx.prefs.read(), authorName: name });
      return { authorName: name };
    },
  };
}
