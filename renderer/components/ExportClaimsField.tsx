/**
 * The export dialog's choice of claims: all of them, those the claims panel shows (its filter),
 * or those ticked in a checklist (sub-claims indented under their parent) with Select all and
 * Select none. Claim texts may be in any script, so each is `dir="auto"`.
 */
import { useId } from 'react';
import { formatCount } from '../lib/format.js';
import type { ChecklistRow, ClaimScope } from '../lib/export-choices.js';

/** Props of <ExportClaimsField>. */
export interface ExportClaimsFieldProps {
  scope: ClaimScope;
  rows: readonly ChecklistRow[];
  ticked: ReadonlySet<string>;
  /** How many claims the claims panel shows now. */
  shownCount: number;
  /** The claims panel hides some claims (a filter is set). */
  filtered: boolean;
  onScope(scope: ClaimScope): void;
  onTick(id: string, on: boolean): void;
  onTickAll(on: boolean): void;
}

/** The claims fieldset. */
export function ExportClaimsField({ scope, rows, ticked, shownCount, filtered, onScope, onTick, onTickAll }: ExportClaimsFieldProps) {
  const name = useId();
  const total = rows.length;
  const choices: ReadonlyArray<{ value: ClaimScope; label: string; testId: string }> = [
    { value: 'all', label: `All claims (${formatCount(total)})`, testId: 'export-scope-all' },
    {
      value: 'shown',
      label: filtered ? `Only those the claims panel shows (${formatCount(shownCount)})` : `Those the claims panel shows (all ${formatCount(shownCount)}: no filter set)`,
      testId: 'export-scope-shown',
    },
    { value: 'ticked', label: `Only the claims I tick (${formatCount(ticked.size)} ticked)`, testId: 'export-scope-ticked' },
  ];
  return (
    <fieldset className="export__field">
      <legend className="export__legend">Claims</legend>
      {choices.map((c) => (
        <label key={c.value} className="export__choice">
          <input type="radio" name={name} value={c.value} checked={scope === c.value} onChange={() => onScope(c.value)} data-testid={c.testId} />
          {c.label}
        </label>
      ))}
      {scope === 'ticked' && (
        <div className="export__checklist-box">
          <div className="export__bulk" role="group" aria-label="Tick claims">
            <button type="button" className="button button--small" onClick={() => onTickAll(true)} data-testid="export-tick-all">
              Select all
            </button>
            <button type="button" className="button button--small" onClick={() => onTickAll(false)} data-testid="export-tick-none">
              Select none
            </button>
          </div>
          {total === 0 ? (
            <p className="empty-note">This project has no claims yet.</p>
          ) : (
            <ul className="export__checklist" aria-label="Claims to export" data-testid="export-checklist">
              {rows.map((r) => (
                <li key={r.id} className={r.depth === 1 ? 'export__check export__check--sub' : 'export__check'}>
                  <label>
                    <input type="checkbox" checked={ticked.has(r.id)} onChange={(e) => onTick(r.id, e.target.checked)} data-testid="export-claim-check" data-claim-id={r.id} />
                    <span dir="auto">{r.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
