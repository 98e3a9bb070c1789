/**
 * Asks for a project file path in the browser shell, where there is no native file dialog.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PathRequest } from '../state/use-prompt.js';
import { Modal } from './Modal.js';

const WORDING: Record<PathRequest['purpose'], { title: string; confirm: string; hint: string }> = {
  new: {
    title: 'New project',
    confirm: 'Create project',
    hint: 'Warrant creates this file and saves your work into it. Missing folders are created.',
  },
  open: {
    title: 'Open project',
    confirm: 'Open project',
    hint: 'The full path of a .warrant file on the computer running Warrant.',
  },
  saveAs: {
    title: 'Save project as',
    confirm: 'Save',
    hint: 'Warrant saves a copy here and continues working in the new file. Missing folders are created.',
  },
  merge: {
    title: 'Merge a colleague’s copy',
    confirm: 'Preview merge',
    hint: 'The full path of their copy of this project (a .warrant file) on the computer running Warrant. You see what merging would change before anything is written; their file is only read.',
  },
};

/** Props of <PathDialog>. */
export interface PathDialogProps {
  request: PathRequest;
  onAnswer(path: string | null): void;
}

/** The path dialog; the file name part of the proposed path is preselected for typing over. */
export function PathDialog({ request, onAnswer }: PathDialogProps) {
  const [value, setValue] = useState(request.initial);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const hintId = useId();
  const wording = WORDING[request.purpose];

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    // Select the file name without extension, like native save dialogs do.
    const slash = Math.max(request.initial.lastIndexOf('/'), request.initial.lastIndexOf('\\')) + 1;
    const dot = request.initial.lastIndexOf('.');
    el.setSelectionRange(slash, dot > slash ? dot : request.initial.length);
  }, [request]);

  return (
    <Modal labelledBy={titleId} onCancel={() => onAnswer(null)} testId="path-dialog" className="modal--path">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onAnswer(value.trim());
        }}
      >
        <h2 id={titleId} className="modal__title">
          {wording.title}
        </h2>
        {request.note && (
          <p className="modal__body path-dialog__note" data-testid="path-note">
            {request.note}
          </p>
        )}
        <label className="field">
          <span className="field__label">{request.purpose === 'merge' ? 'Their copy' : 'Project file'}</span>
          <input
            ref={input}
            className="input input--mono"
            type="text"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={hintId}
            spellCheck={false}
            autoComplete="off"
            data-testid="path-input"
            required
          />
        </label>
        <p id={hintId} className="field__hint">
          {wording.hint}
        </p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!value.trim()} data-testid="path-confirm">
            {wording.confirm}
          </button>
        </div>
      </form>
    </Modal>
  );
}
