/**
 * The search syntax as the researcher is told about it: one list, read by the search box's
 * help popover, the help overlay and `warrant search --help`, so they cannot disagree. What
 * each form does is decided by shared/search/query-parser.ts; change both together
 * (query-parser.test.ts parses every example here).
 */

/** One form of the query language: an example to type and what it finds. */
export interface SyntaxEntry {
  example: string;
  meaning: string;
}

/** Every form, most used first. */
export const QUERY_SYNTAX: readonly SyntaxEntry[] = [
  // Words from the built-in sample (the Port Aldren desalination story), so every example
  // finds something there.
  { example: 'brine crab', meaning: 'either word; articles with both rank first' },
  { example: 'tariff AND mayor', meaning: 'both words (same as +tariff +mayor)' },
  { example: 'brine OR outfall', meaning: 'either word (same as brine outfall)' },
  { example: 'tariff NOT brine', meaning: 'leave out articles with a word (same as -brine)' },
  { example: '+cleartide survey', meaning: 'cleartide required; survey only ranks higher' },
  { example: 'title:tariff', meaning: 'only in the title (also text:, source:)' },
  { example: 'desalin*', meaning: 'wildcard: desalination, desalinate, …' },
  { example: 'fisherman~1', meaning: 'fuzzy: allow one typo (finds fishermen)' },
  { example: '"water tariff"', meaning: 'exact phrase' },
  { example: 'who said', meaning: 'very common words (us, who, said) are found too, but count little' },
];

/** What the examples cannot show. */
export const QUERY_SYNTAX_NOTES: readonly string[] = [
  'AND, OR and NOT only in capitals; and, or, not are ordinary words. +1 or -2 is a number, not an operator.',
  'AND (or +) and OR cannot be mixed in one search, and parentheses are not supported.',
];

/** The syntax as plain text, one form a line with its meaning, then the notes (for `warrant search --help`). */
export function querySyntaxText(): string {
  const width = Math.max(...QUERY_SYNTAX.map((e) => e.example.length));
  const rows = QUERY_SYNTAX.map((e) => `  ${e.example.padEnd(width)}  ${e.meaning}`);
  return ['Query syntax:', ...rows, '', ...QUERY_SYNTAX_NOTES].join('\n');
}
