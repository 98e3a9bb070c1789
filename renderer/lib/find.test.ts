import { describe, expect, it } from 'vitest';
import { findAll } from './find.js';

describe('findAll', () => {
  it('finds every occurrence ignoring case', () => {
    expect(findAll('Huawei and huawei and HUAWEI', 'huawei')).toEqual([
      [0, 6],
      [11, 17],
      [22, 28],
    ]);
  });

  it('treats the needle as text, not as a pattern', () => {
    expect(findAll('costs $5.00 (or 5x00)', '5.00')).toEqual([[7, 11]]);
    expect(findAll('a+b a b', 'a+b')).toEqual([[0, 3]]);
  });

  it('matches a space in the needle across a line break', () => {
    const text = 'national\nsecurity risk';
    expect(findAll(text, 'national security')).toEqual([[0, 17]]);
  });

  it('returns nothing for an empty or blank needle', () => {
    expect(findAll('abc', '')).toEqual([]);
    expect(findAll('abc', '   ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(findAll('aaaaaa', 'a', 4)).toHaveLength(4);
  });

  it('keeps offsets into the original text for non-ASCII letters', () => {
    const text = 'Ärger über ÄRGER';
    expect(findAll(text, 'ärger').map(([s, e]) => text.slice(s, e))).toEqual(['Ärger', 'ÄRGER']);
  });
});
