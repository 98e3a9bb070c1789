/**
 * The five real, messy news articles in ../shared/corpus/seeds (beside the checkout; CI has it):
 * each must get a title a researcher would recognise. Skipped, with the reason printed, on a
 * clone without that folder.
 */
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { missingReason, referenceDir } from '../dev/reference-data.js';
import { Article } from '../../shared/model.js';
import { normalizeText } from '../../shared/text/normalize.js';
import { runImport } from './run-import.js';

const seedsDir = referenceDir('corpus', 'seeds');
// Printed once at load so the skip below is explained in the test output.
if (!seedsDir) console.warn(missingReason('corpus/seeds'));
// Used only inside the suite below, which does not run when the folder is absent.
const seeds = seedsDir ?? '';

describe.skipIf(!seedsDir)('seed corpus', () => {
  it('imports all five with sensible titles and metadata', async () => {
    const { articles, summary } = await runImport([{ kind: 'path', path: seeds }], { existing: new Map() });
    expect(summary.failed).toEqual([]);
    expect(summary.duplicates).toEqual([]);
    expect(articles.map((a) => [a.fileName.slice(0, 3), a.title])).toEqual([
      // 000: the first line is the headline.
      ['000', 'US versus Huawei part two: getting allies in line'],
      // 001: headline, then a long quoted report.
      ['001', 'Huawei Has New Problems With The US, Allies Are Being Encouraged To Steer Clear'],
      // 002: headline and a subtitle line: the title is the headline alone.
      ['002', 'US Government Asks Allies To Implement Huawei Ban'],
      // 003: the headline printed twice: the title has it once.
      ['003', 'US Wants Allies to Stop Using Huawei Products'],
      // 004: no headline; the first sentence is 260 characters, cut at a clause break.
      ['004', 'Huawei is once again the security focus of the US administration…'],
    ]);
    for (const article of articles) Article.parse(article);
    // 004 closes with "— Name, Editor-in-Chief, Publication".
    expect(articles[4]).toMatchObject({ author: 'Ray Le Maistre', source: 'Light Reading' });
  });

  it('keeps each text exactly as written, normalized once (003 keeps its repeated headline)', async () => {
    const { articles } = await runImport([{ kind: 'path', path: seeds }], { existing: new Map() });
    for (const article of articles) {
      const raw = await fs.readFile(`${seeds}/${article.fileName}`, 'utf8');
      expect(article.text).toBe(normalizeText(raw));
    }
    expect(articles[3]?.text.startsWith('US Wants Allies to Stop Using Huawei Products\n\nUS Wants Allies to Stop Using Huawei Products\n\n')).toBe(true);
  });
});
