// The history: every revision (time, author, note, words added and removed), a pair picked to
// compare (by default the latest against the one before), the diff between them drawn inline,
// and restoring a revision with confirmation.

import { ipc, type HistoryEntry, type NoteEvent, type StatusChange } from "../ipc";
import { t } from "../i18n";
import { statusLabel } from "../i18n/terms";
import { formatTime, h, replaceChildren, shortcut } from "../ui/dom";
import { renderDiff } from "./diff";
import { postStatusLabel } from "./publish";

export interface HistoryActions {
  close(): void;
  restore(number: number): void;
  error(error: unknown): void;
}

/** What Sunting recorded (an import, a restore, an export to a site), in the interface's
 * language: the store keeps it as data, so the history reads the same whatever language the
 * window spoke when it happened. */
export function eventText(event: NoteEvent): string {
  switch (event.kind) {
    case "sample":
      return t("history-event-sample");
    case "created":
      return t("history-event-created");
    case "imported":
      return event.file ? t("history-event-imported-from", { file: event.file }) : t("history-event-imported");
    case "restored":
      return t("history-restored-from", { number: String(event.revision) });
    case "sent":
      return event.status
        ? t("history-event-sent-as", { revision: String(event.revision), site: event.site, post: String(event.post), status: postStatusLabel(event.status) })
        : t("history-event-sent", { revision: String(event.revision), site: event.site, post: String(event.post) });
  }
}

/** A row's note: the event Sunting recorded, then the editor's own words. */
function noteLine(event: NoteEvent | null, note: string | null): HTMLElement | null {
  const text = [event ? eventText(event) : null, note].filter((part): part is string => !!part).join(". ");
  return text ? h("div", { class: "revision-note" }, text) : null;
}

export class HistoryScreen {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly diff: HTMLElement;
  private readonly caption: HTMLElement;
  private entries: HistoryEntry[] = [];
  private statusChanges: StatusChange[] = [];
  private from = 0;
  private to = 0;
  private generation = 0;

  constructor(
    private readonly articleId: number,
    headline: string,
    private readonly actions: HistoryActions,
  ) {
    this.list = h("ol", { class: "revision-list", "aria-label": t("history-revisions") });
    this.diff = h("div", { id: "diff", class: "diff-view", tabindex: 0, "aria-live": "polite" });
    this.caption = h("h2", { class: "diff-caption" });
    this.element = h(
      "section",
      { id: "history", class: "screen history", "aria-label": t("history-title") },
      h(
        "header",
        { class: "screen-header" },
        h(
          "button",
          { id: "history-close", type: "button", class: "button", title: t("history-back-title"), onclick: () => this.actions.close() },
          t("history-back"),
        ),
        h("h1", { class: "screen-title" }, t("history-heading", { headline })),
      ),
      h(
        "div",
        { class: "history-columns" },
        h(
          "div",
          { class: "history-list" },
          h(
            "div",
            { class: "revision-head", "aria-hidden": "true" },
            h("span", {}, t("history-column-from")),
            h("span", {}, t("history-column-to")),
            h("span", {}, t("history-column-revision")),
          ),
          this.list,
        ),
        h(
          "div",
          { class: "history-diff" },
          this.caption,
          h("p", { class: "legend" }, h("ins", {}, t("history-inserted")), " ", h("del", {}, t("history-deleted"))),
          this.diff,
        ),
      ),
      h("footer", { class: "keys" }, t("history-keys", { library: shortcut("Ctrl+L") })),
    );
  }

  handleKey(event: KeyboardEvent): boolean {
    if (event.key === "Escape") {
      this.actions.close();
      return true;
    }
    return false;
  }

  focus() {
    this.list.querySelector<HTMLInputElement>('input[name="diff-to"]:checked')?.focus();
  }

  async load(): Promise<void> {
    try {
      [this.entries, this.statusChanges] = await Promise.all([ipc.articleHistory(this.articleId), ipc.statusChanges(this.articleId)]);
    } catch (error) {
      this.actions.error(error);
      return;
    }
    const latest = this.entries.length;
    this.to = latest;
    this.from = Math.max(1, latest - 1);
    this.renderList();
    await this.showDiff();
  }

  private renderList() {
    const radio = (name: string, number: number, checked: boolean, label: string) => {
      const input = h("input", { type: "radio", name, value: number, "aria-label": label });
      input.checked = checked;
      input.addEventListener("change", () => {
        if (name === "diff-from") this.from = number;
        else this.to = number;
        void this.showDiff();
      });
      return input;
    };
    const statusRow = (change: StatusChange) =>
      h(
        "li",
        { class: "status-row" },
        h(
          "div",
          { class: "revision-info" },
          h(
            "div",
            { class: "revision-title" },
            h("strong", {}, t("history-status-marked", { status: change.status, label: statusLabel(change.status) })),
            h("span", { class: "muted" }, formatTime(change.changed_at)),
          ),
          change.author ? h("div", { class: "revision-meta" }, h("span", {}, change.author)) : null,
          noteLine(change.event, change.note),
        ),
      );
    const rows = [
      ...this.entries.map((entry) => ({ at: entry.created_at, row: () => this.revisionRow(entry, radio) })),
      ...this.statusChanges.map((change) => ({ at: change.changed_at, row: () => statusRow(change) })),
    ].sort((a, b) => b.at - a.at);
    replaceChildren(this.list, ...rows.map((r) => r.row()));
  }

  private revisionRow(entry: HistoryEntry, radio: (name: string, number: number, checked: boolean, label: string) => HTMLInputElement): HTMLElement {
    const event = entry.event ?? (entry.restored_from ? ({ kind: "restored", revision: entry.restored_from } as const) : null);
    const number = String(entry.number);
    return h(
      "li",
      { class: "revision-row", "data-number": entry.number },
      radio("diff-from", entry.number, entry.number === this.from, t("history-compare-from", { number })),
      radio("diff-to", entry.number, entry.number === this.to, t("history-compare-to", { number })),
      h(
        "div",
        { class: "revision-info" },
        h(
          "div",
          { class: "revision-title" },
          h("strong", {}, t("history-revision", { number })),
          h("span", { class: "muted" }, formatTime(entry.created_at)),
        ),
        h(
          "div",
          { class: "revision-meta" },
          h("span", {}, entry.author),
          h("span", { class: "added", title: t("history-added-title") }, `+${entry.words_added}`),
          h("span", { class: "removed", title: t("history-removed-title") }, `−${entry.words_removed}`),
        ),
        noteLine(event, entry.note),
      ),
      h(
        "button",
        {
          type: "button",
          class: "button small restore-revision",
          title: t("history-restore-title", { number }),
          disabled: entry.number === this.entries.length,
          onclick: () => this.actions.restore(entry.number),
        },
        t("history-restore"),
      ),
    );
  }

  private async showDiff(): Promise<void> {
    const generation = ++this.generation;
    if (this.entries.length < 2) {
      this.caption.textContent = t("history-revision", { number: "1" });
      replaceChildren(this.diff, h("p", { class: "muted" }, t("history-one-revision")));
      return;
    }
    const [from, to] = [this.from, this.to];
    this.caption.textContent =
      from === to ? t("history-revision", { number: String(from) }) : t("history-compare-range", { from: String(from), to: String(to) });
    if (from === to) {
      replaceChildren(this.diff, h("p", { class: "muted" }, t("history-pick-two")));
      return;
    }
    try {
      const diff = await ipc.diffRevisions(this.articleId, from, to);
      if (generation === this.generation) replaceChildren(this.diff, renderDiff(diff));
    } catch (error) {
      this.actions.error(error);
    }
  }
}
