/**
 * The help overlay: every keyboard shortcut, what each highlight colour means with its
 * underline pattern (so colours can be told apart without seeing colour), and the rating scale.
 */
import { useId } from 'react';
import { RATING_SCALE } from '../../shared/annotations/summary.js';
import { HIGHLIGHT_COLORS } from '../lib/highlight-colors.js';
import { SHORTCUT_GROUPS } from '../lib/shortcuts.js';
import { ColorSwatch } from './ColorSwatch.js';
import { Modal } from './Modal.js';
import { RatingBadge } from './RatingBadge.js';

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
        <div>
          {SHORTCUT_GROUPS.map((g) => (
            <section key={g.title} className="help__group">
              <h3 className="help__title">{g.title}</h3>
              <dl className="help__list">
                {g.shortcuts.map((s) => (
                  <div key={s.action} className="help__row">
                    <dt>
                      {s.keys.map((k, i) => (
                        <kbd key={i} className={k === '…' ? 'kbd kbd--gap' : 'kbd'}>
                          {k}
                        </kbd>
                      ))}
                    </dt>
                    <dd>{s.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <div>
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
            <p className="help__note">Only you set a claim’s rating; the evidence counts beside it are there to inform it.</p>
            <dl className="help__list">
              {RATING_SCALE.map((r) => (
                <div key={r.rating} className="help__row">
                  <dt>
                    <RatingBadge rating={r.rating} />
                  </dt>
                  <dd>{r.meaning}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </Modal>
  );
}
