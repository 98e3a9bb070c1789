/**
 * Edits one evidence link: its stance (supports / refutes / context), optional weight 1–3,
 * note, or removes it. Used in both the claim's and the highlight's view.
 */
import { useState } from 'react';
import type { EvidenceLink, Stance } from '../../shared/model.js';
import { LIMITS } from '../../shared/limits.js';
import { STANCES } from '../lib/evidence.js';
import { useWorkbench } from '../state/workbench.js';
import { DraftField } from './DraftField.js';

/** Props of <LinkEditor>. */
export interface LinkEditorProps {
  link: EvidenceLink;
  /** What the link connects to, for labels: "the claim “…”" or "the passage". */
  subject: string;
}

const WEIGHTS: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: 'Weight: –' },
  { value: '1', label: 'Weight: 1 slight' },
  { value: '2', label: 'Weight: 2 fair' },
  { value: '3', label: 'Weight: 3 strong' },
];

/** The link's controls. */
export function LinkEditor({ link, subject }: LinkEditorProps) {
  const { run } = useWorkbench();
  const [noteOpen, setNoteOpen] = useState(false);
  const showNote = noteOpen || link.note !== '';
  const update = (patch: { stance?: Stance; weight?: number | null; note?: string }) =>
    void run('links.update', { id: link.id, patch }, 'Could not change the evidence link');
  return (
    <div className="link-editor" data-testid="link-editor" data-stance={link.stance}>
      <div className="link-editor__row">
        <div className="segmented" role="group" aria-label={`Stance towards ${subject}`}>
          {STANCES.map((s) => (
            <button
              key={s.stance}
              type="button"
              aria-pressed={link.stance === s.stance}
              className={`segmented__option segmented__option--${s.stance}`}
              onClick={() => link.stance !== s.stance && update({ stance: s.stance })}
              data-testid={`stance-${s.stance}`}
            >
              {s.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button icon-button--small icon-button--danger link-editor__unlink"
          onClick={() => void run('links.delete', { id: link.id }, 'Could not unlink the evidence')}
          aria-label={`Unlink from ${subject}`}
          title="Unlink (the highlight stays)"
          data-testid="unlink"
        >
          ×
        </button>
      </div>
      <div className="link-editor__row">
        <select
          className="select select--small"
          aria-label={`Weight of this evidence for ${subject}`}
          value={link.weight === null ? '' : String(link.weight)}
          onChange={(e) => update({ weight: e.target.value === '' ? null : Number(e.target.value) })}
          data-testid="link-weight"
        >
          {WEIGHTS.map((w) => (
            <option key={w.value} value={w.value}>
              {w.label}
            </option>
          ))}
        </select>
        {!showNote && (
          <button type="button" className="link-button link-editor__add-note" onClick={() => setNoteOpen(true)} aria-label={`Add a note on this evidence for ${subject}`} data-testid="link-add-note">
            Add note
          </button>
        )}
      </div>
      {showNote && (
        <DraftField
          value={link.note}
          onSave={(note) => update({ note })}
          label="Evidence note"
          hideLabel
          placeholder="Why this passage bears on the claim"
          rows={2}
          maxLength={LIMITS.maxNoteLength}
          autoFocus={noteOpen && link.note === ''}
          testId="link-note"
        />
      )}
    </div>
  );
}
