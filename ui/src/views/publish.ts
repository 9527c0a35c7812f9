// The publish dialog: send the article's latest saved revision to a connected WordPress site
// (status, categories) with a live progress line, what came of it (sent, queued until the site
// answers, failed), where the article already is on each site, its export log, and exports to
// a file (HTML, Markdown, ninjs). Unsaved work is saved as a revision before anything leaves.
// Modal: focus moves in, Tab stays inside, Escape closes, focus returns where it was.

import {
  ipc,
  onExportProgress,
  type CmsSite,
  type ExportAttempt,
  type ExportOutcome,
  type Exported,
  type FileFormat,
  type PostStatus,
  type Progress,
  type PublishingView,
  type QueuedExport,
} from "../ipc";
import { t } from "../i18n";
import { ask, type DialogItem } from "../ui/dialog";
import type { OpenFinding } from "../review/controller";
import { formatTime, h, replaceChildren } from "../ui/dom";

export interface PublishActions {
  /** True when the editor holds changes not in the latest revision. */
  isDirty(): boolean;
  /** Saves a revision without asking for a note; resolves false when it failed. */
  save(): Promise<boolean>;
  /** The article reached a site: its status changed to Exported. */
  exported(): void;
  /** What the check before publishing looks at: errors left, the standfirst, the headline. */
  readiness(): Promise<Readiness>;
  /** Go to the settings (to connect a site). */
  settings(): void;
  error(error: unknown): void;
  closed(): void;
}

/** What the check before publishing reads from the editor. */
export interface Readiness {
  /** Findings at error severity still in the article. */
  errors: number;
  standfirst: string;
  headline: string;
  /** Those errors, then the names spelt two ways, each with its place and a way to go to it
   * (in the panel's order). */
  open?: OpenFinding[];
  /** Goes to the headline or the standfirst. */
  goTo?(field: "headline" | "standfirst"): void;
}

/** Headlines longer than this are cut by most news sites' templates and by search results: the
 * limit until the site's own headlines have been measured. */
export const HEADLINE_LIMIT = 100;

/** How long a site's headlines usually are: measured on its published posts, or the default. */
export interface HeadlineLimit {
  limit: number;
  /** How many published headlines it was measured on; 0 for the default. */
  measured: number;
}

/** The problems worth a second look before a post goes out as Published or Pending, as lines
 * for the summary, each with a button to its place where the editor said how to go there; none
 * for a draft, which nobody reads yet. */
export function publishProblems(status: PostStatus, readiness: Readiness, headline: HeadlineLimit = { limit: HEADLINE_LIMIT, measured: 0 }): DialogItem[] {
  if (status === "draft") return [];
  const problems: DialogItem[] = [];
  const field = (name: "headline" | "standfirst") => {
    const goTo = readiness.goTo;
    const place = name === "headline" ? t("review-place-headline") : t("review-place-standfirst");
    return goTo ? { label: t("review-go-to", { place }), id: `gate-go-${name}`, run: () => goTo(name) } : undefined;
  };
  if (readiness.open && readiness.open.length > 0) {
    problems.push(...gateItems(readiness.open, "gate"));
  } else if (readiness.errors > 0) problems.push({ text: t("publish-gate-errors", { count: readiness.errors }) });
  if (readiness.standfirst.trim() === "") problems.push({ text: t("publish-gate-no-standfirst"), jump: field("standfirst") });
  const length = [...readiness.headline.trim()].length;
  if (length > headline.limit) {
    problems.push({
      text:
        headline.measured > 0
          ? t("publish-gate-long-headline-site", { length, limit: headline.limit, measured: headline.measured })
          : t("publish-gate-long-headline", { length, limit: headline.limit }),
      jump: field("headline"),
    });
  }
  return problems;
}

/** The gates' lines for open findings: each with a button to its place, numbered per kind
 * (`<prefix>-go-error-1`, `<prefix>-go-name-1`) so a test or a screen reader can find each. */
export function gateItems(open: OpenFinding[], prefix: string): DialogItem[] {
  let errors = 0;
  let names = 0;
  return open.map((problem) => {
    const id = problem.severity === "error" ? `${prefix}-go-error-${++errors}` : `${prefix}-go-name-${++names}`;
    return { text: problem.line, jump: { label: t("review-go-to", { place: problem.place }), id, run: () => problem.goTo() } };
  });
}

const POST_STATUSES: PostStatus[] = ["draft", "pending", "publish"];

/** A WordPress post status as editors read it; the code itself for one Sunting does not know. */
export function postStatusLabel(status: string): string {
  switch (status) {
    case "draft":
      return t("publish-status-draft");
    case "pending":
      return t("publish-status-pending");
    case "publish":
      return t("publish-status-publish");
    default:
      return status;
  }
}

/** How an export attempt ended, in the log. */
function outcomeLabel(outcome: ExportOutcome): string {
  switch (outcome) {
    case "sent":
      return t("publish-outcome-sent");
    case "queued":
      return t("publish-outcome-queued");
    case "failed":
      return t("publish-outcome-failed");
    default:
      return outcome;
  }
}

/** The file formats, each with its button's label: the names editors know (HTML, Markdown),
 * and what a ninjs file is for rather than what it is made of. */
const FILE_FORMATS: Array<[FileFormat, () => string]> = [
  ["html", () => "HTML"],
  ["markdown", () => "Markdown"],
  ["ninjs", () => t("publish-format-ninjs")],
];

const EMPTY_VIEW: PublishingView = { sites: [], posts: [], queued: [], log: [] };

/** What was last sent per article in this session (site, status, categories), so sending an
 * update again keeps them. */
const lastChoice = new Map<number, { siteId: string; status: PostStatus; categories: string }>();

/** "Ekonomi, Kota Semarang," → ["Ekonomi", "Kota Semarang"]. */
export function splitCategories(text: string): string[] {
  return text
    .split(",")
    .map((category) => category.trim())
    .filter((category) => category !== "");
}

/** A reason as a clause: without its closing full stop, to go inside a sentence. */
function clause(reason: string): string {
  return reason.trim().replace(/\.$/, "");
}

/** The progress line for one event: "Sending to https://… (attempt 2 of 3)". */
export function progressText(progress: Progress): string {
  return progress.attempts > 1 ? t("publish-progress-attempt", { message: progress.message, attempt: progress.attempt, attempts: progress.attempts }) : progress.message;
}

export class PublishDialog {
  readonly element: HTMLElement;
  private readonly overlay: HTMLElement;
  private readonly site: HTMLSelectElement;
  private readonly status: HTMLSelectElement;
  private readonly categories: HTMLInputElement;
  private readonly categoryList: HTMLDataListElement;
  private readonly createCategories: HTMLInputElement;
  private readonly categoryHint: HTMLElement;
  /** The chosen site's categories, once read (null while unknown). */
  private siteCategories: string[] | null = null;
  /** The chosen site's usual headline length, once read. */
  private headlineLimit: HeadlineLimit | null = null;
  /** The reading of the chosen site's profile under way, for sending to wait for. */
  private profileLoad: Promise<void> = Promise.resolve();
  private readonly send: HTMLButtonElement;
  private readonly sendForm: HTMLElement;
  private readonly noSites: HTMLElement;
  private readonly unsaved: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly result: HTMLElement;
  private readonly fileResult: HTMLElement;
  private readonly fileButtons: HTMLButtonElement[];
  private readonly posts: HTMLElement;
  private readonly log: HTMLElement;
  private view: PublishingView = EMPTY_VIEW;
  /** What the last send from this dialog came to, and to which site. */
  private outcome: { exported: Exported; siteId: number } | null = null;
  /** A sentence in place of a result (taken off the queue, an error before sending). */
  private note: string | null = null;
  private busy = false;
  private closedAlready = false;
  private previous: HTMLElement | null = null;
  private listening: Promise<(() => void) | null> = Promise.resolve(null);
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  constructor(
    private readonly articleId: number,
    headline: string,
    private readonly actions: PublishActions,
  ) {
    const titleId = "publish-dialog-title";
    this.site = h("select", { id: "publish-site" });
    this.status = h("select", { id: "publish-status" }, ...POST_STATUSES.map((value) => h("option", { value }, postStatusLabel(value))));
    this.categoryList = h("datalist", { id: "publish-category-list" });
    this.categories = h("input", {
      id: "publish-categories",
      type: "text",
      placeholder: "Ekonomi, Kota Semarang",
      autocomplete: "off",
      spellcheck: "false",
      list: "publish-category-list",
    });
    this.createCategories = h("input", { id: "publish-create-categories", type: "checkbox" });
    this.categoryHint = h("p", { id: "publish-category-hint", class: "publish-note", "aria-live": "polite" });
    this.categories.addEventListener("input", () => this.renderCategoryHint());
    this.createCategories.addEventListener("change", () => this.renderCategoryHint());
    this.site.addEventListener("change", () => {
      this.siteCategories = null;
      this.headlineLimit = null;
      replaceChildren(this.categoryList);
      this.profileLoad = this.loadProfile();
    });
    const last = lastChoice.get(articleId);
    if (last) {
      this.status.value = last.status;
      this.categories.value = last.categories;
    }
    // Enter in a field never sends: a post goes out only from the Send button.
    this.categories.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault();
    });
    this.send = h("button", { id: "publish-send", type: "button", class: "button primary", onclick: () => void this.sendToSite() }, t("publish-send"));
    this.unsaved = h("p", { id: "publish-unsaved", class: "publish-note", hidden: true }, t("publish-unsaved"));
    this.progress = h("p", { id: "publish-progress", class: "publish-progress", "aria-live": "polite" });
    this.result = h("div", { id: "publish-result", class: "publish-result", role: "status" });
    this.sendForm = h(
      "div",
      { class: "publish-form" },
      h("label", { class: "field" }, h("span", { class: "field-label" }, t("publish-site")), this.site),
      h("label", { class: "field" }, h("span", { class: "field-label" }, t("publish-post-status")), this.status),
      h("label", { class: "field publish-categories" }, h("span", { class: "field-label" }, t("publish-categories")), this.categories, this.categoryList),
      h("div", { class: "publish-send" }, this.send),
      h("div", { class: "publish-category-extra" }, h("label", { class: "check" }, this.createCategories, ` ${t("publish-create-categories")}`), this.categoryHint),
    );
    this.noSites = h(
      "div",
      { id: "publish-no-sites", class: "publish-note", hidden: true },
      h("p", {}, t("publish-no-sites")),
      h("button", { id: "publish-settings", type: "button", class: "button", onclick: () => this.goToSettings() }, t("publish-open-settings")),
    );
    this.fileButtons = FILE_FORMATS.map(([format, label]) =>
      h("button", { id: `export-${format}`, type: "button", class: "button", onclick: () => void this.exportFile(format) }, label()),
    );
    this.fileResult = h("p", { id: "export-file-result", class: "publish-file-result", "aria-live": "polite" });
    this.posts = h("ul", { id: "publish-posts", class: "publish-posts" });
    this.log = h("div", { class: "export-log-wrap" });

    this.element = h(
      "div",
      { id: "publish-dialog", class: "dialog publish-dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId },
      h("h2", { id: titleId, class: "dialog-title" }, t("publish-title", { headline })),
      this.unsaved,
      h(
        "section",
        { class: "publish-section", "aria-labelledby": "publish-site-title" },
        h("h3", { id: "publish-site-title" }, t("publish-send-title")),
        this.noSites,
        this.sendForm,
        this.progress,
        this.result,
      ),
      h(
        "section",
        { class: "publish-section", "aria-labelledby": "publish-file-title" },
        h("h3", { id: "publish-file-title" }, t("publish-file-title")),
        h("div", { class: "row" }, ...this.fileButtons),
        this.fileResult,
      ),
      h(
        "section",
        { class: "publish-section", "aria-labelledby": "publish-where-title" },
        h("h3", { id: "publish-where-title" }, t("publish-where-title")),
        this.posts,
      ),
      h(
        "section",
        { class: "publish-section", "aria-labelledby": "publish-log-title" },
        h("h3", { id: "publish-log-title" }, t("publish-log-title")),
        this.log,
      ),
      h(
        "div",
        { class: "dialog-buttons" },
        h("span", { class: "keys" }, t("publish-keys")),
        h("button", { id: "publish-close", type: "button", class: "button", onclick: () => this.close() }, t("publish-close")),
      ),
    );
    this.overlay = h("div", { class: "overlay" }, this.element);
  }

  /** Shows the dialog, starts hearing progress and loads the article's publishing state. */
  async open(): Promise<void> {
    this.previous = document.activeElement as HTMLElement | null;
    this.unsaved.hidden = !this.actions.isDirty();
    document.addEventListener("keydown", this.onKey, true);
    document.body.appendChild(this.overlay);
    this.send.focus();
    // Only while this dialog sends: an event can arrive after its command has answered, and
    // the queue's background pass ends with an export-queue event that refreshes the dialog.
    this.listening = onExportProgress((progress) => {
      if (progress.article_id === this.articleId && this.busy) this.progress.textContent = progressText(progress);
    }).catch((error) => {
      // Sending still works without the progress line.
      this.actions.error(error);
      return null;
    });
    await this.refresh();
    this.profileLoad = this.loadProfile();
    (this.view.sites.length > 0 ? this.site : this.element.querySelector<HTMLElement>("#publish-settings"))?.focus();
  }

  get isOpen(): boolean {
    return !this.closedAlready;
  }

  /** Closes the dialog, then does `then` (goes to a problem's place in the editor). */
  private closeAnd(then: () => void) {
    this.close();
    then();
  }

  close() {
    if (this.closedAlready) return;
    this.closedAlready = true;
    document.removeEventListener("keydown", this.onKey, true);
    this.overlay.remove();
    void this.listening.then((stop) => stop?.());
    this.previous?.focus?.();
    this.actions.closed();
  }

  /** Reads the chosen site's categories for the list to pick from, and its usual headline
   * length (once per session and site). */
  private async loadProfile(): Promise<void> {
    const siteId = Number(this.site.value);
    if (!siteId) return;
    try {
      const profile = await ipc.siteProfile(siteId);
      if (Number(this.site.value) !== siteId) return;
      this.siteCategories = profile.categories;
      this.headlineLimit = { limit: profile.headline_limit, measured: profile.headlines_measured };
      replaceChildren(this.categoryList, ...profile.categories.map((name) => h("option", { value: name })));
    } catch (error) {
      // Sending still works: the site is asked again when the post goes out.
      this.siteCategories = null;
      this.headlineLimit = null;
      this.categoryHint.textContent = t("publish-categories-unreadable", { reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.renderCategoryHint();
  }

  /** Says which typed categories the site does not have, and what sending will do with them. */
  private renderCategoryHint() {
    const known = new Set((this.siteCategories ?? []).map((name) => name.toLowerCase()));
    const unknown = this.siteCategories === null ? [] : splitCategories(this.categories.value).filter((name) => !known.has(name.toLowerCase()));
    this.categoryHint.textContent =
      unknown.length === 0
        ? ""
        : this.createCategories.checked
          ? t("publish-categories-will-create", { names: unknown.join(", ") })
          : t("publish-categories-unknown", { names: unknown.join(", ") });
  }

  /** Reloads the sites, where the article is, its queue and its log. */
  async refresh(): Promise<void> {
    try {
      this.view = await ipc.publishing(this.articleId);
    } catch (error) {
      this.actions.error(error);
      return;
    }
    this.renderSites();
    this.renderResult();
    this.renderPosts();
    this.renderLog();
  }

  private handleKey(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    } else if (event.key === "Tab") {
      const focusable = this.focusable();
      if (focusable.length === 0) return;
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = index < 0 ? 0 : (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      event.preventDefault();
      focusable[next].focus();
    } else if (event.ctrlKey || event.metaKey) {
      // No application shortcut acts behind a modal dialog (copying and pasting still work).
      event.stopPropagation();
    }
  }

  private focusable(): HTMLElement[] {
    return Array.from(this.element.querySelectorAll<HTMLElement>("button, select, input, [tabindex='0']")).filter(
      (element) => !(element as HTMLButtonElement).disabled && element.closest("[hidden]") === null,
    );
  }

  private goToSettings() {
    this.close();
    this.actions.settings();
  }

  private siteUrl(siteId: number): string {
    return this.view.sites.find((site) => site.id === siteId)?.url ?? t("publish-removed-site");
  }

  private renderSites() {
    const chosen = this.site.value || (lastChoice.get(this.articleId)?.siteId ?? "");
    const sites = this.view.sites;
    replaceChildren(this.site, ...sites.map((site: CmsSite) => h("option", { value: site.id }, `${site.url} (${site.user})`)));
    // Keep the editor's choice; else the site the article already went to; else the first.
    const already = this.view.posts.find((post) => sites.some((site) => site.id === post.site_id));
    if (sites.some((site) => String(site.id) === chosen)) this.site.value = chosen;
    else if (already) this.site.value = String(already.site_id);
    this.noSites.hidden = sites.length > 0;
    this.sendForm.hidden = sites.length === 0;
  }

  /** Saves unsaved work first, since only saved revisions leave. Resolves false when it could
   * not be saved. */
  private async saveFirst(): Promise<boolean> {
    if (!this.actions.isDirty()) return true;
    this.progress.textContent = t("publish-saving");
    const saved = await this.actions.save();
    this.unsaved.hidden = !this.actions.isDirty();
    if (!saved) this.progress.textContent = "";
    return saved;
  }

  private setBusy(busy: boolean) {
    this.busy = busy;
    this.send.disabled = busy;
    for (const button of this.fileButtons) button.disabled = busy;
    for (const button of this.result.querySelectorAll("button")) button.disabled = busy;
  }

  /** After a disabled or redrawn button lost the focus, puts it back inside the dialog: on
   * what the result offers, else on `fallback`. */
  private keepFocus(fallback: HTMLElement) {
    if (this.closedAlready || this.element.contains(document.activeElement)) return;
    (this.result.querySelector<HTMLElement>("button") ?? fallback).focus();
  }

  /** Sends the article to the chosen site with the chosen status and categories. */
  async sendToSite(): Promise<void> {
    if (this.busy || this.view.sites.length === 0 || this.site.value === "") return;
    const siteId = Number(this.site.value);
    const status = this.status.value as PostStatus;
    const categories = splitCategories(this.categories.value);
    lastChoice.set(this.articleId, { siteId: this.site.value, status, categories: categories.join(", ") });
    this.outcome = null;
    this.note = null;
    replaceChildren(this.result);
    this.setBusy(true);
    let note: string | null = null;
    try {
      // The check before publishing: a summary and a confirming note, as for Ready.
      const readiness = await this.actions.readiness();
      await this.profileLoad;
      const problems = publishProblems(status, readiness, this.headlineLimit ?? undefined);
      if (problems.length > 0) {
        const answer = await ask({
          id: "publish-gate-dialog",
          title: t("publish-gate-title"),
          message: t("publish-gate-message", { status: postStatusLabel(status) }),
          // A button beside a problem closes both dialogs and goes to its place.
          items: problems.map((problem) => (problem.jump ? { ...problem, jump: { ...problem.jump, run: () => this.closeAnd(problem.jump!.run) } } : problem)),
          input: { id: "publish-gate-note", label: t("publish-gate-note"), placeholder: t("publish-gate-note-placeholder") },
          buttons: [
            { label: t("publish-gate-cancel"), value: false, id: "publish-gate-cancel" },
            { label: t("publish-gate-confirm"), value: true, primary: true, id: "publish-gate-confirm" },
          ],
          enterPicksPrimary: false,
        });
        note = answer?.value ? answer.input.trim() : null;
        if (!note) {
          this.note = answer?.value ? t("publish-gate-refused") : t("publish-gate-cancelled");
          return;
        }
      }
      if (!(await this.saveFirst())) {
        this.note = t("publish-not-saved-send");
        return;
      }
      await this.listening;
      this.progress.textContent = t("publish-sending", { url: this.siteUrl(siteId) });
      let exported = await ipc.exportToSite(this.articleId, siteId, status, categories, note, this.createCategories.checked);
      if (exported.outcome === "newer_than_approved") {
        // Someone other than the approver saved after the approval: the editor picks the text.
        const revision = await this.chooseRevision(exported);
        if (revision === null) {
          this.note = t("publish-gate-cancelled");
          return;
        }
        this.progress.textContent = t("publish-sending", { url: this.siteUrl(siteId) });
        exported = await ipc.exportToSite(this.articleId, siteId, status, categories, note, this.createCategories.checked, revision);
      }
      this.outcome = { exported, siteId };
      if (exported.outcome === "sent") this.actions.exported();
    } catch (error) {
      this.note = t("publish-send-error", { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.progress.textContent = "";
      this.setBusy(false);
      await this.refresh();
      // A failed refresh still shows what came of the send.
      this.renderResult();
      this.keepFocus(this.send);
    }
  }

  /** Asks which revision goes out when someone saved after the approval: the approved one, or
   * the latest. Resolves with its number, or null when the editor sends nothing. */
  private async chooseRevision(question: Extract<Exported, { outcome: "newer_than_approved" }>): Promise<number | null> {
    const answer = await ask({
      id: "publish-revision-dialog",
      title: t("publish-revision-title"),
      message: t("publish-revision-message", {
        approved: question.approved,
        approver: question.approved_by,
        latest: question.latest,
        changers: question.changed_by.join(", "),
      }),
      buttons: [
        { label: t("publish-gate-cancel"), value: null, id: "publish-revision-cancel" },
        { label: t("publish-revision-latest", { latest: question.latest }), value: question.latest, id: "publish-revision-latest" },
        {
          label: t("publish-revision-approved", { approved: question.approved }),
          value: question.approved,
          primary: true,
          id: "publish-revision-approved",
        },
      ],
    });
    return answer?.value ?? null;
  }

  /** Tries every queued export now (the site may be back). */
  private async sendQueuedNow(queued: QueuedExport) {
    if (this.busy) return;
    this.note = null;
    this.outcome = { exported: { outcome: "queued", reason: queued.last_error }, siteId: queued.site_id };
    this.setBusy(true);
    this.progress.textContent = t("publish-sending", { url: this.siteUrl(queued.site_id) });
    try {
      await this.listening;
      await ipc.sendQueuedNow();
    } catch (error) {
      this.actions.error(error);
    } finally {
      this.progress.textContent = "";
      this.setBusy(false);
      await this.refresh();
      if (this.sentFromQueue()) this.actions.exported();
      this.keepFocus(this.send);
    }
  }

  private async cancelQueued(queued: QueuedExport) {
    if (this.busy) return;
    try {
      await ipc.cancelQueuedExport(this.articleId, queued.site_id);
      this.outcome = null;
      this.note = t("publish-queue-cancelled", { url: this.siteUrl(queued.site_id) });
    } catch (error) {
      this.actions.error(error);
    }
    await this.refresh();
    this.keepFocus(this.send);
  }

  /** The latest log line for a site. */
  private lastAttempt(siteId: number): ExportAttempt | undefined {
    const url = this.siteUrl(siteId);
    return [...this.view.log].reverse().find((attempt) => attempt.target === url);
  }

  /** True when the site's only sent attempt in the log is the last one: the post is new. */
  private firstSent(siteId: number): boolean {
    const url = this.siteUrl(siteId);
    return this.view.log.filter((attempt) => attempt.target === url && attempt.outcome === "sent").length === 1;
  }

  /** True when an export that was queued has since reached its site. */
  private sentFromQueue(): boolean {
    const outcome = this.outcome;
    if (!outcome || outcome.exported.outcome !== "queued") return false;
    if (this.view.queued.some((queued) => queued.site_id === outcome.siteId)) return false;
    return this.lastAttempt(outcome.siteId)?.outcome === "sent";
  }

  private renderResult() {
    const outcome = this.outcome;
    const waiting = this.view.queued.find((queued) => queued.site_id === outcome?.siteId) ?? this.view.queued[0];
    if (this.note) {
      this.showResult("note", h("p", {}, this.note));
    } else if (outcome && outcome.exported.outcome === "sent") {
      const sent = outcome.exported;
      this.showSent(sent.revision, sent.remote_id, sent.created, sent.link);
    } else if (outcome && outcome.exported.outcome === "failed") {
      this.showResult("failed", h("p", {}, t("publish-failed", { reason: outcome.exported.reason })));
    } else if (waiting) {
      this.showQueued(waiting);
    } else if (outcome) {
      // It was queued and is not any more: the log says how it ended.
      const attempt = this.lastAttempt(outcome.siteId);
      const post = this.view.posts.find((p) => p.site_id === outcome.siteId);
      if (attempt?.outcome === "sent" && post) this.showSent(attempt.revision, post.remote_id, this.firstSent(outcome.siteId), post.link);
      else this.showResult("failed", h("p", {}, t("publish-failed", { reason: attempt?.message ?? t("publish-no-longer-queued") })));
    } else {
      replaceChildren(this.result);
      this.result.className = "publish-result";
      delete this.result.dataset.outcome;
    }
  }

  private showResult(kind: "sent" | "queued" | "failed" | "note", ...children: HTMLElement[]) {
    this.result.className = `publish-result result-${kind}`;
    this.result.dataset.outcome = kind;
    replaceChildren(this.result, ...children);
  }

  private showSent(revision: number, remoteId: number, created: boolean, link: string) {
    // The link is text to copy, not a link: the web view never leaves for another site.
    const address = h("input", { id: "publish-link", type: "text", readonly: true, "aria-label": t("publish-link-label"), value: link });
    // Numbers that name things go as text: Fluent would group their digits ("12,345").
    const ids = { revision: String(revision), post: String(remoteId) };
    this.showResult(
      "sent",
      h("p", {}, created ? t("publish-sent-created", ids) : t("publish-sent-updated", ids)),
      h(
        "div",
        { class: "row" },
        address,
        h("button", { id: "publish-copy-link", type: "button", class: "button small", onclick: () => void this.copy(address) }, t("publish-copy-link")),
      ),
    );
  }

  private showQueued(queued: QueuedExport) {
    this.showResult(
      "queued",
      h("p", {}, t("publish-queued", { url: this.siteUrl(queued.site_id), reason: clause(queued.last_error) })),
      h("p", { class: "muted" }, t("publish-queued-retry", { time: formatTime(queued.next_attempt_at) })),
      h(
        "div",
        { class: "row" },
        h("button", { id: "publish-send-queued", type: "button", class: "button", onclick: () => void this.sendQueuedNow(queued) }, t("publish-send-now")),
        h("button", { id: "publish-cancel-queued", type: "button", class: "button danger", onclick: () => void this.cancelQueued(queued) }, t("publish-cancel-queued")),
      ),
    );
  }

  private async copy(address: HTMLInputElement) {
    address.focus();
    address.select();
    try {
      await navigator.clipboard.writeText(address.value);
    } catch {
      // Without the asynchronous clipboard, copy the selected text the old way.
      document.execCommand("copy");
    }
  }

  private async exportFile(format: FileFormat) {
    if (this.busy) return;
    this.setBusy(true);
    this.fileResult.textContent = "";
    try {
      if (!(await this.saveFirst())) {
        this.fileResult.textContent = t("publish-not-saved-export");
        return;
      }
      const path = await ipc.exportFile(this.articleId, format);
      this.fileResult.textContent = t("publish-written", { path });
    } catch (error) {
      this.fileResult.textContent = t("publish-export-error", { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.progress.textContent = "";
      this.setBusy(false);
      await this.refresh();
      this.keepFocus(this.fileButtons[FILE_FORMATS.findIndex(([f]) => f === format)]);
    }
  }

  private renderPosts() {
    const posts = this.view.posts;
    const waiting = this.view.queued;
    replaceChildren(
      this.posts,
      ...posts.map((post) =>
        h(
          "li",
          { class: "remote-post", "data-site-id": post.site_id },
          h("strong", {}, this.siteUrl(post.site_id)),
          ` ${t("publish-where-sent", { post: String(post.remote_id), revision: String(post.exported_revision), time: formatTime(post.exported_at) })}`,
          h("span", { class: "remote-link" }, post.link),
        ),
      ),
      ...waiting.map((queued) =>
        h(
          "li",
          { class: "remote-post queued", "data-site-id": queued.site_id },
          h("strong", {}, this.siteUrl(queued.site_id)),
          ` ${
            queued.categories.length
              ? t("publish-where-queued-categories", { status: postStatusLabel(queued.post_status), categories: queued.categories.join(", ") })
              : t("publish-where-queued", { status: postStatusLabel(queued.post_status) })
          }`,
        ),
      ),
      posts.length === 0 && waiting.length === 0 ? h("li", { class: "muted" }, t("publish-where-none")) : null,
    );
  }

  private renderLog() {
    const attempts = [...this.view.log].reverse();
    if (attempts.length === 0) {
      replaceChildren(this.log, h("p", { id: "export-log", class: "muted" }, t("publish-log-empty")));
      return;
    }
    replaceChildren(
      this.log,
      h(
        "table",
        { id: "export-log", class: "export-log" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...[t("publish-log-time"), t("publish-log-target"), t("publish-log-revision"), t("publish-log-outcome"), t("publish-log-message")].map(
              (label) => h("th", { scope: "col" }, label),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          ...attempts.map((attempt) =>
            h(
              "tr",
              // The site's HTTP status is for whoever looks into a failure, not a column.
              { class: `log-row outcome-${attempt.outcome}`, "data-http-status": attempt.http_status ?? "" },
              h("td", { class: "log-time" }, formatTime(attempt.attempted_at)),
              h("td", { class: "log-target" }, attempt.target),
              h("td", { class: "log-revision" }, String(attempt.revision)),
              h("td", { class: "log-outcome" }, outcomeLabel(attempt.outcome)),
              h("td", { class: "log-message" }, attempt.message),
            ),
          ),
        ),
      ),
    );
  }
}
