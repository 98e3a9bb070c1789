/**
 * The raters' agreement report (`agreement.get`), read when the view opens and again whenever
 * the annotations change while it is open (a rating made, a merge applied), latest call wins.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AgreementReport } from '../../shared/api.js';
import type { AppError } from '../../shared/result.js';
import { useCall, useEvent } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** What useAgreement returns. */
export interface AgreementState {
  /** Null until the first answer. */
  report: AgreementReport | null;
  error: AppError | null;
}

/** Loads the agreement report while mounted. */
export function useAgreement(): AgreementState {
  const call = useCall();
  const [state, setState] = useState<AgreementState>({ report: null, error: null });
  const latest = useLatestCall();

  const load = useCallback(() => {
    latest.run(
      () => call('agreement.get', {}),
      (r) => setState((s) => (r.ok ? { report: r.value, error: null } : { report: s.report, error: r.error })),
    );
  }, [call, latest]);

  useEffect(() => {
    load();
    return latest.invalidate;
  }, [latest, load]);

  useEvent('annotations.changed', load);

  return state;
}
