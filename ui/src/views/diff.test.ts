import { describe, expect, it } from "vitest";
import type { ArticleDiff } from "../ipc";
import { renderDiff } from "./diff";

const equalField = (field: ArticleDiff["fields"][number]["field"], text: string) => ({
  field,
  diff: { spans: text ? [{ tag: "equal" as const, text }] : [], words_added: 0, words_removed: 0 },
});

const diff: ArticleDiff = {
  fields: [
    {
      field: "headline",
      diff: {
        spans: [
          { tag: "equal", text: "Bus listrik " },
          { tag: "delete", text: "diuji" },
          { tag: "insert", text: "mulai melayani" },
          { tag: "equal", text: " Semarang" },
        ],
        words_added: 2,
        words_removed: 1,
      },
    },
    equalField("standfirst", ""),
    equalField("byline", "Ayu"),
    equalField("dateline", ""),
    equalField("language", "id"),
    equalField("tags", ""),
  ],
  blocks: [
    { change: "unchanged", old_index: 0, new_index: 0, text: "Satu." },
    { change: "unchanged", old_index: 1, new_index: 1, text: "Dua." },
    { change: "unchanged", old_index: 2, new_index: 2, text: "Tiga." },
    {
      change: "changed",
      old_index: 3,
      new_index: 3,
      old_kind: { type: "paragraph" },
      new_kind: { type: "heading", level: 2 },
      marks_changed: true,
      diff: { spans: [{ tag: "equal", text: "Ada " }, { tag: "insert", text: "dua puluh" }, { tag: "equal", text: " bus." }], words_added: 2, words_removed: 0 },
    },
    { change: "added", new_index: 4, kind: { type: "quote" }, text: "“Baru,” katanya." },
    { change: "removed", old_index: 4, kind: { type: "paragraph" }, text: "Paragraf lama." },
    { change: "moved", old_index: 5, new_index: 5, kind: { type: "paragraph" }, text: "Pindah." },
  ],
  words_added: 5,
  words_removed: 3,
};

describe("the diff view", () => {
  const element = renderDiff(diff);

  it("marks insertions with <ins> and deletions with <del>, not colour alone", () => {
    const inserted = [...element.querySelectorAll("ins")].map((e) => e.textContent);
    const deleted = [...element.querySelectorAll("del")].map((e) => e.textContent);
    expect(inserted).toEqual(["mulai melayani", "dua puluh", "“Baru,” katanya."]);
    expect(deleted).toEqual(["diuji", "Paragraf lama."]);
  });

  it("shows only the fields that changed", () => {
    const fields = [...element.querySelectorAll(".diff-field")].map((e) => e.getAttribute("data-field"));
    expect(fields).toEqual(["headline"]);
    expect(element.querySelector(".diff-field")?.textContent).toBe("HeadlineBus listrik diujimulai melayani Semarang");
  });

  it("names kind and formatting changes, moves, additions and removals", () => {
    const notes = [...element.querySelectorAll(".diff-note")].map((e) => e.textContent);
    expect(notes).toEqual(["paragraph → crosshead · formatting changed", "new quote", "paragraph removed", "moved from position 6 to 6"]);
  });

  it("folds a long run of unchanged blocks behind a button that opens it", () => {
    const button = element.querySelector<HTMLButtonElement>(".diff-fold")!;
    expect(button.textContent).toContain("3 unchanged blocks");
    const folded = element.querySelector<HTMLElement>(".diff-folded")!;
    expect(folded.hidden).toBe(true);
    button.click();
    expect(folded.hidden).toBe(false);
    expect(button.getAttribute("aria-expanded")).toBe("true");
  });

  it("summarises the words added and removed", () => {
    expect(element.querySelector(".diff-summary")?.textContent).toBe("5 words added, 3 words removed");
  });

  it("never turns article text into markup", () => {
    const hostile: ArticleDiff = { ...diff, blocks: [{ change: "added", new_index: 0, kind: { type: "paragraph" }, text: "<img src=x onerror=alert(1)>" }] };
    const rendered = renderDiff(hostile);
    expect(rendered.querySelector("img")).toBeNull();
    expect(rendered.querySelector(".diff-body ins")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
