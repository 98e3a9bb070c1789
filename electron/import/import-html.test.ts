/**
 * HTML imports: readable text and metadata, and the safety promise: nothing in the page runs
 * and nothing is fetched.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Article } from '../../shared/model.js';
import { importFile } from './fixtures/temp.js';

const paragraphs = [
  'Officials in Washington have spent the past months briefing their counterparts in Berlin, Rome and Tokyo about the risks they see in one supplier of networking equipment.',
  'According to people familiar with the talks, the message was the same in every capital: equipment installed now will carry most of the traffic of the coming decade.',
  'Operators in the three countries said they had not been asked to remove anything yet, and that any decision would be taken by their own regulators.',
];

/** A synthetic news page with the usual furniture and every kind of active content. */
function page(resourceBase = 'http://127.0.0.1:9'): string {
  return `<!doctype html>
<!-- saved from url=(0042)https://news.example.org/2018/allies-huawei -->
<html lang="en"><head>
<meta charset="utf-8">
<title>Allies urged to drop Huawei | Example News</title>
<meta property="og:title" content="Allies urged to drop Huawei">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2018-11-16T23:30:00-05:00">
<link rel="canonical" href="https://news.example.org/2018/11/16/allies-huawei">
<link rel="stylesheet" href="${resourceBase}/style.css">
<style>.headline { color: red } /* STYLE-TEXT */</style>
<script src="${resourceBase}/tracker.js"></script>
<script>document.title = 'SCRIPT-RAN'; document.addEventListener('DOMContentLoaded', () => document.body.insertAdjacentHTML('beforeend', '<p>SCRIPT-RAN in the body</p>')); alert('ALERT-TEXT');</script>
</head>
<body onload="document.body.insertAdjacentHTML('beforeend', '<p>ONLOAD-RAN</p>')">
<nav><a href="/">Home</a> <a href="/world">NAV-WORLD</a> <a href="/tech">NAV-TECH</a></nav>
<header role="banner"><a href="/">Example News</a></header>
<main><article>
<h1 class="headline">Allies urged to drop Huawei</h1>
<p>${paragraphs[0]}</p>
<img src="${resourceBase}/photo.jpg" onerror="document.body.insertAdjacentHTML('beforeend', '<p>HANDLER-RAN</p>')" alt="A photo">
<p>${paragraphs[1]}</p>
<iframe src="${resourceBase}/frame.html"></iframe>
<p>${paragraphs[2]}</p>
</article></main>
<aside>RELATED-STORIES you may like</aside>
<footer>FOOTER-TEXT © Example News</footer>
<script>window.parent.postMessage('SCRIPT-RAN', '*')</script>
</body></html>`;
}

/** A local server that counts requests, to prove nothing is fetched. */
async function countingServer(): Promise<{ base: string; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('/* nothing */');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe('html', () => {
  it('imports the article text in paragraphs with its metadata', async () => {
    const result = await importFile('allies.html', page());
    expect(result.summary.failed).toEqual([]);
    const article = Article.parse(result.articles[0]);
    expect(article.text).toBe(paragraphs.join('\n\n'));
    expect(article).toMatchObject({
      title: 'Allies urged to drop Huawei',
      source: 'Example News',
      author: 'Jane Roe',
      date: '2018-11-16',
      url: 'https://news.example.org/2018/11/16/allies-huawei',
      format: 'html',
    });
  });

  it('runs no script or handler, and drops script, style, nav and boilerplate text', async () => {
    const result = await importFile('allies.htm', page());
    const article = result.articles[0]!;
    for (const marker of ['SCRIPT-RAN', 'ONLOAD-RAN', 'HANDLER-RAN', 'ALERT-TEXT', 'STYLE-TEXT', 'NAV-WORLD', 'RELATED-STORIES', 'FOOTER-TEXT', 'color: red']) {
      expect(article.text).not.toContain(marker);
      expect(article.title).not.toContain(marker);
    }
  });

  it('fetches no resource (stylesheet, script, image, frame)', async () => {
    const server = await countingServer();
    // Control: a browser-like jsdom would fetch them, so the server below would see requests.
    const browser = new JSDOM(page(server.base), {
      resources: 'usable',
      runScripts: 'dangerously',
      virtualConsole: new VirtualConsole(), // silences "alert is not implemented"
    });
    await new Promise((resolve) => browser.window.addEventListener('load', resolve));
    expect(browser.window.document.title).toBe('SCRIPT-RAN');
    expect(server.requests.length).toBeGreaterThan(0);
    browser.window.close();
    server.requests.length = 0;

    const result = await importFile('remote.html', page(server.base));
    expect(result.articles).toHaveLength(1);
    expect(server.requests).toEqual([]);
  });

  it('imports a short page without its furniture', async () => {
    const html = '<html><head><title>Short note</title></head><body><nav>NAV-LINKS</nav><p>Just one short line.</p><footer>FOOTER</footer></body></html>';
    const article = Article.parse((await importFile('short.html', html)).articles[0]);
    expect(article.text).toBe('Just one short line.');
    expect(article.title).toBe('Short note');
    expect(article.url).toBeNull();
  });

  it('uses the "saved from" address when there is no canonical link, and respects the declared charset', async () => {
    const html = Buffer.concat([
      Buffer.from('<!-- saved from url=(0030)https://example.org/caf-story -->\n<html><head><meta charset="windows-1252"><title>Caf', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(' story</title></head><body><p>Caf', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(' cr', 'latin1'),
      Buffer.from([0xe8]),
      Buffer.from('me.</p></body></html>', 'latin1'),
    ]);
    const article = Article.parse((await importFile('saved.html', html)).articles[0]);
    expect(article.title).toBe('Café story');
    expect(article.text).toBe('Café crème.');
    expect(article.url).toBe('https://example.org/caf-story');
  });

  it('imports a page whose whole body is one form (as ASP.NET sites make them)', async () => {
    const html = `<html><head><title>Allies urged to drop Huawei</title></head><body><form id="aspnetForm" action="/x">
      <input type="hidden" name="__VIEWSTATE" value="dDwtMTA4MzE0MjEwNTs7Pg==">
      <div id="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></form></body></html>`;
    const article = Article.parse((await importFile('webforms.html', html)).articles[0]);
    expect(article.text).toBe(paragraphs.join('\n\n'));
  });

  it('refuses a page with no readable text', async () => {
    const result = await importFile('empty.html', '<html><body><script>var a = 1;</script><nav>Home</nav></body></html>');
    expect(result.summary.failed[0]?.reason).toMatch(/^No text found/);
  });
});
