/**
 * Preferences and the recent-projects list — never project data. The desktop app stores them
 * with electron-store; `warrant serve` and the CLI use `conf`, the library electron-store is
 * built on, so both keep the same JSON shape.
 */
import Conf from 'conf';
import { z } from 'zod';
import { RecentProject } from '../../../shared/api.js';

/** How many recent projects are remembered. */
export const MAX_RECENT = 10;

const PrefsShape = z.object({
  recent: z.array(RecentProject).default([]),
  /** The name recorded as the author of annotations. */
  authorName: z.string().max(200).nullable().default(null),
});
export type Prefs = z.infer<typeof PrefsShape>;

/** The few operations the backend needs; each shell provides an implementation. */
export interface PrefsStore {
  read(): Prefs;
  write(prefs: Prefs): void;
}

/** A minimal key-value store as both `conf` and `electron-store` provide. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Wraps a conf/electron-store instance. A hand-edited or damaged preferences file must not
 * stop the app from starting, so invalid values fall back to defaults.
 */
export function prefsFromStore(store: KeyValueStore): PrefsStore {
  return {
    read() {
      // Each value is checked on its own, and each recent entry too: one bad value must not
      // wipe the others (a reset list would be written back on the next change).
      const rawRecent = store.get('recent');
      const recent = Array.isArray(rawRecent) ? rawRecent.flatMap((r) => {
        const entry = RecentProject.safeParse(r);
        return entry.success ? [entry.data] : [];
      }) : [];
      const author = PrefsShape.shape.authorName.safeParse(store.get('authorName'));
      return { recent, authorName: author.success ? author.data : null };
    },
    write(prefs) {
      store.set('recent', prefs.recent);
      store.set('authorName', prefs.authorName);
    },
  };
}

/** Preferences for plain Node (serve, CLI), stored in `dir` or the OS config folder. */
export function createNodePrefs(dir?: string): PrefsStore {
  const store = new Conf<Record<string, unknown>>({ projectName: 'warrant', ...(dir ? { cwd: dir } : {}), configName: 'preferences' });
  return prefsFromStore(store);
}

/** Puts `path` first in the recent list (deduplicated, capped). */
export function withRecent(prefs: Prefs, entry: RecentProject): Prefs {
  const others = prefs.recent.filter((r) => r.path !== entry.path);
  return { ...prefs, recent: [entry, ...others].slice(0, MAX_RECENT) };
}
