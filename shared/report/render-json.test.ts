import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { hostileProject, NOW, sampleProject } from './fixtures/projects.js';
import { DEFAULT_REPORT_OPTIONS } from './options.js';
import { REPORT_DATA_VERSION } from './report-data.js';
import { renderJson } from './render-json.js';

describe('renderJson', () => {
  it('is the report data, tagged with format and version, pretty-printed', () => {
    const options = { ...DEFAULT_REPORT_OPTIONS, sections: { summary: true, claims: true, sources: true, articles: true } };
    const data = buildReport(sampleProject().project, options, { generatedAt: NOW });
    const text = renderJson(data);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 2)).toEqual(['format', 'version']);
    expect(parsed).toEqual({ format: 'warrant-report', version: REPORT_DATA_VERSION, ...data });
    expect(text).toContain('\n  "title": "Aldren water",\n');
    expect(text.endsWith('}\n')).toBe(true);
    // Plain JSON values only: what the data holds survives the round trip unchanged.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('keeps hostile and astral text as data', () => {
    const { project, text } = hostileProject();
    const parsed = JSON.parse(renderJson(buildReport(project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW }))) as { claims: Array<{ evidence: Array<{ quote: string }> }> };
    const quotes = parsed.claims.flatMap((c) => c.evidence.map((e) => e.quote));
    expect(quotes).toContain(text.slice(text.indexOf('=HYPERLINK')));
  });
});
