/**
 * Titles and short metadata fields. A title is how a researcher finds an article in the library,
 * so it must be one readable line: never a whole paragraph, never a headline printed twice, never
 * a placeholder such as "Microsoft Word - draft.docx".
 */
import { LIMITS } from '../../shared/limits.js';
import { normalizeLine } from '../../shared/text/normalize.js';

/** A first line up to this long is taken as a headline whatever it ends with. */
const HEADLINE_MAX = 100;
/** A longer first line is still a headline if it does not end like a sentence, up to this long. */
const LONG_HEADLINE_MAX = 150;
/** A title derived from body text is cut to at most this many characters (plus an ellipsis). */
const DERIVED_MAX = 90;
/** A cut at a clause break (comma, dash…) is preferred when it keeps at least this much. */
const CLAUSE_MIN = 30;

const ELLIPSIS = '…';

/** Cuts `value` to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clamp(value: string, max: number): string {
  if (value.length <= max) return value;
  const room = value.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return cut.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
}

/** A one-line metadata field (author, source, URL): normalized and length-limited, or null when empty. */
export function cleanField(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = normalizeLine(raw);
  return value === '' ? null : clamp(value, LIMITS.maxFieldLength);
}

/**
 * "Headline Headline" -> "Headline": some pages print the headline twice and "save as text"
 * glues the copies onto one line. Only for runs of three or more words, so a real title like
 * "Bye Bye" survives.
 */
export function undouble(line: string): string {
  for (const sep of [' ', '']) {
    const half = (line.length - sep.length) / 2;
    if (!Number.isInteger(half) || half <= 0) continue;
    const a = line.slice(0, half);
    if (line.slice(half, half + sep.length) === sep && a === line.slice(half + sep.length)) {
      if (a.trim().split(/\s+/).length >= 3) return a.trim();
    }
  }
  return line;
}

// Titles that authoring tools fill in by themselves: they name the file or nothing at all.
const PLACEHOLDER = /^(?:untitled(?: document)?|no title|title|new document|document\s*\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|rtf|odt|pages|indd|qxd|txt|html?))$/i;

/** Marks documentation generators put at the end of a heading to link to it (Sphinx "¶", "#", "🔗"). */
const PERMALINK_MARK = /(?:\s*[¶#§🔗⚓]\uFE0F?)+$/u;

/** `heading` without a trailing permalink mark: "Closures¶" -> "Closures". */
export function stripPermalink(heading: string): string {
  return heading.replace(PERMALINK_MARK, '').trimEnd();
}

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '“': '”', '«': '»' };
const CLOSERS = new Set(Object.values(OPENERS));
/** An unclosed bracket this far in or further ends the title; nearer the start it is just dropped. */
const FRAGMENT_CUT_MIN = 10;
/** "1) Introduction", "a) Scope": an enumerator, not an unbalanced bracket. */
const ENUMERATOR = /^\s*[\p{L}\p{N}]{1,3}\)\s/u;

/**
 * `value` with every bracket and double quote that has no partner removed, so a title cut from
 * the middle of a longer one never reads "the portable foreign function interface library)".
 * An opener left unclosed far enough in ("Closure Example (libffi: the portable") cuts the title
 * there instead, since what follows it is a fragment. Apostrophes (’ ') are left alone.
 */
export function balanceBrackets(value: string): string {
  const chars = [...value];
  const drop = new Set<number>();
  const open: { char: string; index: number }[] = [];
  const straight: number[] = [];
  chars.forEach((char, index) => {
    if (char === '"') straight.push(index);
    else if (OPENERS[char] !== undefined) open.push({ char, index });
    else if (CLOSERS.has(char)) {
      if (open.length > 0 && OPENERS[open.at(-1)!.char] === char) open.pop();
      else if (!(char === ')' && ENUMERATOR.test(value) && index === chars.indexOf(')'))) drop.add(index);
    }
  });
  if (straight.length % 2 === 1) drop.add(straight.at(-1)!);
  const cut = open.find((o) => o.index >= FRAGMENT_CUT_MIN);
  for (const o of open) drop.add(o.index);
  const kept = chars.slice(0, cut?.index ?? chars.length).filter((_, i) => !drop.has(i));
  return kept.join('').replace(/\s{2,}/g, ' ').replace(/[\s,;:–—-]+$/u, '').trim();
}

/**
 * A title taken from document metadata (PDF Info, docx core properties, HTML `<title>`):
 * normalized, de-doubled, without permalink marks or unpaired brackets, and length-limited;
 * null when it is empty or a tool's placeholder.
 */
export function cleanTitle(raw: string | null | undefined): string | null {
  const field = cleanField(raw);
  const value = field === null ? null : balanceBrackets(stripPermalink(field));
  if (value === null || value === '' || PLACEHOLDER.test(value)) return null;
  return clamp(undouble(value), LIMITS.maxTitleLength);
}

// A sentence ends at . ! or ? (possibly followed by a closing quote or bracket) and a space,
// before something that can start a sentence.
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
// Words whose trailing full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|Gov|Gen|Sen|Rep|No|vs|etc|e\.g|i\.e|U\.S|U\.K|a\.m|p\.m)\.$/u;

/** The first sentence of `line` (all of it when it is one sentence). */
export function firstSentence(line: string): string {
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = match.index + 1; // keep the full stop
    const candidate = line.slice(0, end);
    if (candidate.length < 20 || ABBREVIATION.test(candidate)) continue;
    const closing = /^["'”’)\]]*/.exec(line.slice(end))?.[0] ?? '';
    return candidate + closing;
  }
  return line;
}

/**
 * Turns the first line of a document into a title. Headlines are kept as they are. A line that
 * is really body text (a document with no headline) is reduced to its first sentence, and when
 * that is still long, cut at a clause break or word boundary to about 90 characters with an
 * ellipsis, so the library shows what the article is about without pretending it is a headline.
 */
export function titleFromLine(rawLine: string): string {
  const line = undouble(normalizeLine(rawLine));
  if (line.length <= HEADLINE_MAX) return line;
  if (line.length <= LONG_HEADLINE_MAX && !/[.!?;:,]["'”’)\]]*$/u.test(line)) return line;

  const sentence = firstSentence(line);
  if (sentence.length <= DERIVED_MAX) return sentence;

  const room = sentence.slice(0, DERIVED_MAX);
  const clauseBreaks = [...room.matchAll(/\s*(?:[,;:]\s|\s[–—-]\s|[–—]|\s\()/gu)]
    .map((m) => m.index)
    .filter((i) => i >= CLAUSE_MIN);
  const clause = clauseBreaks.at(-1);
  if (clause !== undefined) return room.slice(0, clause).trimEnd() + ELLIPSIS;
  return clamp(sentence, DERIVED_MAX + 1);
}

/** A title from the first non-empty line of `text`, or null when the text has none. */
export function titleFromText(text: string): string | null {
  for (const line of text.split('\n')) {
    if (line.trim() !== '') return clamp(titleFromLine(line), LIMITS.maxTitleLength);
  }
  return null;
}

/** Last resort: the file name without its extension. */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  return cleanField(stem.replace(/[_]+/g, ' ')) ?? 'Untitled';
}
