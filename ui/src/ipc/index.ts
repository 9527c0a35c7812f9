// The only module that talks to the Tauri shell. Every command of src-tauri/src/commands.rs has
// one typed function here; the types come from ./bindings, generated from the Rust types.
// A failed command rejects with an IpcError carrying the shell's {code, message}. Events the shell
// emits (export progress, the export queue's background pass, the newsroom's sync, presence and
// leases) are heard through on* functions.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWindow } from "@tauri-apps/api/window";
import type { AppInfo } from "./bindings/AppInfo";
import type { Article } from "./bindings/Article";
import type { ArticleContent } from "./bindings/ArticleContent";
import type { ArticleDiff } from "./bindings/ArticleDiff";
import type { ArticleSummary } from "./bindings/ArticleSummary";
import type { CommandError } from "./bindings/CommandError";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { ListQuery } from "./bindings/ListQuery";
import type { OpenedArticle } from "./bindings/OpenedArticle";
import type { SiteProfile } from "./bindings/SiteProfile";
import type { Revision } from "./bindings/Revision";
import type { SaveOutcome } from "./bindings/SaveOutcome";
import type { Status } from "./bindings/Status";
import type { BlockInput } from "./bindings/BlockInput";
import type { Ignored } from "./bindings/Ignored";
import type { Report } from "./bindings/Report";
import type { StatusChange } from "./bindings/StatusChange";
import type { DeskSettings } from "./bindings/DeskSettings";
import type { ImportOutcome } from "./bindings/ImportOutcome";
import type { ImportedArticle } from "./bindings/ImportedArticle";
import type { OpenErrors } from "./bindings/OpenErrors";
import type { NameRegisterView } from "./bindings/NameRegisterView";
import type { SettingsView } from "./bindings/SettingsView";
import type { CmsSite } from "./bindings/CmsSite";
import type { Exported } from "./bindings/Exported";
import type { FileFormat } from "./bindings/FileFormat";
import type { NameKind } from "./bindings/NameKind";
import type { PostStatus } from "./bindings/PostStatus";
import type { Progress } from "./bindings/Progress";
import type { PublishingView } from "./bindings/PublishingView";
import type { ArticlesChanged } from "./bindings/ArticlesChanged";
import type { LeaseAsked } from "./bindings/LeaseAsked";
import type { LeaseLost } from "./bindings/LeaseLost";
import type { LeaseState } from "./bindings/LeaseState";
import type { Presence } from "./bindings/Presence";
import type { SyncStatus } from "./bindings/SyncStatus";

export type {
  AppInfo,
  Article,
  ArticleContent,
  ArticleDiff,
  ArticleSummary,
  HistoryEntry,
  ListQuery,
  OpenedArticle,
  Revision,
  SaveOutcome,
  Status,
};
export type { Block } from "./bindings/Block";
export type { NoteEvent } from "./bindings/NoteEvent";
export type { OpenErrors } from "./bindings/OpenErrors";
export type { BlockChange } from "./bindings/BlockChange";
export type { TextDiff } from "./bindings/TextDiff";
export type { Finding } from "./bindings/Finding";
export type { Category } from "./bindings/Category";
export type { Severity } from "./bindings/Severity";
export type { BlockInput, DeskSettings, Ignored, ImportedArticle, ImportOutcome, NameRegisterView, Report, SettingsView, StatusChange };
export type { RuleInfo } from "./bindings/RuleInfo";
export type { RegisteredName } from "./bindings/RegisteredName";
export type { CmsSite, Exported, FileFormat, NameKind, PostStatus, Progress, PublishingView };
export type { ExportAttempt } from "./bindings/ExportAttempt";
export type { ExportOutcome } from "./bindings/ExportOutcome";
export type { QueuedExport } from "./bindings/QueuedExport";
export type { RemotePost } from "./bindings/RemotePost";
export type { ArticlesChanged, LeaseAsked, LeaseLost, LeaseState, Presence, SyncStatus };
export type { SyncState } from "./bindings/SyncState";

/** A command the shell refused, with its code and a message for the editor. */
export class IpcError extends Error {
  constructor(
    readonly code: ErrorCode | "ipc",
    message: string,
  ) {
    super(message);
    this.name = "IpcError";
  }
}

function isCommandError(value: unknown): value is CommandError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(
  command: string,
  args: Record<string, unknown> | Uint8Array = {},
  options?: { headers: Record<string, string> },
): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (error) {
    if (isCommandError(error)) throw new IpcError(error.code, error.message);
    // Tauri itself failed (a missing argument, a type mismatch): a bug, but say what happened.
    throw new IpcError("ipc", `Sunting could not run '${command}': ${String(error)}`);
  }
}

export const ipc = {
  appInfo: () => call<AppInfo>("app_info"),
  windowReady: () => call<number>("window_ready"),
  listArticles: (query: ListQuery = {}) => call<ArticleSummary[]>("list_articles", { query }),
  openErrors: (articleIds: number[]) => call<OpenErrors[]>("open_errors", { article_ids: articleIds }),
  createArticle: (content: ArticleContent) => call<Article>("create_article", { content }),
  /** The file's bytes go as the raw request body, its name in a header: no JSON for 20 MB. */
  importArticle: (fileName: string, bytes: Uint8Array) =>
    call<ImportedArticle>("import_article", bytes, { headers: { "x-file-name": encodeURIComponent(fileName) } }),
  openArticle: (articleId: number) => call<OpenedArticle>("open_article", { article_id: articleId }),
  /** Saves a revision. `baseRevision` is the revision the editor started from: when another
   * desk's revision arrived meanwhile, the two are kept as versions to reconcile (a fork). */
  saveArticle: (articleId: number, content: ArticleContent, note: string | null, baseRevision?: number) =>
    call<SaveOutcome>(
      "save_article",
      baseRevision === undefined ? { article_id: articleId, content, note } : { article_id: articleId, content, note, base_revision: baseRevision },
    ),
  /** Saves the reconciliation of a fork: a revision whose parents are all the versions. */
  mergeArticle: (articleId: number, content: ArticleContent, note: string | null) =>
    call<SaveOutcome>("merge_article", { article_id: articleId, content, note }),
  /** The article's versions (head revisions): more than one while a fork waits. */
  articleHeads: (articleId: number) => call<number[]>("article_heads", { article_id: articleId }),
  /** Keeps unsaved work; `baseRevision` (the revision it started from) goes with it, so work
   * recovered after a crash is saved over the right revision. */
  autosaveArticle: (articleId: number, content: ArticleContent, baseRevision?: number) =>
    call<null>(
      "autosave_article",
      baseRevision === undefined ? { article_id: articleId, content } : { article_id: articleId, content, base_revision: baseRevision },
    ),
  discardWorkingCopy: (articleId: number) => call<null>("discard_working_copy", { article_id: articleId }),
  setStatus: (articleId: number, status: Status, note: string | null = null) =>
    call<null>("set_status", { article_id: articleId, status, note }),
  statusChanges: (articleId: number) => call<StatusChange[]>("status_changes", { article_id: articleId }),
  articleHistory: (articleId: number) => call<HistoryEntry[]>("article_history", { article_id: articleId }),
  revision: (articleId: number, number: number) => call<Revision>("revision", { article_id: articleId, number }),
  diffRevisions: (articleId: number, from: number, to: number) =>
    call<ArticleDiff>("diff_revisions", { article_id: articleId, from, to }),
  restoreRevision: (articleId: number, number: number) =>
    call<SaveOutcome>("restore_revision", { article_id: articleId, number }),
  checkArticle: (articleId: number, blocks: BlockInput[], language: string) =>
    call<Report>("check_article", { article_id: articleId, blocks, language }),
  ignoreInArticle: (articleId: number, ignored: Ignored) => call<null>("ignore_in_article", { article_id: articleId, ignored }),
  unignoreInArticle: (articleId: number, ignored: Ignored) => call<null>("unignore_in_article", { article_id: articleId, ignored }),
  addWord: (word: string) => call<boolean>("add_word", { word }),
  removeWord: (word: string) => call<boolean>("remove_word", { word }),
  /** Corrects a dictionary word in one write: the new spelling in, the old one out. */
  renameWord: (word: string, spelling: string) => call<null>("rename_word", { word, spelling }),
  /** Merges a name's variant into its right spelling in one write. */
  mergeName: (variant: string, canonical: string) => call<null>("merge_name", { variant, canonical }),
  confirmName: (name: string) => call<null>("confirm_name", { name }),
  unconfirmName: (name: string) => call<null>("unconfirm_name", { name }),
  markDifferent: (a: string, b: string) => call<null>("mark_different", { a, b }),
  unmarkDifferent: (a: string, b: string) => call<null>("unmark_different", { a, b }),
  settings: () => call<SettingsView>("settings"),
  saveSettings: (settings: DeskSettings) => call<null>("save_settings", { settings }),
  dictionary: () => call<string[]>("dictionary"),
  importWords: (text: string) => call<ImportOutcome>("import_words", { text }),
  exportWords: () => call<string>("export_words"),
  nameRegister: () => call<NameRegisterView>("name_register"),
  importNames: (text: string) => call<ImportOutcome>("import_names", { text }),
  exportNames: () => call<string>("export_names"),
  setNameKind: (name: string, kind: NameKind | null) => call<null>("set_name_kind", { name, kind }),
  /** The sites; with an article, also where it went, what waits in the queue and its log. */
  publishing: (articleId: number | null) => call<PublishingView>("publishing", { article_id: articleId }),
  /** Checks the address and Application Password against the site before keeping them. */
  addSite: (url: string, user: string, password: string) => call<CmsSite>("add_site", { url, user, password }),
  removeSite: (siteId: number) => call<null>("remove_site", { site_id: siteId }),
  /** Sends the latest saved revision; progress arrives through onExportProgress meanwhile. The
   * note (the editor's answer to the check before publishing) goes into the history. */
  exportToSite: (
    articleId: number,
    siteId: number,
    status: PostStatus,
    categories: string[],
    note: string | null = null,
    createCategories = false,
    revision: number | null = null,
  ) =>
    call<Exported>("export_to_site", {
      article_id: articleId,
      site_id: siteId,
      status,
      categories,
      note,
      create_categories: createCategories,
      revision,
    }),
  /** The site's categories (read once per session; again with `refresh`). */
  siteProfile: (siteId: number, refresh = false) => call<SiteProfile>("site_profile", { site_id: siteId, refresh }),
  /** Sends every queued export now; resolves with how many reached their site. */
  sendQueuedNow: () => call<number>("send_queued_now"),
  cancelQueuedExport: (articleId: number, siteId: number) =>
    call<null>("cancel_queued_export", { article_id: articleId, site_id: siteId }),
  /** Writes the latest saved revision to a file; resolves with its path. */
  exportFile: (articleId: number, format: FileFormat) => call<string>("export_file", { article_id: articleId, format }),
  /** Where the sync with the newsroom server stands. */
  syncStatus: () => call<SyncStatus>("sync_status"),
  /** Checks the server, keeps the password in the keyring and starts syncing. */
  connectNewsroom: (address: string, user: string, password: string) =>
    call<SyncStatus>("connect_newsroom", { address, user, password }),
  disconnectNewsroom: () => call<null>("disconnect_newsroom"),
  syncNow: () => call<null>("sync_now"),
  /** Who edits which story, as last read from the server. */
  presence: () => call<Presence[]>("presence"),
  /** Takes the article's lease for editing (`takeOver`: from whoever holds it; editors only). */
  openLease: (articleId: number, takeOver = false) => call<LeaseState>("open_lease", { article_id: articleId, take_over: takeOver }),
  closeLease: (articleId: number) => call<null>("close_lease", { article_id: articleId }),
  /** Tells the desk that edits the article that this one asks for it. */
  askForArticle: (articleId: number) => call<null>("ask_for_article", { article_id: articleId }),
};

/** The events the shell emits (src-tauri/src/publishing.rs, src-tauri/src/newsroom.rs). */
export const EXPORT_PROGRESS_EVENT = "export-progress";
export const EXPORT_QUEUE_EVENT = "export-queue";
export const SYNC_STATUS_EVENT = "sync-status";
export const ARTICLES_CHANGED_EVENT = "articles-changed";
export const PRESENCE_EVENT = "presence";
export const LEASE_LOST_EVENT = "lease-lost";
export const LEASE_ASKED_EVENT = "lease-asked";

/** Calls `handler` with each event's payload; resolves with a function that stops listening
 * (which never fails: a listener that is already gone needs no removing). */
async function subscribe<T>(event: string, handler: (payload: T) => void): Promise<() => void> {
  const stop = await listen<T>(event, (message) => handler(message.payload));
  // Typed as returning nothing, it returns a promise that rejects once the bridge is gone.
  return () => void Promise.resolve().then(stop).catch(() => undefined);
}

/** Progress of every export while it runs, in the foreground or from the queue. */
export function onExportProgress(handler: (progress: Progress) => void): Promise<() => void> {
  return subscribe(EXPORT_PROGRESS_EVENT, handler);
}

/** The queue's background pass (or Send now) tried queued exports; the payload is how many. */
export function onExportQueue(handler: (tried: number) => void): Promise<() => void> {
  return subscribe(EXPORT_QUEUE_EVENT, handler);
}

/** The sync with the newsroom server changed state. */
export function onSyncStatus(handler: (status: SyncStatus) => void): Promise<() => void> {
  return subscribe(SYNC_STATUS_EVENT, handler);
}

/** Another desk's revisions arrived for these articles. */
export function onArticlesChanged(handler: (changed: ArticlesChanged) => void): Promise<() => void> {
  return subscribe(ARTICLES_CHANGED_EVENT, handler);
}

/** Who edits which story changed. */
export function onPresence(handler: (presence: Presence[]) => void): Promise<() => void> {
  return subscribe(PRESENCE_EVENT, handler);
}

/** Someone took over a story this desk was editing. */
export function onLeaseLost(handler: (lost: LeaseLost) => void): Promise<() => void> {
  return subscribe(LEASE_LOST_EVENT, handler);
}

/** Someone asks for a story this desk is editing. */
export function onLeaseAsked(handler: (asked: LeaseAsked) => void): Promise<() => void> {
  return subscribe(LEASE_ASKED_EVENT, handler);
}

/** Calls `handler` when the editor closes the window; the window closes only if it resolves
 * true. Returns a function that stops listening. */
export async function onWindowClose(handler: () => Promise<boolean>): Promise<() => void> {
  const window = getCurrentWindow();
  return window.onCloseRequested(async (event) => {
    if (!(await handler())) event.preventDefault();
  });
}
