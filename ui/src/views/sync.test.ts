import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SyncStatus } from "../ipc";
import { setUiLanguage } from "../i18n";
import { SYNCING_SHOWN_AFTER_MS, SyncIndicator, syncLabel } from "./sync";

const indicators: SyncIndicator[] = [];

afterEach(() => {
  indicators.splice(0).forEach((indicator) => indicator.destroy());
  clearMocks();
  vi.useRealTimers();
  setUiLanguage("en");
  document.body.textContent = "";
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const status = (extra: Partial<SyncStatus>): SyncStatus => ({
  state: "synced",
  server: "postgres://ayu@db.kabar.example/redaksi",
  waiting: 0,
  last_sync: 1_700_000_000_000,
  problem: null,
  forks: [],
  ...extra,
});

async function setUp(initial: SyncStatus) {
  const calls: string[] = [];
  mockIPC(
    (command) => {
      calls.push(command);
      return command === "sync_status" ? initial : null;
    },
    { shouldMockEvents: true },
  );
  const errors: unknown[] = [];
  const indicator = new SyncIndicator((error) => errors.push(error));
  indicators.push(indicator);
  document.body.appendChild(indicator.element);
  await indicator.start();
  return { calls, errors, indicator, element: indicator.element };
}

describe("the sync indicator", () => {
  it("says where the sync stands in words, in both languages", () => {
    expect(syncLabel(status({ state: "synced" }))).toBe("Synced");
    expect(syncLabel(status({ state: "syncing" }))).toBe("Syncing…");
    expect(syncLabel(status({ state: "waiting", waiting: 4 }))).toBe("4 waiting to be sent");
    expect(syncLabel(status({ state: "offline", waiting: 2 }))).toBe("Offline — 2 waiting");
    expect(syncLabel(status({ state: "offline", waiting: 0 }))).toBe("Offline");
    expect(syncLabel(status({ state: "refused", problem: "permission denied for table revisions" }))).toBe(
      "Refused by the server: permission denied for table revisions",
    );
    setUiLanguage("id");
    expect(syncLabel(status({ state: "synced" }))).toBe("Tersinkron");
    expect(syncLabel(status({ state: "syncing" }))).toBe("Menyinkronkan…");
    expect(syncLabel(status({ state: "syncing", waiting: 120 }))).toBe("Menyinkronkan… 120 menunggu dikirim");
    expect(syncLabel(status({ state: "waiting", waiting: 4 }))).toBe("4 menunggu dikirim");
    expect(syncLabel(status({ state: "offline", waiting: 2 }))).toBe("Luring — 2 menunggu");
    expect(syncLabel(status({ state: "refused", problem: "izin ditolak" }))).toBe("Ditolak server: izin ditolak");
  });

  it("is hidden while the desk works on its own", async () => {
    const { element } = await setUp(status({ state: "off", server: null, last_sync: null }));
    expect(element.id).toBe("sync-status");
    expect(element.hidden).toBe(true);
  });

  it("loads the state, follows the shell's events and syncs now on a click", async () => {
    const { calls, element } = await setUp(status({ state: "waiting", waiting: 3 }));
    expect(element.hidden).toBe(false);
    expect(element.querySelector(".sync-text")?.textContent).toBe("3 waiting to be sent");
    expect(element.dataset.state).toBe("waiting");
    expect(element.title).toContain("Newsroom server postgres://ayu@db.kabar.example/redaksi; last synced");

    await emit("sync-status", status({ state: "refused", problem: "the newsroom server refused 2 changes: permission denied" }));
    await settle();
    expect(element.querySelector(".sync-text")?.textContent).toBe("Refused by the server: the newsroom server refused 2 changes: permission denied");
    expect(element.dataset.state).toBe("refused");
    // The whole problem is in the tooltip too, in case the indicator cuts it short.
    expect(element.title).toContain("the newsroom server refused 2 changes: permission denied");

    await emit("sync-status", status({ state: "off", server: null }));
    await settle();
    expect(element.hidden).toBe(true);
    await emit("sync-status", status({ state: "offline", waiting: 1, problem: "connection refused", last_sync: null }));
    await settle();
    expect(element.hidden).toBe(false);
    expect(element.textContent).toContain("Offline — 1 waiting");
    expect(element.title).toContain("not synced yet");

    element.click();
    await settle();
    expect(calls).toContain("sync_now");
  });

  it("shows a short sync between two synced states without flickering", async () => {
    const { indicator, element } = await setUp(status({ state: "synced" }));
    vi.useFakeTimers();
    indicator.update(status({ state: "syncing" }));
    expect(element.textContent).toContain("Synced");
    indicator.update(status({ state: "synced" }));
    vi.advanceTimersByTime(SYNCING_SHOWN_AFTER_MS * 2);
    expect(element.textContent).toContain("Synced");
    indicator.update(status({ state: "syncing" }));
    vi.advanceTimersByTime(SYNCING_SHOWN_AFTER_MS);
    expect(element.textContent).toContain("Syncing…");
    // A long push reports what is left as it goes; the progress does not hold the state back.
    indicator.update(status({ state: "synced" }));
    indicator.update(status({ state: "syncing", waiting: 900 }));
    vi.advanceTimersByTime(SYNCING_SHOWN_AFTER_MS / 2);
    indicator.update(status({ state: "syncing", waiting: 400 }));
    vi.advanceTimersByTime(SYNCING_SHOWN_AFTER_MS / 2);
    expect(element.textContent).toContain("Syncing… 400 waiting to be sent");
  });
});
