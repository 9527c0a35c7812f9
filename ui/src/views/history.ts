// The history: every revision (time, author, note, words added and removed), a pair picked to
// compare (by default the latest against the one before), the diff between them drawn inline,
// and restoring a revision with confirmation.

import { ipc, type HistoryEntry, type StatusChange } from "../ipc";
import { formatTime, h, replaceChildren, shortcut } from "../ui/dom";
import { renderDiff } from "./diff";

export interface HistoryActions {
  close(): void;
  restore(number: number): void;
  error(error: unknown): void;
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
    this.list = h("ol", { class: "revision-list", "aria-label": "Revisions" });
    this.diff = h("div", { id: "diff", class: "diff-view", tabindex: 0, "aria-live": "polite" });
    this.caption = h("h2", { class: "diff-caption" });
    this.element = h(
      "section",
      { id: "history", class: "screen history", "aria-label": "History" },
      h(
        "header",
        { class: "screen-header" },
        h("button", { id: "history-close", type: "button", class: "button", title: "Back to the editor (Esc)", onclick: () => this.actions.close() }, "← Editor"),
        h("h1", { class: "screen-title" }, `History: ${headline}`),
      ),
      h(
        "div",
        { class: "history-columns" },
        h(
          "div",
          { class: "history-list" },
          h("div", { class: "revision-head", "aria-hidden": "true" }, h("span", {}, "From"), h("span", {}, "To"), h("span", {}, "Revision")),
          this.list,
        ),
        h("div", { class: "history-diff" }, this.caption, h("p", { class: "legend" }, h("ins", {}, "inserted"), " ", h("del", {}, "deleted")), this.diff),
      ),
      h("footer", { class: "keys" }, `Esc editor · Tab to the radio buttons, ↑↓ to pick · ${shortcut("Ctrl+L")} library`),
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
          h("div", { class: "revision-title" }, h("strong", {}, `Marked ${change.status}`), h("span", { class: "muted" }, formatTime(change.changed_at))),
          change.author ? h("div", { class: "revision-meta" }, h("span", {}, change.author)) : null,
          change.note ? h("div", { class: "revision-note" }, change.note) : null,
        ),
      );
    const rows = [
      ...this.entries.map((entry) => ({ at: entry.created_at, row: () => this.revisionRow(entry, radio) })),
      ...this.statusChanges.map((change) => ({ at: change.changed_at, row: () => statusRow(change) })),
    ].sort((a, b) => b.at - a.at);
    replaceChildren(this.list, ...rows.map((r) => r.row()));
  }

  private revisionRow(entry: HistoryEntry, radio: (name: string, number: number, checked: boolean, label: string) => HTMLInputElement): HTMLElement {
    const note = entry.note ?? (entry.restored_from ? `Restored revision ${entry.restored_from}` : "");
    return h(
      "li",
      { class: "revision-row", "data-number": entry.number },
      radio("diff-from", entry.number, entry.number === this.from, `Compare from revision ${entry.number}`),
      radio("diff-to", entry.number, entry.number === this.to, `Compare to revision ${entry.number}`),
      h(
        "div",
        { class: "revision-info" },
        h("div", { class: "revision-title" }, h("strong", {}, `Revision ${entry.number}`), h("span", { class: "muted" }, formatTime(entry.created_at))),
        h(
          "div",
          { class: "revision-meta" },
          h("span", {}, entry.author),
          h("span", { class: "added", title: "words added" }, `+${entry.words_added}`),
          h("span", { class: "removed", title: "words removed" }, `−${entry.words_removed}`),
        ),
        note ? h("div", { class: "revision-note" }, note) : null,
      ),
      h(
        "button",
        {
          type: "button",
          class: "button small restore-revision",
          title: `Make revision ${entry.number} the latest again`,
          disabled: entry.number === this.entries.length,
          onclick: () => this.actions.restore(entry.number),
        },
        "Restore",
      ),
    );
  }

  private async showDiff(): Promise<void> {
    const generation = ++this.generation;
    if (this.entries.length < 2) {
      this.caption.textContent = "Revision 1";
      replaceChildren(this.diff, h("p", { class: "muted" }, "There is only one revision so far: save again to compare versions."));
      return;
    }
    const [from, to] = [this.from, this.to];
    this.caption.textContent = from === to ? `Revision ${from}` : `Revision ${from} → revision ${to}`;
    if (from === to) {
      replaceChildren(this.diff, h("p", { class: "muted" }, "Pick two different revisions to compare."));
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
