// How findings are named for editors.

import type { Category, Severity } from "../ipc";

/** The review panel's order: what most often needs fixing first. */
export const CATEGORY_ORDER: Category[] = ["name", "spelling", "nonstandard", "style", "date", "language", "furniture"];

export const CATEGORY_LABELS: Record<Category, string> = {
  name: "Names",
  spelling: "Spelling",
  nonstandard: "Non-standard",
  style: "Style",
  date: "Dates",
  language: "Language",
  furniture: "Furniture",
};

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const SEVERITY_LABELS: Record<Severity, string> = { info: "Note", warning: "Warning", error: "Error" };
