/**
 * One merge conflict, side by side: my version and theirs, field by field on the same rows, the
 * fields that differ marked with a sign and words (not by colour alone), and the choice of what
 * to keep as radio buttons (arrow keys move between them). A deleted side says so in its column.
 */
import { useId } from 'react';
import type { ConflictView, ItemSummary } from '../../shared/api.js';
import { formatSavedAt } from '../lib/format.js';
import { choiceLabels, heldText, KIND_WORDS, reasonText, type SideWords } from '../lib/merge-words.js';
import type { Choice } from '../state/use-merge.js';

/** Props of <ConflictCard>. */
export interface ConflictCardProps {
  conflict: ConflictView;
  sides: SideWords;
  /** Undefined: not decided yet. */
  choice: Choice | undefined;
  onChoose(choice: Choice | null): void;
  disabled?: boolean;
}

/** A field's value, or a visible "(empty)". */
function Value({ value }: { value: string }) {
  return value === '' ? <span className="conflict__empty">(empty)</span> : <bdi className="conflict__text">{value}</bdi>;
}

/** Who changed a side last, and when. */
function Stamp({ side }: { side: ItemSummary }) {
  const parts = [side.author, side.updatedAt && formatSavedAt(side.updatedAt)].filter(Boolean);
  return parts.length ? <span className="conflict__stamp">{parts.join(' · ')}</span> : null;
}

/** The conflict. */
export function ConflictCard({ conflict, sides, choice, onChoose, disabled }: ConflictCardProps) {
  const headingId = useId();
  const name = useId();
  const { mine, theirs } = conflict;
  const shown = mine ?? theirs;
  const labels = choiceLabels(conflict, sides);
  const held = heldText(conflict);
  const fields = shown?.fields ?? [];
  const heading = shown?.heading ?? conflict.id;
  const shownAgain = fields.some((f) => f.value === heading);
  const kept = (side: 'mine' | 'theirs') => choice === side || choice === 'both';
  const options: Array<{ value: Choice | 'later'; label: string }> = [
    { value: 'mine', label: labels.mine },
    { value: 'theirs', label: labels.theirs },
    ...(labels.both ? [{ value: 'both' as const, label: labels.both }] : []),
    { value: 'later', label: 'Decide later' },
  ];

  const sideHead = (side: 'mine' | 'theirs', summary: ItemSummary | null) => (
    <th scope="col" className={`conflict__side${kept(side) ? ' is-kept' : ''}`}>
      <span className="conflict__side-name">{side === 'mine' ? sides.mine : sides.theirs}</span>
      {kept(side) && (
        <span className="conflict__kept" data-testid={`kept-${side}`}>
          <span aria-hidden="true">✓ </span>kept
        </span>
      )}
      {summary && <Stamp side={summary} />}
    </th>
  );

  const deletedCell = (side: 'mine' | 'theirs') => (
    <td rowSpan={Math.max(fields.length, 1)} className="conflict__deleted">
      <span aria-hidden="true">⌫ </span>
      {side === 'mine' ? sides.deletedMine : sides.deletedTheirs}
    </td>
  );

  return (
    <article className="conflict" aria-labelledby={headingId} data-testid="conflict" data-kind={conflict.kind} data-choice={choice ?? 'later'}>
      <header className="conflict__header">
        <span className="conflict__kind">{KIND_WORDS[conflict.kind].one}</span>
        <span className="conflict__reason">{reasonText(conflict.reason, sides)}</span>
        {/* A claim's heading is its text, shown again in the table: named for screen readers only. */}
        <h4 id={headingId} className={shownAgain ? 'visually-hidden' : 'conflict__heading'}>
          {heading}
        </h4>
      </header>
      <table className="conflict__sides" data-testid="conflict-sides">
        <thead>
          <tr>
            <th scope="col" className="conflict__field">
              <span className="visually-hidden">Field</span>
            </th>
            {sideHead('mine', mine)}
            {sideHead('theirs', theirs)}
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => {
            const a = mine?.fields[i]?.value;
            const b = theirs?.fields[i]?.value;
            const differs = mine !== null && theirs !== null && a !== b;
            return (
              <tr key={f.label} className={differs ? 'is-different' : undefined} data-testid="conflict-field" data-differs={differs}>
                <th scope="row" className="conflict__field">
                  {f.label}
                  {differs && (
                    <span className="conflict__differs" title="The two versions differ here">
                      <span aria-hidden="true"> ≠</span>
                      <span className="conflict__differs-word"> differs</span>
                    </span>
                  )}
                </th>
                {mine ? (
                  <td className="conflict__value" data-side="mine">
                    <Value value={a ?? ''} />
                  </td>
                ) : (
                  i === 0 && deletedCell('mine')
                )}
                {theirs ? (
                  <td className="conflict__value" data-side="theirs">
                    <Value value={b ?? ''} />
                  </td>
                ) : (
                  i === 0 && deletedCell('theirs')
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {held && (
        <p className="conflict__held" data-testid="conflict-held">
          <span aria-hidden="true">↳ </span>
          {held}
        </p>
      )}
      <fieldset className="conflict__choices" disabled={disabled}>
        <legend className="visually-hidden">What to keep of this {KIND_WORDS[conflict.kind].noun}</legend>
        {options.map((o) => (
          <label key={o.value} className={`choice${(choice ?? 'later') === o.value ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={(choice ?? 'later') === o.value}
              onChange={() => onChoose(o.value === 'later' ? null : o.value)}
              data-testid={`choose-${o.value}`}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </article>
  );
}
