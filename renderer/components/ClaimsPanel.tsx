/**
 * The right-hand column, reserved for highlights and claims (next release).
 */

/** Placeholder for the claims panel. */
export function ClaimsPanel() {
  return (
    <aside className="claims" aria-labelledby="claims-title" data-testid="claims-panel">
      <h2 id="claims-title" className="section-title">
        Claims
      </h2>
      <p className="claims__note">Highlights and claims arrive in the next release.</p>
    </aside>
  );
}
