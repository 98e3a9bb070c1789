/**
 * A project with one big article for the reader's bench and e2e test: generated text (never a
 * third-party article), paragraphs of a few sentences, highlights spread evenly through it, and
 * one known passage near the end with its own highlight, to jump to.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { describe as describeRange } from '../shared/anchoring/index.js';
import { CURRENT_SCHEMA_VERSION, ProjectFile, type Highlight } from '../shared/model.js';

/** The passage near the end of the big article, highlighted as `END_HIGHLIGHT`. */
export const END_PASSAGE = 'The final audit of the desalination tariff closed the inquiry';
/** Id of the highlight on END_PASSAGE. */
export const END_HIGHLIGHT = 'h-end';
/** Id of the big article. */
export const BIG_ARTICLE = 'big-article';

const WORDS = 'water tariff council vote rose fell plant desalination budget report minister quarter audit supply river drought pipe meter price household levy reservoir board rate study'.split(' ');

/** Deterministic text of about `chars` characters in paragraphs of 2–6 sentences, with END_PASSAGE at ~95%. */
export function bigText(chars: number): string {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const paragraphs: string[] = [];
  let length = 0;
  let placed = false;
  while (length < chars) {
    const sentences: string[] = [];
    for (let s = 2 + next(5); s > 0; s--) {
      const words = Array.from({ length: 8 + next(14) }, () => WORDS[next(WORDS.length)]!);
      sentences.push(`${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    }
    if (!placed && length > chars * 0.95) {
      sentences.splice(1, 0, `${END_PASSAGE}.`);
      placed = true;
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** One article of a generated project. */
export interface BigArticleSpec {
  id: string;
  title: string;
  /** About this many characters of text. */
  chars: number;
  /** Highlights spread through it (plus one on END_PASSAGE, id `${END_HIGHLIGHT}` for the first article). */
  highlights: number;
}

const now = '2026-01-01T00:00:00.000Z';
const stamp = { author: 'Ana', createdAt: now, updatedAt: now, revs: [] };

function highlightsFor(articleId: string, text: string, count: number, endId: string): Highlight[] {
  const list: Highlight[] = [];
  const step = Math.floor(text.length / (count + 1));
  for (let i = 0; i < count; i++) {
    const start = step * (i + 1);
    const target = describeRange(text, start, start + 30 + (i % 50));
    if (target) list.push({ id: `${articleId}-h${i}`, articleId, target, color: i % 3 === 0 ? 'green' : 'yellow', label: null, note: '', ...stamp, rev: `${articleId}-h${i}-0` });
  }
  const at = text.indexOf(END_PASSAGE);
  const end = describeRange(text, at, at + END_PASSAGE.length);
  if (end) list.push({ id: endId, articleId, target: end, color: 'pink', label: null, note: '', ...stamp, rev: `${endId}-0` });
  return list;
}

/**
 * Writes a project holding one article of about `chars` characters with `highlights` highlights
 * (plus END_HIGHLIGHT on END_PASSAGE). Returns the article text.
 */
export async function writeBigProject(file: string, chars: number, highlights: number): Promise<string> {
  const [text] = await writeBigArticles(file, [{ id: BIG_ARTICLE, title: 'Water tariff inquiry, full record', chars, highlights }]);
  return text!;
}

/** Writes a project holding the `specs` articles; returns their texts. */
export async function writeBigArticles(file: string, specs: readonly BigArticleSpec[]): Promise<string[]> {
  const texts = specs.map((s) => bigText(s.chars));
  const list = specs.flatMap((s, i) => highlightsFor(s.id, texts[i]!, s.highlights, i === 0 ? END_HIGHLIGHT : `${s.id}-end`));
  const project = ProjectFile.parse({
    format: 'warrant-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'big-article-project',
    name: 'Big article',
    createdAt: now,
    updatedAt: now,
    articles: specs.map((s, i) => ({
      id: s.id,
      title: s.title,
      source: 'Generated',
      author: null,
      date: '2026-01-01',
      url: null,
      fileName: `${s.id}.txt`,
      format: 'txt',
      importedAt: now,
      contentHash: createHash('sha256').update(texts[i]!).digest('hex'),
      length: texts[i]!.length,
      text: texts[i]!,
      rev: `${s.id}-0`,
      revs: [],
    })),
    highlights: list,
    claims: [],
    links: [],
    ratings: [],
    removedArticles: [],
    deleted: [],
    conflicts: [],
  });
  await writeFile(file, JSON.stringify(project));
  return texts;
}
