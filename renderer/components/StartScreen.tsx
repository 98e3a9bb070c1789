/**
 * Shown when no project is open: create, open, or try the sample; reopen a recent project.
 */
import type { RecentProject } from '../../shared/api.js';
import { formatSavedAt } from '../lib/format.js';

/** Props of <StartScreen>. */
export interface StartScreenProps {
  recent: readonly RecentProject[];
  busy: boolean;
  version: string | null;
  onNew(): void;
  onOpen(): void;
  /** Opens a project, then asks for a colleague's copy to merge into it. */
  onMerge(): void;
  onOpenSample(): void;
  onOpenRecent(path: string): void;
}

/** The welcome screen. */
export function StartScreen({ recent, busy, version, onNew, onOpen, onMerge, onOpenSample, onOpenRecent }: StartScreenProps) {
  return (
    <main className="start" aria-labelledby="start-title">
      <div className="start__card">
        <header className="start__intro">
          <p className="start__brand" aria-hidden="true">
            W
          </p>
          <h1 id="start-title" className="start__title">
            Warrant
          </h1>
          <p className="start__tagline">Import a corpus, search it, read closely — and keep every claim tied to its source.</p>
        </header>

        <div className="start__actions" aria-busy={busy}>
          <button type="button" className="button button--primary button--large" onClick={onNew} disabled={busy}>
            New project…
          </button>
          <button type="button" className="button button--large" onClick={onOpen} disabled={busy}>
            Open project…
          </button>
          <button type="button" className="button button--large" onClick={onOpenSample} disabled={busy}>
            Open sample project
          </button>
        </div>
        <p className="start__hint">The sample project contains a handful of news articles to try searching and reading.</p>
        <div className="start__merge">
          <button type="button" className="button" onClick={onMerge} disabled={busy} data-testid="start-merge">
            Merge a colleague’s copy…
          </button>
          <p className="start__hint">Got your project back from a colleague? Open your project first, then choose their copy: you see what it adds before anything changes.</p>
        </div>

        <section className="start__recent" aria-labelledby="recent-title">
          <h2 id="recent-title" className="section-title">
            Recent projects
          </h2>
          {recent.length === 0 ? (
            <p className="empty-note">No recent projects yet. Projects you create or open appear here.</p>
          ) : (
            <ul className="recent-list" data-testid="recent-list">
              {recent.map((p) => (
                <li key={p.path}>
                  <button
                    type="button"
                    className="recent-item"
                    onClick={() => onOpenRecent(p.path)}
                    disabled={busy}
                    title={p.path}
                    data-testid="recent-project"
                  >
                    <span className="recent-item__name" dir="auto">{p.name}</span>
                    <span className="recent-item__path">{p.path}</span>
                    <span className="recent-item__date">Opened {formatSavedAt(p.openedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {version && <p className="start__version">Warrant {version}</p>}
      </div>
    </main>
  );
}
