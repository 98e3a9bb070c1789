/** The search area: `search.*` and `index.*` — articles through the index, and annotations. */
import { searchAnnotations } from '../../../shared/annotations/search-annotations.js';
import { WarrantError } from '../../../shared/result.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import { findArticle } from '../articles/app.js';

/** How many results a query returns when the caller does not say. */
const DEFAULT_SEARCH_LIMIT = 50;

/** Handlers of the search area. */
export function searchArea(ctx: ServerContext): AreaHandlers<'search'> {
  return {
    'index.status': async () => ctx.search.status(),
    'search.query': async ({ query, limit = DEFAULT_SEARCH_LIMIT }) => {
      const session = ctx.workspace.need();
      await ctx.workspace.indexReady();
      const result = await ctx.search.search(query, limit);
      if (!result.ok) throw new WarrantError(result.error.code, result.error.message);
      const notes = searchAnnotations(query, session.data, limit, ctx.search.languages());
      return { ...result.value, annotations: notes.ok ? notes.value : [] };
    },
    'search.hits': async ({ id, query }) => {
      findArticle(ctx, id);
      await ctx.workspace.indexReady();
      const result = await ctx.search.hits(id, query);
      if (!result.ok) throw new WarrantError(result.error.code, result.error.message);
      return result.value;
    },
  };
}
