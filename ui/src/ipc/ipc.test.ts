import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { ipc, IpcError, type ArticleContent } from "./index";

afterEach(() => clearMocks());

const content: ArticleContent = { headline: "Judul", standfirst: "", byline: "", dateline: "", language: "id", tags: [], body: [] };

describe("the ipc layer", () => {
  it("sends each command with snake_case arguments and returns its answer", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((command, payload) => {
      calls.push([command, payload]);
      if (command === "save_article") return { revision: 2, created: true };
      if (command === "list_articles") return [];
      if (command === "diff_revisions") return { fields: [], blocks: [], words_added: 0, words_removed: 0 };
      return null;
    });
    expect(await ipc.saveArticle(7, content, "cek nama")).toEqual({ revision: 2, created: true });
    expect(await ipc.listArticles({ search: "bus", status: "draft" })).toEqual([]);
    await ipc.diffRevisions(7, 1, 2);
    await ipc.restoreRevision(7, 1);
    expect(calls).toEqual([
      ["save_article", { article_id: 7, content, note: "cek nama" }],
      ["list_articles", { query: { search: "bus", status: "draft" } }],
      ["diff_revisions", { article_id: 7, from: 1, to: 2 }],
      ["restore_revision", { article_id: 7, number: 1 }],
    ]);
  });

  it("turns the shell's {code, message} into an IpcError", async () => {
    mockIPC(() => {
      throw { code: "not_found", message: "no article with id 99" };
    });
    const error = await ipc.openArticle(99).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ code: "not_found", message: "no article with id 99" });
  });

  it("reports a failure of the bridge itself with the command's name", async () => {
    mockIPC(() => {
      throw "invalid args `article_id` for command `open_article`";
    });
    const error = await ipc.openArticle(1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ipc" });
    expect((error as Error).message).toContain("open_article");
  });
});
