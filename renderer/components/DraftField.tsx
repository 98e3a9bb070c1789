/**
 * A text field that saves when it loses focus (or on Ctrl/Cmd+Enter) and follows outside
 * changes (undo, another view) while it is not being edited. Esc puts the saved text back.
 */
import { useState, type ReactNode } from 'react';

/** Props of <DraftField>. */
export interface DraftFieldProps {
  /** The saved value. */
  value: string;
  onSave(next: string): void;
  label: ReactNode;
  /** Hide the label visually (it is still read out). */
  hideLabel?: boolean;
  placeholder?: string;
  rows?: number;
  /** Single line: Enter saves. */
  singleLine?: boolean;
  maxLength?: number;
  autoFocus?: boolean;
  testId?: string;
  /** Saving an empty value is refused (e.g. a claim's text). */
  required?: boolean;
}

/** The field. */
export function DraftField({ value, onSave, label, hideLabel, placeholder, rows = 3, singleLine, maxLength, autoFocus, testId, required }: DraftFieldProps) {
  const [state, setState] = useState({ base: value, draft: value, editing: false });
  // The saved value changed underneath (undo, an edit elsewhere): show it unless mid-edit.
  if (state.base !== value && !state.editing) setState({ base: value, draft: value, editing: false });

  const commit = () => {
    const next = state.draft;
    setState((s) => ({ ...s, editing: false }));
    if (next === value || (required && !next.trim())) {
      setState({ base: value, draft: value, editing: false });
      return;
    }
    onSave(next);
  };
  const revert = () => setState({ base: value, draft: value, editing: false });

  const common = {
    className: `input draft-field__input${singleLine ? '' : ' draft-field__input--area'}`,
    value: state.draft,
    placeholder,
    maxLength,
    autoFocus,
    'data-testid': testId,
    onFocus: () => setState((s) => ({ ...s, editing: true })),
    onBlur: commit,
    onChange: (e: { target: { value: string } }) => setState((s) => ({ ...s, draft: e.target.value, editing: true })),
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Escape' && state.draft !== value) {
        e.preventDefault();
        e.stopPropagation();
        revert();
      } else if (e.key === 'Enter' && (singleLine || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        (e.target as HTMLElement).blur();
      }
    },
  };
  return (
    <label className="field draft-field">
      <span className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</span>
      {singleLine ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />}
    </label>
  );
}
