/**
 * A text field that saves while the researcher types (after a short pause), when it loses
 * focus, on Ctrl/Cmd+Enter and before Ctrl/Cmd+S — so "Saved" in the header never hides text
 * still sitting in a field — and follows outside changes (undo, another view) while it is not
 * being edited. Esc puts the saved text back. Leaving the page with an unsaved draft asks first.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Pause in typing after which a draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 700;

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

  // Save a draft after a pause in typing; keep editing (focus and caret stay put).
  const savable = state.editing && state.draft !== value && !(required && !state.draft.trim());
  const latest = useRef({ draft: state.draft, onSave });
  latest.current = { draft: state.draft, onSave };
  useEffect(() => {
    if (!savable) return;
    const timer = setTimeout(() => latest.current.onSave(latest.current.draft), DRAFT_SAVE_DELAY_MS);
    // Closing or reloading the page before the pause ends would lose the draft: ask first.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeunload', warn);
    };
  }, [savable, state.draft]);

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
      } else if (e.key.toLowerCase() === 's' && (e.ctrlKey || e.metaKey) && savable) {
        // Ctrl/Cmd+S saves the project: put the draft into it first (the save request follows this one).
        onSave(state.draft);
      }
    },
  };
  return (
    <label className="field draft-field">
      <span className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</span>
      {/* dir="auto": a Hebrew note or an Arabic claim reads right to left as it is typed. */}
      {singleLine ? <input type="text" dir="auto" {...common} /> : <textarea rows={rows} dir="auto" {...common} />}
    </label>
  );
}
