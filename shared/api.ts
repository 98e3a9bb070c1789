/**
 * The one contract between the UI and the backend (modelled on Actual Budget's `Handlers`):
 * every method's arguments and result, and every push event. Both transports — Electron IPC
 * and HTTP for `warrant serve` — are thin and validate every value against these schemas.
 */
import { z } from 'zod';
import { ActionKind } from './annotations/actions.js';
import { AgreementReport, ConflictView, Decision, MergePreview } from './api-merge.js';
import { ExportDownload, ExportFormatId, ExportPreview, ExportProgress, ExportRequest, ExportWritten, InterchangeSummary } from './api-export.js';
import { DirListing, ListDirArgs } from './api-files.js';
import { ClaimSuggestions, ParallelPassages, SuggestDismissArgs, SuggestForClaimArgs, SuggestParallelsArgs } from './api-suggest.js';
import { ClaimOrigins, OriginsClaimsArgs, OriginsJoinArgs, OriginsProgress, OriginsRenameArgs, OriginsReport, OriginsSplitArgs } from './api-origins.js';
import { ReportOptions } from './report/options.js';
import { MENU_COMMAND_IDS } from './commands.js';
import { LIMITS } from './limits.js';
import { InformationCredibility, PublisherGrade, SourceReliability } from './model.js';
import { ArticleMeta, Article, ArticleMetaFields, Annotations, Claim, EvidenceLink, Highlight, HighlightColor, Rating, Stance } from './model.js';

const path = z.string().min(1).max(LIMITS.maxPathLength);
const note = z.string().max(LIMITS.maxNoteLength);
const claimText = z.string().max(LIMITS.maxClaimLength);
const query = z.string().max(LIMITS.maxQueryLength);
const none = z.object({}).strict();

/** What the UI needs to know about the open project. */
export const ProjectSummary = z.object({
  path: z.string(),
  name: z.string(),
  articleCount: z.number().int(),
  /** Unsaved changes exist (autosave will write them shortly). */
  dirty: z.boolean(),
  lastSavedAt: z.string().nullable(),
  /** The last autosave failed: the message says why; the data is still in memory. */
  saveError: z.string().nullable(),
  /** The file was changed on disk by another program: saving waits until its changes are merged (`merge.preview` with the project's own path). */
  diskChanged: z.boolean(),
  /** Merge conflicts left undecided. */
  pendingConflicts: z.number().int(),
  /** Opened read-only (the rest of a damaged file): nothing changes or is saved; Save As makes a working copy. */
  readOnly: z.boolean(),
  /** Titles of the damaged articles set aside when it was opened read-only. */
  setAside: z.array(z.string()),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const RecentProject = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentProject = z.infer<typeof RecentProject>;

export const AppInfo = z.object({
  /** 'electron' has native dialogs; 'browser' asks for paths in the UI. */
  shell: z.enum(['electron', 'browser']),
  version: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Something to import: a path on the backend's disk, or a file's bytes sent by the UI. */
export const ImportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path }),
  z.object({
    kind: z.literal('bytes'),
    /** Name shown in the summary, may include a relative folder path. */
    name: z.string().min(1).max(LIMITS.maxPathLength),
    dataBase64: z.string(),
  }),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportSummary = z.object({
  /** `note`: something to know about how the file was read (e.g. the text encoding assumed). */
  imported: z.array(z.object({ id: z.string(), title: z.string(), file: z.string(), note: z.string().optional() })),
  duplicates: z.array(z.object({ file: z.string(), existingTitle: z.string() })),
  failed: z.array(z.object({ file: z.string(), reason: z.string() })),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** [start, end) offsets into a string, in UTF-16 code units. */
export const TextRange = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type TextRange = z.infer<typeof TextRange>;

/** A short excerpt of an article with the matched words marked by offsets into `text`. */
export const Snippet = z.object({ text: z.string(), marks: z.array(TextRange) });
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  date: z.string().nullable(),
  score: z.number(),
  snippet: Snippet,
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A claim, highlight note, rationale or link note matching a search. */
export const AnnotationHit = z.object({
  kind: z.enum(['claim', 'rationale', 'highlight-note', 'link-note']),
  /** The claim to show (for claims, rationales and link notes). */
  claimId: z.string().nullable(),
  /** The highlight to show (for highlight notes and link notes). */
  highlightId: z.string().nullable(),
  articleId: z.string().nullable(),
  snippet: Snippet,
});
export type AnnotationHit = z.infer<typeof AnnotationHit>;

/** What the article index answers. */
export const SearchResponse = z.object({
  query: z.string(),
  total: z.number().int(),
  hits: z.array(SearchHit),
  /**
   * When nothing matched: corrected queries, best first, each replacing words the index does
   * not have with close ones it has ("huawai" → "huawei"). Absent when there is nothing to suggest.
   */
  suggestions: z.array(z.string().max(LIMITS.maxQueryLength * 2)).max(10).optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

/** What the search box gets: article hits, and claims, notes and rationales as their own group. */
export const SearchResults = SearchResponse.extend({ annotations: z.array(AnnotationHit) });
export type SearchResults = z.infer<typeof SearchResults>;

export const IndexStatus = z.object({
  state: z.enum(['empty', 'building', 'ready', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  /** Where the index came from: a fresh build, or the on-disk cache. */
  fromCache: z.boolean(),
  message: z.string().nullable(),
});
export type IndexStatus = z.infer<typeof IndexStatus>;

/** Undo/redo availability, with what would be undone or redone. */
export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
  /** What would be undone / redone, as a kind the UI can decide on (labels are for people). */
  undoKind: ActionKind.nullable(),
  redoKind: ActionKind.nullable(),
  /**
   * Which action Undo would take back: a sequence number never reused while the backend runs,
   * so the UI can tell this deletion from a later one of the same kind.
   */
  undoSeq: z.number().int().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

/** All annotations of the open project, plus the undo state. */
export const AnnotationsView = Annotations.extend({
  history: HistoryState,
  /** Publishers' reliability grades (format 5); absent from an older backend's view. */
  publishers: z.array(PublisherGrade).optional(),
});
export type AnnotationsView = z.infer<typeof AnnotationsView>;

/**
 * Where a highlight sits in its article's text now, or that it could not be found. Computed in
 * the UI (where the text already is, in a worker), never on the backend's thread.
 */
export const ResolvedHighlight = z.object({
  id: z.string(),
  status: z.enum(['anchored', 'orphaned']),
  /** Offsets into the article text; null when orphaned. */
  range: TextRange.nullable(),
  method: z.enum(['position', 'quote', 'fuzzy']).nullable(),
});
export type ResolvedHighlight = z.infer<typeof ResolvedHighlight>;

export { AgreementReport, ConflictView, Decision, ItemSummary, MergePreview } from './api-merge.js';

export const Preferences = z.object({ authorName: z.string().nullable() });
export type Preferences = z.infer<typeof Preferences>;

const idArg = z.object({ id: z.string() }).strict();
const weight = z.number().int().min(1).max(LIMITS.maxLinkWeight).nullable();

/** Declares one method: its argument and result schemas. */
function method<A extends z.ZodType, R extends z.ZodType>(args: A, result: R) {
  return { args, result };
}

/** Every backend method. Names are `area.verb`. */
export const methods = {
  'app.info': method(none, AppInfo),
  'project.current': method(none, ProjectSummary.nullable()),
  'project.new': method(z.object({ path }).strict(), ProjectSummary),
  /** Opens a project; `readOnly` opens the rest of a damaged file (error `recovery: open-read-only`) without its damaged articles, read-only. */
  'project.open': method(z.object({ path, readOnly: z.boolean().optional() }).strict(), ProjectSummary),
  /** Creates a new project from Warrant's built-in sample corpus (and opens it). */
  'project.openSample': method(z.object({ path: path.optional() }).strict(), ProjectSummary),
  'project.save': method(none, ProjectSummary),
  /** Refuses (code `exists`) to replace another file unless `overwrite` is set. */
  'project.saveAs': method(z.object({ path, overwrite: z.boolean().optional() }).strict(), ProjectSummary),
  'project.close': method(none, z.null()),
  /**
   * Turns what the researcher typed in the in-app path dialog (a name, a relative or a full path,
   * or nothing) into a full project path on the backend's disk, with the `.warrant` extension.
   * The UI never builds backend paths itself.
   */
  'project.proposePath': method(
    z
      .object({
        input: z.string().max(LIMITS.maxPathLength),
        /** Which folder names and relative paths are taken from: the default projects folder, or the open project's. */
        near: z.enum(['default', 'project']).optional(),
        /**
         * What the path is for. With nothing typed, `create` (the default) proposes an Untitled
         * file in the folder; `open` proposes the folder itself, ending in a separator, since
         * there is no file to name yet.
         */
        intent: z.enum(['create', 'open']).optional(),
      })
      .strict(),
    path,
  ),
  'project.recent': method(none, z.array(RecentProject)),
  /** Removes the built-in sample's worked examples (shared/sample-examples.ts) as one undo step; answers how many were removed. */
  'project.clearExamples': method(none, z.object({ claims: z.number().int().nonnegative(), highlights: z.number().int().nonnegative() }).strict()),
  /** Native dialogs; the browser shell answers `unsupported` and the UI asks for a path. */
  'dialog.openProject': method(none, path.nullable()),
  'dialog.saveProject': method(z.object({ suggestedName: z.string().max(LIMITS.maxTitleLength) }).strict(), path.nullable()),
  'dialog.importPaths': method(z.object({ folders: z.boolean() }).strict(), z.array(path)),
  /** Warrant's own file browser (the browser shell): a folder's subfolders and matching files, inside the allowed folders only. */
  'dialog.listDir': method(ListDirArgs, DirListing),
  'articles.list': method(none, z.array(ArticleMeta)),
  'articles.get': method(z.object({ id: z.string() }).strict(), Article),
  'articles.update': method(
    z.object({ id: z.string(), patch: ArticleMetaFields.partial().strict() }).strict(),
    ArticleMeta,
  ),
  'articles.delete': method(z.object({ ids: z.array(z.string()).min(1) }).strict(), z.null()),
  /** Imports files and folders; resolves when done (progress arrives as events). */
  'import.run': method(z.object({ sources: z.array(ImportSource).min(1) }).strict(), ImportSummary),
  'import.cancel': method(none, z.null()),
  'index.status': method(none, IndexStatus),
  'search.query': method(
    z.object({ query: query, limit: z.number().int().min(1).max(LIMITS.maxSearchResults).optional() }).strict(),
    SearchResults,
  ),
  /** Every place the query matches in one article's text, in order. */
  'search.hits': method(z.object({ id: z.string(), query: query }).strict(), z.array(TextRange)),
  'prefs.get': method(none, Preferences),
  'prefs.setAuthorName': method(z.object({ name: z.string().trim().min(1).max(LIMITS.maxAuthorLength) }).strict(), Preferences),
  'annotations.get': method(none, AnnotationsView),
  /** Highlights `text.slice(start, end)` of an article; optionally links it to a claim at once. */
  'highlights.create': method(
    z
      .object({
        articleId: z.string(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        color: HighlightColor.optional(),
        note: note.optional(),
        link: z.object({ claimId: z.string(), stance: Stance }).strict().optional(),
      })
      .strict(),
    Highlight,
  ),
  'highlights.update': method(
    z.object({ id: z.string(), patch: z.object({ color: HighlightColor, label: z.string().max(LIMITS.maxLabelLength).nullable(), note: note, credibility: InformationCredibility.nullable() }).partial().strict() }).strict(),
    Highlight,
  ),
  'highlights.delete': method(idArg, z.null()),
  'claims.create': method(
    z.object({ text: claimText, parentId: z.string().nullable().optional(), index: z.number().int().nonnegative().optional() }).strict(),
    Claim,
  ),
  /**
   * "Claim from selection": highlights a passage, makes a claim of `text` and links the passage
   * to it as `stance` (default supports) — one command, one undo step, all or nothing.
   */
  'claims.createFromSelection': method(
    z
      .object({
        articleId: z.string(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        text: claimText,
        parentId: z.string().nullable().optional(),
        color: HighlightColor.optional(),
        stance: Stance.optional(),
      })
      .strict(),
    z.object({ claim: Claim, highlight: Highlight, link: EvidenceLink }),
  ),
  /** Text changes the claim; `rating` and `rationale` set the current author's OWN rating, never another rater's. */
  'claims.update': method(
    z.object({ id: z.string(), patch: z.object({ text: claimText, rating: Rating, rationale: note }).partial().strict() }).strict(),
    Claim,
  ),
  /** Records the team's reconciled verdict on a claim (null withdraws it). */
  'claims.setVerdict': method(
    z.object({ id: z.string(), verdict: z.object({ rating: Rating, rationale: note }).strict().nullable() }).strict(),
    Claim,
  ),
  'claims.move': method(z.object({ id: z.string(), parentId: z.string().nullable(), index: z.number().int().nonnegative() }).strict(), z.null()),
  /** Answers with the deletion's sequence number in the undo history (`HistoryState.undoSeq` while it is on top). */
  'claims.delete': method(idArg, z.object({ seq: z.number().int() })),
  'links.create': method(
    z.object({ highlightId: z.string(), claimId: z.string(), stance: Stance, weight: weight.optional(), note: note.optional() }).strict(),
    EvidenceLink,
  ),
  'links.update': method(
    z.object({ id: z.string(), patch: z.object({ stance: Stance, weight, note: note }).partial().strict() }).strict(),
    EvidenceLink,
  ),
  'links.delete': method(idArg, z.null()),
  /**
   * Reads a colleague's copy (or the open project's own file, changed on disk) and works out
   * what merging it would do — nothing is written. Refuses another project (`different-project`).
   */
  'merge.preview': method(z.object({ path }).strict(), MergePreview),
  /** Merges a previewed copy with the decisions given; undecided conflicts stay pending. One undo step. */
  'merge.apply': method(z.object({ previewId: z.string(), decisions: z.array(Decision).max(100_000) }).strict(), z.object({ pending: z.number().int() })),
  'merge.cancel': method(z.object({ previewId: z.string() }).strict(), z.null()),
  /** The open project's undecided conflicts (left by earlier merges). */
  'merge.pending': method(none, z.array(ConflictView)),
  /** Decides pending conflicts. One undo step. */
  'merge.decide': method(z.object({ decisions: z.array(Decision).min(1).max(100_000) }).strict(), z.object({ pending: z.number().int() })),
  /** Imports only the articles of another project's file (when it cannot be merged). */
  'merge.importArticles': method(z.object({ path }).strict(), ImportSummary),
  'agreement.get': method(none, AgreementReport),
  /** The HTML report's live preview (its first claims). */
  'export.preview': method(z.object({ options: ReportOptions }).strict(), ExportPreview),
  /** Writes an export to a file on the backend's disk (atomically; refuses to replace a file unless `overwrite`). */
  'export.write': method(ExportRequest.extend({ path, overwrite: z.boolean().optional() }).strict(), ExportWritten),
  /** An export's bytes, for a browser download. */
  'export.download': method(ExportRequest, ExportDownload),
  /** Where to save an export: the desktop's save dialog (null: cancelled). */
  'dialog.exportPath': method(z.object({ suggestedName: z.string().max(LIMITS.maxPathLength), format: ExportFormatId }).strict(), path.nullable()),
  /** Imports a REFI-QDA project or W3C / Hypothesis annotations onto the open project, as one undo step. */
  'interchange.import': method(z.object({ source: ImportSource }).strict(), InterchangeSummary),
  /** Passages across the corpus that likely bear on a claim, best first, one per article (dismissed and linked ones left out). */
  'suggest.forClaim': method(SuggestForClaimArgs, ClaimSuggestions),
  /** Remembers that a suggested passage is not relevant to a claim (saved in the project). One undo step. */
  'suggest.dismiss': method(SuggestDismissArgs, z.null()),
  /** Forgets every dismissal of a claim, so its suggestions come back. One undo step. */
  'suggest.clearDismissed': method(z.object({ claimId: z.string().min(1).max(100) }).strict(), z.null()),
  /** Passages in other articles that say what a highlight says. */
  'suggest.parallels': method(SuggestParallelsArgs, ParallelPassages),
  /** Independent origins of the project's articles (shared/api-origins.ts): detected in a worker, cached by content; decisions applied last. */
  'origins.get': method(none, OriginsReport),
  /** These articles form a cluster of their own (kept in the project by article ids). One undo step. */
  'origins.split': method(OriginsSplitArgs, OriginsReport),
  /** These clusters become one. One undo step. */
  'origins.join': method(OriginsJoinArgs, OriginsReport),
  /** The name shown for a cluster (null: the detected one again). One undo step. */
  'origins.rename': method(OriginsRenameArgs, OriginsReport),
  /** Drops every split, join and rename: back to what detection found. One undo step. */
  'origins.forget': method(none, OriginsReport),
  /** Per claim, its evidence grouped by origin and the number of independent origins among its supporting passages. */
  'origins.claims': method(OriginsClaimsArgs, z.array(ClaimOrigins)),
  /** Sets (null: clears) a publisher's source reliability grade, Admiralty A–F (shared/reliability-scale.ts). One undo step. */
  'publishers.setReliability': method(z.object({ name: z.string().trim().min(1).max(LIMITS.maxFieldLength), reliability: SourceReliability.nullable() }).strict(), PublisherGrade),
  'history.undo': method(none, HistoryState),
  'history.redo': method(none, HistoryState),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ArgsOf<M extends MethodName> = z.input<Methods[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Methods[M]['result']>;

/** Commands from the desktop app's menu, carried out by the UI (the list is shared/commands.ts). */
export const MenuCommand = z.enum(MENU_COMMAND_IDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Push events from the backend to the UI. */
export const events = {
  'export.progress': ExportProgress,
  'import.progress': z.object({ done: z.number().int(), total: z.number().int(), current: z.string() }),
  'index.progress': IndexStatus,
  'project.changed': ProjectSummary.nullable(),
  'menu.command': z.object({ command: MenuCommand }),
  /** Annotations changed (by any action, undo or redo): the UI refreshes its view. */
  'annotations.changed': AnnotationsView,
  /** Origin detection's progress (`origins.get` on a corpus not yet analysed). */
  'origins.progress': OriginsProgress,
  /** The origins changed by a decision (split, join, rename, reset): the UI shows this report. */
  'origins.changed': OriginsReport,
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventOf<E extends EventName> = z.output<Events[E]>;

/** A named push event as delivered to the UI. */
export type AnyEvent = { [E in EventName]: { name: E; payload: EventOf<E> } }[EventName];

/** True when `name` is a method of the contract (used to reject unknown IPC/HTTP calls). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
