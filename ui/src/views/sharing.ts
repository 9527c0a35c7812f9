// The editor in a newsroom: who may edit the open story (its lease on the newsroom server),
// another desk's revisions arriving while it is open, and versions to reconcile (a fork). Each
// shows as a banner above the page. Nothing an editor typed is ever dropped: losing the story to
// someone who takes it over, or handing it to someone who asks, saves the work as a revision
// first; a save over another desk's newer revision keeps both as versions to reconcile.
//
// Without a newsroom server the lease is "alone" and nothing here shows.

import { ipc, onArticlesChanged, onLeaseAsked, onLeaseLost, onPresence, type ArticleContent, type ArticlesChanged, type LeaseAsked, type LeaseLost, type LeaseState, type Presence } from "../ipc";
import { t } from "../i18n";
import { formatSince, h, replaceChildren } from "../ui/dom";
import { ReconcileDialog } from "./reconcile";

/** What the editor lends the newsroom side. */
export interface SharingHost {
  readonly articleId: number;
  headline(): string;
  isDirty(): boolean;
  /** Saves the window as a revision with `note` (a reconciliation only when `mayMerge` and the
   * editor is reconciling); resolves false when it failed, the error having been shown. */
  saveRevision(note: string | null, mayMerge: boolean): Promise<boolean>;
  /** The saved revision the window started from (the one opened, then the one last saved). */
  revision(): number;
  readOnly(): boolean;
  setReadOnly(readOnly: boolean): void;
  /** Shows the latest saved revision; only called when the window holds no unsaved work. */
  reload(): Promise<void>;
  /** Puts `content` in the window as unsaved work. */
  loadContent(content: ArticleContent): void;
  message(text: string): void;
  error(error: unknown): void;
}

/** Where this desk stands with the open story.
 * - alone: no newsroom server; - editing: this desk holds the lease;
 * - offline: the server could not be asked, editing goes on;
 * - held: someone else edits it (read-only here); - lost: someone took it over;
 * - released: this desk handed it over, or closed it. */
export type LeaseMode = "alone" | "editing" | "offline" | "held" | "lost" | "released";

export class EditorSharing {
  /** The banners, for the editor to place above the page. */
  readonly element: HTMLElement;
  private readonly leaseBanner: HTMLElement;
  private readonly askedBanner: HTMLElement;
  private readonly remoteBanner: HTMLElement;
  private readonly forkBanner: HTMLElement;
  private mode: LeaseMode = "alone";
  private holder = "";
  private since = 0;
  private heads: number[] = [];
  private merging = false;
  private retrying = false;
  private stopped = false;
  private stops: Array<() => void> = [];

  constructor(private readonly host: SharingHost) {
    this.leaseBanner = h("div", { id: "lease-banner", class: "banner", role: "status", hidden: true });
    this.askedBanner = h("div", { id: "lease-asked", class: "banner", role: "alert", hidden: true });
    this.remoteBanner = h("div", { id: "remote-change-banner", class: "banner", role: "status", hidden: true }, h("span", {}, t("newsroom-remote-change")));
    this.forkBanner = h("div", { id: "fork-banner", class: "banner", role: "status", hidden: true });
    this.element = h("div", { class: "sharing-banners" }, this.leaseBanner, this.askedBanner, this.remoteBanner, this.forkBanner);
  }

  /** Where this desk stands with the story. */
  leaseMode(): LeaseMode {
    return this.mode;
  }

  /** True when the next save is to reconcile the versions (merge_article). */
  reconciling(): boolean {
    return this.merging;
  }

  /** Takes the story's lease, looks for versions to reconcile and follows the newsroom while
   * the story is open. */
  async start(): Promise<void> {
    try {
      this.stops = await Promise.all([
        onLeaseLost((lost) => void this.leaseLost(lost)),
        onLeaseAsked((asked) => this.leaseAsked(asked)),
        onArticlesChanged((changed) => void this.articlesChanged(changed)),
        onPresence((presence) => void this.presenceChanged(presence)),
      ]);
    } catch (error) {
      this.host.error(error);
    }
    if (this.stopped) {
      this.stopListening();
      return;
    }
    const lease = await this.askForLease(false);
    if (this.stopped) {
      // The editor closed while the server answered: the lease goes back at once.
      if (lease && lease.granted && !lease.alone && !lease.offline) await ipc.closeLease(this.host.articleId).catch(() => undefined);
      return;
    }
    if (lease) await this.apply(lease);
    await this.checkHeads();
  }

  /** The editor leaves the story: stop following it and give its lease back. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening();
    if (this.mode !== "editing") return;
    this.mode = "released";
    await ipc.closeLease(this.host.articleId).catch(() => undefined);
  }

  private stopListening() {
    this.stops.splice(0).forEach((stop) => stop());
  }

  private async askForLease(takeOver: boolean): Promise<LeaseState | null> {
    try {
      return await ipc.openLease(this.host.articleId, takeOver);
    } catch (error) {
      this.host.error(error);
      return null;
    }
  }

  /** What opening (or taking over) the story got. */
  private async apply(lease: LeaseState): Promise<void> {
    if (lease.granted) {
      const wasReadOnly = this.host.readOnly();
      this.mode = lease.alone ? "alone" : lease.offline ? "offline" : "editing";
      this.host.setReadOnly(false);
      if (this.mode === "offline") this.showLease(t("newsroom-lease-offline"), "quiet");
      else this.leaseBanner.hidden = true;
      // The holder may have saved meanwhile: show their last revision, unless unsaved work is here.
      this.renderFork();
      if (wasReadOnly && !this.host.isDirty()) await this.host.reload();
      return;
    }
    this.mode = "held";
    this.holder = lease.holder_name ?? "";
    this.since = lease.since ?? Date.now();
    this.host.setReadOnly(true);
    this.showHeld(t("newsroom-lease-held", { name: this.holder, time: formatSince(this.since) }), true);
    this.renderFork();
  }

  private showLease(text: string, tone: "quiet" | "warning", ...buttons: HTMLElement[]) {
    replaceChildren(this.leaseBanner, h("span", { id: "lease-message" }, text), ...buttons);
    this.leaseBanner.classList.toggle("banner-quiet", tone === "quiet");
    this.leaseBanner.dataset.mode = this.mode;
    this.leaseBanner.hidden = false;
  }

  /** Someone else edits the story: read-only, with asking for it and taking it over. */
  private showHeld(text: string, mayTakeOver: boolean) {
    const askButton = h("button", { id: "lease-ask", type: "button", class: "button", onclick: () => void this.askForArticle(askButton) }, t("newsroom-lease-ask"));
    const takeOver = mayTakeOver
      ? h("button", { id: "lease-take-over", type: "button", class: "button", onclick: () => void this.takeOver() }, t("newsroom-lease-take-over"))
      : null;
    this.showLease(text, "warning", askButton, ...(takeOver ? [takeOver] : []));
  }

  private async askForArticle(button: HTMLButtonElement) {
    button.disabled = true;
    try {
      await ipc.askForArticle(this.host.articleId);
      if (this.mode !== "held") return;
      const message = this.leaseBanner.querySelector("#lease-message");
      if (message) message.textContent = t("newsroom-lease-asked-sent", { name: this.holder });
    } catch (error) {
      button.disabled = false;
      this.host.error(error);
    }
  }

  /** An editor takes the story from whoever holds it (the server decides who may). */
  private async takeOver() {
    const lease = await this.askForLease(true);
    if (!lease || this.stopped) return;
    if (lease.granted) {
      await this.apply(lease);
      return;
    }
    this.holder = lease.holder_name ?? this.holder;
    this.showHeld(t("newsroom-lease-take-over-refused", { name: this.holder }), false);
  }

  /** Someone took the story over: the work in the window is saved first, then it is theirs. */
  private async leaseLost(lost: LeaseLost) {
    if (lost.article_id !== this.host.articleId || (this.mode !== "editing" && this.mode !== "offline")) return;
    this.mode = "lost";
    this.askedBanner.hidden = true;
    const name = lost.holder_name;
    if (this.host.isDirty() && !(await this.host.saveRevision(t("newsroom-lease-lost-note", { name }), false))) {
      // Still in the window, and still editable: saving later keeps it as a version of its own.
      this.showLease(t("newsroom-lease-lost-unsaved", { name }), "warning");
      return;
    }
    this.merging = false;
    this.host.setReadOnly(true);
    this.showLease(t("newsroom-lease-lost", { name, number: String(this.host.revision()) }), "warning");
    this.renderFork();
  }

  /** Someone asks for the story: say so, and offer to hand it over. */
  private leaseAsked(asked: LeaseAsked) {
    if (asked.article_id !== this.host.articleId || this.mode !== "editing") return;
    replaceChildren(
      this.askedBanner,
      h("span", {}, t("newsroom-lease-asked", { name: asked.from })),
      h("button", { id: "lease-let-go", type: "button", class: "button", onclick: () => void this.letGo(asked.from) }, t("newsroom-lease-let-go")),
      h("button", { id: "lease-keep", type: "button", class: "button", onclick: () => (this.askedBanner.hidden = true) }, t("newsroom-lease-keep")),
    );
    this.askedBanner.hidden = false;
  }

  /** Hands the story over: saves the work in the window, frees the lease, then reads only. */
  private async letGo(to: string) {
    if (this.mode !== "editing") return;
    if (this.host.isDirty() && !(await this.host.saveRevision(t("newsroom-lease-let-go-note", { name: to }), false))) return;
    this.mode = "released";
    this.merging = false;
    this.askedBanner.hidden = true;
    try {
      await ipc.closeLease(this.host.articleId);
    } catch (error) {
      this.host.error(error);
    }
    this.host.setReadOnly(true);
    this.showLease(t("newsroom-lease-let-go-done", { name: to, number: String(this.host.revision()) }), "warning");
    this.renderFork();
  }

  /** Another desk saved the story: shown at once when nothing here is unsaved; otherwise the
   * banner says what saving will do. */
  private async articlesChanged(changed: ArticlesChanged) {
    if (this.stopped || !changed.ids.includes(this.host.articleId)) return;
    if (this.host.isDirty()) this.remoteBanner.hidden = false;
    else await this.host.reload();
    await this.checkHeads();
  }

  /** The holder let go of the story (or their lease ran out): it opens for editing here. */
  private async presenceChanged(presence: Presence[]) {
    if (this.mode !== "held" || this.retrying) return;
    if (presence.some((entry) => entry.article_id === this.host.articleId && !entry.mine)) return;
    this.retrying = true;
    try {
      const lease = await this.askForLease(false);
      if (!lease || this.stopped || this.mode !== "held" || lease.offline) return;
      const holder = this.holder;
      await this.apply(lease);
      if (lease.granted) this.host.message(t("newsroom-lease-free", { name: holder }));
    } finally {
      this.retrying = false;
    }
  }

  /** After a save from the editor: the save kept any newer revision from another desk as a
   * version of its own, and a reconciliation ended the fork. */
  async saved(merged: boolean): Promise<void> {
    this.remoteBanner.hidden = true;
    if (merged) this.merging = false;
    if (this.mode !== "alone" || this.heads.length > 1 || merged) await this.checkHeads();
  }

  /** Reads the story's versions; two or more make a fork to reconcile. */
  async checkHeads(): Promise<void> {
    try {
      this.heads = await ipc.articleHeads(this.host.articleId);
    } catch (error) {
      this.host.error(error);
      return;
    }
    if (this.heads.length < 2) this.merging = false;
    this.renderFork();
  }

  private renderFork() {
    if (this.heads.length < 2) {
      this.forkBanner.hidden = true;
      return;
    }
    const text = this.merging ? t("newsroom-fork-merging", { number: String(this.heads[0]) }) : t("newsroom-fork", { count: this.heads.length });
    replaceChildren(
      this.forkBanner,
      h("span", { id: "fork-message" }, text),
      h(
        "button",
        { id: "fork-reconcile", type: "button", class: "button", disabled: this.host.readOnly(), onclick: () => void this.reconcile() },
        t("newsroom-fork-reconcile"),
      ),
    );
    this.forkBanner.hidden = false;
  }

  /** Shows the two versions and does what the editor chooses. Work in the window is saved
   * first (as a version of its own), so the choice loses nothing. */
  async reconcile(): Promise<void> {
    if (this.host.readOnly()) return;
    if (this.host.isDirty() && !(await this.host.saveRevision(null, false))) return;
    await this.checkHeads();
    if (this.heads.length < 2) return;
    const [first, second] = this.heads;
    const choice = await new ReconcileDialog(this.host.articleId, this.host.headline(), first, second).open((error) => this.host.error(error));
    if (!choice || this.stopped) return;
    if ("edit" in choice) {
      this.host.loadContent(choice.edit.content);
      this.merging = true;
      this.renderFork();
      return;
    }
    try {
      const outcome = await ipc.mergeArticle(this.host.articleId, choice.keep.content, t("newsroom-merge-note"));
      this.merging = false;
      await this.host.reload();
      await this.checkHeads();
      this.host.message(t("newsroom-merged", { number: String(outcome.revision), kept: String(choice.keep.number) }));
    } catch (error) {
      this.host.error(error);
    }
  }
}
