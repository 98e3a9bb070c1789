import { describe, expect, it } from 'vitest';
import { commonFacts, extractFacts, factLabel, matchFacts } from './matched-facts.js';

describe('matched facts', () => {
  it('takes names, numbers and content-word pairs, not words capitalised by their place', () => {
    const f = extractFacts('Officials briefed Germany, Italy and Japan on Huawei Technologies. About 22 contracts hang on financial aid.');
    const labels = [...f.facts.keys()].map((k) => factLabel(f, k));
    expect(labels).toEqual(expect.arrayContaining(['Germany', 'Italy', 'Japan', 'Huawei Technologies', '22', 'financial aid']));
    expect(labels).not.toContain('Officials');
    expect(labels).not.toContain('About');
  });

  it('needs one article of the cluster to share six facts, two of them names or numbers, within a week', () => {
    const report = extractFacts('Reports say Germany, Italy and Japan were told about Huawei kit near military bases, with financial aid for telecommunications development.');
    const member = extractFacts('The WSJ said Japan, Germany and Italy heard about Huawei equipment near military bases; financial aid for telecommunications development is weighed.');
    const unrelated = extractFacts('Germany beat Italy in a friendly match in Tokyo.');
    const common = new Set<string>();
    expect(matchFacts(report, [unrelated, member], { common, reportDate: null, clusterDates: [null, null] })?.shared.length).toBeGreaterThanOrEqual(6);
    expect(matchFacts(report, [unrelated], { common, reportDate: null, clusterDates: [null] })).toBeNull();
    expect(matchFacts(report, [member], { common, reportDate: '2018-11-16', clusterDates: ['2018-12-20'] })).toBeNull();
    expect(matchFacts(report, [member], { common, reportDate: '2018-11-16', clusterDates: ['2018-11-20'] })).not.toBeNull();
  });

  it('leaves out facts most of a large corpus shares', () => {
    const sets = Array.from({ length: 20 }, (_, i) => extractFacts(`On day ${i}, Huawei said that profits rose.`));
    expect([...commonFacts(sets)]).toContain('@huawei');
    expect(commonFacts(sets.slice(0, 5)).size).toBe(0);
  });
});
