/**
 * Finding files inside a .qdpx the way real tools lay them out: `project.qde`, `Project.qde`
 * or `<name>.qde` (at the root, or in one top folder when the zip was made from a folder), and
 * sources in `sources/` (the standard), `Sources/` (QualCoder's older exports, NVivo) or next to
 * the .qde. Paths are matched case-insensitively, since tools disagree on case.
 */
import { WarrantError } from '../../../shared/result.js';
import type { Archive } from './zip-read.js';

/** Locates the project file and the files its paths name. */
export interface ArchiveFiles {
  /** The entry name of the project file. */
  qde: string;
  /**
   * The entry a source or note path names (`internal://<guid>.txt`), or why there is none:
   * `outside` for `relative://`/`absolute://` paths (files beside the archive, never read),
   * `missing` when the archive does not hold it.
   */
  resolve(path: string): { entry: string } | { problem: 'outside' | 'missing' };
}

/**
 * @throws WarrantError `bad-file` when the archive holds no .qde file.
 */
export function locateFiles(archive: Archive): ArchiveFiles {
  const names = archive.entries.map((e) => e.name);
  const qdes = names.filter((n) => n.toLowerCase().endsWith('.qde')).sort((a, b) => depth(a) - depth(b) || rank(a) - rank(b) || a.localeCompare(b));
  const qde = qdes[0];
  if (qde === undefined) throw new WarrantError('bad-file', 'This .qdpx file holds no project.qde, so it is not a REFI-QDA project.');
  const base = qde.slice(0, qde.lastIndexOf('/') + 1).toLowerCase();
  const byLower = new Map<string, string>();
  for (const n of names) if (!byLower.has(n.toLowerCase())) byLower.set(n.toLowerCase(), n);

  return {
    qde,
    resolve(path) {
      const trimmed = path.trim();
      const m = /^internal:\/{1,3}(.*)$/i.exec(trimmed);
      if (!m) {
        if (/^[a-z]+:\/\//i.test(trimmed)) return { problem: 'outside' };
      }
      const rest = (m ? m[1]! : trimmed).replace(/^\/+/, '').toLowerCase();
      if (rest === '' || rest.split('/').includes('..')) return { problem: 'missing' };
      for (const candidate of [`${base}sources/${rest}`, `${base}${rest}`]) {
        const entry = byLower.get(candidate);
        if (entry !== undefined) return { entry };
      }
      return { problem: 'missing' };
    },
  };
}

const depth = (name: string) => name.split('/').length;
// `project.qde` first (the standard name), then any other.
const rank = (name: string) => (name.toLowerCase().endsWith('project.qde') ? 0 : 1);
