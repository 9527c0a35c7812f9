import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../ipc";
import type { Flag } from "./findings";
import { panelRows, ReviewPanel, walkOrder, type PanelEntry } from "./panel";

afterEach(() => {
  document.body.textContent = "";
});

function entry(id: number, order: number, finding: Partial<Finding>): PanelEntry {
  const flag: Flag = {
    id,
    finding: {
      rule: "spelling",
      category: "spelling",
      severity: "error",
      block: 2,
      start: 0,
      end: 4,
      text: "bsu",
      message: "a message",
      suggestions: ["bus"],
      also: [],
      ...finding,
    },
  };
  return { flag, place: `¶ ${order}`, order };
}

function setUp(entries: PanelEntry[]) {
  const calls: Array<[string, unknown]> = [];
  const panel = new ReviewPanel({
    goTo: (id) => calls.push(["goTo", id]),
    step: (direction) => calls.push(["step", direction]),
    applyToAll: (ids) => calls.push(["applyToAll", ids]),
    removeFurniture: (ids) => calls.push(["removeFurniture", ids]),
  });
  document.body.append(panel.element);
  panel.update(entries);
  return { panel, calls };
}

const text = (selector: string) => Array.from(document.querySelectorAll(selector), (e) => e.textContent?.replace(/\s+/g, " ").trim());

describe("the review panel", () => {
  it("lists errors, then warnings, then notes folded, with the count of each at the top", () => {
    setUp([
      entry(1, 1, { severity: "info", rule: "foreign_word", category: "language", text: "online" }),
      entry(2, 2, { severity: "warning", rule: "nonstandard", category: "nonstandard", text: "praktek" }),
      entry(3, 3, { severity: "error", rule: "name_consistency", category: "name", text: "Hendriyato" }),
      entry(4, 4, { severity: "error", text: "bsu" }),
    ]);
    expect(text(".review-group-title")).toEqual(["Errors 2", "Warnings 1", "Notes 1"]);
    expect(document.querySelector("#review-counts")!.textContent).toBe("2 errors · 1 warning · 1 note");
    const notes = document.querySelector<HTMLDetailsElement>('details[data-severity="info"]')!;
    expect(notes.open).toBe(false);
    // The first row is an error, in reading order, its severity written out.
    expect(text(".finding-item .finding-text")[0]).toBe("Hendriyato");
    expect(text(".finding-item .finding-severity")[0]).toBe("Error");
    expect(document.querySelector("#review-summary")!.textContent).toBe("4 findings to review");
  });

  it("keeps the notes open once the editor opened them, across redraws", () => {
    const entries = [entry(1, 1, { severity: "info", text: "online" })];
    const { panel } = setUp(entries);
    const notes = () => document.querySelector<HTMLDetailsElement>('details[data-severity="info"]')!;
    notes().open = true;
    notes().dispatchEvent(new Event("toggle"));
    panel.update(entries);
    expect(notes().open).toBe(true);
  });

  it("shows one problem at several places as one row, walks its places, and fixes all at once", () => {
    const name = { rule: "name_consistency", category: "name" as const, text: "Hendriyato", suggestions: ["Hendriyanto"] };
    const { calls } = setUp([entry(7, 3, name), entry(5, 1, name), entry(9, 2, { text: "bsu" })]);
    const rows = document.querySelectorAll<HTMLButtonElement>(".finding-item");
    expect(rows).toHaveLength(2);
    const row = Array.from(rows).find((r) => r.dataset.rule === "name_consistency")!;
    expect(row.querySelector(".finding-times")!.textContent).toBe("×2");
    expect(row.querySelector(".finding-place")!.textContent).toBe("¶ 1, ¶ 3");
    row.click();
    row.click();
    row.click();
    expect(calls.filter(([what]) => what === "goTo").map(([, id]) => id)).toEqual([5, 7, 5]);
    const fixAll = document.querySelector<HTMLButtonElement>(".finding-fix-all")!;
    expect(fixAll.textContent).toBe("Hendriyanto at all 2 places");
    fixAll.click();
    expect(calls.at(-1)).toEqual(["applyToAll", [5, 7]]);
  });

  it("offers removing all web-page residue when there is some, and steps with visible buttons", () => {
    const { panel, calls } = setUp([
      entry(1, 1, { severity: "warning", rule: "furniture", category: "furniture", text: "Baca juga: Banjir di Kaligawe", suggestions: [] }),
      entry(2, 2, { severity: "error", rule: "web_residue", category: "furniture", text: "&nbsp;", suggestions: [""] }),
      entry(3, 3, { severity: "error", rule: "web_residue", category: "furniture", text: "&amp;", suggestions: ["&"] }),
    ]);
    const button = document.querySelector<HTMLButtonElement>("#review-remove-furniture")!;
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe("Remove all web-page residue (2)");
    button.click();
    expect(calls.at(-1)).toEqual(["removeFurniture", [1, 2]]);
    document.querySelector<HTMLButtonElement>("#review-next")!.click();
    document.querySelector<HTMLButtonElement>("#review-previous")!.click();
    expect(calls.slice(-2)).toEqual([["step", 1], ["step", -1]]);
    panel.update([entry(4, 1, {})]);
    expect(button.hidden).toBe(true);
  });

  it("groups by rule, text, severity and suggestion", () => {
    const rows = panelRows([entry(1, 1, {}), entry(2, 2, { suggestions: ["bis"] }), entry(3, 3, {}), entry(4, 4, { rule: "nonstandard" })]);
    expect(rows.map((row) => row.entries.map((e) => e.flag.id))).toEqual([[1, 3], [2], [4]]);
  });
});

describe("the walk F7 and Next take", () => {
  const entries = () => [
    entry(1, 1, { severity: "info", rule: "foreign_word", category: "language", text: "online" }),
    entry(2, 2, { severity: "warning", rule: "nonstandard", category: "nonstandard", text: "praktek" }),
    entry(3, 3, { severity: "error", rule: "name_consistency", category: "name", text: "Hendriyato" }),
    entry(4, 4, { severity: "error", text: "bsu" }),
    entry(5, 5, { severity: "error", rule: "name_consistency", category: "name", text: "Hendriyato" }),
  ];

  it("follows the panel: errors, then warnings, then notes, a problem's places together", () => {
    expect(walkOrder(entries()).map((e) => e.flag.id)).toEqual([3, 5, 4, 2, 1]);
  });

  it("keeps to the severities the filter shows", () => {
    expect(walkOrder(entries(), "warning").map((e) => e.flag.id)).toEqual([3, 5, 4, 2]);
    expect(walkOrder(entries(), "error").map((e) => e.flag.id)).toEqual([3, 5, 4]);
    const { panel } = setUp(entries());
    const filter = document.querySelector<HTMLSelectElement>("#review-severity")!;
    filter.value = "error";
    filter.dispatchEvent(new Event("change"));
    expect(panel.minimum()).toBe("error");
    // The rows the panel shows are the walk's problems, in the same order.
    expect(panel.visibleIds()).toEqual([3, 4]);
  });
});
