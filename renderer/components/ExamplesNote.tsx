/**
 * Says that the claims, highlights and links the built-in sample opened with are examples
 * (shared/sample-examples.ts), and clears them in one step — one undo step, so the toast's Undo
 * brings them back. Shown only while some are left; an example the researcher edited is theirs.
 */
import { useState } from 'react';
import { countExamples } from '../../shared/sample-examples.js';
import { plural } from '../lib/format.js';
import { useCall } from '../state/backend.js';
import { useReport } from '../state/notices.js';
import { useWorkbench } from '../state/workbench.js';

/** The note above the claims list; nothing when there are no examples. */
export function ExamplesNote() {
  const wb = useWorkbench();
  const call = useCall();
  const report = useReport();
  const [busy, setBusy] = useState(false);
  const { claims, highlights } = countExamples(wb.view);
  if (claims === 0 && highlights === 0) return null;

  const clear = async () => {
    setBusy(true);
    try {
      const r = await call('project.clearExamples', {});
      if (!r.ok) return report('Could not clear the examples', r.error);
      wb.toast(`Cleared ${plural(r.value.claims, 'example claim')} and ${plural(r.value.highlights, 'highlight')}`, { label: 'Undo', run: () => void wb.undo() });
    } finally {
      setBusy(false);
    }
  };

  return (
    <p className="examples-note" data-testid="examples-note">
      <span className="examples-note__text">
        <strong>Examples.</strong> {claims > 0 ? `${plural(claims, 'claim')} with ` : ''}
        {plural(highlights, 'passage')} marked “Example” show how evidence is linked: supports, refutes, context.
      </span>
      <button type="button" className="button button--small" onClick={() => void clear()} disabled={busy} data-testid="clear-examples">
        Clear examples
      </button>
    </p>
  );
}
