import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/export-formats.js';
import type { Claim } from '../../shared/model.js';
import { checklistRows, exportProblem, FORMAT_GROUPS, initialChoices, orderForSort, reportOptions, type ExportChoices } from './export-choices.js';

const claim = (id: string, text: string, parentId: string | null = null) => ({ id, text, parentId }) as Claim;
const CLAIMS = [claim('a', 'Tariffs rose'), claim('b', 'Crabs fell'), claim('a1', 'By 9%', 'a')];

describe('export choices', () => {
  it('start with every claim in the order the panel sorts them, as an HTML report titled after the project', () => {
    const choices = initialChoices('rating');
    expect(choices.order).toBe('verdict');
    expect(reportOptions(choices, CLAIMS, [])).toEqual({ claimIds: null, order: 'verdict', sections: { summary: true, claims: true, sources: true, articles: false }, title: null });
    expect([orderForSort('manual'), orderForSort('evidence')]).toEqual(['project', 'evidence']);
  });

  it('send the claims the panel shows, or those ticked in the project’s order, and a trimmed title', () => {
    const base: ExportChoices = { ...initialChoices('manual'), title: '  Water report ' };
    expect(reportOptions({ ...base, scope: 'shown' }, CLAIMS, ['b', 'a'])).toMatchObject({ claimIds: ['b', 'a'], title: 'Water report' });
    expect(reportOptions({ ...base, scope: 'ticked', ticked: new Set(['a1', 'a']) }, CLAIMS, []).claimIds).toEqual(['a', 'a1']);
  });

  it('refuse an empty selection, and no sections for a format that uses them', () => {
    const base = initialChoices('manual');
    const ticked = { ...base, scope: 'ticked' as const };
    expect(exportProblem(ticked, reportOptions(ticked, CLAIMS, []))).toBe('Tick at least one claim to export.');
    const shown = { ...base, scope: 'shown' as const };
    expect(exportProblem(shown, reportOptions(shown, CLAIMS, []))).toMatch(/^The claims panel shows no claims/);
    const bare = { ...base, sections: { summary: false, claims: false, sources: false, articles: false } };
    expect(exportProblem(bare, reportOptions(bare, CLAIMS, []))).toBe('Choose at least one section.');
    // CSV has no sections: it exports the claims whatever is ticked there.
    expect(exportProblem({ ...bare, format: 'csv' }, reportOptions(bare, CLAIMS, []))).toBeNull();
  });

  it('list sub-claims under their parent, and every format in one of two groups', () => {
    expect(checklistRows(CLAIMS)).toEqual([
      { id: 'a', text: 'Tariffs rose', depth: 0 },
      { id: 'a1', text: 'By 9%', depth: 1 },
      { id: 'b', text: 'Crabs fell', depth: 0 },
    ]);
    expect(FORMAT_GROUPS.flatMap((g) => g.formats)).toHaveLength(EXPORT_FORMATS.length);
  });
});
