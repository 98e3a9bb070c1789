/**
 * The search box also finds claims, rationales, highlight notes and evidence notes. These are
 * few and short, so they are matched directly (no index), with the same query syntax and the
 * same word analysis as articles: `aid` finds "Aid," but not "said", `tariffs` finds
 * "tariff", a "phrase" matches whole words in order (skipping punctuation, as article search
 * does), and words too common to be indexed (the, of, …) only count inside a phrase.
 * Every script is searchable the same way: words are split, folded (`elysee` finds
 * "Élysée") and segmented (Chinese, Japanese, Thai) by shared/search/analyzer.ts.
 *
 * Annotations have no language of their own: a text matches when it matches in the default
 * analysis (English, as articles of unknown language) or in the analysis of one of the
 * project's languages (shared/search/language-analyzer.ts), so a note written in French finds
 * `réfugié` in "réfugiés" as a French article would.
 */
import type { AnnotationHit, TextRange } from '../api.js';
import type { Annotations } from '../model.js';
import type { Result } from '../result.js';
import { err } from '../result.js';
import { forEachRawToken, rawTokens, trimToWord, wildcardPattern, type Analysis } from '../search/analyzer.js';
import { foldWord } from '../search/fold.js';
import { parseQuery, type Presence, type QueryClause } from '../search/query-parser.js';
import { makeSnippet, mergeRanges } from '../search/snippet.js';
import { editDistance } from '../search/edit-distance.js';
import { DEFAULT_ANALYSIS, LanguageAnalyzers, analysisKeyOf, type WordAnalyzer } from '../search/language-analyzer.js';

const analyzers = new LanguageAnalyzers();

/** Fields accepted in queries (`title:` etc. simply match nothing here). */
const FIELDS = ['title', 'text', 'source'];

/** One word of an annotation's text: where it is, and what the analyzer makes of it. */
interface Word {
  start: number;
  end: number;
  analysis: Exclude<Analysis, { kind: 'empty' }>;
}

/** A query clause ready to run on the words of a text. */
interface Matcher {
  presence: Presence;
  /** Whether the clause can match annotation text at all (`title:` cannot). */
  inText: boolean;
  ranges(text: string, words: readonly Word[]): TextRange[];
}

/** The words of `text`; tokens that are only punctuation are left out, as in the article index. */
function wordsOf(text: string, analyzer: WordAnalyzer): Word[] {
  const out: Word[] = [];
  forEachRawToken(text, (start, end) => {
    const analysis = analyzer.analyze(text.slice(start, end));
    if (analysis.kind !== 'empty') out.push({ start, end, analysis });
  });
  return out;
}

/** A word's range without the punctuation around it, so marks cover "Tariffs" in "Tariffs,". */
const wordRange = (text: string, w: Word): TextRange => trimToWord(text, w.start, w.end);

const sameWord = (a: Word['analysis'], b: Word['analysis']): boolean =>
  a.kind === 'term' ? b.kind === 'term' && a.term === b.term : b.kind === 'stop' && a.word === b.word;

/** True when `a` is within `max` edits of `b` (as lunr's fuzzy matching counts). */
function withinEdits(a: string, b: string, max: number): boolean {
  return editDistance(a, b, max) <= max;
}

/** Turns parsed clauses into matchers; a clause with nothing to look for is dropped, as in article search. */
function compile(clauses: readonly QueryClause[], analyzer: WordAnalyzer): Result<Matcher[]> {
  const out: Matcher[] = [];
  for (const c of clauses) {
    const inText = c.field === null || c.field === 'text';
    if (c.kind === 'term' && c.wildcard) {
      const pattern = wildcardPattern(c.text);
      if (/[\s-]/.test(pattern)) {
        return err('bad-query', `“${c.text}”: a wildcard works within one word; search for the words separately or as a "phrase".`);
      }
      if (pattern.replace(/\*/g, '') === '') continue;
      const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'u');
      out.push({
        presence: c.presence,
        inText,
        // Article search matches the pattern against stems; the word as written (folded) is
        // tried too, so `tariffs*` finds "tariffs" although its stem is "tariff".
        ranges: (text, words) =>
          words.flatMap((w) => {
            if (w.analysis.kind !== 'term') return []; // stop words are not indexed for articles either
            const [s, e] = wordRange(text, w);
            return re.test(w.analysis.term) || re.test(foldWord(text.slice(s, e))) ? [[s, e] as TextRange] : [];
          }),
      });
      continue;
    }
    const wanted = rawTokens(c.text)
      .map((raw) => analyzer.analyze(raw))
      .filter((a): a is Word['analysis'] => a.kind !== 'empty');
    const only = wanted[0];
    if (!only) continue;
    if (wanted.length === 1 && only.kind === 'stop' && c.kind === 'term') continue; // too common on its own
    if (wanted.length === 1 && only.kind === 'term') {
      const edits = c.kind === 'term' ? c.editDistance : 0;
      out.push({
        presence: c.presence,
        inText,
        ranges: (text, words) =>
          words.filter((w) => w.analysis.kind === 'term' && (w.analysis.term === only.term || (edits > 0 && withinEdits(w.analysis.term, only.term, edits)))).map((w) => wordRange(text, w)),
      });
      continue;
    }
    // A quoted phrase, or a word that tokenizes into several (e-mail): the words next to each other.
    out.push({
      presence: c.presence,
      inText,
      ranges: (text, words) => {
        const found: TextRange[] = [];
        for (let i = 0; i + wanted.length <= words.length; i++) {
          if (wanted.every((a, k) => sameWord(a, (words[i + k] as Word).analysis))) {
            found.push([wordRange(text, words[i] as Word)[0], wordRange(text, words[i + wanted.length - 1] as Word)[1]]);
          }
        }
        return found;
      },
    });
  }
  return { ok: true, value: out };
}

/** Marks for `text` if it matches (required all present, prohibited absent, some hit), else null. */
function matchText(text: string, matchers: readonly Matcher[], analyzer: WordAnalyzer): TextRange[] | null {
  const words = wordsOf(text, analyzer);
  const marks: TextRange[] = [];
  for (const m of matchers) {
    if (!m.inText) {
      // Annotations have no title or source: such a required clause can never hold.
      if (m.presence === 'required') return null;
      continue;
    }
    const ranges = m.ranges(text, words);
    if (m.presence === 'prohibited') {
      if (ranges.length) return null;
      continue;
    }
    if (m.presence === 'required' && !ranges.length) return null;
    marks.push(...ranges);
  }
  return marks.length ? mergeRanges(marks) : null;
}

/**
 * Finds annotations matching `query`. A malformed query gives the same error as article search.
 * `languages`: the language codes of the project's articles (see the module comment).
 */
export function searchAnnotations(
  query: string,
  a: Pick<Annotations, 'claims' | 'highlights' | 'links' | 'ratings'>,
  limit = 50,
  languages: readonly string[] = [],
): Result<AnnotationHit[]> {
  const parsed = parseQuery(query, { fields: FIELDS, aliases: { body: 'text' } });
  if (!parsed.ok) return parsed;
  const analyses: { analyzer: WordAnalyzer; matchers: Matcher[] }[] = [];
  for (const key of new Set([DEFAULT_ANALYSIS, ...languages.map(analysisKeyOf)])) {
    const analyzer = analyzers.get(key);
    const compiled = compile(parsed.value.clauses, analyzer);
    if (!compiled.ok) return compiled;
    analyses.push({ analyzer, matchers: compiled.value });
  }
  if (!analyses.some((x) => x.matchers.some((m) => m.presence !== 'prohibited' && m.inText))) return { ok: true, value: [] };
  const hits: AnnotationHit[] = [];
  const add = (text: string, hit: Omit<AnnotationHit, 'snippet'>): void => {
    if (hits.length >= limit || !text) return;
    // The first analysis the text matches in (the default one first: English stays as before).
    for (const { analyzer, matchers } of analyses) {
      const marks = matchText(text, matchers, analyzer);
      if (marks) {
        hits.push({ ...hit, snippet: makeSnippet(text, marks) });
        return;
      }
    }
  };
  const highlightArticle = new Map(a.highlights.map((h) => [h.id, h.articleId]));
  for (const c of a.claims) add(c.text, { kind: 'claim', claimId: c.id, highlightId: null, articleId: null });
  // Rationales: the team's verdict, then each rater's own.
  for (const c of a.claims) if (c.verdict) add(c.verdict.rationale, { kind: 'rationale', claimId: c.id, highlightId: null, articleId: null });
  for (const r of a.ratings) add(r.rationale, { kind: 'rationale', claimId: r.claimId, highlightId: null, articleId: null });
  for (const h of a.highlights) add(h.note, { kind: 'highlight-note', claimId: null, highlightId: h.id, articleId: h.articleId });
  for (const l of a.links) add(l.note, { kind: 'link-note', claimId: l.claimId, highlightId: l.highlightId, articleId: highlightArticle.get(l.highlightId) ?? null });
  return { ok: true, value: hits };
}
