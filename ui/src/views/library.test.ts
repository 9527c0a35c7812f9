import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleSummary } from "../ipc";
import { LibraryScreen, snippetElement } from "./library";

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
    const library = new LibraryScreen({ open: (id) => opened.push(id), create: () => undefined, settings: () => undefined, error: (e) => { throw e; } });
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
    const library = new LibraryScreen({ open: () => undefined, create: () => undefined, settings: () => undefined, error: (e) => errors.push(e) });
    await library.refresh();
    expect(library.element.querySelector("#library-count")?.textContent).toContain("newer version");
    expect(errors).toHaveLength(1);
  });
});
