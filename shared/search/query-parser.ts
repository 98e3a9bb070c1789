/**
 * Parses what a researcher types into the search box into a structured query.
 *
 * lunr's own QueryParser throws on malformed input and has no phrases, so Warrant parses
 * queries itself: every input yields either a query or a `bad-query` error whose message
 * says what to change. The syntax is lunr's, plus quoted phrases:
 *
 *   huawei          optional word (documents with more of the words rank higher)
 *   +huawei -zte    required / excluded word
 *   title:huawei    word in one field (title, text — alias body — or source)
 *   gov*            wildcard;   goverment~1   fuzzy (edit distance 1 or 2)
 *   huawei^3        boost;      "financial aid"   phrase (words next to each other)
 *   +title:"us ban"^2   prefixes and boosts combine; `\` escapes the next character
 */
import type { Result } from '../result.js';
import { err, ok } from './outcome.js';

export type Presence = 'optional' | 'required' | 'prohibited';

/** One word (possibly with wildcards or fuzziness). `text` is unescaped but otherwise raw. */
export interface TermClause {
  kind: 'term';
  text: string;
  /** Canonical field name, or null for every field. */
  field: string | null;
  presence: Presence;
  boost: number;
  /** 0 = exact. */
  editDistance: number;
  /** The text contains an unescaped `*`. */
  wildcard: boolean;
}

/** A quoted phrase: its words must appear next to each other, in order. */
export interface PhraseClause {
  kind: 'phrase';
  text: string;
  field: string | null;
  presence: Presence;
  boost: number;
}

export type QueryClause = TermClause | PhraseClause;

/** A parsed query. No clauses means the query was empty (the result is empty, not an error). */
export interface ParsedQuery {
  clauses: QueryClause[];
}

export interface ParseOptions {
  /** Field names that may prefix a clause (`title:`). */
  fields: readonly string[];
  /** Other accepted names, mapped to a field (e.g. `body` → `text`). */
  aliases?: Readonly<Record<string, string>>;
}

/** Largest accepted fuzzy edit distance: beyond 2 almost every short word matches and lunr slows down. */
export const MAX_EDIT_DISTANCE = 2;

const FIELD_PREFIX = /^([A-Za-z][A-Za-z0-9_]*):/;

class QuerySyntaxError extends Error {}

/** Shortens a piece of the query for quoting it back in a message. */
function quote(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `“${t}”`;
}

function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/**
 * Parses `input`. Never throws: malformed input gives `err('bad-query', message)`.
 */
export function parseQuery(input: string, options: ParseOptions): Result<ParsedQuery> {
  try {
    return ok(new Parser(input, options).parse());
  } catch (e) {
    if (e instanceof QuerySyntaxError) return err('bad-query', e.message);
    throw e;
  }
}

class Parser {
  private i = 0;
  private readonly clauses: QueryClause[] = [];

  private readonly s: string;
  private readonly options: ParseOptions;

  constructor(s: string, options: ParseOptions) {
    this.s = s;
    this.options = options;
  }

  parse(): ParsedQuery {
    const s = this.s;
    while (this.i < s.length) {
      const ch = s[this.i] ?? '';
      if (isSpace(ch)) {
        this.i++;
        continue;
      }
      this.clause();
    }
    const clauses = this.clauses;
    if (clauses.length > 0 && clauses.every((c) => c.presence === 'prohibited')) {
      const shown = clauses.map((c) => (c.kind === 'phrase' ? `-"${c.text}"` : `-${c.text}`)).join(' ');
      throw new QuerySyntaxError(
        `${quote(shown)} only excludes: a search needs at least one word or phrase to look for as well, e.g. ${quote(`report ${shown}`)}.`,
      );
    }
    return { clauses };
  }

  private fieldList(): string {
    const names = [...this.options.fields];
    for (const [alias, target] of Object.entries(this.options.aliases ?? {})) names.push(`${alias} (= ${target})`);
    return names.join(', ');
  }

  private clause(): void {
    const s = this.s;
    const start = this.i;
    let presence: Presence = 'optional';
    const first = s[this.i];
    if (first === '+' || first === '-') {
      presence = first === '+' ? 'required' : 'prohibited';
      this.i++;
      // A lone "+" or "-" (as in "mach 3 - 7") is punctuation, not an operator: skip it.
      if (this.i >= s.length || isSpace(s[this.i] ?? '')) return;
    }

    let field: string | null = null;
    const m = FIELD_PREFIX.exec(s.slice(this.i));
    if (m) {
      const name = (m[1] ?? '').toLowerCase();
      const canonical = this.options.fields.includes(name) ? name : this.options.aliases?.[name];
      if (canonical === undefined) {
        throw new QuerySyntaxError(
          `Unknown field ${quote(`${m[1]}:`)}. You can search in: ${this.fieldList()}. ` +
            `To search for the text itself, put it in quotes: "${m[0]}…" or escape the colon: ${m[1]}\\:`,
        );
      }
      field = canonical;
      this.i += m[0].length;
      const next = s[this.i];
      if (next === undefined || isSpace(next)) {
        throw new QuerySyntaxError(
          `${quote(m[0])} must be followed by a word or a "phrase", e.g. ${canonical}:huawei or ${canonical}:"trade war".`,
        );
      }
    }

    if (s[this.i] === '"') this.phrase(start, field, presence);
    else this.term(start, field, presence);
  }

  private phrase(start: number, field: string | null, presence: Presence): void {
    const s = this.s;
    const open = this.i;
    this.i++;
    let text = '';
    for (;;) {
      if (this.i >= s.length) {
        throw new QuerySyntaxError(
          `Unclosed quote: the phrase ${quote(s.slice(open))} needs a closing " (a literal quote can be escaped as \\").`,
        );
      }
      const ch = s[this.i] ?? '';
      if (ch === '\\' && this.i + 1 < s.length) {
        text += s[this.i + 1];
        this.i += 2;
        continue;
      }
      this.i++;
      if (ch === '"') break;
      text += ch;
    }
    const { boost, editDistance } = this.modifiers(start, text);
    if (editDistance > 0) {
      throw new QuerySyntaxError(
        `${quote(s.slice(start, this.i))}: "~" after a phrase (proximity search) is not supported; ` +
          'remove it, or search for the words separately.',
      );
    }
    if (text.trim() === '') return; // `""` asks for nothing.
    this.clauses.push({ kind: 'phrase', text: text.trim(), field, presence, boost });
  }

  private term(start: number, field: string | null, presence: Presence): void {
    const s = this.s;
    let text = '';
    let wildcard = false;
    while (this.i < s.length) {
      const ch = s[this.i] ?? '';
      if (isSpace(ch) || ch === '"' || ch === '~' || ch === '^') break;
      if (ch === '\\' && this.i + 1 < s.length) {
        text += s[this.i + 1];
        this.i += 2;
        continue;
      }
      if (ch === '*') wildcard = true;
      text += ch;
      this.i++;
    }
    const { boost, editDistance, hadFuzzy } = this.modifiers(start, text);
    const shown = s.slice(start, this.i);
    if (text === '') {
      throw new QuerySyntaxError(`${quote(shown)} has no word before its "~" or "^", e.g. colour~1 or huawei^2.`);
    }
    if (wildcard && hadFuzzy) {
      throw new QuerySyntaxError(`${quote(shown)}: use either a wildcard (*) or fuzziness (~), not both.`);
    }
    if (wildcard && text.replace(/\*/g, '').trim() === '') {
      throw new QuerySyntaxError(`${quote(shown)}: a wildcard needs some letters too, e.g. gov* or *tion.`);
    }
    this.clauses.push({ kind: 'term', text, field, presence, boost, editDistance, wildcard });
  }

  /** Reads `~N` and `^N` modifiers after a term or phrase. */
  private modifiers(start: number, text: string): { boost: number; editDistance: number; hadFuzzy: boolean } {
    const s = this.s;
    let boost = 1;
    let editDistance = 0;
    let hadFuzzy = false;
    while (this.i < s.length) {
      const ch = s[this.i];
      if (ch !== '~' && ch !== '^') break;
      const m = (ch === '~' ? /^\d+/ : /^\d+(?:\.\d+)?|^\.\d+/).exec(s.slice(this.i + 1));
      const word = text || s.slice(start, this.i) || 'word';
      if (ch === '~') {
        if (!m) {
          throw new QuerySyntaxError(
            `"~" must be followed by an edit distance (1 or 2), e.g. ${quote(`${word}~1`)}. To search for "~" itself, escape it: \\~`,
          );
        }
        editDistance = Number(m[0]);
        hadFuzzy = true;
        if (editDistance > MAX_EDIT_DISTANCE) {
          throw new QuerySyntaxError(
            `${quote(`${word}~${m[0]}`)}: fuzzy matching allows at most ${MAX_EDIT_DISTANCE} edits (e.g. ${word}~1); ` +
              'larger values match almost every short word.',
          );
        }
      } else {
        if (!m || Number(m[0]) <= 0) {
          throw new QuerySyntaxError(
            `"^" must be followed by a positive number (how much more the word counts), e.g. ${quote(`${word}^2`)}. ` +
              'To search for "^" itself, escape it: \\^',
          );
        }
        boost = Number(m[0]);
      }
      this.i += 1 + (m?.[0].length ?? 0);
    }
    const next = s[this.i];
    if (next !== undefined && !isSpace(next) && next !== '"' && (hadFuzzy || boost !== 1)) {
      let end = this.i;
      while (end < s.length && !isSpace(s[end] ?? '')) end++;
      throw new QuerySyntaxError(
        `Unexpected ${quote(s.slice(this.i, end))} after ${quote(s.slice(start, this.i))}: put a space between words.`,
      );
    }
    return { boost, editDistance, hadFuzzy };
  }
}
