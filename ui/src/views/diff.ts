// Draws an engine ArticleDiff: the changed fields, then the body block by block. Insertions
// are <ins> (underlined and green), deletions <del> (struck through and red), so a change is
// visible without colour. Long stretches of unchanged blocks fold into one line that opens on
// click.

import type { ArticleDiff, BlockChange, TextDiff } from "../ipc";
import type { BlockKind } from "../ipc/bindings/BlockKind";
import type { Field } from "../ipc/bindings/Field";
import { t } from "../i18n";
import { h } from "../ui/dom";

function fieldLabel(field: Field): string {
  switch (field) {
    case "headline":
      return t("history-field-headline");
    case "standfirst":
      return t("history-field-standfirst");
    case "byline":
      return t("history-field-byline");
    case "dateline":
      return t("history-field-dateline");
    case "language":
      return t("history-field-language");
    case "tags":
      return t("history-field-tags");
  }
}

/** Unchanged blocks in a row beyond this many fold away. */
const FOLD_AFTER = 2;

function kindLabel(kind: BlockKind): string {
  switch (kind.type) {
    case "paragraph":
      return t("history-kind-paragraph");
    case "heading":
      return t("history-kind-heading", { level: kind.level });
    case "quote":
      return t("history-kind-quote");
    case "list_item":
      return kind.ordered ? t("history-kind-numbered") : t("history-kind-bullet");
  }
}

/** The spans of a word diff as text, <ins> and <del>. */
export function renderSpans(diff: TextDiff): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const span of diff.spans) {
    if (span.tag === "equal") fragment.appendChild(document.createTextNode(span.text));
    else if (span.tag === "insert") fragment.appendChild(h("ins", {}, span.text));
    else fragment.appendChild(h("del", {}, span.text));
  }
  return fragment;
}

function changeSummary(added: number, removed: number): string {
  const parts = [];
  if (added > 0) parts.push(t("history-words-added", { count: added }));
  if (removed > 0) parts.push(t("history-words-removed", { count: removed }));
  return parts.length > 0 ? parts.join(", ") : t("history-no-words-changed");
}

function blockElement(change: BlockChange): HTMLElement {
  switch (change.change) {
    case "unchanged":
      return h("div", { class: "diff-block unchanged" }, change.text);
    case "changed": {
      const notes = [];
      if (change.old_kind.type !== change.new_kind.type || JSON.stringify(change.old_kind) !== JSON.stringify(change.new_kind)) {
        notes.push(`${kindLabel(change.old_kind)} → ${kindLabel(change.new_kind)}`);
      }
      if (change.marks_changed) notes.push(t("history-formatting-changed"));
      return h(
        "div",
        { class: "diff-block changed" },
        notes.length > 0 ? h("div", { class: "diff-note" }, notes.join(" · ")) : null,
        h("div", {}, renderSpans(change.diff)),
      );
    }
    case "added":
      return h(
        "div",
        { class: "diff-block added" },
        h("div", { class: "diff-note" }, t("history-block-new", { kind: kindLabel(change.kind) })),
        h("ins", {}, change.text),
      );
    case "removed":
      return h(
        "div",
        { class: "diff-block removed" },
        h("div", { class: "diff-note" }, t("history-block-removed", { kind: kindLabel(change.kind) })),
        h("del", {}, change.text),
      );
    case "moved":
      return h(
        "div",
        { class: "diff-block moved" },
        h("div", { class: "diff-note" }, t("history-block-moved", { from: String(change.old_index + 1), to: String(change.new_index + 1) })),
        h("div", {}, change.text),
      );
  }
}

function fold(blocks: HTMLElement[]): HTMLElement {
  const label = t("history-unchanged-blocks", { count: blocks.length });
  const button: HTMLButtonElement = h("button", { type: "button", class: "diff-fold", "aria-expanded": "false" }, `⋯ ${label}`);
  const hidden = h("div", { class: "diff-folded", hidden: true }, ...blocks);
  button.addEventListener("click", () => {
    const open = hidden.hidden;
    hidden.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  });
  return h("div", {}, button, hidden);
}

/** The whole diff, ready to insert into the page. */
export function renderDiff(diff: ArticleDiff): HTMLElement {
  const root = h("div", { class: "diff" });
  root.appendChild(h("p", { class: "diff-summary" }, changeSummary(diff.words_added, diff.words_removed)));
  const changedFields = diff.fields.filter((field) => field.diff.spans.some((span) => span.tag !== "equal"));
  for (const field of changedFields) {
    root.appendChild(
      h(
        "div",
        { class: "diff-field", "data-field": field.field },
        h("div", { class: "diff-label" }, fieldLabel(field.field)),
        h("div", { class: "diff-text" }, renderSpans(field.diff)),
      ),
    );
  }
  const body = h("div", { class: "diff-body" }, h("div", { class: "diff-label" }, t("history-body")));
  let unchanged: HTMLElement[] = [];
  const flush = () => {
    if (unchanged.length > FOLD_AFTER) body.appendChild(fold(unchanged));
    else unchanged.forEach((block) => body.appendChild(block));
    unchanged = [];
  };
  for (const change of diff.blocks) {
    const element = blockElement(change);
    if (change.change === "unchanged") {
      unchanged.push(element);
    } else {
      flush();
      body.appendChild(element);
    }
  }
  flush();
  if (diff.blocks.length === 0) body.appendChild(h("p", { class: "muted" }, t("history-empty-bodies")));
  root.appendChild(body);
  return root;
}
