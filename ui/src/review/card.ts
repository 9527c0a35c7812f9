// The card for one finding: what is wrong, the suggestions, and what the editor can do about
// it. It opens when the cursor enters a flag or the mouse rests on one, docked at the top of the
// review panel, so it never covers the text being read.

import type { Finding } from "../ipc";
import { t } from "../i18n";
import { h, replaceChildren } from "../ui/dom";
import { categoryLabel, plainNumber, severityLabel, suggestionLabel } from "./labels";

export type CardAction = "ignore-once" | "ignore-article" | "add-word" | "apply-all" | "confirm-name" | "different-names";

export interface CardHandlers {
  suggest(flagId: number, suggestion: string): void;
  act(flagId: number, action: CardAction): void;
}

/** The actions that make sense for a finding, with their keys. */
export function cardActions(finding: Finding, times = 2): Array<{ action: CardAction; label: string; keys: string }> {
  const actions: Array<{ action: CardAction; label: string; keys: string }> = [];
  if (finding.category === "name" && finding.suggestions.length > 0) {
    // "Everywhere" only says something when the spelling stands in more than one place; once,
    // it is the suggestion's own button (Alt+1).
    if (times > 1) actions.push({ action: "apply-all", label: t("review-apply-all", { suggestion: finding.suggestions[0] }), keys: "Alt+A" });
    actions.push({ action: "confirm-name", label: t("review-confirm-name", { name: finding.suggestions[0] }), keys: "Alt+C" });
    actions.push({ action: "different-names", label: t("review-different-people"), keys: "Alt+P" });
  }
  if (finding.category === "spelling" || (finding.category === "name" && finding.suggestions.length === 0)) {
    actions.push({ action: "add-word", label: t("review-add-word"), keys: "Alt+D" });
  }
  actions.push({ action: "ignore-once", label: t("review-ignore"), keys: "Alt+I" });
  actions.push({ action: "ignore-article", label: t("review-ignore-article"), keys: "Alt+Shift+I" });
  return actions;
}

export class FindingCard {
  readonly element: HTMLElement;
  private flagId: number | null = null;

  constructor(private readonly handlers: CardHandlers) {
    this.element = h("div", { id: "finding-card", class: "card", role: "dialog", hidden: true });
    // Clicking the card must not move the editor's cursor away from the flag.
    this.element.addEventListener("mousedown", (event) => event.preventDefault());
  }

  get shownFlag(): number | null {
    return this.element.hidden ? null : this.flagId;
  }

  /** Shows the card of `finding`, the `position`-th of `total` findings in reading order. */
  show(flagId: number, finding: Finding, position: { index: number; total: number }, times = 2) {
    this.flagId = flagId;
    this.element.setAttribute("aria-label", t("review-card-label"));
    replaceChildren(
      this.element,
      h(
        "div",
        { class: "card-head" },
        h("span", { class: `swatch flag-${finding.category}` }, "abc"),
        h("strong", {}, categoryLabel(finding.category)),
        h("span", { class: `card-severity severity-${finding.severity}` }, severityLabel(finding.severity)),
        h("span", { class: "card-position", title: t("review-card-position-title") }, t("review-card-position", { index: plainNumber(position.index), total: plainNumber(position.total) })),
      ),
      h("p", { class: "card-message" }, finding.message),
      finding.suggestions.length > 0
        ? h(
            "div",
            { class: "card-suggestions" },
            ...finding.suggestions.slice(0, 9).map((suggestion, i) =>
              h(
                "button",
                {
                  type: "button",
                  class: "button small suggestion",
                  title: `Alt+${i + 1}`,
                  "aria-keyshortcuts": `Alt+${i + 1}`,
                  onclick: () => this.handlers.suggest(flagId, suggestion),
                },
                suggestionLabel(suggestion),
                h("kbd", {}, `Alt+${i + 1}`),
              ),
            ),
          )
        : null,
      h(
        "div",
        { class: "card-actions" },
        ...cardActions(finding, times).map(({ action, label, keys }) =>
          h(
            "button",
            { type: "button", class: "button small", "data-action": action, title: keys, "aria-keyshortcuts": keys, onclick: () => this.handlers.act(flagId, action) },
            label,
            h("kbd", {}, keys),
          ),
        ),
      ),
    );
    this.element.hidden = false;
  }

  hide() {
    this.element.hidden = true;
    this.flagId = null;
  }
}
