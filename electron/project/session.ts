/**
 * One open project: its data in memory, whether it has unsaved changes, and debounced autosave.
 * Saves are serialized (never two writes to the same file at once) and a failed autosave is
 * reported, retried on the next change, and never loses the in-memory data.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ProjectSummary } from '../../shared/api.js';
import { CURRENT_SCHEMA_VERSION, emptyProjectCollections, type ProjectFile } from '../../shared/model.js';
import { PROJECT_EXTENSION } from '../../shared/project-files.js';
import { toAppError, WarrantError } from '../../shared/result.js';
import { exists } from '../common/files.js';
import { keepCopy, readProjectFileWithInfo, removeStaleTempFiles, writeProjectFile } from './project-file.js';

/** How long after the last change autosave waits, so a burst of edits costs one write. */
const AUTOSAVE_DELAY_MS = 800;

export interface SessionOptions {
  /** Called whenever the summary (dirty flag, save state, counts) changes. */
  onChange?: (summary: ProjectSummary) => void;
  autosaveDelayMs?: number;
}

export interface DiskStamp {
  mtimeMs: number;
  size: number;
}

async function stampOf(path: string): Promise<DiskStamp | null> {
  const info = await stat(path).catch(() => null);
  return info ? { mtimeMs: info.mtimeMs, size: info.size } : null;
}

/** Refuses a path that does not end in the project extension (extname: a file named only ".warrant" has none). */
function checkProjectPath(path: string): void {
  if (extname(path).toLowerCase() !== PROJECT_EXTENSION) {
    throw new WarrantError('bad-args', `Project files end in “${PROJECT_EXTENSION}”; “${basename(path)}” does not.`, { path, file: basename(path) });
  }
}

/** Where the original of a migrated file is kept: `<file>.format-<n>.bak`. */
function migrationBackupPath(path: string, version: number): string {
  return `${path}.format-${version}.bak`;
}

/** An open project file. Create with `ProjectSession.open` or `ProjectSession.create`. */
export class ProjectSession {
  private dirty = false;
  private lastSavedAt: string | null = null;
  private saveError: string | null = null;
  private diskChanged = false;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** The backup is taken once per session: it holds the file as it was before we touched it. */
  private backupTaken = false;
  /** Size and time of the file as we last read or wrote it, to notice another program's writes. */
  private diskStamp: DiskStamp | null = null;
  /**
   * Titles of damaged articles set aside when the rest of the file was opened read-only; null
   * for a normal session. Read-only: nothing changes and nothing is written to this file (Save
   * As to another file makes a working copy without them).
   */
  private setAside: string[] | null = null;

  private filePath: string;
  private project: ProjectFile;
  private readonly options: SessionOptions;

  private constructor(filePath: string, project: ProjectFile, options: SessionOptions) {
    this.filePath = filePath;
    this.project = project;
    this.options = options;
  }

  /**
   * Opens and validates an existing project file. With `readOnly`, a file whose articles are
   * damaged opens without them, read-only (see set-aside.ts); an intact file opens read-only too.
   */
  static async open(path: string, options: SessionOptions = {}, readOnly = false): Promise<ProjectSession> {
    const { project, migratedFrom, setAside } = await readProjectFileWithInfo(path, { setAsideDamaged: readOnly });
    if (migratedFrom !== null) {
      // The next save writes the new format; the original stays beside it, untouched.
      await keepCopy(path, migrationBackupPath(path, migratedFrom)).catch((e: unknown) => {
        throw new WarrantError('io', `“${basename(path)}” uses an older project format and Warrant could not keep a copy of the original before upgrading it: ${toAppError(e).message}`);
      });
    }
    // Temp files a crash left in the middle of one of our saves (never anything else).
    await removeStaleTempFiles(path);
    const session = new ProjectSession(path, project, options);
    session.lastSavedAt = project.updatedAt;
    session.diskStamp = await stampOf(path);
    if (readOnly) session.setAside = setAside;
    return session;
  }

  /** Creates a new empty project and writes it to `path` (refuses to overwrite an existing file). */
  static async create(path: string, options: SessionOptions = {}): Promise<ProjectSession> {
    checkProjectPath(path);
    if (await exists(path)) {
      throw new WarrantError('exists', `“${basename(path)}” already exists. Open it, or choose another name.`, { path, file: basename(path) });
    }
    const now = new Date().toISOString();
    const project: ProjectFile = {
      format: 'warrant-project',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: randomUUID(),
      name: basename(path, extname(path)) || 'Untitled',
      createdAt: now,
      updatedAt: now,
      articles: [],
      ...emptyProjectCollections(),
    };
    const session = new ProjectSession(path, project, options);
    session.backupTaken = true; // nothing to back up: the file is new
    await session.save();
    return session;
  }

  get path(): string {
    return this.filePath;
  }

  /** The project data. Treat as read-only; change it through `update`. */
  get data(): Readonly<ProjectFile> {
    return this.project;
  }

  summary(): ProjectSummary {
    return {
      path: this.filePath,
      name: this.project.name,
      articleCount: this.project.articles.length,
      dirty: this.dirty,
      lastSavedAt: this.lastSavedAt,
      saveError: this.saveError,
      diskChanged: this.diskChanged,
      // Only what can be decided: items held on another conflict follow that one's decision.
      pendingConflicts: this.project.conflicts.filter((c) => c.dependsOn === null).length,
      readOnly: this.setAside !== null,
      setAside: this.setAside ?? [],
    };
  }

  /** True when the project was opened read-only (see `open`). */
  get readOnly(): boolean {
    return this.setAside !== null;
  }

  /** The refusal of a change or save while read-only, saying how to get a working copy. */
  private readOnlyError(): WarrantError {
    const what = this.setAside?.length ? `the rest of “${basename(this.filePath)}” (its damaged articles set aside)` : `“${basename(this.filePath)}”`;
    return new WarrantError('read-only', `This is ${what}, open read-only so the file is never overwritten. Use Save As to keep a working copy under another name, then change that.`);
  }

  /** Applies a change, marks the project dirty and schedules an autosave. */
  update(change: (project: ProjectFile) => ProjectFile): void {
    if (this.readOnly) throw this.readOnlyError();
    this.project = { ...change(this.project), updatedAt: new Date().toISOString() };
    this.dirty = true;
    this.emit();
    this.scheduleAutosave();
  }

  /** Writes the project now (waiting for any write already under way). */
  async save(): Promise<void> {
    this.cancelAutosave();
    // Nothing to write (no change is possible), and the damaged original must stay as it is.
    if (this.readOnly) return;
    const snapshot = this.project;
    const target = this.filePath;
    const run = this.writing.then(async () => {
      try {
        await this.checkNotChangedOnDisk(target);
        await writeProjectFile(target, snapshot, !this.backupTaken);
        this.diskStamp = await stampOf(target);
        this.backupTaken = true;
        // Only clear the dirty flag if nothing changed while we were writing.
        if (this.project === snapshot && this.filePath === target) this.dirty = false;
        this.lastSavedAt = new Date().toISOString();
        this.saveError = null;
        this.diskChanged = false;
      } catch (e) {
        const error = toAppError(e);
        this.saveError = error.message;
        this.diskChanged = error.code === 'conflict';
        throw e;
      } finally {
        this.emit();
      }
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** Writes the project to a new path and continues there. */
  async saveAs(path: string): Promise<void> {
    checkProjectPath(path);
    const wasReadOnly = this.setAside;
    if (wasReadOnly !== null) {
      if (path === this.filePath) throw new WarrantError('read-only', 'Save the working copy under another name: the damaged file stays as it is, in case a backup or a colleague’s copy can restore it.');
      // The copy is a new, ordinary project: it can be changed and saved.
      this.setAside = null;
    }
    const previous = this.filePath;
    const previousBackup = this.backupTaken;
    const previousStamp = this.diskStamp;
    const oldName = this.project.name;
    const newName = basename(path, extname(path)) || oldName;
    // A project still named after its file follows the file's new name.
    const renamed = oldName === basename(previous, extname(previous)) && newName !== oldName;
    if (renamed) this.project = { ...this.project, name: newName };
    this.filePath = path;
    this.backupTaken = false;
    this.diskStamp = null; // a new file: nothing on disk to compare with
    try {
      await this.save();
    } catch (e) {
      // Stay on the old file: the new one could not be written. Edits made meanwhile are
      // kept; only the automatic rename is taken back (if nobody renamed it since).
      this.filePath = previous;
      this.backupTaken = previousBackup;
      this.diskStamp = previousStamp;
      if (renamed && this.project.name === newName) this.project = { ...this.project, name: oldName };
      this.setAside = wasReadOnly;
      this.emit();
      throw e;
    }
  }

  /** The file's size and time now, to pass to `adoptDiskVersion` once its content is merged. */
  async diskStampNow(): Promise<DiskStamp | null> {
    return stampOf(this.filePath);
  }

  /**
   * After the file's changes on disk (as they were at `stamp`) were merged into this session,
   * saving may replace that version; a change made on disk after `stamp` is still detected.
   */
  adoptDiskVersion(stamp: DiskStamp | null): void {
    this.diskStamp = stamp;
    this.diskChanged = false;
    this.saveError = null;
    this.dirty = true;
    this.emit();
    this.scheduleAutosave();
  }

  /** Saves pending changes and stops autosaving. */
  async close(): Promise<void> {
    if (this.dirty) await this.save();
    else await this.writing;
    this.cancelAutosave();
  }

  /**
   * Refuses to overwrite a file another program (or another Warrant) changed since we read or
   * wrote it: saving would silently drop their changes. The user keeps this version in memory
   * and can Save As, or reopen to see the other one.
   */
  private async checkNotChangedOnDisk(target: string): Promise<void> {
    if (!this.diskStamp) return;
    const now = await stampOf(target);
    if (now && (now.mtimeMs !== this.diskStamp.mtimeMs || now.size !== this.diskStamp.size)) {
      throw new WarrantError(
        'conflict',
        `“${basename(target)}” was changed on disk by another program since Warrant opened it, so saving would overwrite those changes. Your work is still here: merge the file's changes into it (Merge changes from disk), or use Save As to keep it in a new file.`,
      );
    }
  }

  private scheduleAutosave(): void {
    this.cancelAutosave();
    this.timer = setTimeout(() => {
      this.timer = null;
      // Failures are recorded in saveError and shown by the UI; the data stays in memory.
      this.save().catch(() => undefined);
    }, this.options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS);
  }

  private cancelAutosave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(): void {
    this.options.onChange?.(this.summary());
  }
}
