// Settings → Newsroom: joining a newsroom server (address, user name, password, checked against
// the server before anything is kept), what joining does, where the sync stands, and leaving.

import { ipc, onSyncStatus, type SyncStatus } from "../ipc";
import { t } from "../i18n";
import { ask } from "../ui/dialog";
import { h } from "../ui/dom";
import { syncLabel } from "./sync";

export class NewsroomSection {
  readonly element: HTMLElement;
  private readonly address: HTMLInputElement;
  private readonly user: HTMLInputElement;
  private readonly password: HTMLInputElement;
  private readonly connectButton: HTMLButtonElement;
  private readonly form: HTMLElement;
  private readonly connected: HTMLElement;
  private readonly server: HTMLElement;
  private readonly state: HTMLElement;
  private readonly message: HTMLElement;
  private status: SyncStatus | null = null;
  private stop: (() => void) | null = null;

  constructor(private readonly error: (error: unknown) => void) {
    this.address = h("input", { id: "newsroom-address", type: "text", placeholder: "db.kabar.example/redaksi", autocomplete: "off", spellcheck: "false" });
    this.user = h("input", { id: "newsroom-user", type: "text", placeholder: t("newsroom-settings-user-placeholder"), autocomplete: "off", spellcheck: "false" });
    this.password = h("input", { id: "newsroom-password", type: "password", autocomplete: "off", spellcheck: "false" });
    this.connectButton = h("button", { id: "newsroom-connect", type: "button", class: "button", onclick: () => void this.connect() }, t("newsroom-settings-connect"));
    // As in the site form: Enter in a field joins.
    for (const input of [this.address, this.user, this.password]) {
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          void this.connect();
        }
      });
    }
    this.message = h("p", { id: "newsroom-message", class: "settings-status", "aria-live": "polite" });
    this.server = h("strong", { id: "newsroom-server" });
    this.state = h("span", { id: "newsroom-state" });
    this.connected = h(
      "div",
      { id: "newsroom-connected", class: "newsroom-connected", hidden: true },
      h("span", {}, t("newsroom-settings-server"), " ", this.server, h("span", { class: "muted" }, " · "), this.state),
      h("span", { class: "row-actions" }, h("button", { id: "newsroom-disconnect", type: "button", class: "button small", onclick: () => void this.disconnect() }, t("newsroom-settings-disconnect"))),
    );
    this.form = h(
      "div",
      { id: "newsroom-form" },
      h("h3", { class: "settings-subtitle" }, t("newsroom-settings-join")),
      h(
        "div",
        { class: "site-form" },
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("newsroom-settings-address")), this.address),
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("newsroom-settings-user")), this.user),
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("newsroom-settings-password")), this.password),
        h("div", { class: "site-form-actions" }, this.connectButton),
      ),
    );
    this.element = h(
      "section",
      { id: "settings-newsroom", class: "settings-section", "aria-labelledby": "settings-newsroom-title" },
      h("h2", { id: "settings-newsroom-title" }, t("newsroom-settings-title")),
      h("p", { class: "muted", id: "newsroom-help" }, t("newsroom-settings-intro")),
      h("p", { class: "muted", id: "newsroom-security" }, t("newsroom-settings-security")),
      this.connected,
      this.form,
      this.message,
    );
  }

  /** Shows where the sync stands, and follows it while the section is on screen. */
  async load(): Promise<void> {
    this.show(await ipc.syncStatus());
    if (this.stop) return;
    this.stop = await onSyncStatus((status) => {
      // Settings have no teardown: the first event after they closed stops the listening.
      if (!this.element.isConnected) {
        this.stop?.();
        this.stop = null;
        return;
      }
      this.show(status);
    });
  }

  private show(status: SyncStatus) {
    this.status = status;
    const joined = status.state !== "off" && status.server !== null;
    this.connected.hidden = !joined;
    this.form.hidden = joined;
    this.server.textContent = status.server ?? "";
    this.state.textContent = syncLabel(status);
  }

  private say(text: string, error = false) {
    this.message.textContent = text;
    this.message.classList.toggle("error", error);
  }

  /** Joins: the shell checks the address, login and the server's version first, which can take
   * a few seconds; nothing is kept when that fails. */
  private async connect() {
    const address = this.address.value.trim();
    const user = this.user.value.trim();
    const password = this.password.value;
    if (!address || !user || !password) {
      this.say(t("newsroom-settings-incomplete"), true);
      return;
    }
    if (this.connectButton.disabled) return;
    this.connectButton.disabled = true;
    this.say(t("newsroom-settings-checking", { address }));
    try {
      const status = await ipc.connectNewsroom(address, user, password);
      this.password.value = "";
      this.show(status);
      this.say(t("newsroom-settings-connected", { server: status.server ?? address }));
    } catch (error) {
      // Why the server refused (a wrong password, no such database, no keyring) belongs here.
      this.say(error instanceof Error ? error.message : String(error), true);
    } finally {
      this.connectButton.disabled = false;
    }
  }

  private async disconnect() {
    const server = this.status?.server ?? "";
    const answer = await ask({
      id: "newsroom-disconnect-dialog",
      title: t("newsroom-settings-disconnect-title", { server }),
      message: t("newsroom-settings-disconnect-message"),
      buttons: [
        { label: t("settings-cancel"), value: false, id: "newsroom-disconnect-cancel" },
        { label: t("newsroom-settings-disconnect-confirm"), value: true, danger: true, id: "newsroom-disconnect-confirm" },
      ],
    });
    if (!answer?.value) return;
    try {
      await ipc.disconnectNewsroom();
      this.show({ state: "off", server: null, waiting: 0, last_sync: null, problem: null, forks: [] });
      this.say(t("newsroom-settings-disconnected", { server }));
    } catch (error) {
      this.error(error);
    }
  }
}
