import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleSummary, Presence } from "../ipc";
import { setUiLanguage } from "../i18n";
import { LIBRARY_PAGE, LibraryScreen, snippetElement } from "./library";

afterEach(() => {
  setUiLanguage("en");
  clearMocks();
});

const summary = (id: number, headline: string, extra: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id,
  status: "draft",
  headline,
  language: "id",
  word_count: 300,
  revision_count: 2,
  created_at: 1_700_000_000_000,
  updated_at: 1_700_000_000_000,
  forked: false,
  byline: "",
  last_editor: "",
  sent: null,
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

  it("does not draw the list again for a search that means the same, so a click is not lost", async () => {
    let asked = 0;
    mockIPC((command) => {
      if (command !== "list_articles") throw new Error(command);
      asked += 1;
      return [summary(3, "Bus listrik")];
    });
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => { throw e; } });
    document.body.appendChild(library.element);
    await library.refresh();
    const row = library.element.querySelector(".article-row");
    const search = library.element.querySelector<HTMLInputElement>("#library-search")!;
    search.value = "  ";
    search.dispatchEvent(new Event("input"));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(asked).toBe(1);
    expect(library.element.querySelector(".article-row")).toBe(row);
    // A real search still asks.
    search.value = "bus";
    search.dispatchEvent(new Event("input"));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(asked).toBe(2);
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

describe("the library in a newsroom", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const today = (hours: number, minutes: number) => new Date(new Date().setHours(hours, minutes, 0, 0)).getTime();

  it("says who edits a story, marks a story with two versions, and follows other desks", async () => {
    let articles = [summary(3, "Bus listrik"), summary(1, "Harga cabai", { forked: true })];
    let presence: Presence[] = [
      { article_id: 3, holder_name: "Ayu", since: today(14, 5), mine: false },
      { article_id: 1, holder_name: "Redaktur", since: today(9, 0), mine: true },
    ];
    const calls: string[] = [];
    mockIPC(
      (command) => {
        calls.push(command);
        if (command === "list_articles") return articles;
        if (command === "presence") return presence;
        throw new Error(command);
      },
      { shouldMockEvents: true },
    );
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => { throw e; } });
    document.body.appendChild(library.element);
    await library.refresh();
    await library.follow();
    const row = (id: number) => library.element.querySelector<HTMLElement>(`.article-row[data-id="${id}"]`)!;
    expect(row(3).querySelector(".presence")?.textContent).toMatch(/^Ayu editing since 2:05\sPM$/);
    // This desk's own story shows nothing.
    expect(row(1).querySelector(".presence")).toBeNull();
    expect(row(1).querySelector(".fork-badge")?.textContent).toBe("2 versions");
    expect(row(3).querySelector(".fork-badge")).toBeNull();

    // Presence changes in place: the focused row keeps the focus.
    row(1).focus();
    presence = [{ article_id: 1, holder_name: "Budi", since: today(15, 30), mine: false }];
    await emit("presence", presence);
    await settle();
    expect(row(3).querySelector(".presence")).toBeNull();
    expect(row(1).querySelector(".presence")?.textContent).toContain("Budi editing since");
    expect(document.activeElement).toBe(row(1));

    // Another desk's changes refresh the list; the reconciled story loses its badge.
    articles = [summary(1, "Harga cabai naik"), summary(3, "Bus listrik")];
    await emit("articles-changed", { ids: [1] });
    await settle();
    await settle();
    expect(calls.filter((command) => command === "list_articles")).toHaveLength(2);
    expect(row(1).querySelector(".headline")?.textContent).toBe("Harga cabai naik");
    expect(library.element.querySelector(".fork-badge")).toBeNull();
    expect(row(1).querySelector(".presence")?.textContent).toContain("Budi editing since");
    expect(document.activeElement).toBe(row(1));
    library.element.remove();
  });
});

describe("a row for the desk chief", () => {
  async function rows(language: "id" | "en") {
    setUiLanguage(language);
    const asked: unknown[] = [];
    mockIPC((command, payload) => {
      if (command === "list_articles")
        return [
          summary(3, "Bus listrik", { byline: "Ayu Lestari", last_editor: "budi", status: "editing" }),
          summary(2, "Banjir Demak", { status: "exported", language: "en", sent: { kind: "sent", revision: 4, site: "https://kabar.example", post: 42, status: "publish" } }),
          summary(1, "Harga cabai", { status: "exported", sent: { kind: "sent", revision: 2, site: "https://kabar.example", post: 7, status: "draft" } }),
        ];
      if (command === "open_errors") {
        asked.push(payload);
        return [
          { article_id: 3, errors: 2 },
          { article_id: 2, errors: 0 },
          { article_id: 1, errors: 1 },
        ];
      }
      throw new Error(command);
    });
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, imported: () => undefined, error: (e) => { throw e; }, defaultLanguage: () => "id" });
    document.body.appendChild(library.element);
    await library.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const read = [...library.element.querySelectorAll<HTMLElement>(".article-row")].map((row) => ({
      status: row.querySelector(".status")?.textContent,
      errors: row.querySelector(".open-errors")?.textContent,
      byline: row.querySelector(".byline")?.textContent ?? null,
      editor: row.querySelector(".last-editor")?.textContent ?? null,
      language: row.querySelector(".language")?.textContent ?? null,
    }));
    library.element.remove();
    return { read, asked };
  }

  it("shows the byline, the last editor, the errors left and where the article went, in Indonesian", async () => {
    const { read, asked } = await rows("id");
    expect(asked).toEqual([{ article_ids: [3, 2, 1] }]);
    expect(read).toEqual([
      { status: "Disunting", errors: "2 kesalahan", byline: "Ayu Lestari", editor: "terakhir disunting budi", language: null },
      { status: "Terbit di situs", errors: "", byline: null, editor: null, language: "Bahasa Inggris" },
      { status: "Draf di situs", errors: "1 kesalahan", byline: null, editor: null, language: null },
    ]);
  });

  it("says the same in English", async () => {
    const { read } = await rows("en");
    expect(read.map((row) => [row.status, row.errors, row.editor])).toEqual([
      ["Editing", "2 errors", "last edited by budi"],
      ["Live on the site", "", null],
      ["Draft on the site", "1 error", null],
    ]);
  });
});
