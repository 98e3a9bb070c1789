/**
 * The baseline the bench and the Cranfield test compare against: plain lunr, built and
 * queried the way its README shows, single-threaded, with the same fields and title boost.
 */
import lunr from 'lunr';
import type { IndexDoc } from '../electron/index/search-service.js';

/**
 * Builds a plain lunr index (`lunr(function () { ... })`) over `docs`: by default with
 * Warrant's fields and title boost; `readme` gives lunr's defaults over title and text
 * (the configuration of the Cranfield README's baselines).
 */
export function buildPlainLunr(docs: readonly IndexDoc[], config: 'warrant' | 'readme' = 'warrant'): lunr.Index {
  return lunr(function () {
    this.ref('id');
    if (config === 'readme') {
      this.field('title');
      this.field('text');
    } else {
      this.field('title', { boost: 3 });
      this.field('text');
      this.field('source');
    }
    for (const d of docs) this.add(d);
  });
}

/** lunr's query syntax characters: plain lunr gets the query with these replaced by spaces. */
const SYNTAX = /[:~^+\-*\\"]/g;

/** The query as a plain-lunr user would have to type it to avoid QueryParseError. */
export function stripSyntax(query: string): string {
  return query.replace(SYNTAX, ' ');
}

/** Plain `idx.search` of a stripped query; never throws (a parse error counts as no results). */
export function plainSearch(idx: lunr.Index, query: string): lunr.Index.Result[] {
  try {
    return idx.search(stripSyntax(query));
  } catch {
    return [];
  }
}
