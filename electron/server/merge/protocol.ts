/** The merge worker's one method (electron/workers protocol): read a copy and merge it into mine. */
import type { Article, ProjectFile } from '../../../shared/model.js';
import type { ProjectMerge } from '../../../shared/merge/merge-projects.js';
import type { AppError } from '../../../shared/result.js';

export interface MergeMethods {
  /**
   * Reads, migrates and validates the copy at `theirsPath` (as Open does), then merges it into
   * `mine`. Answers a value or an error, so the error's code (`different-project`,
   * `corrupt-project`, …) survives the thread boundary.
   */
  merge: {
    args: { mine: ProjectFile; theirsPath: string };
    result: { ok: true; value: { merge: ProjectMerge; theirs: { name: string } } } | { ok: false; error: AppError };
  };
  /** Reads another project's file and answers its articles (for "import its articles only"). */
  articles: {
    args: { path: string };
    result: { ok: true; value: Article[] } | { ok: false; error: AppError };
  };
}
