import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { Article, ExportAttempt, Exported, Progress, PublishingView, QueuedExport } from "../ipc";
import { EditorScreen } from "./editor";
import { HEADLINE_LIMIT, publishProblems, PublishDialog, splitCategories, type PublishActions } from "./publish";

const dialogs: PublishDialog[] = [];
const editors: EditorScreen[] = [];

afterEach(() => {
  dialogs.splice(0).forEach((dialog) => dialog.close());
  editors.splice(0).forEach((editor) => editor.destroy());
  clearMocks();
  document.body.textContent = "";
});

const SITE = { id: 2, url: "https://kabar.example", user: "editor" };
const OTHER = { id: 5, url: "https://lain.example", user: "ayu" };

const attempt = (extra: Partial<ExportAttempt>): ExportAttempt => ({
  target: SITE.url,
  revision: 3,
  attempted_at: 1_700_000_000_000,
  outcome: "sent",
  http_status: 201,
  remote_id: 41,
  message: "created",
  author: "Redaktur",
  ...extra,
});

const queuedExport: QueuedExport = {
  id: 1,
  article_id: 7,
  site_id: SITE.id,
  post_status: "publish",
  categories: ["Ekonomi"],
  author: "Redaktur",
  attempts: 1,
  next_attempt_at: 1_700_000_060_000,
  last_error: "the site answered HTTP 500",
  note: "",
  create_categories: false,
  revision: null,
};

/** A promise the test settles, for a command that is still running. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Shell {
  calls: Array<[string, unknown]>;
  view: PublishingView;
  /** What a send answers; a function answers by what was asked. */
  exported: Exported | Promise<Exported> | ((payload: { revision: number | null }) => Exported);
  onSendQueued?: () => void;
  /** The usual headline length the site reports, measured on 60 posts; the default when unset. */
  headlineLimit?: number;
}

/** A mocked shell with events, answering the publishing commands from `shell`. */
function mockShell(shell: Shell) {
  mockIPC(
    (command, payload) => {
      shell.calls.push([command, payload]);
      switch (command) {
        case "publishing":
          return structuredClone(shell.view);
        case "export_to_site":
          return typeof shell.exported === "function" ? shell.exported(payload as { revision: number | null }) : shell.exported;
        case "site_profile":
          return { categories: ["Ekonomi", "Olahraga & Gaya Hidup"], headline_limit: shell.headlineLimit ?? 100, headlines_measured: shell.headlineLimit ? 60 : 0 };
        case "send_queued_now":
          shell.onSendQueued?.();
          return 1;
        case "export_file":
          return "/home/ayu/Downloads/harga-cabai-2026-11-30-140000.json";
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
}

function actions(extra: Partial<PublishActions> = {}) {
  const log: string[] = [];
  const all: PublishActions = {
    isDirty: () => false,
    save: async () => true,
    readiness: async () => ({ errors: 0, standfirst: "Harga cabai rawit naik dua kali lipat.", headline: "Harga Cabai Naik" }),
    exported: () => log.push("exported"),
    settings: () => log.push("settings"),
    error: (error) => log.push(`error: ${String(error)}`),
    closed: () => log.push("closed"),
    ...extra,
  };
  return { log, actions: all };
}

async function openDialog(publishActions: PublishActions) {
  const dialog = new PublishDialog(7, "Harga Cabai Naik", publishActions);
  dialogs.push(dialog);
  await dialog.open();
  return dialog;
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function choose(selector: string, value: string) {
  const element = $<HTMLSelectElement | HTMLInputElement>(selector);
  element.value = value;
  element.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("the publish dialog", () => {
  it("splits categories at commas and trims them", () => {
    expect(splitCategories(" Ekonomi, Kota Semarang ,, ")).toEqual(["Ekonomi", "Kota Semarang"]);
    expect(splitCategories("")).toEqual([]);
  });

  it("sends to the chosen site with the chosen status and categories, showing progress, then what came of it", async () => {
    const answer = deferred<Exported>();
    const shell: Shell = { calls: [], view: { sites: [SITE, OTHER], posts: [], queued: [], log: [] }, exported: answer.promise };
    mockShell(shell);
    const { log, actions: publishActions } = actions();
    await openDialog(publishActions);
    expect($("#publish-dialog").getAttribute("aria-modal")).toBe("true");
    expect(document.activeElement).toBe($("#publish-site"));
    expect([...$("#publish-site").querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "https://kabar.example (editor)",
      "https://lain.example (ayu)",
    ]);
    expect([...$("#publish-status").querySelectorAll("option")].map((o) => o.textContent)).toEqual(["Draft", "Pending review", "Published"]);
    expect($("#export-log").textContent).toBe("Nothing exported yet.");

    choose("#publish-site", "5");
    choose("#publish-status", "publish");
    choose("#publish-categories", " Ekonomi,  Kota Semarang , ");
    $("#publish-send").click();
    await settle();
    expect(shell.calls).toContainEqual(["export_to_site", { article_id: 7, site_id: 5, status: "publish", categories: ["Ekonomi", "Kota Semarang"], note: null, create_categories: false, revision: null }]);
    expect($<HTMLButtonElement>("#publish-send").disabled).toBe(true);
    expect($("#publish-progress").getAttribute("aria-live")).toBe("polite");

    const progress: Progress = { article_id: 7, site: OTHER.url, attempt: 2, attempts: 3, message: "Trying again in 0.5 s" };
    await emit("export-progress", progress);
    expect($("#publish-progress").textContent).toBe("Trying again in 0.5 s (attempt 2 of 3)");
    // Another article's export does not show here.
    await emit("export-progress", { ...progress, article_id: 8, message: "Sending elsewhere" });
    expect($("#publish-progress").textContent).toBe("Trying again in 0.5 s (attempt 2 of 3)");

    shell.view = {
      ...shell.view,
      posts: [{ site_id: 5, remote_id: 41, link: "https://lain.example/harga-cabai/", exported_revision: 3, exported_at: 1_700_000_000_000 }],
      log: [attempt({ target: OTHER.url, outcome: "failed", http_status: 500, remote_id: null, message: "attempt 1 of 3: HTTP 500" }), attempt({ target: OTHER.url })],
    };
    answer.resolve({ outcome: "sent", remote_id: 41, link: "https://lain.example/harga-cabai/", created: true, revision: 3 });
    await settle();
    await settle();
    expect($("#publish-result").dataset.outcome).toBe("sent");
    expect($("#publish-result p").textContent).toBe("Sent revision 3: post 41 created.");
    // The address is text to copy, never a link the web view would follow.
    expect($("#publish-result a")).toBeNull();
    expect($<HTMLInputElement>("#publish-link").value).toBe("https://lain.example/harga-cabai/");
    expect($("#publish-progress").textContent).toBe("");
    expect(log).toContain("exported");
    expect($("#publish-posts").textContent).toContain("https://lain.example post 41, revision 3");
    // The log, newest first.
    const rows = [...document.querySelectorAll("#export-log tbody tr")];
    expect(rows.map((row) => row.querySelector(".log-outcome")?.textContent)).toEqual(["sent", "failed"]);
    // The HTTP status is kept on the row, out of sight, not as a column of raw codes.
    expect(rows[1].getAttribute("data-http-status")).toBe("500");
    expect(Array.from(document.querySelectorAll("#export-log th"), (th) => th.textContent)).not.toContain("HTTP");
    expect(document.querySelector("#export-ninjs")?.textContent).toBe("For news agencies (ninjs)");

    // Opened again, the dialog keeps what was chosen for this article.
    dialogs.splice(0).forEach((dialog) => dialog.close());
    await openDialog(publishActions);
    expect($<HTMLSelectElement>("#publish-site").value).toBe("5");
    expect($<HTMLSelectElement>("#publish-status").value).toBe("publish");
    expect($<HTMLInputElement>("#publish-categories").value).toBe("Ekonomi, Kota Semarang");
  });

  it("says an export is queued, sends it on Send now, and can take it off the queue", async () => {
    const shell: Shell = { calls: [], view: { sites: [SITE], posts: [], queued: [], log: [] }, exported: { outcome: "queued", reason: "the site answered HTTP 500" } };
    mockShell(shell);
    const { log, actions: publishActions } = actions();
    await openDialog(publishActions);
    shell.view = { ...shell.view, queued: [queuedExport], log: [attempt({ outcome: "queued", http_status: 500, remote_id: null, message: "attempt 3 of 3: HTTP 500" })] };
    $("#publish-send").click();
    await settle();
    await settle();
    expect($("#publish-result").dataset.outcome).toBe("queued");
    expect($("#publish-result").textContent).toContain("Queued: not sent to https://kabar.example yet (the site answered HTTP 500)");
    expect($("#publish-result").textContent).toContain("It will be sent when the site answers again");
    expect($("#export-log tbody .log-outcome").textContent).toBe("queued");
    expect(log).not.toContain("exported");

    shell.onSendQueued = () => {
      shell.view = {
        ...shell.view,
        queued: [],
        posts: [{ site_id: 2, remote_id: 41, link: "https://kabar.example/harga-cabai/", exported_revision: 3, exported_at: 1_700_000_100_000 }],
        // The log's words are whatever language they were written in; the dialog reads only
        // the outcomes: this is the first post the site got from the article.
        log: [...shell.view.log, attempt({ message: "dibuat", http_status: 201 })],
      };
    };
    $("#publish-send-queued").click();
    await settle();
    await settle();
    expect(shell.calls.map(([command]) => command)).toContain("send_queued_now");
    expect($("#publish-result").dataset.outcome).toBe("sent");
    expect($("#publish-result p").textContent).toBe("Sent revision 3: post 41 created.");
    expect(log).toContain("exported");

    // Reopened later with an export still waiting: the dialog says so, and Cancel takes it off.
    dialogs.splice(0).forEach((dialog) => dialog.close());
    shell.view = { ...shell.view, queued: [queuedExport] };
    await openDialog(publishActions);
    expect($("#publish-result").dataset.outcome).toBe("queued");
    shell.view = { ...shell.view, queued: [] };
    $("#publish-cancel-queued").click();
    await settle();
    await settle();
    expect(shell.calls).toContainEqual(["cancel_queued_export", { article_id: 7, site_id: 2 }]);
    expect($("#publish-result").textContent).toBe("Taken off the queue: the article was not sent to https://kabar.example.");
  });

  it("shows why an export failed", async () => {
    const shell: Shell = { calls: [], view: { sites: [SITE], posts: [], queued: [], log: [] }, exported: { outcome: "failed", reason: "the site refused the password (HTTP 401)" } };
    mockShell(shell);
    const { log, actions: publishActions } = actions();
    await openDialog(publishActions);
    $("#publish-send").click();
    await settle();
    await settle();
    expect($("#publish-result").dataset.outcome).toBe("failed");
    expect($("#publish-result").textContent).toBe("Not sent: the site refused the password (HTTP 401)");
    expect(log).not.toContain("exported");
  });

  it("asks which revision goes out when someone other than the approver saved since, and sends the one chosen", async () => {
    const question: Exported = { outcome: "newer_than_approved", approved: 3, approved_by: "Budi", latest: 5, changed_by: ["Ayu", "Citra"] };
    const shell: Shell = {
      calls: [],
      view: { sites: [SITE], posts: [], queued: [], log: [] },
      exported: ({ revision }) => (revision === null ? question : { outcome: "sent", remote_id: 9, link: "https://kabar.example/x/", created: true, revision }),
    };
    mockShell(shell);
    const { log, actions: publishActions } = actions();
    await openDialog(publishActions);
    $("#publish-send").click();
    await settle();
    await settle();
    expect($("#publish-revision-dialog").textContent).toContain(
      "Budi approved revision 3 when marking it Ready, and Ayu, Citra saved since (the latest is revision 5).",
    );
    expect($("#publish-revision-approved").textContent).toBe("Send revision 3, as approved");
    $("#publish-revision-approved").click();
    await settle();
    await settle();
    const sends = shell.calls.filter(([command]) => command === "export_to_site").map(([, payload]) => (payload as { revision: number | null }).revision);
    expect(sends).toEqual([null, 3]);
    expect($("#publish-result p").textContent).toBe("Sent revision 3: post 9 created.");
    expect(log).toContain("exported");

    // Cancelled, nothing more goes.
    shell.calls.length = 0;
    $("#publish-send").click();
    await settle();
    await settle();
    $("#publish-revision-cancel").click();
    await settle();
    await settle();
    expect(shell.calls.filter(([command]) => command === "export_to_site").length).toBe(1);
    expect($("#publish-result").textContent).toBe("Nothing was sent.");
  });

  it("saves unsaved work before sending, and sends nothing when saving fails", async () => {
    const shell: Shell = { calls: [], view: { sites: [SITE], posts: [], queued: [], log: [] }, exported: { outcome: "failed", reason: "x" } };
    mockShell(shell);
    let dirty = true;
    let saves = 0;
    let saveWorks = false;
    const { actions: publishActions } = actions({
      isDirty: () => dirty,
      save: async () => {
        saves++;
        if (saveWorks) dirty = false;
        return saveWorks;
      },
    });
    await openDialog(publishActions);
    expect($("#publish-unsaved").hidden).toBe(false);
    $("#publish-send").click();
    await settle();
    await settle();
    expect(saves).toBe(1);
    expect(shell.calls.map(([command]) => command)).not.toContain("export_to_site");
    expect($("#publish-result").textContent).toBe("Nothing was sent: your changes could not be saved.");

    saveWorks = true;
    $("#publish-send").click();
    await settle();
    await settle();
    expect(saves).toBe(2);
    expect(shell.calls.map(([command]) => command)).toContain("export_to_site");
    expect($("#publish-unsaved").hidden).toBe(true);
  });

  it("exports a file and shows where it was written", async () => {
    const shell: Shell = { calls: [], view: { sites: [SITE], posts: [], queued: [], log: [] }, exported: { outcome: "failed", reason: "x" } };
    mockShell(shell);
    await openDialog(actions().actions);
    $("#export-ninjs").click();
    await settle();
    await settle();
    expect(shell.calls).toContainEqual(["export_file", { article_id: 7, format: "ninjs" }]);
    expect($("#export-file-result").textContent).toBe("Written to /home/ayu/Downloads/harga-cabai-2026-11-30-140000.json");
  });

  it("offers the settings when no site is connected; Escape closes and focus returns", async () => {
    const shell: Shell = { calls: [], view: { sites: [], posts: [], queued: [], log: [] }, exported: { outcome: "failed", reason: "x" } };
    mockShell(shell);
    const opener = document.createElement("button");
    document.body.appendChild(opener);
    opener.focus();
    const { log, actions: publishActions } = actions();
    await openDialog(publishActions);
    expect($("#publish-no-sites").hidden).toBe(false);
    expect($("#publish-send").closest("[hidden]")).not.toBeNull();
    expect(document.activeElement).toBe($("#publish-settings"));
    // Tab stays inside the dialog.
    const close = $("#publish-close");
    close.focus();
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true }));
    expect($("#publish-dialog").contains(document.activeElement)).toBe(true);
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(document.querySelector("#publish-dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(log).toEqual(["closed"]);

    await openDialog(publishActions);
    $("#publish-settings").click();
    expect(document.querySelector("#publish-dialog")).toBeNull();
    expect(log).toEqual(["closed", "closed", "settings"]);
  });
});

describe("publishing from the editor", () => {
  it("opens with Ctrl+Shift+P and shows the Exported status after a send", async () => {
    const article: Article = {
      id: 7,
      status: "ready",
      created_at: 0,
      updated_at: 0,
      revision: 3,
      content: { headline: "Harga Cabai Naik", standfirst: "", byline: "", dateline: "", language: "id", tags: [], body: [] },
    };
    const calls: string[] = [];
    mockIPC(
      (command) => {
        calls.push(command);
        switch (command) {
          case "check_article":
            return { language: "id", blocks: [], findings: [], failures: [], notices: [] };
          case "publishing":
            return { sites: [SITE], posts: [], queued: [], log: [] };
          case "export_to_site":
            return { outcome: "sent", remote_id: 41, link: "https://kabar.example/harga-cabai/", created: true, revision: 3 };
          case "open_article":
            return { article: { ...article, status: "exported" }, working_copy: null };
          default:
            return null;
        }
      },
      { shouldMockEvents: true },
    );
    const editor = new EditorScreen({ article, working_copy: null }, { library: () => undefined, history: () => undefined, settings: () => undefined, error: (e) => { throw e; } });
    editors.push(editor);
    document.body.appendChild(editor.element);
    expect(editor.element.querySelector(".statusbar .keys")?.textContent).toContain("Ctrl+Shift+P publish");
    expect($<HTMLSelectElement>("#field-status").value).toBe("ready");
    const key = new KeyboardEvent("keydown", { key: "P", ctrlKey: true, shiftKey: true, bubbles: true });
    expect(editor.handleKey(key)).toBe(true);
    await settle();
    await settle();
    expect(document.querySelector("#publish-dialog")).not.toBeNull();
    // The standfirst is empty: the check before publishing stops it until a note is given.
    $("#publish-send").click();
    for (let i = 0; i < 5; i++) await settle();
    expect(document.querySelector("#publish-gate-dialog")).not.toBeNull();
    expect(Array.from(document.querySelectorAll("#publish-gate-dialog li"), (li) => (li.querySelector(".dialog-item-text") ?? li).textContent)).toEqual(["The standfirst is empty"]);
    // Enter in the note does not send.
    $<HTMLInputElement>("#publish-gate-note").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(document.querySelector("#publish-gate-dialog")).not.toBeNull();
    $("#publish-gate-confirm").click();
    for (let i = 0; i < 5; i++) await settle();
    expect(calls).not.toContain("export_to_site");
    expect($("#publish-result").textContent).toContain("needs a note");
    $("#publish-send").click();
    for (let i = 0; i < 5; i++) await settle();
    $<HTMLInputElement>("#publish-gate-note").value = "Teras menyusul";
    $("#publish-gate-confirm").click();
    for (let i = 0; i < 5; i++) await settle();
    expect(calls).toContain("export_to_site");
    expect($<HTMLSelectElement>("#field-status").value).toBe("exported");
    // Destroying the editor closes its dialog.
    editors.splice(0).forEach((e) => e.destroy());
    expect(document.querySelector("#publish-dialog")).toBeNull();
  });
});

describe("categories", () => {
  it("come from the site's list; an unknown one is named, and created only when asked", async () => {
    const shell: Shell = { calls: [], view: { sites: [SITE], posts: [], queued: [], log: [] }, exported: { outcome: "sent", remote_id: 3, link: "https://kabar.example/x/", created: true, revision: 1 } };
    mockShell(shell);
    await openDialog(actions().actions);
    for (let i = 0; i < 3; i++) await settle();
    expect([...document.querySelectorAll("#publish-category-list option")].map((o) => (o as HTMLOptionElement).value)).toEqual(["Ekonomi", "Olahraga & Gaya Hidup"]);
    choose("#publish-status", "draft");
    choose("#publish-categories", "ekonomi, Kota Semarang");
    expect($("#publish-category-hint").textContent).toBe("The site has no category Kota Semarang: pick from its list, or tick the box above to create it.");
    $<HTMLInputElement>("#publish-create-categories").click();
    expect($("#publish-category-hint").textContent).toBe("Will be created on the site: Kota Semarang");
    $("#publish-send").click();
    for (let i = 0; i < 3; i++) await settle();
    expect(shell.calls).toContainEqual(["export_to_site", { article_id: 7, site_id: SITE.id, status: "draft", categories: ["ekonomi", "Kota Semarang"], note: null, create_categories: true, revision: null }]);
  });
});

describe("the check before publishing", () => {
  const ready = { errors: 0, standfirst: "Harga cabai rawit naik.", headline: "Harga Cabai Naik" };

  it("lists a name spelt two ways with its place and its own button, after the errors", () => {
    const went: string[] = [];
    const open = [
      { severity: "error" as const, place: "¶ 2", text: "bsu", message: "“bsu” is not in the dictionary.", line: "“bsu” is not in the dictionary.", goTo: () => went.push("bsu") },
      { severity: "warning" as const, place: "¶ 5", text: "Wiratmadja", message: "The article spells this name two ways: “Wiratmadja” and “Wiratmaja”.", line: "The article spells this name two ways: “Wiratmadja” and “Wiratmaja”.", goTo: () => went.push("Wiratmadja") },
    ];
    const items = publishProblems("publish", { ...ready, errors: 1, open });
    expect(items.map((item) => [item.text, item.jump?.label, item.jump?.id])).toEqual([
      ["“bsu” is not in the dictionary.", "Go to ¶ 2", "gate-go-error-1"],
      ["The article spells this name two ways: “Wiratmadja” and “Wiratmaja”.", "Go to ¶ 5", "gate-go-name-1"],
    ]);
    items[1].jump!.run();
    expect(went).toEqual(["Wiratmadja"]);
    // A draft, which nobody reads yet, is sent without the list.
    expect(publishProblems("draft", { ...ready, errors: 1, open })).toEqual([]);
  });

  it("names errors left, an empty standfirst and a long headline, for Published and Pending only", () => {
    expect(publishProblems("publish", ready)).toEqual([]);
    const long = "Pemerintah Kota Semarang Mengumumkan Uji Coba Bus Listrik di Koridor Timur Mulai Pekan Depan, Penumpang Diminta Bersabar";
    const problems = publishProblems("pending", { errors: 2, standfirst: "  ", headline: long }).map((p) => p.text);
    expect(problems).toEqual([
      "2 errors are still in the article",
      "The standfirst is empty",
      `The headline has ${[...long].length} characters; news sites usually cut headlines after ${HEADLINE_LIMIT}`,
    ]);
    expect(publishProblems("draft", { errors: 2, standfirst: "", headline: long })).toEqual([]);
  });

  it("measures the headline against the site's usual length once the site has been read", () => {
    const headline = "Bus Listrik Mulai Melayani Koridor Timur Kota Semarang"; // 54 characters
    expect(publishProblems("publish", { ...ready, headline })).toEqual([]);
    expect(publishProblems("publish", { ...ready, headline }, { limit: 50, measured: 80 }).map((p) => p.text)).toEqual([
      "The headline has 54 characters; this site's headlines usually stay within 50 (measured on its last 80 published posts)",
    ]);
    expect(publishProblems("publish", { ...ready, headline }, { limit: 54, measured: 80 })).toEqual([]);
  });

  it("stops a headline longer than the site's own in the dialog, and sends nothing until confirmed", async () => {
    const shell: Shell = {
      calls: [],
      view: { sites: [SITE], posts: [], queued: [], log: [] },
      exported: { outcome: "sent", remote_id: 3, link: "https://kabar.example/x/", created: true, revision: 1 },
      headlineLimit: 12,
    };
    mockShell(shell);
    await openDialog(actions().actions);
    choose("#publish-status", "publish");
    $("#publish-send").click();
    for (let i = 0; i < 5; i++) await settle();
    expect(Array.from(document.querySelectorAll("#publish-gate-dialog li"), (li) => (li.querySelector(".dialog-item-text") ?? li).textContent)).toEqual([
      "The headline has 16 characters; this site's headlines usually stay within 12 (measured on its last 60 published posts)",
    ]);
    expect(shell.calls.map(([command]) => command)).not.toContain("export_to_site");
  });

  it("lists each open error with its place and a button that closes both dialogs and goes there", async () => {
    const shell: Shell = {
      calls: [],
      view: { sites: [SITE], posts: [], queued: [], log: [] },
      exported: { outcome: "sent", remote_id: 3, link: "https://kabar.example/x/", created: true, revision: 1 },
    };
    mockShell(shell);
    const went: string[] = [];
    const open = [
      { severity: "error" as const, place: "Headline", text: "Hendriyato", message: "Spelt Hendriyanto elsewhere.", line: "“Hendriyato”: Spelt Hendriyanto elsewhere.", goTo: () => went.push("headline error") },
      { severity: "error" as const, place: "¶ 4", text: "bsu", message: "“bsu” is not in the dictionary.", line: "“bsu” is not in the dictionary.", goTo: () => went.push("¶ 4 error") },
    ];
    const { log, actions: publishActions } = actions({
      readiness: async () => ({ errors: 2, open, standfirst: "", headline: "Harga Cabai Naik", goTo: (field) => went.push(field) }),
    });
    await openDialog(publishActions);
    choose("#publish-status", "publish");
    $("#publish-send").click();
    for (let i = 0; i < 5; i++) await settle();
    const items = Array.from(document.querySelectorAll("#publish-gate-dialog li"), (li) => [li.querySelector(".dialog-item-text")?.textContent, li.querySelector("button")?.textContent]);
    expect(items).toEqual([
      ["“Hendriyato”: Spelt Hendriyanto elsewhere.", "Go to Headline"],
      ["“bsu” is not in the dictionary.", "Go to ¶ 4"],
      ["The standfirst is empty", "Go to Standfirst"],
    ]);
    $("#gate-go-error-2").click();
    for (let i = 0; i < 3; i++) await settle();
    expect(went).toEqual(["¶ 4 error"]);
    expect(document.querySelector("#publish-gate-dialog")).toBeNull();
    expect(document.querySelector("#publish-dialog")).toBeNull();
    expect(log).toContain("closed");
    expect(shell.calls.map(([command]) => command)).not.toContain("export_to_site");
  });
});
