import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleSummary } from "../ipc";
import { decodeUtf8, LibraryScreen, snippetElement } from "./library";

afterEach(() => clearMocks());

const summary = (id: number, headline: string, extra: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id,
  status: "draft",
  headline,
  language: "id",
  word_count: 300,
  revision_count: 2,
  created_at: 1_700_000_000_000,
  updated_at: 1_700_000_000_000,
  ...extra,
});

describe("the library", () => {
  it("draws the engine's [matches] as <mark> and the rest as text", () => {
    const element = snippetElement("… uji coba [bus] [listrik] <b>di</b> koridor …");
    expect([...element.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["bus", "listrik"]);
    expect(element.querySelector("b")).toBeNull();
    expect(element.textContent).toBe("… uji coba bus listrik <b>di</b> koridor …");
  });

  it("lists what the store answers, with the status filter sent along, and opens a row on Enter", async () => {
    const queries: unknown[] = [];
    mockIPC((command, payload) => {
      if (command !== "list_articles") throw new Error(command);
      queries.push(payload);
      return [summary(3, "Bus listrik"), summary(1, "", { status: "ready", snippet: "[bus] baru" })];
    });
    const opened: number[] = [];
    const library = new LibraryScreen({ open: (id) => opened.push(id), create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => { throw e; } });
    document.body.appendChild(library.element);
    const status = library.element.querySelector<HTMLSelectElement>("#library-status")!;
    status.value = "ready";
    await library.refresh();
    expect(queries).toEqual([{ query: { status: "ready" } }]);
    const rows = [...library.element.querySelectorAll<HTMLElement>(".article-row")];
    expect(rows.map((row) => row.querySelector(".headline")?.textContent)).toEqual(["Bus listrik", "Untitled"]);
    expect(library.element.querySelector("#library-count")?.textContent).toBe("2 articles");
    rows[1].focus();
    rows[1].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(opened).toEqual([1]);
    library.element.remove();
  });

  it("says so when the store cannot answer", async () => {
    mockIPC(() => {
      throw { code: "newer_database", message: "sunting.db was made by a newer version of Sunting" };
    });
    const errors: unknown[] = [];
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => errors.push(e) });
    await library.refresh();
    expect(library.element.querySelector("#library-count")?.textContent).toContain("newer version");
    expect(errors).toHaveLength(1);
  });
});

describe("importing files", () => {
  it("accepts UTF-8 and refuses anything else", () => {
    expect(decodeUtf8(new TextEncoder().encode("Berita 👍").buffer)).toBe("Berita 👍");
    expect(() => decodeUtf8(new Uint8Array([0x42, 0xe9, 0x72, 0x69, 0x74, 0x61]).buffer)).toThrow();
  });

  it("sends the file's name and text to the shell and opens the new article", async () => {
    const calls: unknown[] = [];
    mockIPC((command, payload) => {
      calls.push([command, payload]);
      if (command === "import_article") return { id: 9 };
      return [];
    });
    const imported: Array<[number, string]> = [];
    const errors: unknown[] = [];
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: (id, name) => imported.push([id, name]), error: (e) => errors.push(e) });
    await library.importFile(new File(["<h1>Judul</h1><p>Isi.</p>"], "kabar.html"));
    await library.importFile(new File([new Uint8Array([0xff, 0xfe, 0x00])], "rusak.txt"));
    expect(calls[0]).toEqual(["import_article", { file_name: "kabar.html", text: "<h1>Judul</h1><p>Isi.</p>" }]);
    expect(imported).toEqual([[9, "kabar.html"]]);
    expect(String(errors[0])).toContain("rusak.txt is not UTF-8 text; nothing was imported");
    expect(calls.filter((c) => (c as [string])[0] === "import_article")).toHaveLength(1);
  });
});
