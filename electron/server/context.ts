/**
 * What every backend area gets: the open project (through the workspace, which keeps derived
 * state in step), the search index, the undo history, validated push events, preferences,
 * import jobs and the shell's options. Areas share nothing else.
 */
import type { ExportFormatId } from '../../shared/export-formats.js';
import type { PrintPdf } from '../export/print-pdf.js';
import type { SearchService } from '../index/search-service.js';
import type { ProcessSpawner } from '../workers/process-client.js';
import type { AnnotationHistory } from './annotations/history.js';
import type { Emit } from './events.js';
import type { ImportJobs } from './import/jobs.js';
import type { PrefsStore } from './prefs/store.js';
import type { Workspace } from './workspace.js';
import type { OriginsService } from '../origins/origins-service.js';

/** Native dialogs, provided by the Electron shell only. */
export interface Dialogs {
  openProject(): Promise<string | null>;
  saveProject(suggestedName: string): Promise<string | null>;
  importPaths(folders: boolean): Promise<string[]>;
  /** Where to save an export (`format` picks the file filter). */
  exportPath(suggestedName: string, format: ExportFormatId): Promise<string | null>;
}

/** How a shell (Electron, serve, CLI, tests) sets up the backend. */
export interface BackendOptions {
  shell: 'electron' | 'browser';
  version: string;
  prefs: PrefsStore;
  /** Where search indexes are cached between sessions. */
  cacheDir: string;
  /** Folder holding the built-in sample articles. */
  sampleDir: string;
  /** Folder proposed for new projects (and where the sample project is created). */
  defaultProjectDir: string;
  /** Receives every push event (already validated against the contract). */
  emit: (event: import('../../shared/api.js').AnyEvent) => void;
  dialogs?: Dialogs;
  /** Prints an HTML report to PDF: Electron's printer on the desktop; headless Chromium otherwise (the default). */
  printPdf?: PrintPdf;
  /**
   * How worker processes for untrusted files (import parsing) start: Electron's utilityProcess
   * on the desktop (electron/shell/utility-spawner.ts); Node's `child_process.fork` otherwise (the default).
   */
  spawnProcess?: ProcessSpawner;
  /** Autosave delay override (tests). */
  autosaveDelayMs?: number;
}

/** The small shared context every area's handlers close over. */
export interface ServerContext {
  readonly options: BackendOptions;
  readonly workspace: Workspace;
  readonly search: SearchService;
  readonly history: AnnotationHistory;
  readonly emit: Emit;
  readonly prefs: PrefsStore;
  readonly imports: ImportJobs;
  /** Origin detection (cached by corpus content), shared by the origins area and reports. */
  readonly origins: OriginsService;
  /**
   * Whose name this backend stamps on work: read from preferences once at start, then kept here,
   * so another window or process writing the shared preferences file never changes it.
   */
  readonly author: { get(): string | null; set(name: string): void };
}
