import { describe, expect, it } from 'vitest';
import { buildClusters, detectOrigins, type OriginArticle } from './cluster.js';
import type { OriginDecision } from './decisions.js';

const art = (id: string, text: string, extra: Partial<OriginArticle> = {}): OriginArticle => ({ id, text, source: null, date: null, title: `Article ${id}`, ...extra });

const WIRE =
  'The city council approved a rise of almost five per cent in council tax on Monday as it tries to close a gap of thirty eight million pounds in its budget. ' +
  'The cabinet also agreed to close two libraries and reduce the opening hours of three household waste sites, and around one hundred and twenty posts will be cut over two years.';
const REWRITE =
  'The city council has approved a council tax rise of almost five per cent as it tries to close a thirty eight million pound gap in its budget. ' +
  'Its cabinet also agreed to close two libraries and to reduce the opening hours of three household waste sites, while around one hundred and twenty posts will be cut over two years.';
const OTHER = 'A new bakery has opened on the high street, selling sourdough loaves and pastries made on the premises every morning from six.';

const decision = (kind: OriginDecision['kind'], articles: string[], at: string, name?: string | null): OriginDecision => ({
  id: `${kind}-${at}`,
  kind,
  articles,
  author: 'Ana',
  at,
  ...(name !== undefined ? { name } : {}),
});

describe('origin clusters', () => {
  it('puts every article in exactly one cluster, tying text reuse and naming the credited outlet', () => {
    const arts = [art('a', `${WIRE} The figures were first reported by the Kent Messenger.`), art('b', REWRITE), art('c', OTHER)];
    const clusters = buildClusters(detectOrigins(arts), []);
    expect(clusters.flatMap((c) => c.articles).sort()).toEqual(['a', 'b', 'c']);
    const main = clusters.find((c) => c.articles.includes('a'))!;
    expect(main.articles).toEqual(['a', 'b']);
    expect(main.origin).toBe('The Kent Messenger');
    expect(main.reasons.map((r) => r.kind).sort()).toEqual(['attribution', 'text-reuse']);
    const reuse = main.reasons.find((r) => r.kind === 'text-reuse')!;
    expect(reuse.passages.map((p) => p.articleId)).toContain('b');
    expect(clusters.find((c) => c.articles.includes('c'))).toMatchObject({ articles: ['c'], origin: null, weak: false });
  });

  it('joins articles crediting the same outlet even with no text in common, and keeps others apart', () => {
    const arts = [
      art('x', 'Officials met their counterparts in Berlin, according to a report in the Wall Street Journal.'),
      art('y', 'The WSJ reported on Thursday that a deal on tariffs was near.'),
      art('z', 'A spokesman told Reuters the plant would reopen next week.'),
    ];
    const clusters = buildClusters(detectOrigins(arts), []);
    expect(clusters.map((c) => [c.origin, c.articles])).toEqual([
      ['The Wall Street Journal', ['x', 'y']],
      ['Reuters', ['z']],
    ]);
  });

  it('puts a publisher’s own article with the articles crediting it when the facts match, but not its other stories', () => {
    const arts = [
      art('own', 'American officials briefed Germany, Italy and Japan about Huawei equipment near military bases and weighed financial aid for telecommunications development, people familiar with the matter said.', { source: 'Wall Street Journal' }),
      art('credits', 'According to the WSJ, Washington has warned Japan, Italy and Germany that Huawei kit could expose its military bases; financial aid for telecommunications development is being considered.'),
      art('other', 'A new bakery has opened on the high street, selling sourdough every morning.', { source: 'WSJ' }),
    ];
    const clusters = buildClusters(detectOrigins(arts), []);
    expect(clusters.map((c) => [c.origin, c.articles])).toEqual([
      ['The Wall Street Journal', ['own', 'credits']],
      ['The Wall Street Journal', ['other']],
    ]);
    expect(clusters[0]!.reasons.find((r) => r.kind === 'matched-facts')?.detail).toMatch(/^Published by The Wall Street Journal, and reports the same specific facts as the articles crediting The Wall Street Journal: /);
    expect(clusters[1]!.reasons.map((r) => r.detail)).toEqual(['Published by The Wall Street Journal (the article\'s source)']);
  });

  it('ties an unnamed report to the named cluster whose facts it shares (weak), but not an article with its own sources', () => {
    const arts = [
      art('n1', 'The Wall Street Journal reported that American officials briefed Germany, Italy and Japan about Huawei equipment near military bases, and weighed financial aid for telecommunications development.'),
      art('n2', 'According to the WSJ, Washington has warned Japan, Italy and Germany that Huawei kit could expose its military bases; financial aid is being considered.'),
      art('u', 'Reports are claiming that the US wants Germany, Japan and Italy to shun Huawei for the sake of its military bases, with financial aid on offer for telecommunications development.'),
      art('own', 'Engineers in Germany and Italy told us Huawei radios sit at many sites near military bases in both countries and in Japan; nobody has offered them financial aid or telecommunications development money to swap them.'),
    ];
    const clusters = buildClusters(detectOrigins(arts), []);
    const wsj = clusters.find((c) => c.origin === 'The Wall Street Journal')!;
    expect(wsj.articles.sort()).toEqual(['n1', 'n2', 'u']);
    expect(wsj.weak).toBe(true);
    expect(wsj.reasons.find((r) => r.kind === 'matched-facts')?.detail).toMatch(/Germany/);
    expect(clusters.find((c) => c.articles.includes('own'))!.articles).toEqual(['own']);
  });

  it('does not tie an unnamed report to a cluster of reports weeks apart', () => {
    const arts = [
      art('n1', 'The Wall Street Journal reported that American officials briefed Germany, Italy and Japan about Huawei equipment near military bases, and weighed financial aid for telecommunications development.', { date: '2018-11-16' }),
      art('u', 'Reports are claiming that the US wants Germany, Japan and Italy to shun Huawei for the sake of its military bases, with financial aid on offer for telecommunications development.', { date: '2019-03-01' }),
    ];
    expect(buildClusters(detectOrigins(arts), []).map((c) => c.articles)).toEqual([['n1'], ['u']]);
  });

  it('applies split, join and rename by article ids, and they survive detection on more articles', () => {
    const base = [art('a', WIRE), art('b', REWRITE), art('c', OTHER)];
    const decisions = [decision('split', ['b'], '2026-01-01T00:00:00.000Z'), decision('join', ['b', 'c'], '2026-01-02T00:00:00.000Z'), decision('rename', ['b', 'c'], '2026-01-03T00:00:00.000Z', 'Council press office')];
    const first = buildClusters(detectOrigins(base), decisions);
    expect(first.map((c) => [c.name, [...c.articles].sort()])).toEqual([
      ['Council press office', ['b', 'c']],
      ['Article a', ['a']],
    ]);
    expect(first[0]!.reasons.map((r) => r.kind)).toEqual(['manual', 'manual']);
    // Another rewrite of the wire arrives: detection puts it with a; the decisions still hold.
    const more = [...base, art('d', `${REWRITE} Residents can comment until March.`)];
    const again = buildClusters(detectOrigins(more), decisions);
    expect(again.map((c) => [c.name, [...c.articles].sort()]).sort()).toEqual([
      ['Article a', ['a', 'd']],
      ['Council press office', ['b', 'c']],
    ]);
  });

  it('a reset drops earlier decisions; renaming back to null restores the detected name', () => {
    const arts = [art('x', 'Officials met in Berlin, according to a report in the Wall Street Journal.')];
    const named = buildClusters(detectOrigins(arts), [decision('rename', ['x'], '2026-01-01T00:00:00.000Z', 'WSJ (paywalled)')]);
    expect(named[0]).toMatchObject({ name: 'WSJ (paywalled)', renamed: true, origin: 'The Wall Street Journal' });
    const back = buildClusters(detectOrigins(arts), [decision('rename', ['x'], '2026-01-01T00:00:00.000Z', 'WSJ (paywalled)'), decision('reset', [], '2026-01-02T00:00:00.000Z')]);
    expect(back[0]).toMatchObject({ name: 'The Wall Street Journal', renamed: false });
  });
});
