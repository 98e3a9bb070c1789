/**
 * Pages as real generators write them (Sphinx, texinfo, WordPress, a news site), imported from
 * real files in a temp folder: their titles, headings and stated dates.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article } from '../../shared/model.js';
import { NEWS_PAGE, SPHINX_PAGE, texinfoPage, WORDPRESS_PAGE } from './fixtures/html-pages.js';
import { importFile, tempDir, writeFiles } from './fixtures/temp.js';
import { runImport, type ImportResult } from './run-import.js';

function only(result: ImportResult): Article {
  expect(result.summary.failed).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return Article.parse(result.articles[0]);
}

describe('documentation pages', () => {
  it('titles a Sphinx page by its own name, without the "¶" permalinks', async () => {
    const article = only(await importFile('usage.html', SPHINX_PAGE));
    expect(article.title).toBe('Using libffi');
    expect(article.text.startsWith('The Basics\n\nLibffi assumes that you have a pointer')).toBe(true);
    expect(article.text).not.toContain('¶');
    expect(article).toMatchObject({ date: null, dateSource: null });
  });

  it('gives each page of a texinfo manual its own title, its heading a paragraph of its own', async () => {
    const dir = await tempDir();
    const nodes = ['Closure Example', 'Memory Usage', 'Missing Features'];
    await writeFiles(
      dir,
      Object.fromEntries(nodes.map((node, i) => [`node${i}.html`, texinfoPage(node, `2.${i + 1} ${node}`, `What the manual says about ${node.toLowerCase()}, in a sentence of its own.`)])),
    );
    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], { existing: new Map() });
    expect(summary.failed).toEqual([]);
    expect(articles.map((a) => [path.basename(a.fileName), a.title])).toEqual(nodes.map((node, i) => [`node${i}.html`, node]));
    expect(articles[0]?.text).toBe('2.1 Closure Example\n\nWhat the manual says about closure example, in a sentence of its own.');
  });
});

describe('articles with a stated date', () => {
  it('reads a WordPress post: title without the site, date from the byline <time>', async () => {
    const article = only(await importFile('post.html', WORDPRESS_PAGE));
    expect(article).toMatchObject({ title: 'How we verified the flood photos', author: 'Ana Ruiz', date: '2022-08-18', dateSource: 'document' });
    expect(article.text.startsWith('Three photographs of a flooded underpass')).toBe(true);
  });

  it('reads a news article: og:title, and the date from its JSON-LD', async () => {
    const article = only(await importFile('news.html', NEWS_PAGE));
    expect(article).toMatchObject({ title: 'Flood photos were taken in 2019, not last week', source: 'Daily Example', date: '2022-08-18', dateSource: 'document' });
  });

  it('takes a JSON-LD date, then a byline date, when the page has no date meta tag', async () => {
    const withoutLd = NEWS_PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace('2022-08-18T07:00', '2022-08-17T23:00');
    expect(only(await importFile('byline.html', withoutLd))).toMatchObject({ date: '2022-08-17', dateSource: 'document' });
    const ldOnly = NEWS_PAGE.replace('"datePublished":"2022-08-18', '"datePublished":"2022-08-16');
    expect(only(await importFile('ld.html', ldOnly)).date).toBe('2022-08-16');
  });

  it('ignores an "updated" <time> and a broken JSON-LD block', async () => {
    const html = `<html><head><title>Claim checked</title><script type="application/ld+json">{"datePublished": </script></head><body><article>
      <h1>Claim checked</h1><p class="meta"><time class="updated" datetime="2023-01-02">Updated 2 January 2023</time></p>
      <p>Officials in Washington have spent the past months briefing their counterparts in Berlin, Rome and Tokyo about the risks of one supplier.</p></article></body></html>`;
    expect(only(await importFile('updated.html', html))).toMatchObject({ date: null, dateSource: null });
  });
});
