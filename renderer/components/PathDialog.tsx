/**
 * Asks for a project file path in the browser shell, where there is no native file dialog.
 * Under `warrant serve` it browses (FileBrowser: the folders the server may use, never others);
 * a full path can always be typed. New and Save As also have a name field for the file name in
 * the folder shown.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { baseName, parentOf, separatorOf, useDirListing } from '../state/use-dir-listing.js';
import type { PathRequest } from '../state/use-prompt.js';
import { FileBrowser } from './FileBrowser.js';
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

/** Purposes that name a new file (and so have a name field). */
const NAMES_A_FILE = new Set<PathRequest['purpose']>(['new', 'saveAs']);

/** The folder a proposed path starts browsing in: itself when it ends in a separator, else its parent. */
function startFolder(initial: string): string | null {
  if (!initial) return null;
  return /[\\/]$/.test(initial) ? initial : parentOf(initial);
}

/** The path dialog; the file name part of the proposed path is preselected for typing over. */
export function PathDialog({ request, onAnswer }: PathDialogProps) {
  const [value, setValue] = useState(request.initial);
  const input = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const hintId = useId();
  const wording = WORDING[request.purpose];
  const namesFile = NAMES_A_FILE.has(request.purpose);
  const { state, go } = useDirListing(startFolder(request.initial), 'projects');
  const browsing = state.status !== 'unsupported';

  // The field typed into first: the name for New and Save As, else the path. Modal focuses it when
  // it opens; the browser's buttons come first in the tab order and would otherwise take it.
  const typeFirst = namesFile && browsing ? nameInput : input;
  useEffect(() => {
    const el = typeFirst.current;
    if (!el) return;
    el.focus();
    // Select the file name without extension, like native save dialogs do.
    const text = el.value;
    const slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1;
    const dot = text.lastIndexOf('.');
    el.setSelectionRange(slash, dot > slash ? dot : text.length);
  }, [request, typeFirst]);

  // The file name in the name field, and the folder the path is in (for browsing into another).
  const name = /[\\/]$/.test(value) ? '' : baseName(value);
  const folderOfValue = /[\\/]$/.test(value) ? value.replace(/[\\/]+$/, '') : (parentOf(value) ?? '');

  /** The path in `folder` for the file name typed so far (Open: the folder itself, to pick a file in). */
  const inFolder = (folder: string, file: string) => {
    const sep = separatorOf(folder);
    const base = folder.endsWith(sep) ? folder : folder + sep;
    return base + file;
  };

  const enterFolder = (path: string | null) => {
    go(path);
    if (path !== null) setValue(inFolder(path, namesFile ? name : ''));
  };

  const submit = (path: string) => {
    if (path.trim()) onAnswer(path.trim());
  };

  return (
    <Modal labelledBy={titleId} onCancel={() => onAnswer(null)} testId="path-dialog" initialFocus={typeFirst} className={`modal--path${browsing ? ' modal--browse' : ''}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(value);
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
        <FileBrowser
          state={state}
          noun="project files"
          onFolder={enterFolder}
          onSelectFile={(path) => setValue(path)}
          onChooseFile={(path) => submit(path)}
        />
        {namesFile && browsing && (
          <label className="field">
            <span className="field__label">Name</span>
            <input
              ref={nameInput}
              className="input"
              type="text"
              dir="auto"
              value={name}
              onChange={(e) => setValue(folderOfValue ? inFolder(folderOfValue, e.target.value) : e.target.value)}
              spellCheck={false}
              autoComplete="off"
              data-testid="path-name"
            />
          </label>
        )}
        <label className="field">
          <span className="field__label">{request.purpose === 'merge' ? 'Their copy' : browsing ? 'Full path' : 'Project file'}</span>
          <input
            ref={input}
            className="input input--mono"
            type="text"
            dir="auto"
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
          {browsing && ' Browse above, or type a full path (~/ for your home folder).'}
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
