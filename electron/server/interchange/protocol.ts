/** The interchange worker's method (electron/workers protocol): read a foreign file into items to add. */
import type { InterchangeKind } from '../../../shared/api-export.js';
import type { ImportedItems } from '../../../shared/interchange/imported-items.js';
import type { ProjectFile } from '../../../shared/model.js';
import type { AppError } from '../../../shared/result.js';

/** Where the file is: a path on this machine, or bytes the UI sent (the browser). */
export type InterchangeInput = { kind: 'path'; path: string } | { kind: 'bytes'; name: string; base64: string };

export interface InterchangeMethods {
  /** Reads a REFI-QDA project or W3C / Hypothesis annotations against `project` (for anchoring). */
  read: {
    args: { input: InterchangeInput; project: ProjectFile; author: string; now: string };
    result: { ok: true; value: { kind: InterchangeKind; items: ImportedItems } } | { ok: false; error: AppError };
  };
}
