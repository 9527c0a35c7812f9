import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import {
  ipc,
  IpcError,
  onArticlesChanged,
  onExportProgress,
  onExportQueue,
  onLeaseAsked,
  onLeaseLost,
  onPresence,
  onSyncStatus,
  type ArticleContent,
  type Progress,
} from "./index";

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

  it("sends the publishing commands with the shell's argument names", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((command, payload) => {
      calls.push([command, payload]);
      if (command === "export_to_site") return { outcome: "sent", remote_id: 12, link: "http://kabar.example/x/", created: true, revision: 3 };
      if (command === "send_queued_now") return 1;
      if (command === "export_file") return "/tmp/x.json";
      return null;
    });
    await ipc.publishing(null);
    await ipc.publishing(4);
    await ipc.addSite("https://kabar.example", "editor", "abcd efgh");
    await ipc.removeSite(2);
    expect(await ipc.exportToSite(4, 2, "publish", ["Ekonomi"])).toMatchObject({ outcome: "sent", remote_id: 12 });
    expect(await ipc.sendQueuedNow()).toBe(1);
    await ipc.cancelQueuedExport(4, 2);
    expect(await ipc.exportFile(4, "ninjs")).toBe("/tmp/x.json");
    await ipc.setNameKind("Sulastri", "person");
    await ipc.setNameKind("Sulastri", null);
    expect(calls).toEqual([
      ["publishing", { article_id: null }],
      ["publishing", { article_id: 4 }],
      ["add_site", { url: "https://kabar.example", user: "editor", password: "abcd efgh" }],
      ["remove_site", { site_id: 2 }],
      ["export_to_site", { article_id: 4, site_id: 2, status: "publish", categories: ["Ekonomi"], note: null, create_categories: false, revision: null }],
      ["send_queued_now", {}],
      ["cancel_queued_export", { article_id: 4, site_id: 2 }],
      ["export_file", { article_id: 4, format: "ninjs" }],
      ["set_name_kind", { name: "Sulastri", kind: "person" }],
      ["set_name_kind", { name: "Sulastri", kind: null }],
    ]);
  });

  it("hears the export events and stops hearing them", async () => {
    mockIPC(() => null, { shouldMockEvents: true });
    const progress: Progress[] = [];
    const tried: number[] = [];
    const stopProgress = await onExportProgress((p) => progress.push(p));
    const stopQueue = await onExportQueue((n) => tried.push(n));
    const event: Progress = { article_id: 4, site: "https://kabar.example", attempt: 1, attempts: 3, message: "Sending to https://kabar.example" };
    await emit("export-progress", event);
    await emit("export-queue", 2);
    stopProgress();
    stopQueue();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await emit("export-progress", event);
    await emit("export-queue", 5);
    expect(progress).toEqual([event]);
    expect(tried).toEqual([2]);
  });

  it("sends the newsroom commands with the shell's argument names", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((command, payload) => {
      calls.push([command, payload]);
      if (command === "save_article" || command === "merge_article") return { revision: 6, created: true };
      if (command === "article_heads") return [4, 5];
      if (command === "presence") return [];
      return null;
    });
    await ipc.saveArticle(7, content, null, 4);
    await ipc.mergeArticle(7, content, "Memadukan versi");
    expect(await ipc.articleHeads(7)).toEqual([4, 5]);
    await ipc.syncStatus();
    await ipc.connectNewsroom("db.kabar.example/redaksi", "ayu", "rahasia");
    await ipc.disconnectNewsroom();
    await ipc.syncNow();
    await ipc.presence();
    await ipc.openLease(7);
    await ipc.openLease(7, true);
    await ipc.closeLease(7);
    await ipc.askForArticle(7);
    expect(calls).toEqual([
      ["save_article", { article_id: 7, content, note: null, base_revision: 4 }],
      ["merge_article", { article_id: 7, content, note: "Memadukan versi" }],
      ["article_heads", { article_id: 7 }],
      ["sync_status", {}],
      ["connect_newsroom", { address: "db.kabar.example/redaksi", user: "ayu", password: "rahasia" }],
      ["disconnect_newsroom", {}],
      ["sync_now", {}],
      ["presence", {}],
      ["open_lease", { article_id: 7, take_over: false }],
      ["open_lease", { article_id: 7, take_over: true }],
      ["close_lease", { article_id: 7 }],
      ["ask_for_article", { article_id: 7 }],
    ]);
  });

  it("hears the newsroom's events", async () => {
    mockIPC(() => null, { shouldMockEvents: true });
    const heard: Array<[string, unknown]> = [];
    const stops = await Promise.all([
      onSyncStatus((p) => heard.push(["sync-status", p])),
      onArticlesChanged((p) => heard.push(["articles-changed", p])),
      onPresence((p) => heard.push(["presence", p])),
      onLeaseLost((p) => heard.push(["lease-lost", p])),
      onLeaseAsked((p) => heard.push(["lease-asked", p])),
    ]);
    const status = { state: "synced", server: "postgres://ayu@db.kabar.example/redaksi", waiting: 0, last_sync: 1, problem: null, forks: [] };
    await emit("sync-status", status);
    await emit("articles-changed", { ids: [7] });
    await emit("presence", []);
    await emit("lease-lost", { article_id: 7, holder_name: "Budi" });
    await emit("lease-asked", { article_id: 7, from: "Ayu" });
    stops.forEach((stop) => stop());
    expect(heard).toEqual([
      ["sync-status", status],
      ["articles-changed", { ids: [7] }],
      ["presence", []],
      ["lease-lost", { article_id: 7, holder_name: "Budi" }],
      ["lease-asked", { article_id: 7, from: "Ayu" }],
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
