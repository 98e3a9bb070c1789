/**
 * Parses what a researcher types into the search box into a structured query.
 *
 * lunr's own QueryParser throws on malformed input and has no phrases, so Warrant parses
 * queries itself: every input yields either a query or a `bad-query` error whose message
 * says what to change. The syntax is lunr's, plus quoted phrases and boolean operators
 * (shared/search/syntax.ts lists it for the help; keep the two in step):
 *
 *   huawei 5g       optional words: either may match, articles with more of them rank higher
 *   +huawei -zte    required / excluded word
 *   a AND b         both required (= +a +b);  a OR b  either (= a b);  NOT a  excluded (= -a)
 *   title:huawei    word in one field (title, text — alias body — or source)
 *   gov*            wildcard;   goverment~1   fuzzy (edit distance 1 or 2)
 *   huawei^3        boost;      "financial aid"   phrase (words next to each other)
 *   +title:"us ban"^2   prefixes and boosts combine; `\` escapes the next character
 *
 * Operators are upper case only (`and`, `or`, `not` are ordinary words) and are read into the
 * same flat optional / required / prohibited clauses lunr evaluates, so their meaning is
 * exactly that of `+` and `-`:
 *  - `NOT` binds tightest: it excludes the one word or phrase after it (`a AND NOT b`, `a NOT b`).
 *  - `AND` makes the words or phrases on both sides required; chains (`a AND b AND c`) too.
 *    Bare words beside them stay optional, so they only rank (lunr: `+a +b c`).
 *  - `OR` keeps both sides optional, which is what a bare list already means.
 *  - `AND` (or `+`) and `OR` cannot be combined in one query, and parentheses are not
 *    supported: a flat lunr query cannot say "(a OR b) AND c", and reading it any other way
 *    would silently answer a different question, so such a query is a `bad-query` that says
 *    how to ask instead.
 * A sign followed only by digits (`+1`, `-2`, `+1,000`) is a number, not an operator.
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
  /** Where the word is in the query, [start, end) (without its prefixes and modifiers): "did you mean" replaces it. */
  span: [number, number];
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

/** An upper-case operator word. */
type Operator = 'AND' | 'OR' | 'NOT';

/** One item of the query as read, before operators are applied. */
type Item =
  | { kind: 'op'; op: Operator; at: number }
  /** `signed`: written with its own + or -. [at, end): the clause as typed. */
  | { kind: 'clause'; clause: QueryClause; signed: boolean; at: number; end: number };
type ClauseItem = Extract<Item, { kind: 'clause' }>;

/** An operator word: exactly AND, OR or NOT, standing alone. */
const OPERATOR = /^(AND|OR|NOT)(?=\s|$)/;
/** A sign followed by a number only: `+1`, `-2`, `+1,000.5` are words, not operators. */
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)*(?=\s|$)/;

class Parser {
  private i = 0;
  private readonly items: Item[] = [];

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
      const op = OPERATOR.exec(s.slice(this.i));
      if (op) {
        this.items.push({ kind: 'op', op: op[1] as Operator, at: this.i });
        this.i += op[0].length;
        continue;
      }
      const at = this.i;
      const signed = (ch === '+' || ch === '-') && !SIGNED_NUMBER.test(s.slice(this.i));
      const clause = this.clause();
      if (clause) this.items.push({ kind: 'clause', clause, signed, at, end: this.i });
    }
    const clauses = this.applyOperators();
    if (clauses.length > 0 && clauses.every((c) => c.presence === 'prohibited')) {
      const shown = clauses.map((c) => (c.kind === 'phrase' ? `-"${c.text}"` : `-${c.text}`)).join(' ');
      throw new QuerySyntaxError(
        `${quote(shown)} only excludes: a search needs at least one word or phrase to look for as well, e.g. ${quote(`report ${shown}`)}.`,
      );
    }
    return { clauses };
  }

  /** Turns AND / OR / NOT into the presence of the clauses next to them (see the module comment). */
  private applyOperators(): QueryClause[] {
    const items = this.items;
    const clauses = items.flatMap((it) => (it.kind === 'clause' ? [it.clause] : []));
    if (!items.some((it) => it.kind === 'op')) return clauses;
    const shownAll = quote(this.s.trim());
    const grouped = items.find((it) => it.kind === 'clause' && it.clause.kind === 'term' && /[()]/.test(this.s.slice(it.at, it.end)));
    if (grouped) {
      throw new QuerySyntaxError(
        `${shownAll}: parentheses for grouping are not supported. AND, OR and NOT apply to the word or "phrase" next to them; ` +
          'remove the parentheses, or run one search per group.',
      );
    }
    const and = new Set<ClauseItem>();
    const or = new Set<ClauseItem>();
    let previous: ClauseItem | null = null;
    let afterOperand = false;
    let binary: Extract<Item, { kind: 'op' }> | null = null;
    let not: Extract<Item, { kind: 'op' }> | null = null;
    for (const it of items) {
      if (it.kind === 'op' && it.op === 'NOT') {
        if (not) throw new QuerySyntaxError(`“NOT NOT”: write NOT once, before the word or "phrase" to leave out.`);
        not = it;
      } else if (it.kind === 'op') {
        if (!afterOperand || not) {
          throw new QuerySyntaxError(
            `${it.op} needs a word or "phrase" on each side, e.g. ${quote(`huawei ${it.op} germany`)}. To search for the word itself, write it in lower case or quote it.`,
          );
        }
        binary = it;
        afterOperand = false;
      } else {
        if (not) {
          if (it.signed) {
            throw new QuerySyntaxError(`${quote(this.s.slice(not.at, it.end))}: use either NOT or a sign (+ or -) before a word, not both.`);
          }
          it.clause.presence = 'prohibited';
        }
        if (binary && previous) {
          const set = binary.op === 'AND' ? and : or;
          set.add(previous).add(it);
        }
        // A word right after a word, with no operator between: its own clause, as in a bare list.
        previous = it;
        afterOperand = true;
        binary = null;
        not = null;
      }
    }
    const dangling = not ?? binary;
    if (dangling) {
      throw new QuerySyntaxError(
        `${dangling.op} at the end needs a word or "phrase" after it, e.g. ${quote(dangling.op === 'NOT' ? 'huawei NOT zte' : `huawei ${dangling.op} germany`)}.`,
      );
    }
    for (const it of and) if (it.clause.presence === 'optional') it.clause.presence = 'required';
    for (const it of or) {
      if (it.clause.presence === 'prohibited') {
        throw new QuerySyntaxError(
          `${shownAll}: OR cannot join an excluded word. Exclusion applies whatever else matches: write ${quote('huawei NOT zte')} or ${quote('huawei -zte')}.`,
        );
      }
    }
    if (or.size > 0 && clauses.some((c) => c.presence === 'required')) {
      throw new QuerySyntaxError(
        `${shownAll} combines OR with required words (AND or +), and grouping with parentheses is not supported. ` +
          `Make the word every article must have required and leave the alternatives bare: ${quote('+germany huawei zte')} ` +
          'finds articles with germany, those with huawei or zte first; or run one search per alternative.',
      );
    }
    return clauses;
  }

  private fieldList(): string {
    const names = [...this.options.fields];
    for (const [alias, target] of Object.entries(this.options.aliases ?? {})) names.push(`${alias} (= ${target})`);
    return names.join(', ');
  }

  /** Reads one word or phrase with its prefixes and modifiers; null when it asks for nothing. */
  private clause(): QueryClause | null {
    const s = this.s;
    const start = this.i;
    let presence: Presence = 'optional';
    const first = s[this.i];
    if (SIGNED_NUMBER.test(s.slice(this.i))) {
      // "+1 (555)…" in a claim, or "-2 degrees": the number itself is the word.
      return this.term(start, null, presence);
    }
    if (first === '+' || first === '-') {
      presence = first === '+' ? 'required' : 'prohibited';
      this.i++;
      // A lone "+" or "-" (as in "mach 3 - 7") is punctuation, not an operator: skip it.
      if (this.i >= s.length || isSpace(s[this.i] ?? '')) return null;
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

    return s[this.i] === '"' ? this.phrase(start, field, presence) : this.term(start, field, presence);
  }

  private phrase(start: number, field: string | null, presence: Presence): QueryClause | null {
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
    if (text.trim() === '') return null; // `""` asks for nothing.
    return { kind: 'phrase', text: text.trim(), field, presence, boost };
  }

  private term(start: number, field: string | null, presence: Presence): QueryClause {
    const s = this.s;
    const from = this.i;
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
    const span: [number, number] = [from, this.i];
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
    return { kind: 'term', text, field, presence, boost, editDistance, wildcard, span };
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
