/**
 * The content marker of the kill-during-save trials: version n of the project is the original
 * with the name "Torture seq n" and one highlight note rewritten, so a file on disk says which
 * save wrote it, and a save changes the annotations as a researcher's would.
 */
import type { ProjectFile } from '../shared/model.js';

const PREFIX = 'Torture seq ';

/** The sequence number a project's name carries (0 for the original). */
export function seqOf(name: string): number {
  return name.startsWith(PREFIX) ? Number(name.slice(PREFIX.length)) : 0;
}

/** Version `seq` of `project`: its name marked, and the note of one highlight (by turn) changed. */
export function withSeq(project: ProjectFile, seq: number): ProjectFile {
  const which = seq % Math.max(1, project.highlights.length);
  const highlights = project.highlights.map((h, i) => (i === which ? { ...h, note: `Reviewed in pass ${seq}.` } : h));
  return { ...project, name: `${PREFIX}${seq}`, highlights };
}
