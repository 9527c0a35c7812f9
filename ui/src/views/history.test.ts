import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { setUiLanguage } from "../i18n";
import type { HistoryEntry, StatusChange } from "../ipc";
import { HistoryScreen, eventText } from "./history";

afterEach(() => {
  setUiLanguage("en");
  clearMocks();
  document.body.textContent = "";
});

const entry = (number: number, fields: Partial<HistoryEntry>): HistoryEntry => ({
  number,
  created_at: 1_765_000_000_000 + number * 60_000,
  author: "Ayu",
  note: null,
  event: null,
  content_hash: "",
  word_count: 10,
  restored_from: null,
  words_added: 1,
  words_removed: 0,
  ...fields,
});

async function notes(): Promise<string[]> {
  const entries = [
    entry(1, { event: { kind: "imported", file: "rapat-dprd.docx" } }),
    entry(2, { note: "cek nama menteri" }),
    entry(3, { event: { kind: "restored", revision: 1 }, restored_from: 1 }),
  ];
  const changes: StatusChange[] = [
    { status: "exported", changed_at: 1_765_000_000_000 + 4 * 60_000, author: "Budi", note: "Ringkasan menyusul", revision: 3, event: { kind: "sent", revision: 3, site: "https://kabar.example", post: 42, status: "publish" } },
  ];
  mockIPC((command) => {
    if (command === "article_history") return entries;
    if (command === "status_changes") return changes;
    throw new Error("no diff in this test");
  });
  const screen = new HistoryScreen(1, "Bus listrik", { close: () => undefined, restore: () => undefined, error: () => undefined });
  document.body.append(screen.element);
  await screen.load();
  return Array.from(screen.element.querySelectorAll(".revision-note"), (note) => note.textContent ?? "");
}

describe("events in the history", () => {
  it("words what Sunting recorded in the interface's language, the editor's note after it", async () => {
    setUiLanguage("id");
    expect(await notes()).toEqual([
      "Revisi 3 dikirim ke https://kabar.example sebagai Terbit (pos 42). Ringkasan menyusul",
      "Memulihkan revisi 1",
      "cek nama menteri",
      "Diimpor dari rapat-dprd.docx",
    ]);
  });

  it("words the same events in English", async () => {
    expect(await notes()).toEqual([
      "Revision 3 sent to https://kabar.example as Published (post 42). Ringkasan menyusul",
      "Restored revision 1",
      "cek nama menteri",
      "Imported from rapat-dprd.docx",
    ]);
    expect(eventText({ kind: "imported", file: null })).toBe("Imported");
    expect(eventText({ kind: "sample" })).toBe("The sample article");
    expect(eventText({ kind: "sent", revision: 1, site: "https://kabar.example", post: 7, status: null })).toBe("Revision 1 sent to https://kabar.example (post 7)");
  });
});
