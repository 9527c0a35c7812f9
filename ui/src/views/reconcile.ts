// Reconciling a fork: two desks saved over the same revision, so the article has two versions.
// The dialog shows who saved each and what differs between them (the history's diff), and lets
// the editor keep one of them or reconcile them in the editor. Neither version is lost: both
// stay in the history whatever is chosen.

import { ipc, type ArticleDiff, type Revision } from "../ipc";
import { t } from "../i18n";
import { formatTime, h, replaceChildren } from "../ui/dom";
import { renderDiff } from "./diff";

export type ReconcileChoice = { keep: Revision } | { edit: Revision };

export class ReconcileDialog {
  readonly element: HTMLElement;
  private readonly overlay: HTMLElement;
  private readonly body: HTMLElement;
  private readonly buttons: HTMLElement;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private previous: HTMLElement | null = null;
  private resolve: (choice: ReconcileChoice | null) => void = () => undefined;

  constructor(
    private readonly articleId: number,
    headline: string,
    private readonly first: number,
    private readonly second: number,
  ) {
    const titleId = "reconcile-dialog-title";
    this.body = h("div", { class: "reconcile-body" }, h("p", { class: "muted" }, t("newsroom-reconcile-loading")));
    this.buttons = h(
      "div",
      { class: "dialog-buttons" },
      h("button", { id: "reconcile-cancel", type: "button", class: "button", onclick: () => this.close(null) }, t("editor-cancel")),
    );
    this.element = h(
      "div",
      { id: "reconcile-dialog", class: "dialog reconcile-dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId },
      h("h2", { id: titleId, class: "dialog-title" }, t("newsroom-reconcile-title", { headline })),
      h("p", { class: "dialog-message" }, t("newsroom-reconcile-intro")),
      this.body,
      this.buttons,
    );
    this.overlay = h("div", { class: "overlay" }, this.element);
  }

  /** Shows the two versions; resolves with the choice, or null when cancelled (or when the
   * versions could not be read: `error` has been told why). */
  open(error: (error: unknown) => void): Promise<ReconcileChoice | null> {
    this.previous = document.activeElement as HTMLElement | null;
    document.addEventListener("keydown", this.onKey, true);
    document.body.appendChild(this.overlay);
    this.buttons.querySelector<HTMLElement>("#reconcile-cancel")?.focus();
    const chosen = new Promise<ReconcileChoice | null>((resolve) => (this.resolve = resolve));
    void this.load().catch((problem) => {
      error(problem);
      this.close(null);
    });
    return chosen;
  }

  private async load() {
    const [first, second, diff] = await Promise.all([
      ipc.revision(this.articleId, this.first),
      ipc.revision(this.articleId, this.second),
      ipc.diffRevisions(this.articleId, this.first, this.second),
    ]);
    this.render(first, second, diff);
  }

  private render(first: Revision, second: Revision, diff: ArticleDiff) {
    const version = (revision: Revision, which: "first" | "second") =>
      h(
        "li",
        { class: `reconcile-version reconcile-${which}` },
        // The same marks as the diff below: struck through only in the first, underlined only in the second.
        which === "first"
          ? h("del", {}, t("newsroom-reconcile-only-in", { number: String(revision.number) }))
          : h("ins", {}, t("newsroom-reconcile-only-in", { number: String(revision.number) })),
        " ",
        h("span", {}, t("newsroom-reconcile-version", { number: String(revision.number), author: revision.author, time: formatTime(revision.created_at) })),
        revision.note ? h("span", { class: "muted" }, ` · ${revision.note}`) : null,
      );
    replaceChildren(
      this.body,
      h("ul", { class: "reconcile-versions" }, version(first, "first"), version(second, "second")),
      h("div", { id: "reconcile-diff", class: "diff-view reconcile-diff", tabindex: 0 }, renderDiff(diff)),
    );
    const cancel = this.buttons.querySelector("#reconcile-cancel");
    replaceChildren(
      this.buttons,
      cancel,
      h("button", { id: "fork-edit", type: "button", class: "button", onclick: () => this.close({ edit: first }) }, t("newsroom-reconcile-edit", { number: String(first.number) })),
      h("button", { id: "fork-keep-first", type: "button", class: "button", onclick: () => this.close({ keep: first }) }, t("newsroom-reconcile-keep", { number: String(first.number) })),
      h("button", { id: "fork-keep-second", type: "button", class: "button", onclick: () => this.close({ keep: second }) }, t("newsroom-reconcile-keep", { number: String(second.number) })),
    );
  }

  close(choice: ReconcileChoice | null) {
    if (!this.overlay.isConnected) return;
    document.removeEventListener("keydown", this.onKey, true);
    this.overlay.remove();
    this.previous?.focus?.();
    this.resolve(choice);
  }

  private handleKey(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      this.close(null);
    } else if (event.key === "Tab") {
      const focusable = Array.from(this.element.querySelectorAll<HTMLElement>("button, [tabindex='0']")).filter((e) => !(e as HTMLButtonElement).disabled);
      if (focusable.length === 0) return;
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = index < 0 ? 0 : (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      event.preventDefault();
      focusable[next].focus();
    } else if (event.ctrlKey || event.metaKey) {
      // No application shortcut acts behind a modal dialog (copying still works).
      event.stopPropagation();
    }
  }
}
