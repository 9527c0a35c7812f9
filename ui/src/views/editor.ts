// The editor: the article's fields, the ProseMirror body, word count and reading time, saving
// with an optional note (Ctrl+S), autosave of unsaved work, recovery of what the last session
// left unsaved, and the publish dialog (Ctrl+Shift+P). In a newsroom (sharing.ts) the story may
// be read-only here while someone else edits it, and saves name the revision they started from.

import type { Node as PMNode } from "prosemirror-model";
import { EditorState, Selection } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { bodyText, bodyToDoc, docToBody } from "../doc/convert";
import { schema } from "../doc/schema";
import { editorPlugins, toolbar } from "../editor/setup";
import { ReviewController } from "../review/controller";
import { findingsPlugin } from "../review/findings";
import { ipc, type Article, type ArticleContent, type OpenedArticle, type Status } from "../ipc";
import { t } from "../i18n";
import { languageName, statusLabel } from "../i18n/terms";
import { ask } from "../ui/dialog";
import { countWords, formatTime, h, isShortcut, readingMinutes, shortcut } from "../ui/dom";
import { PublishDialog, gateItems } from "./publish";
import { EditorSharing, type LeaseMode } from "./sharing";

/** Unsaved work is kept this long after the last keystroke. */
const AUTOSAVE_DELAY_MS = 1500;

export interface EditorActions {
  library(): void;
  history(): void;
  settings(): void;
  error(error: unknown): void;
}

type FieldName = "headline" | "standfirst" | "byline" | "dateline" | "tags";

interface Saved {
  fields: Record<FieldName, string>;
  language: string;
  doc: PMNode;
}

const STATUSES: Status[] = ["draft", "editing", "ready", "exported"];

function fieldsOf(content: ArticleContent): Record<FieldName, string> {
  return {
    headline: content.headline,
    standfirst: content.standfirst,
    byline: content.byline,
    dateline: content.dateline,
    tags: content.tags.join(", "),
  };
}

/** Grows a text area to show all its lines (headlines and standfirsts wrap). */
function fitHeight(area: HTMLTextAreaElement) {
  area.style.height = "auto";
  area.style.height = `${area.scrollHeight + 2}px`;
}

export class EditorScreen {
  readonly element: HTMLElement;
  readonly articleId: number;
  private readonly inputs: Record<FieldName, HTMLInputElement | HTMLTextAreaElement>;
  private readonly language: HTMLSelectElement;
  private readonly statusSelect: HTMLSelectElement;
  private readonly view: EditorView;
  private readonly wordCount: HTMLElement;
  private readonly saveStatus: HTMLElement;
  private readonly banner: HTMLElement;
  private saved: Saved;
  private revision: number;
  /** The revision the window's work started from: the one opened (or the one recovered work
   * started from), then the one last saved. Saves name it, so another desk's revision that
   * arrived meanwhile is kept as a version of its own instead of being replaced. */
  private base: number;
  /** Someone else edits the story: nothing in the window can change, nothing is saved. */
  private readOnly = false;
  /** The fields as they were made read-only, put back if anything changes them. */
  private frozen: Record<FieldName, string> | null = null;
  private readonly toolbarElement: HTMLElement;
  private readonly saveButtons: HTMLButtonElement[];
  private readonly sharing: EditorSharing;
  private autosaveTimer: number | undefined;
  private saving = false;
  private readonly review: ReviewController;
  private currentStatus: Status;
  private readonly page: HTMLElement;
  private publishDialog: PublishDialog | null = null;

  constructor(
    opened: OpenedArticle,
    private readonly actions: EditorActions,
  ) {
    const { article, working_copy } = opened;
    this.articleId = article.id;
    this.revision = article.revision;
    this.base = working_copy?.base_revision ?? article.revision;
    const start = working_copy?.content ?? article.content;

    const field = (name: FieldName, label: string, options: { multiline?: boolean; placeholder?: string } = {}) => {
      const input = options.multiline
        ? h("textarea", { id: `field-${name}`, rows: 1, placeholder: options.placeholder ?? "" })
        : h("input", { id: `field-${name}`, type: "text", placeholder: options.placeholder ?? "", autocomplete: "off" });
      input.value = fieldsOf(start)[name];
      input.addEventListener("input", () => {
        if (input instanceof HTMLTextAreaElement) fitHeight(input);
        this.changed();
        if (name === "headline" || name === "standfirst") this.review.fieldChanged();
      });
      return { input, element: h("label", { class: `field field-${name}` }, h("span", { class: "field-label" }, label), input) };
    };
    const headline = field("headline", t("editor-headline"), { multiline: true, placeholder: t("editor-headline-placeholder") });
    const standfirst = field("standfirst", t("editor-standfirst"), { multiline: true, placeholder: t("editor-standfirst-placeholder") });
    const byline = field("byline", t("editor-byline"), { placeholder: t("editor-byline-placeholder") });
    const dateline = field("dateline", t("editor-dateline"), { placeholder: t("editor-dateline-placeholder") });
    const tags = field("tags", t("editor-tags"), { placeholder: t("editor-tags-placeholder") });
    this.inputs = { headline: headline.input, standfirst: standfirst.input, byline: byline.input, dateline: dateline.input, tags: tags.input };

    this.language = h(
      "select",
      { id: "field-language", "aria-label": t("editor-language") },
      h("option", { value: "" }, t("editor-language-unset")),
      h("option", { value: "id" }, languageName("id")),
      h("option", { value: "en" }, languageName("en")),
    );
    if (start.language && !["", "id", "en"].includes(start.language)) this.language.appendChild(h("option", { value: start.language }, start.language));
    this.language.value = start.language;
    this.language.addEventListener("change", () => {
      this.changed();
      this.review.fieldChanged();
    });

    this.statusSelect = h(
      "select",
      { id: "field-status", "aria-label": t("editor-status") },
      ...STATUSES.map((status) => h("option", { value: status }, statusLabel(status))),
    );
    this.statusSelect.value = article.status;
    this.currentStatus = article.status;
    this.statusSelect.addEventListener("change", () => void this.changeStatus(this.statusSelect.value as Status));

    const savedDoc = bodyToDoc(article.content.body);
    this.saved = { fields: fieldsOf(article.content), language: article.content.language, doc: savedDoc };

    const tools = toolbar(() => this.view);
    const mount = h("div", { id: "body", class: "body" });
    this.page = h("div", { class: "page" });
    this.review = new ReviewController({
      articleId: this.articleId,
      view: () => this.view,
      field: (name) => this.inputs[name],
      language: () => this.language.value,
      container: () => this.page,
      fieldChanged: () => this.changed(),
      error: (error) => this.actions.error(error),
      message: (text) => this.showMessage(text),
    });
    this.sharing = new EditorSharing({
      articleId: this.articleId,
      headline: () => this.headline(),
      isDirty: () => this.isDirty(),
      saveRevision: (note, mayMerge) => this.saveRevision(note, mayMerge),
      revision: () => this.revision,
      readOnly: () => this.readOnly,
      setReadOnly: (readOnly) => this.setReadOnly(readOnly),
      reload: () => this.reload(),
      loadContent: (content) => this.loadContent(content),
      message: (text) => this.showMessage(text),
      error: (error) => this.actions.error(error),
    });
    mount.addEventListener("mouseover", (event) => this.review.hover(event.target));
    this.view = new EditorView(mount, {
      state: EditorState.create({ schema, doc: working_copy ? bodyToDoc(start.body) : savedDoc, plugins: this.plugins() }),
      attributes: () => ({ "aria-label": t("editor-body"), role: "textbox", "aria-multiline": "true", "aria-readonly": String(this.readOnly), spellcheck: "false" }),
      // Room above the selection for the sticky toolbar, and a few lines below it for context.
      scrollMargin: { top: 140, bottom: 80, left: 0, right: 0 },
      scrollThreshold: { top: 140, bottom: 80, left: 0, right: 0 },
      editable: () => !this.readOnly,
      dispatchTransaction: (transaction) => {
        // Read-only, the toolbar, the keys and the review's fixes change nothing.
        if (this.readOnly && transaction.docChanged) return;
        this.view.updateState(this.view.state.apply(transaction));
        tools.update(this.view.state);
        if (transaction.docChanged) this.changed();
        this.review.transaction(transaction, this.view.state);
      },
    });
    tools.update(this.view.state);
    this.toolbarElement = tools.element;
    this.compactBar(tools.element, headline.element, standfirst.element);

    this.saveButtons = [
      h(
        "button",
        { id: "save", type: "button", class: "button primary", title: t("editor-save-title", { keys: shortcut("Ctrl+S") }), onclick: () => void this.save(false) },
        t("editor-save"),
      ),
      h(
        "button",
        { id: "save-with-note", type: "button", class: "button", title: t("editor-save-note-title", { keys: shortcut("Ctrl+Shift+S") }), onclick: () => void this.save(true) },
        t("editor-save-with-note"),
      ),
    ];
    this.wordCount = h("span", { id: "word-count" });
    this.saveStatus = h("span", { id: "save-status", "aria-live": "polite" });
    this.banner = h("div", { class: "banner", hidden: true, role: "status" });
    if (working_copy) {
      this.showBanner(
        t("editor-recovered", { time: formatTime(working_copy.saved_at), revision: String(working_copy.base_revision) }),
        t("editor-discard-recovered"),
        () => void this.discardRecovered(),
      );
    }

    const keyHints = t("editor-keys", { save: shortcut("Ctrl+S"), note: shortcut("Ctrl+Shift+S"), history: shortcut("Ctrl+H"), publish: shortcut("Ctrl+Shift+P"), library: shortcut("Ctrl+L") });
    this.element = h(
      "section",
      { id: "editor", class: "screen editor", "aria-label": t("editor-title") },
      h(
        "header",
        { class: "screen-header" },
        h(
          "button",
          { id: "back-to-library", type: "button", class: "button", title: t("editor-library-title", { keys: shortcut("Ctrl+L") }), onclick: () => this.actions.library() },
          t("editor-library"),
        ),
        h("div", { class: "header-meta" }, this.statusSelect, this.language),
        h(
          "button",
          { id: "open-history", type: "button", class: "button", title: t("editor-history-title", { keys: shortcut("Ctrl+H") }), onclick: () => this.actions.history() },
          t("editor-history"),
        ),
        h(
          "button",
          { id: "publish-open", type: "button", class: "button", title: t("editor-publish-title", { keys: shortcut("Ctrl+Shift+P") }), onclick: () => this.openPublish() },
          t("editor-publish"),
        ),
        ...this.saveButtons,
      ),
      this.banner,
      this.sharing.element,
      h(
        "div",
        { class: "editor-columns" },
        this.pageWith(
          headline.element,
          standfirst.element,
          this.detailsFold(byline.element, dateline.element, tags.element),
          tools.element,
          mount,
        ),
        this.review.panel.element,
      ),
      h(
        "footer",
        { class: "statusbar" },
        this.wordCount,
        this.saveStatus,
        // The key hints give way on a narrow window (cut short, whole in their title).
        h("span", { class: "keys", title: keyHints }, keyHints),
      ),
    );
    this.updateCount();
    this.saveStatus.textContent = working_copy ? t("editor-unsaved") : t("editor-revision", { number: String(this.revision) });
    this.review.start();
  }

  /** Byline, dateline and tags fold into one line (their values, or a hint) so the body gets
   * the room on a laptop screen; opened when the article has none of them yet. */
  private detailsFold(...fields: HTMLElement[]): HTMLElement {
    const summary = h("span", { class: "field-details-values" });
    const update = () => {
      const values = [this.inputs.byline.value, this.inputs.dateline.value, this.inputs.tags.value].map((v) => v.trim()).filter(Boolean);
      summary.textContent = values.length > 0 ? values.join(" · ") : t("editor-details-empty");
    };
    for (const name of ["byline", "dateline", "tags"] as const) this.inputs[name].addEventListener("input", update);
    update();
    const fold = h(
      "details",
      { id: "field-details", class: "field-details" },
      h("summary", {}, h("span", { class: "field-label" }, t("editor-details")), summary),
      h("div", { class: "field-row" }, ...fields),
    );
    fold.open = !["byline", "dateline", "tags"].some((name) => this.inputs[name as FieldName].value.trim());
    return fold;
  }

  private plugins() {
    return editorPlugins({
      before: [findingsPlugin({ onLanguageClick: (pos) => void this.review.chooseLanguage(pos) })],
      undoFirst: () => this.review.undo(),
      onPasteRefused: (message) => this.actions.error(new Error(message)),
    });
  }

  /** Once the editor scrolls into the body, the headline and the standfirst give their room to
   * the text: they scroll away, and the headline stays as one line in the sticky toolbar, a
   * button that brings the fields back. */
  private compactBar(toolbar: HTMLElement, headline: HTMLElement, standfirst: HTMLElement) {
    const text = h("span", { class: "compact-headline-text" });
    const bar = h(
      "button",
      {
        id: "compact-headline",
        type: "button",
        class: "compact-headline",
        hidden: true,
        title: t("editor-compact-title"),
        onclick: () => {
          this.page.scrollTo({ top: 0 });
          this.inputs.headline.focus();
        },
      },
      text,
    );
    toolbar.append(bar);
    const update = () => {
      // Folded once the standfirst has gone under the toolbar stuck at the top of the page.
      const collapsed = standfirst.getBoundingClientRect().bottom <= this.page.getBoundingClientRect().top + toolbar.offsetHeight;
      if (collapsed) text.textContent = this.inputs.headline.value.trim() || t("editor-headline-placeholder");
      bar.hidden = !collapsed;
      this.page.classList.toggle("fields-collapsed", collapsed);
    };
    this.page.addEventListener("scroll", update, { passive: true });
    headline.addEventListener("input", update);
  }

  private pageWith(...children: HTMLElement[]): HTMLElement {
    this.page.append(...children);
    return this.page;
  }

  /** Moves the article through the workflow. Passing it as Ready with errors unresolved asks
   * for a note, which the history keeps. */
  async changeStatus(status: Status): Promise<void> {
    let note: string | null = null;
    const open = status === "ready" ? await this.review.openProblems() : [];
    const errors = open.filter((problem) => problem.severity === "error").length;
    if (open.length > 0) {
      const answer = await ask({
        id: "ready-dialog",
        title: errors > 0 ? t("editor-ready-title", { count: errors }) : t("editor-ready-title-names", { count: open.length }),
        message: errors > 0 ? t("editor-ready-message") : t("editor-ready-message-names"),
        // Each problem with its place, and a button that closes the dialog and goes there.
        items: gateItems(open, "ready"),
        input: { id: "ready-note", label: t("editor-ready-note"), placeholder: t("editor-ready-note-placeholder") },
        buttons: [
          { label: t("editor-cancel"), value: false, id: "ready-cancel" },
          { label: t("editor-ready-confirm"), value: true, primary: true, id: "ready-confirm" },
        ],
      });
      note = answer?.value ? answer.input.trim() : null;
      if (!note) {
        this.statusSelect.value = this.currentStatus;
        if (answer?.value) this.showMessage(t("editor-ready-refused"));
        return;
      }
    }
    try {
      await ipc.setStatus(this.articleId, status, note);
      this.currentStatus = status;
      this.statusSelect.value = status;
      const label = statusLabel(status);
      this.showMessage(note ? t("editor-status-changed-with-note", { status: label }) : t("editor-status-changed", { status: label }));
    } catch (error) {
      this.statusSelect.value = this.currentStatus;
      this.actions.error(error);
    }
  }

  /** Keys that act anywhere in the editor. */
  handleKey(event: KeyboardEvent): boolean {
    if (this.review.handleKey(event)) return true;
    if (isShortcut(event, "p", { shift: true })) {
      this.openPublish();
      return true;
    }
    const primary = event.ctrlKey || event.metaKey;
    if (!primary || event.altKey) return false;
    switch (event.key.toLowerCase()) {
      case "s":
        // Ctrl+S saves at once; Ctrl+Shift+S asks for a note first.
        void this.save(event.shiftKey);
        return true;
      case "h":
        this.actions.history();
        return true;
      case "l":
        this.actions.library();
        return true;
      default:
        return false;
    }
  }

  /** Sizes the headline and standfirst to their lines (again after the window or the text size
   * changed). */
  private readonly refit = () => {
    for (const input of Object.values(this.inputs)) if (input instanceof HTMLTextAreaElement) fitHeight(input);
  };

  focus() {
    // Sized once the screen is in the page (scrollHeight is 0 before).
    this.refit();
    window.addEventListener("resize", this.refit);
    if (this.inputs.headline.value.trim() === "") this.inputs.headline.focus();
    else {
      this.view.focus();
      // Start typing at the end of the body.
      const end = Selection.atEnd(this.view.state.doc);
      this.view.dispatch(this.view.state.tr.setSelection(end));
    }
  }

  /** Opens the publish dialog (once). */
  openPublish() {
    if (this.publishDialog?.isOpen) return;
    const dialog = new PublishDialog(this.articleId, this.headline(), {
      isDirty: () => this.isDirty(),
      save: () => this.save(false),
      readiness: async () => {
        const open = await this.review.openProblems();
        return {
          errors: open.filter((problem) => problem.severity === "error").length,
          open,
          standfirst: this.inputs.standfirst.value,
          headline: this.inputs.headline.value,
          goTo: (name) => {
            const input = this.inputs[name];
            input.focus();
            input.setSelectionRange(input.value.length, input.value.length);
          },
        };
      },
      exported: () => void this.reloadStatus(),
      settings: () => this.actions.settings(),
      error: (error) => this.actions.error(error),
      closed: () => {
        if (this.publishDialog === dialog) this.publishDialog = null;
      },
    });
    this.publishDialog = dialog;
    void dialog.open();
  }

  /** Something changed the article's exports outside the dialog (the queue's background pass):
   * the dialog and the status show it. */
  publishingChanged() {
    void this.publishDialog?.refresh();
    void this.reloadStatus();
  }

  /** Shows the status the store holds (an export moves the article to Exported). */
  async reloadStatus(): Promise<void> {
    try {
      const { article } = await ipc.openArticle(this.articleId);
      this.currentStatus = article.status;
      this.statusSelect.value = article.status;
    } catch (error) {
      this.actions.error(error);
    }
  }

  /** Takes the story's lease on the newsroom server, and follows the newsroom while it is open
   * (after the editor is on screen: the server may take a moment to answer). */
  startSharing(): Promise<void> {
    return this.sharing.start();
  }

  /** Gives the story's lease back (the editor leaves it; destroy does the same without waiting). */
  release(): Promise<void> {
    return this.sharing.stop();
  }

  /** Where this desk stands with the story in the newsroom. */
  leaseMode(): LeaseMode {
    return this.sharing.leaseMode();
  }

  /** True while someone else edits the story. */
  isReadOnly(): boolean {
    return this.readOnly;
  }

  /** Makes the story read-only (someone else edits it) or editable again. */
  private setReadOnly(readOnly: boolean) {
    if (readOnly === this.readOnly) return;
    this.readOnly = readOnly;
    this.frozen = readOnly ? this.fieldValues() : null;
    for (const input of Object.values(this.inputs)) input.readOnly = readOnly;
    this.language.disabled = readOnly;
    this.statusSelect.disabled = readOnly;
    for (const button of this.saveButtons) button.disabled = readOnly;
    this.toolbarElement.hidden = readOnly;
    this.element.classList.toggle("read-only", readOnly);
    // ProseMirror asks `editable` again.
    this.view.setProps({});
  }

  private fieldValues(): Record<FieldName, string> {
    return Object.fromEntries((Object.keys(this.inputs) as FieldName[]).map((name) => [name, this.inputs[name].value])) as Record<FieldName, string>;
  }

  destroy() {
    void this.sharing.stop();
    window.removeEventListener("resize", this.refit);
    this.publishDialog?.close();
    window.clearTimeout(this.autosaveTimer);
    this.review.destroy();
    this.view.destroy();
  }

  /** The article as it stands in the window. */
  content(): ArticleContent {
    return {
      headline: this.inputs.headline.value,
      standfirst: this.inputs.standfirst.value,
      byline: this.inputs.byline.value,
      dateline: this.inputs.dateline.value,
      language: this.language.value,
      tags: this.inputs.tags.value.split(",").map((tag) => tag.trim()).filter((tag) => tag !== ""),
      body: docToBody(this.view.state.doc),
    };
  }

  /** True when the window holds changes not in the latest revision. */
  isDirty(): boolean {
    return (
      !this.view.state.doc.eq(this.saved.doc) ||
      this.language.value !== this.saved.language ||
      (Object.keys(this.inputs) as FieldName[]).some((name) => this.inputs[name].value !== this.saved.fields[name])
    );
  }

  headline(): string {
    return this.inputs.headline.value.trim() || t("editor-untitled");
  }

  private changed() {
    if (this.frozen) {
      // Read-only: a change (a review fix on the headline) is put back.
      for (const name of Object.keys(this.inputs) as FieldName[]) this.inputs[name].value = this.frozen[name];
      return;
    }
    this.updateCount();
    this.saveStatus.textContent = this.isDirty() ? t("editor-unsaved") : t("editor-revision", { number: String(this.revision) });
    window.clearTimeout(this.autosaveTimer);
    this.autosaveTimer = window.setTimeout(() => void this.autosave(), AUTOSAVE_DELAY_MS);
  }

  private updateCount() {
    const words = countWords(bodyText(docToBody(this.view.state.doc)));
    const minutes = readingMinutes(words);
    this.wordCount.textContent = t("editor-word-count", { words, minutes });
  }

  /** Keeps unsaved work in the store (not a revision). */
  async autosave(): Promise<void> {
    window.clearTimeout(this.autosaveTimer);
    if (this.saving) return;
    try {
      // Autosaving content equal to the latest revision clears the working copy.
      await ipc.autosaveArticle(this.articleId, this.content(), this.base);
      if (this.isDirty()) this.saveStatus.textContent = t("editor-kept-safe", { time: formatTime(Date.now()) });
    } catch (error) {
      this.saveStatus.textContent = t("editor-not-kept-safe");
      this.actions.error(error);
    }
  }

  /** Saves a revision, asking for an optional note first when `askForNote`. Resolves false when
   * cancelled or failed. */
  async save(askForNote: boolean): Promise<boolean> {
    if (this.readOnly) {
      this.showMessage(t("newsroom-read-only"));
      return false;
    }
    let note: string | null = null;
    if (askForNote) {
      const answer = await ask({
        id: "save-dialog",
        title: t("editor-save-dialog-title"),
        message: t("editor-save-dialog-message"),
        input: { id: "save-note", label: t("editor-save-note"), placeholder: t("editor-save-note-placeholder") },
        buttons: [
          { label: t("editor-cancel"), value: false },
          { label: t("editor-save"), value: true, primary: true, id: "save-confirm" },
        ],
      });
      if (!answer?.value) {
        this.view.focus();
        return false;
      }
      note = answer.input.trim() || null;
    }
    const saved = await this.saveRevision(note, true);
    if (askForNote) this.view.focus();
    return saved;
  }

  /** Saves the window as a revision from the base revision; while the editor reconciles two
   * versions (and `mayMerge`), as their reconciliation. Resolves false when it failed. */
  private async saveRevision(note: string | null, mayMerge: boolean): Promise<boolean> {
    this.saving = true;
    window.clearTimeout(this.autosaveTimer);
    const content = this.content();
    const doc = this.view.state.doc;
    const fields = this.fieldValues();
    const merging = mayMerge && this.sharing.reconciling();
    try {
      const outcome = merging
        ? await ipc.mergeArticle(this.articleId, content, note ?? t("newsroom-merge-note"))
        : await ipc.saveArticle(this.articleId, content, note, this.base);
      this.revision = outcome.revision;
      this.base = outcome.revision;
      this.saved = { fields, language: content.language, doc };
      this.saveStatus.textContent = outcome.created
        ? t("editor-saved", { number: String(outcome.revision) })
        : t("editor-no-changes", { number: String(outcome.revision) });
      this.hideBanner();
      void this.sharing.saved(merging);
      return true;
    } catch (error) {
      this.saveStatus.textContent = t("editor-not-saved");
      this.actions.error(error);
      return false;
    } finally {
      this.saving = false;
      // Typing during the save makes the window dirty again.
      if (this.isDirty()) this.changed();
    }
  }

  /** Throws away unsaved work (the editor chose to), returning to the latest revision. */
  async discard(): Promise<void> {
    window.clearTimeout(this.autosaveTimer);
    await ipc.discardWorkingCopy(this.articleId);
  }

  private async discardRecovered() {
    const opened = await ipc.openArticle(this.articleId).catch((error) => {
      this.actions.error(error);
      return null;
    });
    if (!opened) return;
    await this.discard().catch((error) => this.actions.error(error));
    this.load(opened.article);
    this.hideBanner();
  }

  /** Shows `article` as saved (after a restore, discarding recovered work, or another desk's
   * revision). */
  load(article: Article) {
    this.revision = article.revision;
    this.base = article.revision;
    this.saved = { fields: fieldsOf(article.content), language: article.content.language, doc: bodyToDoc(article.content.body) };
    this.show(article.content, this.saved.doc);
    this.statusSelect.value = article.status;
    this.currentStatus = article.status;
    this.saveStatus.textContent = t("editor-revision", { number: String(this.revision) });
  }

  /** Shows the latest saved revision (another desk's), unless the window holds unsaved work. */
  private async reload(): Promise<void> {
    try {
      const { article } = await ipc.openArticle(this.articleId);
      // Typing while the store answered wins: that work is not replaced.
      if (!this.isDirty()) this.load(article);
    } catch (error) {
      this.actions.error(error);
    }
  }

  /** Puts `content` in the window as unsaved work (a version to reconcile from). */
  private loadContent(content: ArticleContent) {
    this.show(content, bodyToDoc(content.body));
    this.changed();
  }

  private show(content: ArticleContent, doc: PMNode) {
    window.clearTimeout(this.autosaveTimer);
    const fields = fieldsOf(content);
    for (const name of Object.keys(this.inputs) as FieldName[]) this.inputs[name].value = fields[name];
    for (const input of Object.values(this.inputs)) if (input instanceof HTMLTextAreaElement) fitHeight(input);
    if (content.language && !Array.from(this.language.options).some((option) => option.value === content.language)) {
      this.language.appendChild(h("option", { value: content.language }, content.language));
    }
    this.language.value = content.language;
    this.view.updateState(EditorState.create({ schema, doc, plugins: this.plugins() }));
    this.updateCount();
    void this.review.live.run();
    if (this.frozen) this.frozen = this.fieldValues();
  }

  showMessage(text: string) {
    this.saveStatus.textContent = text;
  }

  private showBanner(text: string, action: string, onAction: () => void) {
    this.banner.textContent = "";
    this.banner.append(h("span", {}, text), h("button", { type: "button", class: "button", id: "banner-action", onclick: onAction }, action));
    this.banner.hidden = false;
  }

  private hideBanner() {
    this.banner.hidden = true;
  }
}
