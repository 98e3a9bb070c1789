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
  { example: 'huawei 5g', meaning: 'either word; articles with both rank first' },
  { example: 'huawei AND germany', meaning: 'both words (same as +huawei +germany)' },
  { example: 'huawei OR zte', meaning: 'either word (same as huawei zte)' },
  { example: 'huawei NOT zte', meaning: 'leave out articles with a word (same as -zte)' },
  { example: '+huawei 5g', meaning: 'huawei required; 5g only ranks higher' },
  { example: 'title:huawei', meaning: 'only in the title (also text:, source:)' },
  { example: 'secur*', meaning: 'wildcard: security, secure, …' },
  { example: 'huawai~1', meaning: 'fuzzy: allow one typo' },
  { example: '"national security"', meaning: 'exact phrase' },
  { example: 'US', meaning: 'very common words (us, who, said) are found too, but count little' },
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
