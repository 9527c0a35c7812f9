// The window: one screen at a time (library, editor, history), the keys that work everywhere,
// error messages and notices, what the export queue's background pass did, the questions asked
// before unsaved work could be left behind, and the newsroom sync indicator in every screen's
// footer.

import { ipc, IpcError, onExportQueue, onWindowClose, type ArticleContent } from "./ipc";
import { t, uiLanguage } from "./i18n";
import { ask } from "./ui/dialog";
import { h, isShortcut, replaceChildren } from "./ui/dom";
import { handleTextSizeKey } from "./ui/textsize";
import { EditorScreen } from "./views/editor";
import { HistoryScreen } from "./views/history";
import { LibraryScreen } from "./views/library";
import { SettingsScreen } from "./views/settings";
import { SyncIndicator } from "./views/sync";

interface Screen {
  element: HTMLElement;
  handleKey(event: KeyboardEvent): boolean;
  focus(): void;
}

const EMPTY_ARTICLE: ArticleContent = { headline: "", standfirst: "", byline: "", dateline: "", language: "id", tags: [], body: [] };


/** How long closing the window waits for the newsroom server to take back the open story. */
const RELEASE_WAIT_MS = 2000;

/** Set before the window is drawn again in another language, so settings open again after. */
const REOPEN_SETTINGS = "sunting-reopen-settings";

export class App {
  private readonly main: HTMLElement;
  private readonly toast: HTMLElement;
  private readonly library: LibraryScreen;
  private readonly sync: SyncIndicator;
  private editor: EditorScreen | null = null;
  private screen: Screen;
  /** The language new articles start in (the desk's default). */
  private defaultLanguage = "id";

  constructor(private readonly root: HTMLElement) {
    this.main = h("main", { class: "main" });
    this.toast = h("div", { id: "toast", class: "toast", role: "alert", hidden: true });
    this.library = new LibraryScreen({
      open: (id) => void this.openArticle(id),
      create: () => void this.createArticle(),
      settings: () => void this.showSettings(),
      imported: (id, fileName, removed) => void this.openArticle(id).then(() => this.reportRemoved(fileName, removed)),
      error: (error) => this.showError(error),
      defaultLanguage: () => this.defaultLanguage,
    });
    this.screen = this.library;
    this.sync = new SyncIndicator((error) => this.showError(error));
    replaceChildren(this.root, this.main, this.toast);
    document.addEventListener("keydown", (event) => this.onKey(event));
  }

  async start(): Promise<void> {
    const info = await ipc.appInfo();
    this.defaultLanguage = info.default_language || "id";
    if (info.error) {
      this.showError(new IpcError(info.error.code, t("app-start-error", { message: info.error.message, database: info.database })), true);
    }
    await this.showLibrary();
    if (sessionStorage.getItem(REOPEN_SETTINGS)) {
      sessionStorage.removeItem(REOPEN_SETTINGS);
      await this.showSettings();
    }
    // After the first paint of the library: the start-up time the shell reports.
    requestAnimationFrame(() => void ipc.windowReady().catch(() => undefined));
    await onWindowClose(() => this.mayClose()).catch((error) => this.showError(error));
    await onExportQueue((tried) => void this.queueTried(tried)).catch((error) => this.showError(error));
    await this.sync.start().catch((error) => this.showError(error));
    await this.library.follow().catch((error) => this.showError(error));
  }

  /** The window may close once unsaved work is dealt with; the open story's lease goes back
   * (an unreachable server does not hold the window open: the lease runs out by itself). */
  private async mayClose(): Promise<boolean> {
    if (!(await this.mayLeaveEditor("close"))) return false;
    const release = this.editor?.release();
    if (release) await Promise.race([release, new Promise((resolve) => window.setTimeout(resolve, RELEASE_WAIT_MS))]);
    return true;
  }

  /** The queue's background pass (or Send now) tried `tried` queued exports: say how it went,
   * and show it in the editor (status, publish dialog). */
  private async queueTried(tried: number) {
    this.editor?.publishingChanged();
    try {
      const waiting = (await ipc.publishing(null)).queued.length;
      this.showNotice(waiting === 0 ? t("app-queue-sent", { tried }) : t("app-queue-waiting", { tried, waiting }));
    } catch (error) {
      this.showError(error);
    }
  }

  private show(screen: Screen) {
    this.screen = screen;
    // The sync indicator sits in the footer of whichever screen is shown.
    screen.element.querySelector(":scope > footer")?.appendChild(this.sync.element);
    replaceChildren(this.main, screen.element);
    screen.focus();
  }

  private onKey(event: KeyboardEvent) {
    if (event.defaultPrevented) return;
    if (handleTextSizeKey(event)) {
      event.preventDefault();
      return;
    }
    if (this.screen.handleKey(event)) {
      event.preventDefault();
      return;
    }
    if (isShortcut(event, "n")) {
      event.preventDefault();
      void this.createArticle();
    } else if (isShortcut(event, ",")) {
      event.preventDefault();
      void this.showSettings();
    } else if (isShortcut(event, "l") && this.screen !== this.library) {
      event.preventDefault();
      void this.showLibrary();
    }
  }

  /** Asks what to do with unsaved work; resolves true when it is safe to leave the editor. */
  private async mayLeaveEditor(reason: "leave" | "close"): Promise<boolean> {
    const editor = this.editor;
    // Read-only, the window changed nothing (recovered work stays in the store as it was).
    if (!editor || !editor.isDirty() || editor.isReadOnly()) return true;
    const answer = await ask({
      id: "leave-dialog",
      title: t("app-leave-title", { headline: editor.headline() }),
      message: reason === "close" ? t("app-leave-message-closing") : t("app-leave-message"),
      buttons: [
        { label: t("app-cancel"), value: "cancel" as const, id: "leave-cancel" },
        { label: t("app-leave-discard"), value: "discard" as const, danger: true, id: "leave-discard" },
        { label: t("app-leave-save"), value: "save" as const, primary: true, id: "leave-save" },
      ],
    });
    if (!answer || answer.value === "cancel") return false;
    if (answer.value === "save") return editor.save(false);
    try {
      await editor.discard();
      return true;
    } catch (error) {
      this.showError(error);
      return false;
    }
  }

  async showLibrary(): Promise<void> {
    if (!(await this.mayLeaveEditor("leave"))) return;
    this.editor?.destroy();
    this.editor = null;
    await this.library.refresh();
    this.show(this.library);
  }

  async openArticle(articleId: number): Promise<void> {
    try {
      const opened = await ipc.openArticle(articleId);
      this.editor?.destroy();
      this.editor = new EditorScreen(opened, {
        library: () => void this.showLibrary(),
        history: () => void this.showHistory(),
        settings: () => void this.showSettings(),
        error: (error) => this.showError(error),
      });
      this.show(this.editor);
      void this.editor.startSharing();
    } catch (error) {
      this.showError(error);
    }
  }

  async createArticle(): Promise<void> {
    if (!(await this.mayLeaveEditor("leave"))) return;
    // The first revision is the working headline: a history never starts with an empty page.
    const answer = await ask({
      id: "new-article-dialog",
      title: t("app-new-title"),
      input: { id: "new-headline", label: t("app-new-headline"), placeholder: t("app-new-headline-placeholder") },
      buttons: [
        { label: t("app-cancel"), value: false },
        { label: t("app-new-create"), value: true, primary: true, id: "new-article-confirm" },
      ],
    });
    if (!answer?.value) return;
    if (answer.input.trim() === "") {
      this.showError(new Error(t("app-new-no-headline")));
      return;
    }
    try {
      const article = await ipc.createArticle({ ...EMPTY_ARTICLE, language: this.defaultLanguage, headline: answer.input.trim() });
      await this.openArticle(article.id);
    } catch (error) {
      this.showError(error);
    }
  }

  /** After the settings changed: when the interface language is now another, the window is
   * drawn again in it (every screen reads its words when drawn) and settings reopen. */
  private async followLanguage(): Promise<void> {
    const info = await ipc.appInfo();
    if (info.ui_language === uiLanguage()) return;
    sessionStorage.setItem(REOPEN_SETTINGS, "1");
    window.location.reload();
  }

  async showSettings(): Promise<void> {
    if (!(await this.mayLeaveEditor("leave"))) return;
    this.editor?.destroy();
    this.editor = null;
    const settings = new SettingsScreen({
      close: () => void this.showLibrary(),
      error: (error) => this.showError(error),
      saved: (saved) => {
        this.defaultLanguage = saved.default_language;
        void this.followLanguage();
      },
    });
    this.show(settings);
    await settings.load();
  }

  private async showHistory(): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    // The history lists saved revisions; unsaved work stays safe in the working copy.
    await editor.autosave();
    const history = new HistoryScreen(editor.articleId, editor.headline(), {
      close: () => this.show(editor),
      restore: (number) => void this.restore(number),
      error: (error) => this.showError(error),
    });
    this.show(history);
    await history.load();
    history.focus();
  }

  private async restore(number: number): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    if (editor.isReadOnly()) {
      this.showError(new Error(t("newsroom-read-only")));
      return;
    }
    const dirty = editor.isDirty();
    const revision = String(number);
    const answer = await ask({
      id: "confirm-dialog",
      title: t("app-restore-title", { number: revision }),
      message: dirty ? t("app-restore-message-unsaved", { number: revision }) : t("app-restore-message", { number: revision }),
      buttons: [
        { label: t("app-cancel"), value: false, id: "confirm-cancel" },
        { label: t("app-restore"), value: true, primary: true, id: "confirm-ok" },
      ],
    });
    if (!answer?.value) return;
    try {
      if (dirty && !(await editor.save(false))) return;
      const outcome = await ipc.restoreRevision(editor.articleId, number);
      const opened = await ipc.openArticle(editor.articleId);
      editor.load(opened.article);
      editor.showMessage(t("app-restored", { number: revision, revision: String(outcome.revision) }));
      this.show(editor);
    } catch (error) {
      this.showError(error);
    }
  }

  /** Tells the editor which blocks of page furniture an import left out, word for word. */
  private reportRemoved(fileName: string, removed: string[]) {
    if (removed.length === 0) return;
    replaceChildren(
      this.toast,
      h(
        "div",
        { id: "import-removed" },
        h("span", {}, t("app-import-removed", { count: removed.length, file: fileName })),
        h("ul", {}, ...removed.map((text) => h("li", {}, text))),
      ),
      h("button", { type: "button", class: "button small", "aria-label": t("app-dismiss"), onclick: () => (this.toast.hidden = true) }, "×"),
    );
    this.toast.classList.add("notice");
    this.toast.hidden = false;
  }

  /** A message that is not an error, in the same place. */
  showNotice(text: string) {
    replaceChildren(
      this.toast,
      h("span", { id: "notice" }, text),
      h("button", { type: "button", class: "button small", "aria-label": t("app-dismiss"), onclick: () => (this.toast.hidden = true) }, "×"),
    );
    this.toast.classList.add("notice");
    this.toast.hidden = false;
    window.setTimeout(() => (this.toast.hidden = true), 8000);
  }

  showError(error: unknown, sticky = false) {
    const message = error instanceof Error ? error.message : String(error);
    this.toast.classList.remove("notice");
    replaceChildren(
      this.toast,
      h("span", {}, message),
      h("button", { type: "button", class: "button small", "aria-label": t("app-dismiss"), onclick: () => (this.toast.hidden = true) }, "×"),
    );
    this.toast.hidden = false;
    if (!sticky) window.setTimeout(() => (this.toast.hidden = true), 8000);
  }
}
