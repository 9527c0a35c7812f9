// The review panel, in order of importance: errors, then warnings, then notes (folded until
// opened), with the count of each at the top. One row per problem: the same slip at several
// places (a name spelt the other way twice) is one row with its places, and a fix that applies
// to every place is one action. Next and Previous walk the findings as F7 does, in the panel's
// order and within its filter.

import type { Severity } from "../ipc";
import type { RuleFailure } from "../ipc/bindings/RuleFailure";
import { t } from "../i18n";
import { h, replaceChildren } from "../ui/dom";
import type { Flag } from "./findings";
import { categoryLabel, plainNumber, SEVERITY_RANK, severityLabel, suggestionLabel } from "./labels";

export interface PanelEntry {
  flag: Flag;
  /** Where it is, for people: "Headline", "Standfirst" or "¶ 3". */
  place: string;
  /** For sorting: block then offset. */
  order: number;
}

export interface PanelActions {
  goTo(flagId: number): void;
  /** F7 and Shift+F7, from the buttons. */
  step(direction: 1 | -1): void;
  /** Applies the first suggestion of every finding in `flagIds` (one problem at several places). */
  applyToAll(flagIds: number[]): void;
  /** Removes every piece of web-page residue the findings name. */
  removeFurniture(flagIds: number[]): void;
}

/** One problem: findings of one rule on the same text with the same first suggestion. */
export interface PanelRow {
  key: string;
  entries: PanelEntry[];
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The rows of `entries`: each problem once, at its first place, in reading order; the places of
 * a problem in reading order too. */
export function panelRows(entries: PanelEntry[]): PanelRow[] {
  const rows = new Map<string, PanelRow>();
  for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
    const { rule, text, suggestions, severity } = entry.flag.finding;
    const key = [rule, severity, text, suggestions[0] ?? ""].join("\u0000");
    const row = rows.get(key);
    if (row) row.entries.push(entry);
    else rows.set(key, { key, entries: [entry] });
  }
  return [...rows.values()];
}

/** The order F7 and Next walk in, as the panel lists the findings: errors, then warnings, then
 * notes, each problem's places together, only the severities the filter shows. */
export function walkOrder(entries: PanelEntry[], minimum: Severity = "info"): PanelEntry[] {
  const shown = entries.filter((e) => SEVERITY_RANK[e.flag.finding.severity] >= SEVERITY_RANK[minimum]);
  return SEVERITIES.flatMap((severity) => panelRows(shown.filter((e) => e.flag.finding.severity === severity)).flatMap((row) => row.entries));
}

/** Findings the furniture action removes: page furniture and residue whose fix is deleting. */
export function isRemovable(flag: Flag): boolean {
  const { category, rule, suggestions } = flag.finding;
  return category === "furniture" && (rule === "furniture" || suggestions[0] === "");
}

export class ReviewPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly problems: HTMLElement;
  private readonly filter: HTMLSelectElement;
  private readonly furniture: HTMLButtonElement;
  private readonly cardSlot: HTMLElement;
  private entries: PanelEntry[] = [];
  private status = "";
  /** Whether the editor opened the notes (they start folded). */
  private notesOpen = false;
  /** Which place of a row a click on it went to last, so the next click goes on. */
  private readonly visited = new Map<string, number>();

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
    this.counts = h("p", { id: "review-counts", class: "review-counts" });
    // A scrolling list: focusable itself, so the keyboard can scroll it whatever it holds.
    this.list = h("div", { id: "review-list", class: "review-list", tabindex: 0, role: "region", "aria-label": t("review-list-label") });
    this.problems = h("p", { id: "review-failures", class: "notice", role: "status", hidden: true });
    this.furniture = h("button", { id: "review-remove-furniture", type: "button", class: "button small", hidden: true });
    this.furniture.addEventListener("click", () => this.actions.removeFurniture(this.removable()));
    this.cardSlot = h("div", { class: "review-card-slot" });
    const stepButton = (id: string, direction: 1 | -1, label: string, keys: string) => {
      const button = h("button", { id, type: "button", class: "button small", title: keys, "aria-keyshortcuts": keys, onclick: () => this.actions.step(direction) }, label);
      // A click leaves the cursor in the text, so the step starts from where the editor is.
      button.addEventListener("mousedown", (event) => event.preventDefault());
      return button;
    };
    this.element = h(
      "aside",
      { id: "review", class: "review", "aria-label": t("review-title") },
      h("div", { class: "review-head" }, h("h2", { class: "review-title" }, t("review-title")), this.filter),
      this.summary,
      this.counts,
      h(
        "div",
        { class: "review-steps" },
        stepButton("review-previous", -1, t("review-previous"), "Shift+F7"),
        stepButton("review-next", 1, t("review-next"), "F7"),
        this.furniture,
      ),
      this.problems,
      this.cardSlot,
      this.list,
      h("p", { class: "keys" }, t("review-keys", { next: "F7", previous: "Shift+F7", suggestion: "Alt+1", ignore: "Alt+I" })),
    );
  }

  /** Docks the finding card at the top of the panel, above the list. */
  dock(card: HTMLElement) {
    this.cardSlot.append(card);
  }

  /** Shows `entries` (and a status line such as "Checking…"). */
  update(entries: PanelEntry[], status = "") {
    this.entries = entries;
    this.status = status;
    this.render();
  }

  /** The least severe findings the filter shows. */
  minimum(): Severity {
    return this.filter.value as Severity;
  }

  private removable(): number[] {
    return this.entries.filter((e) => isRemovable(e.flag)).map((e) => e.flag.id);
  }

  private render() {
    const minimum = SEVERITY_RANK[this.filter.value as Severity];
    const shown = this.entries.filter((e) => SEVERITY_RANK[e.flag.finding.severity] >= minimum);
    const total = shown.length;
    this.summary.textContent = this.status || (total === 0 ? t("review-nothing") : t("review-summary", { count: plainNumber(total) }));
    const bySeverity = SEVERITIES.map((severity) => ({ severity, entries: shown.filter((e) => e.flag.finding.severity === severity) }));
    replaceChildren(
      this.counts,
      ...bySeverity.flatMap(({ severity, entries }, i) => [
        i > 0 ? " · " : null,
        h("span", { class: `count-${severity}`, "data-severity": severity }, severityCount(severity, entries.length)),
      ]),
    );
    const removable = this.removable().length;
    this.furniture.hidden = removable === 0;
    this.furniture.textContent = t("review-remove-furniture", { count: plainNumber(removable) });
    replaceChildren(this.list, ...bySeverity.filter((group) => group.entries.length > 0).map((group) => this.section(group.severity, group.entries)));
  }

  private section(severity: Severity, entries: PanelEntry[]): HTMLElement {
    const rows = panelRows(entries);
    const title = [
      h("span", { class: `severity-mark severity-${severity}`, "aria-hidden": "true" }),
      ` ${severityHeading(severity)} `,
      h("span", { class: "count" }, String(entries.length)),
    ];
    const list = h("ul", {}, ...rows.map((row) => this.row(row)));
    if (severity !== "info") {
      return h("section", { class: "review-group", "data-severity": severity }, h("h3", { class: "review-group-title" }, ...title), list);
    }
    // Notes start folded: they are worth a look, not a fix.
    const details = h("details", { class: "review-group", "data-severity": severity }, h("summary", { class: "review-group-title" }, ...title), list);
    details.open = this.notesOpen;
    details.addEventListener("toggle", () => (this.notesOpen = details.open));
    return details;
  }

  private row(row: PanelRow): HTMLElement {
    const first = row.entries[0].flag.finding;
    const ids = row.entries.map((e) => e.flag.id);
    const places = row.entries.map((e) => e.place);
    const shownPlaces = places.length > 4 ? `${places.slice(0, 4).join(", ")}, …` : places.join(", ");
    const item = h(
      "button",
      {
        type: "button",
        class: `finding-item severity-${first.severity}`,
        "data-flag": ids[0],
        "data-flags": ids.join(" "),
        "data-rule": first.rule,
        onclick: () => this.goToNext(row.key, ids),
      },
      h(
        "span",
        { class: "finding-head" },
        h("span", { class: "finding-severity" }, severityLabel(first.severity)),
        h("span", { class: `finding-category flag-${first.category}` }, categoryLabel(first.category)),
        h("span", { class: "finding-place" }, shownPlaces),
      ),
      h(
        "span",
        { class: "finding-main" },
        h("span", { class: "finding-text" }, first.text),
        ids.length > 1 ? h("span", { class: "finding-times" }, `×${ids.length}`) : null,
        first.suggestions.length > 0 ? h("span", { class: "finding-suggestion" }, `→ ${suggestionLabel(first.suggestions[0])}`) : null,
      ),
      h("span", { class: "finding-message" }, first.message),
    );
    const fixAll =
      ids.length > 1 && first.suggestions.length > 0
        ? h(
            "button",
            { type: "button", class: "button small finding-fix-all", "data-flag": ids[0], onclick: () => this.actions.applyToAll(ids) },
            t("review-fix-all", { suggestion: suggestionLabel(first.suggestions[0]), count: plainNumber(ids.length) }),
          )
        : null;
    return h("li", { class: "finding-row" }, item, fixAll);
  }

  /** A click on a row goes to its first place, the next click to the next one, and so on. */
  private goToNext(key: string, ids: number[]) {
    const last = this.visited.get(key);
    const index = last === undefined ? 0 : (last + 1) % ids.length;
    this.visited.set(key, index);
    this.actions.goTo(ids[index]);
  }

  /**
   * Says what made the check incomplete: checks that stopped on an internal error (their
   * findings are missing; the rest are shown), and the engine's notices (a dictionary that is
   * missing, named with where it was looked for), already in the interface language.
   */
  failures(failures: RuleFailure[], notices: string[] = []) {
    const rules = [...new Set(failures.map((f) => f.rule))];
    const lines = [...new Set(notices)];
    if (rules.length > 0) lines.unshift(t("review-failures", { rules: rules.join(", ") }));
    this.problems.hidden = lines.length === 0;
    this.problems.textContent = lines.join(" ");
  }

  /** How long the last check took, shown on hover and readable by the latency benchmark. */
  timing(requestMs: number, keystrokeToFlagsMs: number) {
    this.element.dataset.checkMs = requestMs.toFixed(1);
    this.element.dataset.keystrokeToFlagsMs = keystrokeToFlagsMs.toFixed(1);
    this.summary.title = t("review-timing", { check: requestMs.toFixed(0), flags: keystrokeToFlagsMs.toFixed(0) });
  }

  /** The rows shown, in panel order, by their first finding (for tests). */
  visibleIds(): number[] {
    return Array.from(this.list.querySelectorAll<HTMLElement>(".finding-item"), (e) => Number(e.dataset.flag));
  }
}

function severityHeading(severity: Severity): string {
  switch (severity) {
    case "error":
      return t("review-heading-errors");
    case "warning":
      return t("review-heading-warnings");
    case "info":
      return t("review-heading-notes");
  }
}

function severityCount(severity: Severity, count: number): string {
  switch (severity) {
    case "error":
      return t("review-count-errors", { count: plainNumber(count) });
    case "warning":
      return t("review-count-warnings", { count: plainNumber(count) });
    case "info":
      return t("review-count-notes", { count: plainNumber(count) });
  }
}
