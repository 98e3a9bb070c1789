/**
 * Test support: the built-in sample articles in a new project, with one claim made from a
 * passage of the council's press release — the starting point of the export, interchange and
 * CLI tests.
 */
import { join } from 'node:path';
import type { Backend } from './backend.js';

/** The sample articles that ship with Warrant. */
export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'sample', 'articles');

/** A sentence of the council's press release. */
export const COUNCIL_PHRASE = 'The average household bill will rise by 9 per cent';

/** The claim made from that sentence. */
export const COUNCIL_CLAIM = 'Household bills rise 9%';

/**
 * Creates a project at `path`, imports the sample articles and makes {@link COUNCIL_CLAIM} from
 * {@link COUNCIL_PHRASE} (one highlight, linked as supporting).
 */
export async function sampleProjectWithClaim(b: Backend, path: string): Promise<{ claimId: string; highlightId: string; articleId: string }> {
  await b.handlers['project.new']({ path });
  await b.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
  const meta = (await b.handlers['articles.list']({})).find((a) => /^Council sets/.test(a.title));
  if (!meta) throw new Error('the sample has no council press release');
  const article = await b.handlers['articles.get']({ id: meta.id });
  const start = article.text.indexOf(COUNCIL_PHRASE);
  const made = await b.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + COUNCIL_PHRASE.length, text: COUNCIL_CLAIM });
  return { claimId: made.claim.id, highlightId: made.highlight.id, articleId: article.id };
}
