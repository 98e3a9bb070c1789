import { describe, expect, it } from 'vitest';
import { parseQuery, type ParsedQuery } from './query-parser.js';

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
      { kind: 'term', text: 'huawei', field: null, presence: 'optional', boost: 1, editDistance: 0, wildcard: false },
      { kind: 'term', text: 'ban', field: null, presence: 'optional', boost: 1, editDistance: 0, wildcard: false },
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
});
