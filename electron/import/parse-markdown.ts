/**
 * Markdown files: rendered with `marked`, then read back as text, so headings, emphasis, links
 * and lists come out as a reader sees them rather than as syntax. Raw HTML inside the Markdown
 * goes through the same inert DOM as HTML imports (nothing runs, nothing is fetched).
 * YAML front matter (`---` … `---`), common in notes apps and static sites, supplies metadata.
 */
import { Marked } from 'marked';
import { extracted, type Extracted } from './extracted.js';
import { domToText } from './html-text.js';
import { inertDocument } from './parse-html.js';
import { decodeTextFile, encodingNote } from './decode-text.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Top-level `key: value` pairs of YAML front matter (lists and nesting are ignored). */
function frontMatter(source: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>();
  const m = FRONT_MATTER.exec(source);
  if (!m) return { fields, body: source };
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    let value = (kv[2] ?? '').trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    const key = (kv[1] ?? '').toLowerCase();
    if (value !== '' && !fields.has(key)) fields.set(key, value);
  }
  return { fields, body: source.slice(m[0].length) };
}

function pick(fields: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = fields.get(key);
    if (value !== undefined) return value;
  }
  return null;
}

/** A Markdown article. The title is the first level-1 heading, else the first line. */
export async function parseMarkdown(bytes: Uint8Array): Promise<Extracted> {
  const decoded = decodeTextFile(bytes);
  const note = encodingNote(decoded);
  const { fields, body } = frontMatter(decoded.text);
  // A private instance: the global `marked` can carry options set by other code.
  const html = await new Marked({ gfm: true, breaks: false, async: true }).parse(body);
  const page = await inertDocument(`<!doctype html><html><body>${html}</body></html>`);
  try {
    const root = page.document.body;
    const text = domToText(root);
    const heading = root.querySelector('h1')?.textContent ?? null;
    return extracted(text, {
      title: pick(fields, ['title']) ?? heading,
      author: pick(fields, ['author', 'authors', 'byline', 'creator']),
      source: pick(fields, ['source', 'publisher', 'publication', 'site', 'site_name']),
      date: pick(fields, ['date', 'published', 'pubdate', 'published_at', 'date_published']),
      url: pick(fields, ['url', 'link', 'canonical', 'canonical_url', 'source_url']),
      ...(note ? { note } : {}),
    });
  } finally {
    page.close();
  }
}
