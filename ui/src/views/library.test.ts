import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleSummary } from "../ipc";
import { LIBRARY_PAGE, LibraryScreen, snippetElement } from "./library";

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
    expect(queries).toEqual([{ query: { status: "ready", limit: LIBRARY_PAGE + 1 } }]);
    const rows = [...library.element.querySelectorAll<HTMLElement>(".article-row")];
    expect(rows.map((row) => row.querySelector(".headline")?.textContent)).toEqual(["Bus listrik", "Untitled"]);
    expect(library.element.querySelector("#library-count")?.textContent).toBe("2 articles");
    rows[1].focus();
    rows[1].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(opened).toEqual([1]);
    library.element.remove();
  });

  it("shows one page of a large archive and says how to find the rest", async () => {
    mockIPC((_command, payload) => {
      const limit = (payload as { query: { limit: number } }).query.limit;
      return Array.from({ length: limit }, (_, i) => summary(i + 1, `Berita ${i + 1}`));
    });
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => { throw e; } });
    await library.refresh();
    expect(library.element.querySelectorAll(".article-row")).toHaveLength(LIBRARY_PAGE);
    expect(library.element.querySelector("#library-count")?.textContent).toBe(
      `The ${LIBRARY_PAGE} most recently edited articles are shown; search or filter to find others`,
    );
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
  it("sends the file's bytes to the shell, opens the new article and passes on what was removed", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((command, payload) => {
      calls.push([command, payload]);
      if (command === "import_article") return { article: { id: 9 }, removed: ["Baca juga: lain"] };
      return [];
    });
    const imported: Array<[number, string, string[]]> = [];
    const errors: unknown[] = [];
    const library = new LibraryScreen({
      open: () => undefined,
      create: () => undefined,
      settings: () => undefined,
      imported: (id, name, removed) => imported.push([id, name, removed]),
      error: (e) => errors.push(e),
    });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    await library.importFile(new File([bytes], "laporan.docx"));
    const [command, payload] = calls[0];
    expect(command).toBe("import_article");
    expect(Array.from(payload as Uint8Array)).toEqual(Array.from(bytes));
    expect(imported).toEqual([[9, "laporan.docx", ["Baca juga: lain"]]]);
    expect(errors).toEqual([]);
  });

  it("shows the shell's refusal", async () => {
    mockIPC((command) => {
      if (command === "import_article") throw { code: "invalid_input", message: "rusak.txt is not UTF-8 text; nothing was imported" };
      return [];
    });
    const errors: unknown[] = [];
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => errors.push(e) });
    await library.importFile(new File([new Uint8Array([0xff])], "rusak.txt"));
    expect(String(errors[0])).toContain("rusak.txt is not UTF-8 text; nothing was imported");
  });

  it("makes a new article of a pasted web page", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((command, payload) => {
      calls.push([command, payload]);
      if (command === "import_article") return { article: { id: 4 }, removed: [] };
      return [];
    });
    const imported: Array<[number, string]> = [];
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: (id, name) => imported.push([id, name]), error: () => undefined });
    await library.importPasted("<h1>Judul</h1><p>Isi.</p>", "Pasted page.html");
    const sent = new TextDecoder().decode(calls.find(([c]) => c === "import_article")?.[1] as Uint8Array);
    expect(sent).toBe("<h1>Judul</h1><p>Isi.</p>");
    expect(imported).toEqual([[4, "Pasted page.html"]]);
  });
});
