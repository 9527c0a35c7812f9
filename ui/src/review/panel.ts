// The review panel: every finding of the article grouped by category with counts, in reading
// order within each group, with a filter by severity. Enter or a click on a finding moves the
// editor to it.

import type { Severity } from "../ipc";
import type { RuleFailure } from "../ipc/bindings/RuleFailure";
import { t } from "../i18n";
import { h, replaceChildren } from "../ui/dom";
import type { Flag } from "./findings";
import { categoryLabel, CATEGORY_ORDER, plainNumber, SEVERITY_RANK, suggestionLabel } from "./labels";

export interface PanelEntry {
  flag: Flag;
  /** Where it is, for people: "Headline", "Standfirst" or "¶ 3". */
  place: string;
  /** For sorting: block then offset. */
  order: number;
}

export interface PanelActions {
  goTo(flagId: number): void;
}

export class ReviewPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly problems: HTMLElement;
  private readonly filter: HTMLSelectElement;
  private entries: PanelEntry[] = [];
  private status = "";

  constructor(private readonly actions: PanelActions) {
    this.filter = h(
      "select",
      { id: "review-severity", "aria-label": t("review-severity-filter") },
      h("option", { value: "info" }, t("review-filter-all")),
      h("option", { value: "warning" }, t("review-filter-warnings")),
      h("option", { value: "error" }, t("review-filter-errors")),
    );
    this.filter.addEventListener("change", () => this.render());
    this.summary = h("p", { id: "review-summary", class: "review-summary", "aria-live": "polite" });
    this.list = h("div", { id: "review-list", class: "review-list" });
    this.problems = h("p", { id: "review-failures", class: "notice", role: "status", hidden: true });
    this.element = h(
      "aside",
      { id: "review", class: "review", "aria-label": t("review-title") },
      h("div", { class: "review-head" }, h("h2", { class: "review-title" }, t("review-title")), this.filter),
      this.summary,
      this.problems,
      this.list,
      h("p", { class: "keys" }, t("review-keys", { next: "F7", previous: "Shift+F7", suggestion: "Alt+1", ignore: "Alt+I" })),
    );
  }

  /** Shows `entries` (and a status line such as "Checking…"). */
  update(entries: PanelEntry[], status = "") {
    this.entries = entries;
    this.status = status;
    this.render();
  }

  private render() {
    const minimum = SEVERITY_RANK[this.filter.value as Severity];
    const shown = this.entries.filter((e) => SEVERITY_RANK[e.flag.finding.severity] >= minimum);
    const total = shown.length;
    this.summary.textContent = this.status || (total === 0 ? t("review-nothing") : t("review-summary", { count: plainNumber(total) }));
    const groups = CATEGORY_ORDER.map((category) => ({
      category,
      entries: shown.filter((e) => e.flag.finding.category === category).sort((a, b) => a.order - b.order),
    })).filter((group) => group.entries.length > 0);
    replaceChildren(
      this.list,
      ...groups.map((group) =>
        h(
          "section",
          { class: "review-group", "data-category": group.category },
          h(
            "h3",
            { class: "review-group-title" },
            h("span", { class: `swatch flag-${group.category}` }, "abc"),
            ` ${categoryLabel(group.category)} `,
            h("span", { class: "count" }, String(group.entries.length)),
          ),
          h(
            "ul",
            {},
            ...group.entries.map((entry) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: `finding-item severity-${entry.flag.finding.severity}`,
                    "data-flag": entry.flag.id,
                    "data-rule": entry.flag.finding.rule,
                    onclick: () => this.actions.goTo(entry.flag.id),
                  },
                  h("span", { class: "finding-text" }, entry.flag.finding.text),
                  entry.flag.finding.suggestions.length > 0 ? h("span", { class: "finding-suggestion" }, `→ ${suggestionLabel(entry.flag.finding.suggestions[0])}`) : null,
                  h("span", { class: "finding-place" }, entry.place),
                  h("span", { class: "finding-message" }, entry.flag.finding.message),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  /** Says which checks stopped on an internal error (their findings are missing; the rest are shown). */
  failures(failures: RuleFailure[]) {
    const rules = [...new Set(failures.map((f) => f.rule))];
    this.problems.hidden = rules.length === 0;
    this.problems.textContent =
      rules.length === 0
        ? ""
        : t("review-failures", { rules: rules.join(", ") });
  }

  /** How long the last check took, shown on hover and readable by the latency benchmark. */
  timing(requestMs: number, keystrokeToFlagsMs: number) {
    this.element.dataset.checkMs = requestMs.toFixed(1);
    this.element.dataset.keystrokeToFlagsMs = keystrokeToFlagsMs.toFixed(1);
    this.summary.title = t("review-timing", { check: requestMs.toFixed(0), flags: keystrokeToFlagsMs.toFixed(0) });
  }

  /** The entries shown, in panel order (for tests). */
  visibleIds(): number[] {
    return Array.from(this.list.querySelectorAll<HTMLElement>(".finding-item"), (e) => Number(e.dataset.flag));
  }
}
