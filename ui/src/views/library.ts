// The library: every article with its headline, status, language and last edit; full-text
// search; a status filter; a new article; open with Enter or a click. ↑ and ↓ move between
// rows. In a newsroom, a row also says who is editing the story and whether it has versions to
// reconcile, and the list follows what other desks do.

import { ipc, IpcError, onArticlesChanged, onPresence, type ArticleSummary, type NoteEvent, type Presence, type Status } from "../ipc";
import { t } from "../i18n";
import { languageName, statusLabel } from "../i18n/terms";
import { formatSince, formatTime, h, replaceChildren, shortcut } from "../ui/dom";

export interface LibraryActions {
  open(articleId: number): void;
  create(): void;
  settings(): void;
  imported(articleId: number, fileName: string, removed: string[]): void;
  error(error: unknown): void;
  /** The language new articles start in: a row names its language only when it differs. */
  defaultLanguage?(): string;
}

/** Where an exported article is, as the desk chief reads it: live, a draft or waiting for
 * review on the site, or only "sent" when the export predates Sunting keeping the post's
 * status. */
export function sentLabel(sent: NoteEvent): string {
  if (sent.kind !== "sent") return "";
  switch (sent.status) {
    case "publish":
      return t("library-sent-publish");
    case "draft":
      return t("library-sent-draft");
    case "pending":
      return t("library-sent-pending");
    default:
      return t("library-sent");
  }
}

/** How many rows' errors are asked for at once: the first rows fill in while the rest wait. */
const ERROR_BATCH = 25;

/** Rows the library shows at once: an archive of 100,000 stories is searched, not scrolled. */
export const LIBRARY_PAGE = 200;

const STATUSES: Status[] = ["draft", "editing", "ready", "exported"];

/** A file's bytes. */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** A search snippet with the engine's [match] brackets drawn as <mark>. */
export function snippetElement(snippet: string): HTMLElement {
  const element = h("p", { class: "snippet" });
  const parts = snippet.split(/(\[[^\]]*\])/);
  for (const part of parts) {
    if (part.startsWith("[") && part.endsWith("]")) element.appendChild(h("mark", {}, part.slice(1, -1)));
    else if (part) element.appendChild(document.createTextNode(part));
  }
  return element;
}

export class LibraryScreen {
  readonly element: HTMLElement;
  private readonly search: HTMLInputElement;
  /** The search the list was last asked for. */
  private shownSearch = "";
  private readonly status: HTMLSelectElement;
  private readonly list: HTMLElement;
  private readonly count: HTMLElement;
  private timer: number | undefined;
  private generation = 0;
  /** Who edits which story (others only: this desk's own leases are not shown). */
  private presence = new Map<number, Presence>();

  constructor(private readonly actions: LibraryActions) {
    this.search = h("input", {
      id: "library-search",
      type: "search",
      placeholder: t("library-search-placeholder"),
      "aria-label": t("library-search-label"),
      autocomplete: "off",
      spellcheck: "false",
    });
    this.search.addEventListener("input", () => this.scheduleRefresh());
    this.search.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        this.rows()[0]?.focus();
      }
    });
    this.status = h(
      "select",
      { id: "library-status", "aria-label": t("library-status-filter") },
      h("option", { value: "" }, t("library-all-statuses")),
      ...STATUSES.map((status) => h("option", { value: status }, statusLabel(status))),
    );
    this.status.addEventListener("change", () => void this.refresh());
    this.list = h("ul", { id: "article-list", class: "article-list", "aria-label": t("library-list-label") });
    this.count = h("p", { class: "muted", id: "library-count", "aria-live": "polite" });
    this.element = h(
      "section",
      { id: "library", class: "screen library", "aria-label": t("library-title") },
      h(
        "header",
        { class: "screen-header" },
        h("h1", { class: "screen-title" }, t("library-title")),
        h("div", { class: "library-controls" }, this.search, this.status),
        h(
          "button",
          { id: "new-article", type: "button", class: "button primary", title: t("library-new-title", { keys: shortcut("Ctrl+N") }), onclick: () => this.actions.create() },
          t("library-new"),
        ),
        this.importButton(),
        h(
          "button",
          { id: "settings-open", type: "button", class: "button", title: t("library-settings-title", { keys: shortcut("Ctrl+,") }), onclick: () => this.actions.settings() },
          t("library-settings"),
        ),
      ),
      this.count,
      this.list,
      h(
        "footer",
        { class: "keys" },
        t("library-keys", { new: shortcut("Ctrl+N"), search: shortcut("Ctrl+F"), paste: shortcut("Ctrl+V"), settings: shortcut("Ctrl+,") }),
      ),
    );
    this.list.addEventListener("keydown", (event) => this.onListKey(event));
    // Files dropped anywhere on the library are imported.
    this.element.addEventListener("dragover", (event) => {
      event.preventDefault();
      this.element.classList.add("dropping");
    });
    this.element.addEventListener("dragleave", () => this.element.classList.remove("dropping"));
    this.element.addEventListener("drop", (event) => {
      event.preventDefault();
      this.element.classList.remove("dropping");
      for (const file of Array.from(event.dataTransfer?.files ?? [])) void this.importFile(file);
    });
    // Pasting a web page (or any text) on the library, outside the search field, makes a new
    // article of it through the same import: structure kept, page furniture removed and listed.
    document.addEventListener("paste", (event) => {
      if (!this.element.isConnected || event.target === this.search) return;
      const html = event.clipboardData?.getData("text/html") ?? "";
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (!html.trim() && !text.trim()) return;
      event.preventDefault();
      // The name tells the import how to read it (by its extension) and the editor what it was.
      void this.importPasted(html.trim() ? html : text, html.trim() ? `${t("library-pasted-page")}.html` : `${t("library-pasted-text")}.txt`);
    });
  }

  /** Imports pasted HTML or text as a new article. */
  async importPasted(content: string, name: string): Promise<void> {
    try {
      const imported = await ipc.importArticle(name, new TextEncoder().encode(content));
      await this.refresh();
      this.actions.imported(imported.article.id, name, imported.removed);
    } catch (error) {
      this.actions.error(error);
    }
  }

  private importButton(): HTMLElement {
    const input = h("input", { id: "import-file", type: "file", accept: ".docx,.txt,.md,.markdown,.html,.htm", hidden: true, multiple: true });
    input.addEventListener("change", () => {
      for (const file of Array.from(input.files ?? [])) void this.importFile(file);
      input.value = "";
    });
    return h(
      "span",
      {},
      input,
      h("button", { id: "import-article", type: "button", class: "button", title: t("library-import-title"), onclick: () => input.click() }, t("library-import")),
    );
  }

  /** Imports one file; the engine reads it by its name's extension and says what it removed. */
  async importFile(file: File): Promise<void> {
    try {
      const imported = await ipc.importArticle(file.name, await readBytes(file));
      await this.refresh();
      this.actions.imported(imported.article.id, file.name, imported.removed);
    } catch (error) {
      this.actions.error(error);
    }
  }

  /** Follows the newsroom: who edits what, and stories other desks changed. */
  async follow(): Promise<void> {
    await onPresence((presence) => this.setPresence(presence));
    await onArticlesChanged(() => {
      if (this.element.isConnected) void this.refresh();
    });
    this.setPresence(await ipc.presence());
  }

  /** Shows who edits what, in the rows as they are (the list is not drawn again, so the row
   * with the focus keeps it). */
  setPresence(presence: Presence[]) {
    this.presence = new Map(presence.filter((entry) => !entry.mine).map((entry) => [entry.article_id, entry]));
    for (const row of this.rows()) {
      row.querySelector(".presence")?.remove();
      const element = this.presenceElement(Number(row.dataset.id));
      if (element) row.querySelector(".row-flags")?.prepend(element);
    }
  }

  private presenceElement(articleId: number): HTMLElement | null {
    const entry = this.presence.get(articleId);
    if (!entry) return null;
    return h("span", { class: "presence" }, t("newsroom-presence", { name: entry.holder_name, time: formatSince(entry.since) }));
  }

  private rows(): HTMLElement[] {
    return Array.from(this.list.querySelectorAll<HTMLElement>(".article-row"));
  }

  private onListKey(event: KeyboardEvent) {
    const rows = this.rows();
    const index = rows.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    if (event.key === "ArrowDown" && index + 1 < rows.length) {
      event.preventDefault();
      rows[index + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (index > 0 ? rows[index - 1] : this.search).focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.actions.open(Number(rows[index].dataset.id));
    }
  }

  /** Keys that act anywhere on this screen. */
  handleKey(event: KeyboardEvent): boolean {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "f") {
      this.focusSearch();
      return true;
    }
    return false;
  }

  focusSearch() {
    this.search.focus();
    this.search.select();
  }

  focus() {
    (this.rows()[0] ?? this.search).focus();
  }

  private scheduleRefresh() {
    window.clearTimeout(this.timer);
    // A space or a case-less edit that leaves the same search changes nothing: the list is not
    // drawn again under the pointer (a click pressed on one row and released on its redrawn
    // copy would be lost).
    if (this.search.value.trim() === this.shownSearch) return;
    this.timer = window.setTimeout(() => void this.refresh(), 150);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const search = this.search.value.trim();
    this.shownSearch = search;
    try {
      // One more than a page tells whether there are more, without counting the archive.
      const articles = await ipc.listArticles({
        search: search || undefined,
        status: (this.status.value || undefined) as Status | undefined,
        limit: LIBRARY_PAGE + 1,
      });
      // A slower, older answer must not overwrite a newer one.
      if (generation === this.generation) this.render(articles.slice(0, LIBRARY_PAGE), search !== "", articles.length > LIBRARY_PAGE);
    } catch (error) {
      if (generation === this.generation) {
        replaceChildren(this.list);
        this.count.textContent = error instanceof IpcError ? error.message : String(error);
        this.actions.error(error);
      }
    }
  }

  /** Fills in each row's open errors ("2 errors"), a batch at a time; an article without
   * errors says nothing, and a list drawn again meanwhile stops the filling. */
  private async fillErrors(ids: number[], generation: number) {
    for (let start = 0; start < ids.length; start += ERROR_BATCH) {
      let counts;
      try {
        counts = await ipc.openErrors(ids.slice(start, start + ERROR_BATCH));
      } catch {
        return; // The rows stay as they are; the editor finds the errors in the article.
      }
      if (generation !== this.generation) return;
      for (const { article_id, errors } of counts) {
        const cell = this.list.querySelector<HTMLElement>(`.open-errors[data-id="${article_id}"]`);
        if (cell) cell.textContent = errors > 0 ? t("library-open-errors", { count: errors }) : "";
      }
    }
  }

  private render(articles: ArticleSummary[], searching: boolean, more: boolean) {
    // The list is drawn again when another desk changes a story: the focus stays on its row.
    const focused = this.rows().find((row) => row === document.activeElement)?.dataset.id;
    this.count.textContent = more
      ? searching
        ? t("library-more-matches", { page: LIBRARY_PAGE })
        : t("library-more-articles", { page: LIBRARY_PAGE })
      : searching
        ? t("library-found", { count: articles.length })
        : t("library-count", { count: articles.length });
    replaceChildren(
      this.list,
      ...articles.map((article) =>
        h(
          "li",
          {
            class: "article-row",
            tabindex: 0,
            "data-id": article.id,
            onclick: () => this.actions.open(article.id),
          },
          h("span", { class: "headline" }, article.headline || t("library-untitled")),
          h(
            "span",
            { class: "meta" },
            article.status === "exported" && article.sent
              ? h("span", { class: `status status-exported sent-${article.sent.kind === "sent" ? (article.sent.status ?? "unknown") : "unknown"}`, title: sentTitle(article.sent) }, sentLabel(article.sent))
              : h("span", { class: `status status-${article.status}` }, statusLabel(article.status)),
            h("span", { class: "open-errors", "data-id": article.id }),
            article.byline ? h("span", { class: "byline", title: t("library-byline-title") }, article.byline) : null,
            article.last_editor ? h("span", { class: "last-editor" }, t("library-last-editor", { name: article.last_editor })) : null,
            article.language && article.language !== (this.actions.defaultLanguage?.() ?? "") ? h("span", { class: "language" }, languageName(article.language)) : null,
            h("span", {}, t("library-words", { count: article.word_count })),
            h("span", {}, t("library-revisions", { count: article.revision_count })),
            h("time", { datetime: new Date(article.updated_at).toISOString() }, formatTime(article.updated_at)),
          ),
          h(
            "div",
            { class: "row-flags" },
            this.presenceElement(article.id),
            article.forked ? h("span", { class: "fork-badge", title: t("newsroom-fork-badge-title") }, t("newsroom-fork-badge")) : null,
          ),
          article.snippet ? snippetElement(article.snippet) : null,
        ),
      ),
    );
    if (focused !== undefined) this.rows().find((row) => row.dataset.id === focused)?.focus();
    void this.fillErrors(articles.map((article) => article.id), this.generation);
    if (articles.length === 0) {
      this.list.appendChild(
        h("li", { class: "empty" }, searching ? t("library-no-match") : t("library-empty")),
      );
    }
  }
}

/** The site and the post an exported article became, for the row's tooltip. */
function sentTitle(sent: NoteEvent): string {
  return sent.kind === "sent" ? t("library-sent-title", { site: sent.site, post: String(sent.post) }) : "";
}

