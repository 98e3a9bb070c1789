/**
 * Editing an article's bibliographic details (title, source, author, date, URL) and its
 * language (detected at import; search stems and weighs words in it).
 */
import { useId, useState, type FormEvent } from 'react';
import { LANGUAGE_LIST, UNDETERMINED } from '../../shared/languages.js';
import { LIMITS, type ArticleMeta } from '../../shared/model.js';
import { dateSourceNote, draftFromMeta, draftToPatch, languageNote, type MetaDraft } from '../lib/metadata.js';
import { useCall } from '../state/backend.js';

/** Props of <MetadataForm>. */
export interface MetadataFormProps {
  article: ArticleMeta;
  onSaved(meta: ArticleMeta): void;
  onCancel(): void;
}

const FIELDS: { key: Exclude<keyof MetaDraft, 'language'>; label: string; hint?: string; placeholder?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'source', label: 'Source', placeholder: 'e.g. Reuters' },
  { key: 'author', label: 'Author' },
  { key: 'date', label: 'Date', hint: 'YYYY-MM-DD', placeholder: 'YYYY-MM-DD' },
  { key: 'url', label: 'URL' },
];

/** The "Edit details" form. */
export function MetadataForm({ article, onSaved, onCancel }: MetadataFormProps) {
  const call = useCall();
  const baseId = useId();
  const [draft, setDraft] = useState<MetaDraft>(() => draftFromMeta(article));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Under the date: whether it is the document's own date or, say, only the file's creation date.
  const dateNote = dateSourceNote(article, draft.date);
  const langNote = languageNote(article.language, draft.language);
  // The detected language is named as such in the list, so a correction is an informed one.
  const detected = article.language?.source === 'detected' ? article.language.code : null;
  const optionLabel = (code: string, name: string) => (code === detected ? `${name} (detected)` : name);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = draftToPatch(draft, article);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    if (Object.keys(result.patch).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    const r = await call('articles.update', { id: article.id, patch: result.patch });
    setSaving(false);
    if (r.ok) onSaved(r.value);
    else setError(r.error.message);
  };

  return (
    <form
      className="meta-form"
      aria-label="Edit article details"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      data-testid="metadata-form"
    >
      <h2 className="meta-form__title">Edit details</h2>
      <div className="meta-form__grid">
        {FIELDS.map((f, i) => (
          // A div, not a wrapping label: the date's source note must describe the field, not name it.
          <div key={f.key} className={`field field--${f.key}`}>
            <label className="field__label" htmlFor={`${baseId}-${f.key}`}>
              {f.label}
              {f.hint && <span className="field__hint-inline"> ({f.hint})</span>}
            </label>
            <input
              id={`${baseId}-${f.key}`}
              className="input"
              type="text"
              dir="auto"
              value={draft[f.key]}
              placeholder={f.placeholder}
              maxLength={f.key === 'title' ? LIMITS.maxTitleLength : LIMITS.maxFieldLength}
              autoFocus={i === 0}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              spellCheck={f.key === 'title'}
              aria-describedby={f.key === 'date' && dateNote !== null ? `${baseId}-date-source` : undefined}
            />
            {f.key === 'date' && dateNote !== null && (
              <span id={`${baseId}-date-source`} className="field__hint" data-testid="date-source">
                {dateNote}
              </span>
            )}
          </div>
        ))}
        <div className="field field--language">
          <label className="field__label" htmlFor={`${baseId}-language`}>
            Language
          </label>
          <select
            id={`${baseId}-language`}
            className="select"
            value={draft.language}
            onChange={(e) => setDraft({ ...draft, language: e.target.value })}
            aria-describedby={`${baseId}-language-note`}
            data-testid="language-select"
          >
            {draft.language === '' && <option value="">Not detected yet</option>}
            {LANGUAGE_LIST.map((l) => (
              <option key={l.code} value={l.code}>
                {optionLabel(l.code, l.name)}
              </option>
            ))}
            <option value={UNDETERMINED}>{optionLabel(UNDETERMINED, 'Other or unknown')}</option>
          </select>
          <span id={`${baseId}-language-note`} className="field__hint" data-testid="language-note">
            {langNote}
          </span>
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="meta-form__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  );
}
