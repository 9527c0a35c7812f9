// The sync indicator: where this desk stands with the newsroom server, in words (synced,
// syncing, changes waiting, offline, refused and why), shown in the footer of every screen and
// hidden when the desk works on its own. A click syncs now.

import { ipc, onSyncStatus, type SyncStatus } from "../ipc";
import { t } from "../i18n";
import { formatTime, h, replaceChildren } from "../ui/dom";

/** A short sync (the usual round every few seconds) shows no "Syncing…" unless it lasts this
 * long, so the indicator does not flicker. */
export const SYNCING_SHOWN_AFTER_MS = 1000;

/** Where the sync stands, as the indicator and Settings → Newsroom say it. */
export function syncLabel(status: SyncStatus): string {
  switch (status.state) {
    case "off":
      return t("newsroom-sync-off");
    case "synced":
      return t("newsroom-sync-synced");
    case "syncing":
      // While a long push runs (joining with an archive), how much is still to send.
      return t("newsroom-sync-syncing", { count: status.waiting });
    case "waiting":
      return t("newsroom-sync-waiting", { count: status.waiting });
    case "offline":
      return t("newsroom-sync-offline", { count: status.waiting });
    case "refused":
      return t("newsroom-sync-refused", { problem: status.problem ?? "—" });
  }
}

/** A mark beside the words (the words carry the meaning; the mark and colour only repeat it). */
function symbol(status: SyncStatus): string {
  switch (status.state) {
    case "off":
    case "synced":
      return "✓";
    case "syncing":
      return "↻";
    case "waiting":
      return "↑";
    case "offline":
      return "○";
    case "refused":
      return "⚠";
  }
}

export class SyncIndicator {
  readonly element: HTMLButtonElement;
  private status: SyncStatus | null = null;
  private heard = 0;
  private syncingTimer: number | undefined;
  /** A "Syncing…" waiting to be shown (the latest, if several came). */
  private pending: SyncStatus | null = null;
  private stop: (() => void) | null = null;

  constructor(private readonly error: (error: unknown) => void) {
    this.element = h("button", { id: "sync-status", type: "button", class: "sync-status", hidden: true, onclick: () => void this.syncNow() });
  }

  /** Shows where the sync stands, then follows it. */
  async start(): Promise<void> {
    this.stop = await onSyncStatus((status) => {
      this.heard++;
      this.update(status);
    });
    const heard = this.heard;
    const status = await ipc.syncStatus();
    // An event that arrived meanwhile is newer than this answer.
    if (heard === this.heard) this.show(status);
  }

  destroy() {
    window.clearTimeout(this.syncingTimer);
    this.pending = null;
    this.stop?.();
    this.stop = null;
  }

  /** The status as it stands (null before the first answer). */
  current(): SyncStatus | null {
    return this.status;
  }

  /** A new status from the shell: shown at once, except a short "Syncing…" between two
   * "Synced". */
  update(status: SyncStatus) {
    if (status.state === "syncing" && this.status?.state === "synced") {
      // Progress of the same sync only updates what will be shown.
      if (this.pending === null) {
        this.syncingTimer = window.setTimeout(() => {
          const pending = this.pending;
          this.pending = null;
          if (pending) this.show(pending);
        }, SYNCING_SHOWN_AFTER_MS);
      }
      this.pending = status;
      return;
    }
    window.clearTimeout(this.syncingTimer);
    this.pending = null;
    this.show(status);
  }

  private show(status: SyncStatus) {
    this.status = status;
    this.element.hidden = status.state === "off";
    this.element.dataset.state = status.state;
    const label = syncLabel(status);
    replaceChildren(this.element, h("span", { class: "sync-symbol", "aria-hidden": "true" }, symbol(status)), h("span", { class: "sync-text" }, label));
    // The whole problem, which the indicator may cut short, and when the last sync ended well.
    const server = status.server ?? "";
    this.element.title =
      status.last_sync === null
        ? t("newsroom-sync-title-never", { state: label, server })
        : t("newsroom-sync-title", { state: label, server, time: formatTime(status.last_sync) });
  }

  private async syncNow() {
    try {
      await ipc.syncNow();
    } catch (error) {
      this.error(error);
    }
  }
}
