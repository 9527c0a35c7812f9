import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "./app";
import type { Article, LeaseState, SyncStatus } from "./ipc";

afterEach(() => {
  clearMocks();
  document.body.textContent = "";
});

const settle = async (times = 6) => {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const ARTICLE: Article = {
  id: 7,
  status: "draft",
  created_at: 0,
  updated_at: 0,
  revision: 3,
  content: { headline: "Harga cabai naik", standfirst: "", byline: "", dateline: "", language: "id", tags: [], body: [] },
};

const SYNCED: SyncStatus = { state: "synced", server: "postgres://ayu@db.kabar.example/redaksi", waiting: 0, last_sync: 1_700_000_000_000, problem: null, forks: [] };

/** The window against a mocked shell in a newsroom. */
async function start(lease: LeaseState, recovered: string | null = null) {
  const calls: Array<[string, unknown]> = [];
  mockWindows("main");
  mockIPC(
    (command, payload) => {
      calls.push([command, payload]);
      switch (command) {
        case "app_info":
          return { version: "1", database: "/tmp/sunting.db", author: "Redaktur", default_language: "id", ui_language: "en", system_language: "en", created: false, error: null };
        case "list_articles":
          return [{ id: 7, status: "draft", headline: "Harga cabai naik", language: "id", word_count: 0, revision_count: 3, created_at: 0, updated_at: 0, forked: false }];
        case "sync_status":
          return SYNCED;
        case "presence":
          return [];
        case "open_errors":
          return [];
        case "open_article":
          return {
            article: ARTICLE,
            working_copy: recovered === null ? null : { base_revision: 3, saved_at: 0, content: { ...ARTICLE.content, headline: recovered } },
          };
        case "open_lease":
          return lease;
        case "article_heads":
          return [3];
        case "check_article":
          return { language: "id", blocks: [], findings: [], failures: [], notices: [] };
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
  const root = document.createElement("div");
  document.body.appendChild(root);
  const app = new App(root);
  await app.start();
  await settle();
  const commands = () => calls.map(([command]) => command);
  return { app, calls, commands };
}

const GRANTED: LeaseState = { granted: true, offline: false, alone: false, holder_name: "Redaktur", since: 0 };
const HELD: LeaseState = { granted: false, offline: false, alone: false, holder_name: "Ayu", since: Date.now() };

describe("the window in a newsroom", () => {
  it("shows the sync indicator in the footer of the screen on show", async () => {
    const { app } = await start(GRANTED);
    expect(document.querySelector("#library > footer #sync-status")).not.toBeNull();
    expect(document.querySelector<HTMLElement>("#sync-status")!.hidden).toBe(false);
    expect(document.querySelector("#sync-status")?.textContent).toContain("Synced");
    await app.openArticle(7);
    expect(document.querySelector("#editor > footer #sync-status")).not.toBeNull();
    await emit("sync-status", { ...SYNCED, state: "waiting", waiting: 2 });
    await settle();
    expect(document.querySelector("#sync-status")?.textContent).toContain("2 waiting to be sent");
  });

  it("takes the lease when a story opens, and gives it back on the way to the library", async () => {
    const { app, calls } = await start(GRANTED);
    await app.openArticle(7);
    await settle();
    expect(calls).toContainEqual(["open_lease", { article_id: 7, take_over: false }]);
    expect(calls.filter(([command]) => command === "close_lease")).toEqual([]);
    await app.showLibrary();
    await settle();
    expect(calls.filter(([command]) => command === "close_lease")).toEqual([["close_lease", { article_id: 7 }]]);
  });

  it("leaves a read-only story without asking about the work recovered in it, which stays where it was", async () => {
    const { app, commands } = await start(HELD, "Harga cabai naik lagi");
    await app.openArticle(7);
    await settle();
    expect(document.querySelector("#lease-banner")?.textContent).toContain("Ayu has been editing this article since");
    expect(document.querySelector<HTMLTextAreaElement>("#field-headline")?.value).toBe("Harga cabai naik lagi");
    await app.showLibrary();
    await settle();
    expect(document.querySelector("#leave-dialog")).toBeNull();
    expect(document.querySelector("#library")).not.toBeNull();
    expect(commands()).not.toContain("close_lease");
    expect(commands()).not.toContain("discard_working_copy");
    expect(commands()).not.toContain("save_article");
  });
});
