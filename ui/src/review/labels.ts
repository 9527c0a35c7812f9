// How findings are named for editors. Categories and severities travel as codes; each label is
// asked for by a literal id when it is drawn, so it follows the interface language.

import { FluentNumber } from "@fluent/bundle";
import type { Category, Severity } from "../ipc";
import { t } from "../i18n";

/** The review panel's order: what most often needs fixing first. */
export const CATEGORY_ORDER: Category[] = ["name", "spelling", "affix", "nonstandard", "style", "date", "language", "furniture"];

/** A category as editors read it. */
export function categoryLabel(category: Category): string {
  switch (category) {
    case "name":
      return t("review-category-name");
    case "spelling":
      return t("review-category-spelling");
    case "nonstandard":
      return t("review-category-nonstandard");
    case "affix":
      return t("review-category-affix");
    case "style":
      return t("review-category-style");
    case "date":
      return t("review-category-date");
    case "language":
      return t("review-category-language");
    case "furniture":
      return t("review-category-furniture");
  }
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A severity as editors read it. */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case "info":
      return t("review-severity-info");
    case "warning":
      return t("review-severity-warning");
    case "error":
      return t("review-severity-error");
  }
}

/** How a suggestion reads on a button: an empty one deletes the flagged text. */
export function suggestionLabel(suggestion: string): string {
  return suggestion === "" ? t("review-suggestion-delete") : suggestion;
}

/** A count for a message: it chooses the plural form, and prints as plain digits ("1234
 * findings", as the panel always wrote it and the end-to-end tests read it). */
export function plainNumber(value: number): FluentNumber {
  return new FluentNumber(value, { useGrouping: false });
}
