/**
 * Above the claims list: the new-claim box, the filter box, and sort and filter choices.
 */
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../shared/limits.js';
import { EVIDENCE_FILTERS, RATING_FILTERS, type ClaimFilter, type ClaimSort, type EvidenceFilter } from '../lib/claims-view.js';
import { useWorkbench } from '../state/workbench.js';

/** Props of <ClaimsToolbar>. */
export interface ClaimsToolbarProps {
  sort: ClaimSort;
  onSortChange(sort: ClaimSort): void;
  filter: ClaimFilter;
  onFilterChange(filter: ClaimFilter): void;
}

/** The toolbar. */
export function ClaimsToolbar({ sort, onSortChange, filter, onFilterChange }: ClaimsToolbarProps) {
  const wb = useWorkbench();
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const signal = wb.panel.newClaimSignal;

  useEffect(() => {
    if (signal > 0) input.current?.focus();
  }, [signal]);

  const add = async () => {
    const value = text.trim();
    if (!value) return;
    // Cleared at once, so the next claim can be typed while this one is saved.
    setText('');
    const claim = await wb.run('claims.create', { text: value }, 'Could not create the claim');
    if (!claim) {
      setText((t) => t || value);
      return;
    }
    wb.panel.setActiveClaim(claim.id);
    wb.toast('Claim added and made active: select a passage and press L to link it');
  };

  return (
    <div className="claims-toolbar">
      <form
        className="new-claim"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <textarea
          ref={input}
          className="input new-claim__input"
          dir="auto"
          rows={2}
          placeholder="New claim — a statement to check (C)"
          aria-label="New claim"
          value={text}
          maxLength={LIMITS.maxClaimLength}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void add();
            } else if (e.key === 'Escape' && text) {
              e.preventDefault();
              setText('');
            }
          }}
          data-testid="new-claim-input"
        />
        <button type="submit" className="button button--primary button--small" disabled={!text.trim()} data-testid="new-claim-add">
          Add claim
        </button>
      </form>
      <div className="claims-toolbar__filters">
        <div className="claims-toolbar__row">
        <input
          type="search"
          dir="auto"
          className="input input--small claims-toolbar__search"
          placeholder="Filter claims"
          aria-label="Filter claims by text or rationale"
          value={filter.text}
          onChange={(e) => onFilterChange({ ...filter, text: e.target.value })}
          data-testid="claims-filter"
        />
        <select className="select select--small" aria-label="Sort claims" value={sort} onChange={(e) => onSortChange(e.target.value as ClaimSort)} data-testid="claims-sort">
          <option value="manual">Manual order</option>
          <option value="rating">By verdict</option>
          <option value="evidence">By evidence</option>
        </select>
        </div>
        <div className="claims-toolbar__row claims-toolbar__row--halves">
        <select
          className="select select--small"
          aria-label="Show claims whose verdict is"
          value={filter.rating}
          onChange={(e) => onFilterChange({ ...filter, rating: e.target.value as ClaimFilter['rating'] })}
          data-testid="claims-rating-filter"
        >
          {RATING_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <select
          className="select select--small"
          aria-label="Show claims with evidence"
          value={filter.evidence}
          onChange={(e) => onFilterChange({ ...filter, evidence: e.target.value as EvidenceFilter })}
          data-testid="claims-evidence-filter"
        >
          {EVIDENCE_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        </div>
      </div>
    </div>
  );
}
