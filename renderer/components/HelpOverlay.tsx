/**
 * The help overlay: every keyboard shortcut (listed from the command registry, so it cannot
 * fall behind the keys), what each highlight colour means with its underline pattern (so
 * colours can be told apart without seeing colour), the rating scale, and the search syntax
 * (from shared/search/syntax.ts, as in the search box's own help).
 */
import { useId } from 'react';
import { RATING_SCALE } from '../../shared/annotations/summary.js';
import { QUERY_SYNTAX, QUERY_SYNTAX_NOTES } from '../../shared/search/syntax.js';
import { HIGHLIGHT_COLORS } from '../lib/highlight-colors.js';
import { keyCaps, type KeyBinding } from '../commands/keys.js';
import { helpCommands, HELP_GROUPS } from '../commands/registry.js';
import { ColorSwatch } from './ColorSwatch.js';
import { Modal } from './Modal.js';
import { DisputedBadge, RatingBadge } from './RatingBadge.js';

/**
 * The key caps of a command's bindings, one group per binding. A run of single keys (the five
 * colours) shows as its first and last: 1 … 5.
 */
function helpCaps(keys: readonly KeyBinding[]): string[][] {
  const caps = keys.map(keyCaps);
  if (caps.length > 2 && caps.every((c) => c.length === 1)) return [[caps[0]![0]!, '…', caps[caps.length - 1]![0]!]];
  return caps;
}

/** One row: the key cap groups ("or" between them) and what they do. */
function HelpRow({ caps, label }: { caps: string[][]; label: string }) {
  return (
    <div className="help__row">
      <dt>
        {caps.map((group, g) => (
          <span key={g} className="help__keys">
            {g > 0 && <span className="help__or"> or </span>}
            {group.map((k, i) => (
              <kbd key={i} className={k === '…' ? 'kbd kbd--gap' : 'kbd'}>
                {k}
              </kbd>
            ))}
          </span>
        ))}
      </dt>
      <dd>{label}</dd>
    </div>
  );
}

/** Props of <HelpOverlay>. */
export interface HelpOverlayProps {
  onClose(): void;
}

/** The overlay. */
export function HelpOverlay({ onClose }: HelpOverlayProps) {
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="modal--help" testId="help-overlay">
      <div className="help__head">
        <h2 id={titleId} className="modal__title">
          Shortcuts and highlight colours
        </h2>
        <button type="button" className="icon-button" aria-label="Close help" onClick={onClose} autoFocus>
          ×
        </button>
      </div>
      <div className="help__columns">
        <div className="help__column">
          {HELP_GROUPS.map((g) => (
            <section key={g.id} className="help__group" data-testid={`help-group-${g.id}`}>
              <h3 className="help__title">{g.title}</h3>
              <dl className="help__list">
                {helpCommands(g.id).map((c) => (
                  <HelpRow key={c.id} caps={helpCaps(c.keys)} label={c.label} />
                ))}
                {g.notes?.map((n) => <HelpRow key={n.label} caps={[n.keys]} label={n.label} />)}
              </dl>
            </section>
          ))}
        </div>
        <div className="help__column">
          <section className="help__group" data-testid="color-legend">
            <h3 className="help__title">Highlight colours</h3>
            <p className="help__note">Each colour has its own label and underline, so they differ without colour too.</p>
            <dl className="help__list">
              {HIGHLIGHT_COLORS.map((c) => (
                <div key={c.color} className="help__row">
                  <dt>
                    <ColorSwatch color={c.color} />
                  </dt>
                  <dd>
                    {c.meaning} — {c.color}, {c.patternName}; key {c.key}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="help__group">
            <h3 className="help__title">Rating scale</h3>
            <p className="help__note">
              Each rater’s rating is their own; the evidence counts beside it are there to inform it. A claim’s verdict is the rating its raters agree on, or
              the verdict the team records when they disagree.
            </p>
            <dl className="help__list">
              {RATING_SCALE.map((r) => (
                <div key={r.rating} className="help__row">
                  <dt>
                    <RatingBadge rating={r.rating} />
                  </dt>
                  <dd>{r.meaning}</dd>
                </div>
              ))}
              <div className="help__row">
                <dt>
                  <DisputedBadge />
                </dt>
                <dd>Raters disagree and no verdict is recorded yet.</dd>
              </div>
            </dl>
          </section>
          <section className="help__group" data-testid="help-search-syntax">
            <h3 className="help__title">Search</h3>
            <dl className="help__list">
              {QUERY_SYNTAX.map((e) => (
                <div key={e.example} className="help__row">
                  <dt>
                    <code>{e.example}</code>
                  </dt>
                  <dd>{e.meaning}</dd>
                </div>
              ))}
            </dl>
            {QUERY_SYNTAX_NOTES.map((n) => (
              <p key={n} className="help__note">
                {n}
              </p>
            ))}
          </section>
        </div>
      </div>
    </Modal>
  );
}
