// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgreementReport } from '../../shared/api.js';
import { BridgeContext } from '../state/backend.js';
import { AGREEMENT, fakeMergeBackend } from '../state/fixtures/merge-backend.js';
import { AuthorContext, type AuthorState } from '../state/use-author.js';
import { flush, setupTestRoot } from '../test-support/dom.js';
import { AgreementDialog, formatAlpha, formatPercent, undefinedAlphaReason } from './AgreementDialog.js';

const author: AuthorState = { name: 'Ada', asking: false, changing: false, change: () => {}, ensure: async () => true, answer: async () => null };

const dom = setupTestRoot();
const { $, $$ } = dom;
const onClose = vi.fn();

async function show(report: AgreementReport = AGREEMENT) {
  const backend = fakeMergeBackend({ agreement: report });
  dom.render(
    <BridgeContext value={backend.bridge}>
      <AuthorContext value={author}>
        <AgreementDialog onClose={onClose} />
      </AuthorContext>
    </BridgeContext>,
  );
  await flush();
  return backend;
}

describe('<AgreementDialog>', () => {
  beforeEach(() => {
    onClose.mockClear();
  });

  it('reports ordinal alpha first, then interval, nominal and percent agreement, with what they rest on', async () => {
    await show();
    expect($('alpha-ordinal')?.textContent).toContain('Krippendorff’s α, ordinal0.412');
    expect($('alpha-interval')?.textContent).toContain('0.450');
    expect($('alpha-nominal')?.textContent).toContain('0.200');
    expect($('percent-agreement')?.textContent).toContain('50.0 %');
    expect($('agreement-basis')?.textContent).toContain('Based on 2 claims rated by two or more raters, 4 ratings by 2 raters.');
    expect(document.activeElement).toBe($('agreement-dialog')!.querySelector('h2'));
  });

  it('tables claims × raters with each rating, marking disagreement in words', async () => {
    await show();
    expect($$('agreement-rater').map((th) => th.textContent)).toEqual(['Ada (you)', 'Ben']);
    const rows = $$('agreement-row');
    expect(rows.map((r) => r.dataset.status)).toEqual(['disagree', 'agree', 'single']);
    expect(rows[0]!.textContent).toContain('Moderate');
    expect(rows[0]!.textContent).toContain('Weak');
    expect(rows[0]!.querySelector('[data-testid="agreement-status"]')?.textContent).toBe('≠ Disagree · 1 step apart');
    expect(rows[1]!.querySelector('[data-testid="agreement-status"]')?.textContent).toBe('✓ Agree');
    expect(rows[2]!.textContent).toContain('not rated');
    expect(rows[2]!.querySelector('[data-testid="agreement-status"]')?.textContent).toBe('One rater');
    act(() => $('only-disagreements')!.click());
    expect($$('agreement-row')).toHaveLength(1);
  });

  it('says why a figure is undefined', async () => {
    await show({ ...AGREEMENT, claims: 0, ratings: 0, alpha: { nominal: null, ordinal: null, interval: null }, percentAgreement: null, perClaim: [] });
    expect($('alpha-ordinal')?.textContent).toContain('undefined');
    expect($('alpha-ordinal')?.textContent).toContain('No claim has been rated by two or more raters yet');
    expect($('percent-agreement')?.textContent).toContain('No two raters have rated the same claim yet.');
    expect(dom.container.textContent).toContain('No claim has a rating yet.');
  });

  it('reads the report again when the annotations change', async () => {
    const backend = await show();
    backend.setAgreement({ ...AGREEMENT, alpha: { ...AGREEMENT.alpha, ordinal: 1 } });
    await act(async () => {
      backend.push({ name: 'annotations.changed', payload: {} as never });
    });
    expect(backend.calls).toEqual(['agreement', 'agreement']);
    expect($('alpha-ordinal')?.textContent).toContain('1.000');
  });

  it('formats figures for reading', () => {
    expect(formatAlpha(-0.1)).toBe('−0.100');
    expect(formatPercent(0.8333)).toBe('83.3 %');
    expect(undefinedAlphaReason({ ...AGREEMENT, claims: 3 })).toContain('same value');
  });
});
