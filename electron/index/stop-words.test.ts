import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../shared/search/analyzer.js';

describe('stop words', () => {
  // Phrases keep stop words in place by their index in this list, so it must be lunr's own.
  it('are exactly lunr’s stop word list', () => {
    const src = readFileSync(createRequire(import.meta.url).resolve('lunr'), 'utf8');
    const list = /lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[([^\]]*)\]/.exec(src)?.[1] ?? '';
    expect(STOP_WORDS.length).toBeGreaterThan(100);
    expect([...list.matchAll(/'([^']*)'/g)].map((m) => m[1])).toEqual(STOP_WORDS);
  });
});
