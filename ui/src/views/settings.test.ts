import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { setUiLanguage } from "../i18n";
import type { CmsSite, NameRegisterView, RuleInfo, SyncStatus } from "../ipc";
import { SettingsScreen } from "./settings";

afterEach(() => {
  setUiLanguage("en");
  clearMocks();
  document.body.textContent = "";
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const OFF: SyncStatus = { state: "off", server: null, waiting: 0, last_sync: null, problem: null, forks: [] };

/** The settings screen against a mocked shell that keeps its sites in `sites` and its newsroom
 * server in `sync`. */
async function setUp(
  options: { refuse?: { code: string; message: string }; register?: NameRegisterView; sync?: SyncStatus; refuseNewsroom?: { code: string; message: string }; rules?: RuleInfo[] } = {},
) {
  const calls: Array<[string, unknown]> = [];
  let sites: CmsSite[] = [];
  let sync = options.sync ?? OFF;
  mockIPC((command, payload) => {
    calls.push([command, payload]);
    const args = payload as Record<string, unknown>;
    switch (command) {
      case "settings":
        return { settings: { author: "Redaktur", default_language: "id", disabled_rules: [], enabled_rules: [], ui_language: "" }, rules: options.rules ?? [] };
      case "dictionary":
        return [];
      case "name_register":
        return options.register ?? { names: [], different: [], kinds: [] };
      case "publishing":
        return { sites, posts: [], queued: [], log: [] };
      case "add_site": {
        if (options.refuse) throw options.refuse;
        const site = { id: sites.length + 1, url: String(args.url).replace(/\/$/, ""), user: String(args.user) };
        sites = [...sites, site];
        return site;
      }
      case "remove_site":
        sites = sites.filter((site) => site.id !== args.site_id);
        return null;
      case "sync_status":
        return sync;
      case "connect_newsroom":
        if (options.refuseNewsroom) throw options.refuseNewsroom;
        sync = { ...OFF, state: "syncing", server: `postgres://${String(args.user)}@${String(args.address)}` };
        return sync;
      case "disconnect_newsroom":
        sync = OFF;
        return null;
      default:
        return null;
    }
  }, { shouldMockEvents: true });
  const errors: unknown[] = [];
  const screen = new SettingsScreen({ close: () => undefined, error: (e) => errors.push(e), saved: () => undefined });
  document.body.appendChild(screen.element);
  await screen.load();
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => screen.element.querySelector<T>(selector)!;
  const fill = (url: string, user: string, password: string) => {
    $<HTMLInputElement>("#site-url").value = url;
    $<HTMLInputElement>("#site-user").value = user;
    $<HTMLInputElement>("#site-password").value = password;
  };
  return { calls, errors, screen, $, fill };
}

describe("the settings' publishing section", () => {
  it("connects a site, clears the password, lists the site and removes it after asking", async () => {
    const { calls, errors, $, fill } = await setUp();
    expect($("#settings-publishing h2").textContent).toBe("Publishing");
    expect($("#site-help").textContent).toContain("Users → Profile → Application Passwords");
    expect($("#site-help").textContent).toContain("system keyring, never in Sunting's database");
    expect($<HTMLInputElement>("#site-password").type).toBe("password");
    expect($<HTMLInputElement>("#site-password").getAttribute("autocomplete")).toBe("off");
    expect($("#site-list").textContent).toBe("No site connected yet.");

    fill(" https://kabar.example/ ", " editor ", "abcd efgh ijkl");
    $("#site-add").click();
    await settle();
    await settle();
    expect(calls).toContainEqual(["add_site", { url: "https://kabar.example/", user: "editor", password: "abcd efgh ijkl" }]);
    expect($<HTMLInputElement>("#site-password").value).toBe("");
    const rows = [...$("#site-list").querySelectorAll<HTMLElement>(".site-row")];
    expect(rows.map((row) => row.textContent)).toEqual(["https://kabar.example as editorRemove"]);
    expect(rows[0].dataset.siteId).toBe("1");
    expect($("#settings-status").textContent).toBe("Connected https://kabar.example as editor");
    expect(errors).toEqual([]);

    $(".site-row .site-remove").click();
    const confirm = document.querySelector<HTMLButtonElement>("#site-remove-confirm")!;
    expect(document.querySelector("#site-remove-dialog")?.textContent).toContain("deleted from the keyring");
    confirm.click();
    await settle();
    await settle();
    expect(calls).toContainEqual(["remove_site", { site_id: 1 }]);
    expect($("#site-list").querySelectorAll(".site-row")).toHaveLength(0);
    expect($("#settings-status").textContent).toBe("Removed https://kabar.example");
  });

  it("shows why the site refused, and keeps what was typed", async () => {
    const { $, fill } = await setUp({ refuse: { code: "site", message: "cannot connect to https://kabar.example as editor: the site answered HTTP 401" } });
    fill("https://kabar.example", "editor", "salah");
    $("#site-add").click();
    await settle();
    await settle();
    expect($("#settings-status").textContent).toBe("cannot connect to https://kabar.example as editor: the site answered HTTP 401");
    expect($("#settings-status").classList.contains("error")).toBe(true);
    expect($<HTMLInputElement>("#site-password").value).toBe("salah");
    expect($("#site-list").querySelectorAll(".site-row")).toHaveLength(0);
  });

  it("asks for all three fields before calling the site", async () => {
    const { calls, $, fill } = await setUp();
    fill("https://kabar.example", "", "abcd");
    $("#site-add").click();
    await settle();
    expect(calls.map(([command]) => command)).not.toContain("add_site");
    expect($("#settings-status").textContent).toContain("needs its address, your user name and an Application Password");
  });
});

describe("name kinds in the register", () => {
  it("shows each name's kind and changes it", async () => {
    const register: NameRegisterView = {
      names: [
        { name: "Sulastri", articles: 2, uses: 3, confirmed: false },
        { name: "Pasar Johar", articles: 1, uses: 2, confirmed: true },
      ],
      different: [],
      kinds: [["Pasar Johar", "place"]],
    };
    const { calls, $ } = await setUp({ register });
    const select = (name: string) => $<HTMLSelectElement>(`select.name-kind[data-name="${name}"]`);
    expect(select("Sulastri").value).toBe("");
    expect(select("Pasar Johar").value).toBe("place");
    expect([...select("Sulastri").options].map((o) => o.textContent)).toEqual(["—", "person", "organisation", "place"]);

    select("Sulastri").value = "person";
    select("Sulastri").dispatchEvent(new Event("change"));
    await settle();
    select("Pasar Johar").value = "";
    select("Pasar Johar").dispatchEvent(new Event("change"));
    await settle();
    expect(calls.filter(([command]) => command === "set_name_kind")).toEqual([
      ["set_name_kind", { name: "Sulastri", kind: "person" }],
      ["set_name_kind", { name: "Pasar Johar", kind: null }],
    ]);
    expect($("#settings-status").textContent).toBe("“Pasar Johar” is no longer marked as a person, organisation or place");
    // Searching redraws the list with the kinds as they are now.
    $<HTMLInputElement>("#names-search").dispatchEvent(new Event("input"));
    expect(select("Sulastri").value).toBe("person");
    expect(select("Pasar Johar").value).toBe("");
  });
});

describe("the settings' newsroom section", () => {
  it("explains joining, joins with the three fields, then shows the server, its state and leaving", async () => {
    const { calls, errors, $ } = await setUp();
    expect($("#settings-newsroom h2").textContent).toBe("Newsroom");
    expect($("#newsroom-connect").textContent).toBe("Connect");
    expect($("#newsroom-help").textContent).toContain("sends this computer's whole archive to the server once");
    expect($("#newsroom-security").textContent).toContain("system keyring");
    expect($("#newsroom-security").textContent).toContain("TLS unless the address says sslmode=disable");
    expect($<HTMLInputElement>("#newsroom-password").type).toBe("password");
    expect($("#newsroom-connected").hidden).toBe(true);
    expect($("#newsroom-form").hidden).toBe(false);

    $<HTMLInputElement>("#newsroom-address").value = " db.kabar.example/redaksi ";
    $<HTMLInputElement>("#newsroom-user").value = "ayu";
    $<HTMLInputElement>("#newsroom-password").value = "rahasia-sekali";
    $("#newsroom-connect").click();
    expect($("#newsroom-message").textContent).toBe("Checking db.kabar.example/redaksi…");
    await settle();
    await settle();
    expect(calls).toContainEqual(["connect_newsroom", { address: "db.kabar.example/redaksi", user: "ayu", password: "rahasia-sekali" }]);
    expect($<HTMLInputElement>("#newsroom-password").value).toBe("");
    expect($("#newsroom-message").textContent).toBe("Joined postgres://ayu@db.kabar.example/redaksi. This computer's archive is being sent in the background.");
    expect($("#newsroom-form").hidden).toBe(true);
    expect($("#newsroom-connected").hidden).toBe(false);
    expect($("#newsroom-server").textContent).toBe("postgres://ayu@db.kabar.example/redaksi");
    expect($("#newsroom-state").textContent).toBe("Syncing…");

    // The state follows the sync.
    await emit("sync-status", { ...OFF, state: "waiting", server: "postgres://ayu@db.kabar.example/redaksi", waiting: 3 });
    await settle();
    expect($("#newsroom-state").textContent).toBe("3 waiting to be sent");

    $("#newsroom-disconnect").click();
    expect(document.querySelector("#newsroom-disconnect-dialog")?.textContent).toContain("Every article stays on this computer");
    document.querySelector<HTMLButtonElement>("#newsroom-disconnect-confirm")!.click();
    await settle();
    await settle();
    expect(calls.map(([command]) => command)).toContain("disconnect_newsroom");
    expect($("#newsroom-connected").hidden).toBe(true);
    expect($("#newsroom-form").hidden).toBe(false);
    expect(errors).toEqual([]);
  });

  it("shows why the server refused, keeps what was typed, and asks for all three fields first", async () => {
    const { calls, $ } = await setUp({ refuseNewsroom: { code: "newsroom", message: "password authentication failed for user \"ayu\"" } });
    $<HTMLInputElement>("#newsroom-address").value = "db.kabar.example/redaksi";
    $<HTMLInputElement>("#newsroom-user").value = "ayu";
    $("#newsroom-connect").click();
    await settle();
    expect(calls.map(([command]) => command)).not.toContain("connect_newsroom");
    expect($("#newsroom-message").textContent).toBe("Joining needs the server's address, your user name and your password.");

    $<HTMLInputElement>("#newsroom-password").value = "salah";
    // Enter in a field joins, as in the site form.
    $("#newsroom-password").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await settle();
    await settle();
    expect($("#newsroom-message").textContent).toBe('password authentication failed for user "ayu"');
    expect($("#newsroom-message").classList.contains("error")).toBe(true);
    expect($<HTMLInputElement>("#newsroom-password").value).toBe("salah");
    expect($("#newsroom-connected").hidden).toBe(true);
  });

  it("shows a desk already in a newsroom as joined", async () => {
    const { $ } = await setUp({ sync: { ...OFF, state: "offline", server: "postgres://ayu@db.kabar.example/redaksi", waiting: 2, problem: "connection refused" } });
    expect($("#newsroom-form").hidden).toBe(true);
    expect($("#newsroom-server").textContent).toBe("postgres://ayu@db.kabar.example/redaksi");
    expect($("#newsroom-state").textContent).toBe("Offline — 2 waiting");
  });
});

describe("finding one's way in the settings", () => {
  const rules: RuleInfo[] = [
    { id: "name_consistency", name: "Satu nama, satu ejaan", category: "name", severity: "error", description: "Menandai nama yang ditulis berbeda.", enabled_by_default: true },
    { id: "foreign_word", name: "Kata asing", category: "language", severity: "info", description: "Mencatat kata asing.", enabled_by_default: true },
  ];

  it("lists its sections in an index, each going to its section's heading", async () => {
    setUiLanguage("id");
    const { screen, $ } = await setUp();
    const links = Array.from(screen.element.querySelectorAll<HTMLAnchorElement>("#settings-index a"));
    expect(links.map((a) => a.textContent)).toEqual(["Redaksi", "Penerbitan", "Server redaksi", "Pemeriksaan", "Kamus redaksi", "Daftar nama"]);
    expect($("#settings-index").getAttribute("aria-label")).toBe("Bagian");
    // jsdom lays nothing out: scrolling is a no-op, the focus shows where the link went.
    Element.prototype.scrollIntoView = () => undefined;
    links[5].click();
    expect(document.activeElement).toBe($("#settings-names-title"));
    expect(links.every((a) => screen.element.querySelector(a.getAttribute("href")!) !== null)).toBe(true);
  });

  it("names the rules from the catalogue and saves a switched rule at once, without the desk's unsaved fields", async () => {
    setUiLanguage("id");
    const { calls, $ } = await setUp({ rules });
    expect(Array.from(document.querySelectorAll("#settings-rules .rule strong"), (s) => s.textContent)).toEqual(["Satu nama, satu ejaan", "Kata asing"]);
    $<HTMLInputElement>("#settings-author").value = "belum disimpan";
    const box = $<HTMLInputElement>('input.rule-toggle[data-rule="foreign_word"]');
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.filter(([command]) => command === "save_settings")).toEqual([
      ["save_settings", { settings: { author: "Redaktur", default_language: "id", disabled_rules: ["foreign_word"], enabled_rules: [], ui_language: "" } }],
    ]);
    expect($("#settings-status").textContent).toBe("Pemeriksaan disimpan dan berlaku pada pemeriksaan berikutnya");
  });

  it("labels the different-people fields, the kind menus and the file buttons", async () => {
    setUiLanguage("id");
    const register: NameRegisterView = { names: [{ name: "Hendra Wiratmaja", articles: 2, uses: 4, confirmed: true }], different: [], kinds: [["Hendra Wiratmaja", "person"]] };
    const { $ } = await setUp({ register });
    const labelOf = (input: HTMLElement) => input.closest("label")?.querySelector(".field-label")?.textContent;
    expect(labelOf($("#different-a"))).toBe("Nama");
    expect(labelOf($("#different-b"))).toBe("adalah orang yang berbeda dengan");
    expect(labelOf($('select.name-kind[data-name="Hendra Wiratmaja"]'))).toBe("Jenis");
    // The file pickers are the screen's own buttons, in the interface's language.
    for (const [id, label] of [["dictionary-import-file", "Impor berkas daftar kata"], ["names-import-file", "Impor berkas CSV daftar nama"]]) {
      const input = $<HTMLInputElement>(`#${id}`);
      expect(input.type).toBe("file");
      expect($(`label[for="${id}"]`).textContent).toBe(label);
      expect($(`label[for="${id}"]`).classList.contains("button")).toBe(true);
    }
  });
});
