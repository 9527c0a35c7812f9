// The only module that talks to the Tauri shell. Every command of src-tauri/src/commands.rs has
// one typed function here; the types come from ./bindings, generated from the Rust types.
// A failed command rejects with an IpcError carrying the shell's {code, message}.

import { invoke } from "@tauri-apps/api/core";
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
import type { NameRegisterView } from "./bindings/NameRegisterView";
import type { SettingsView } from "./bindings/SettingsView";

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
export type { BlockChange } from "./bindings/BlockChange";
export type { TextDiff } from "./bindings/TextDiff";
export type { Finding } from "./bindings/Finding";
export type { Category } from "./bindings/Category";
export type { Severity } from "./bindings/Severity";
export type { BlockInput, DeskSettings, Ignored, ImportedArticle, ImportOutcome, NameRegisterView, Report, SettingsView, StatusChange };
export type { RuleInfo } from "./bindings/RuleInfo";
export type { RegisteredName } from "./bindings/RegisteredName";

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
  createArticle: (content: ArticleContent) => call<Article>("create_article", { content }),
  /** The file's bytes go as the raw request body, its name in a header: no JSON for 20 MB. */
  importArticle: (fileName: string, bytes: Uint8Array) =>
    call<ImportedArticle>("import_article", bytes, { headers: { "x-file-name": encodeURIComponent(fileName) } }),
  openArticle: (articleId: number) => call<OpenedArticle>("open_article", { article_id: articleId }),
  saveArticle: (articleId: number, content: ArticleContent, note: string | null) =>
    call<SaveOutcome>("save_article", { article_id: articleId, content, note }),
  autosaveArticle: (articleId: number, content: ArticleContent) =>
    call<null>("autosave_article", { article_id: articleId, content }),
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
};

/** Calls `handler` when the editor closes the window; the window closes only if it resolves
 * true. Returns a function that stops listening. */
export async function onWindowClose(handler: () => Promise<boolean>): Promise<() => void> {
  const window = getCurrentWindow();
  return window.onCloseRequested(async (event) => {
    if (!(await handler())) event.preventDefault();
  });
}
