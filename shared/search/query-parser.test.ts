import { describe, expect, it } from 'vitest';
import { parseQuery, type ParsedQuery, type QueryClause } from './query-parser.js';
import { QUERY_SYNTAX } from './syntax.js';

const opts = { fields: ['title', 'text', 'source'], aliases: { body: 'text' } };

function parsed(q: string): ParsedQuery {
  const r = parseQuery(q, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function error(q: string): string {
  const r = parseQuery(q, opts);
  if (r.ok) throw new Error(`expected an error for ${q}`);
  expect(r.error.code).toBe('bad-query');
  return r.error.message;
}

describe('parseQuery', () => {
  it('reads words as optional terms on every field', () => {
    expect(parsed('huawei  ban').clauses).toEqual([
      { kind: 'term', text: 'huawei', field: null, presence: 'optional', boost: 1, editDistance: 0, wildcard: false, span: [0, 6] },
      { kind: 'term', text: 'ban', field: null, presence: 'optional', boost: 1, editDistance: 0, wildcard: false, span: [8, 11] },
    ]);
  });

  it('reads presence, fields (with aliases), wildcards, fuzziness and boosts', () => {
    const [a, b, c, d, e] = parsed('+title:Huawei -zte gov* goverment~2 body:ban^2.5').clauses;
    expect(a).toMatchObject({ text: 'Huawei', field: 'title', presence: 'required' });
    expect(b).toMatchObject({ text: 'zte', presence: 'prohibited' });
    expect(c).toMatchObject({ text: 'gov*', wildcard: true });
    expect(d).toMatchObject({ text: 'goverment', editDistance: 2 });
    expect(e).toMatchObject({ text: 'ban', field: 'text', boost: 2.5 });
  });

  it('reads quoted phrases with prefixes, boosts and escaped quotes', () => {
    expect(parsed('-source:"wall street" "financial aid"^2 "say \\"hi\\""').clauses).toEqual([
      { kind: 'phrase', text: 'wall street', field: 'source', presence: 'prohibited', boost: 1 },
      { kind: 'phrase', text: 'financial aid', field: null, presence: 'optional', boost: 2 },
      { kind: 'phrase', text: 'say "hi"', field: null, presence: 'optional', boost: 1 },
    ]);
  });

  it('keeps punctuation inside words for the tokenizer, and skips stray operators', () => {
    expect(parsed('(huawei), mach 3 - 7 +').clauses.map((c) => c.text)).toEqual(['(huawei),', 'mach', '3', '7']);
    expect(parsed('10:30 huawei\\:ban').clauses.map((c) => c.text)).toEqual(['10:30', 'huawei:ban']);
  });

  it('treats empty input as an empty query, not an error', () => {
    expect(parsed('').clauses).toEqual([]);
    expect(parsed('   ').clauses).toEqual([]);
    expect(parsed('""').clauses).toEqual([]);
  });

  it('explains malformed queries', () => {
    expect(error('"financial aid')).toMatch(/Unclosed quote.*closing "/);
    expect(error('foo:bar')).toMatch(/Unknown field “foo:”.*title, text, source, body \(= text\)/);
    expect(error('huawei~')).toMatch(/edit distance.*huawei~1/);
    expect(error('huawei~5')).toMatch(/at most 2/);
    expect(error('huawei^')).toMatch(/positive number.*huawei\^2/);
    expect(error('huawei^0')).toMatch(/positive number/);
    expect(error('-huawei -"zte phones"')).toMatch(/only excludes.*at least one word/);
    expect(error('title: huawei')).toMatch(/must be followed by a word/);
    expect(error('"trade war"~2')).toMatch(/proximity/);
    expect(error('gov*~1')).toMatch(/either a wildcard/);
    expect(error('***')).toMatch(/needs some letters/);
    expect(error('huawei~1x')).toMatch(/Unexpected “x”/);
  });

  it('never throws, whatever the input', () => {
    const nasty = ['"', '\\', '~', '^', ':', '+-', '-+"', 'a:b:c', '"\\', '*~^', '\u0000"', 'title:"', '(((', '+""'];
    for (const q of nasty) expect(() => parseQuery(q, opts), q).not.toThrow();
  });

  it('reads upper-case AND, OR and NOT as operators', () => {
    const presence = (q: string) => parsed(q).clauses.map((c) => `${c.presence}:${c.text}`);
    expect(presence('huawei AND germany')).toEqual(['required:huawei', 'required:germany']);
    expect(presence('huawei AND germany AND "financial aid"')).toEqual(['required:huawei', 'required:germany', 'required:financial aid']);
    expect(presence('huawei OR zte')).toEqual(['optional:huawei', 'optional:zte']);
    expect(presence('huawei NOT zte')).toEqual(['optional:huawei', 'prohibited:zte']);
    expect(presence('NOT zte huawei')).toEqual(['prohibited:zte', 'optional:huawei']);
    // NOT binds tighter than AND: "huawei AND (NOT zte)".
    expect(presence('huawei AND NOT zte')).toEqual(['required:huawei', 'prohibited:zte']);
    expect(presence('huawei AND -zte')).toEqual(['required:huawei', 'prohibited:zte']);
    // AND joins only its neighbours; a bare word beside them only ranks, as with +.
    expect(presence('5g huawei AND germany')).toEqual(['optional:5g', 'required:huawei', 'required:germany']);
    expect(presence('title:huawei AND source:"wall street"')).toEqual(['required:huawei', 'required:wall street']);
    expect(parsed('title:huawei AND x').clauses[0]).toMatchObject({ field: 'title', presence: 'required' });
  });

  it('reads lower-case and, or, not (and operators inside words or phrases) as words', () => {
    const texts = (q: string) => parsed(q).clauses.map((c) => `${c.presence}:${c.text}`);
    expect(texts('huawei and germany')).toEqual(['optional:huawei', 'optional:and', 'optional:germany']);
    expect(texts('cats or dogs not')).toEqual(['optional:cats', 'optional:or', 'optional:dogs', 'optional:not']);
    expect(texts('"rock AND roll" ANDROID NOTE ORacle')).toEqual(['optional:rock AND roll', 'optional:ANDROID', 'optional:NOTE', 'optional:ORacle']);
    expect(texts('title:AND +OR')).toEqual(['optional:AND', 'required:OR']);
  });

  it('reads a sign before digits only as part of a number, not as an operator', () => {
    const clauses = (q: string) => parsed(q).clauses.map((c) => [c.presence, c.text]);
    expect(clauses('+1 202 555')).toEqual([['optional', '+1'], ['optional', '202'], ['optional', '555']]);
    expect(clauses('-2 degrees +1,000.5')).toEqual([['optional', '-2'], ['optional', 'degrees'], ['optional', '+1,000.5']]);
    // Not only digits: the sign is an operator as before.
    expect(clauses('+1st -2g +x1')).toEqual([['required', '1st'], ['prohibited', '2g'], ['required', 'x1']]);
    // A number can still be required or excluded with the words.
    expect(clauses('huawei AND +1')).toEqual([['required', 'huawei'], ['required', '+1']]);
    expect(clauses('huawei NOT 5')).toEqual([['optional', 'huawei'], ['prohibited', '5']]);
  });

  it('explains operators it cannot read', () => {
    expect(error('AND huawei')).toMatch(/AND needs a word or "phrase" on each side/);
    expect(error('huawei OR')).toMatch(/OR at the end needs a word/);
    expect(error('huawei NOT')).toMatch(/NOT at the end/);
    expect(error('huawei AND OR zte')).toMatch(/OR needs a word/);
    expect(error('huawei NOT NOT zte')).toMatch(/NOT once/);
    expect(error('huawei NOT -zte')).toMatch(/either NOT or a sign/);
    expect(error('NOT huawei')).toMatch(/only excludes/);
    // Precedence that a flat query cannot express is refused, never guessed.
    expect(error('huawei OR zte AND germany')).toMatch(/combines OR with required words.*\+germany huawei zte/);
    expect(error('+germany huawei OR zte')).toMatch(/combines OR with required words/);
    expect(error('huawei OR NOT zte')).toMatch(/OR cannot join an excluded word/);
    expect(error('huawei OR -zte')).toMatch(/OR cannot join an excluded word/);
    expect(error('(huawei OR zte) AND germany')).toMatch(/parentheses for grouping are not supported/);
    // Without operators, parentheses are punctuation as before.
    expect(parsed('(huawei) zte').clauses.map((c) => c.text)).toEqual(['(huawei)', 'zte']);
  });

  it('records where each word is, so that a suggestion can replace it', () => {
    const q = '+title:huawai AND "aid" germny^2 gov*';
    const spans = parsed(q).clauses.flatMap((c: QueryClause) => (c.kind === 'term' ? [q.slice(...c.span)] : []));
    expect(spans).toEqual(['huawai', 'germny', 'gov*']);
  });

  it('parses every example of the syntax help', () => {
    for (const { example } of QUERY_SYNTAX) expect(parseQuery(example, opts).ok, example).toBe(true);
  });
});
