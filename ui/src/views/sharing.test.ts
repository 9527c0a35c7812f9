import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { Article, ArticleContent, ArticleDiff, LeaseState, Revision } from "../ipc";
import { setUiLanguage } from "../i18n";
import { EditorScreen } from "./editor";

const editors: EditorScreen[] = [];

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
  clearMocks();
  setUiLanguage("en");
  document.body.textContent = "";
});

const settle = async (times = 4) => {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const today = (hours: number, minutes: number) => new Date(new Date().setHours(hours, minutes, 0, 0)).getTime();

const content = (headline: string, text = "Isi berita."): ArticleContent => ({
  headline,
  standfirst: "",
  byline: "",
  dateline: "",
  language: "id",
  tags: [],
  body: [{ type: "paragraph", runs: [{ text }] }],
});

const ALONE: LeaseState = { granted: true, offline: false, alone: true, holder_name: null, since: null };
const GRANTED: LeaseState = { granted: true, offline: false, alone: false, holder_name: "Redaktur", since: today(9, 0) };
const OFFLINE: LeaseState = { granted: true, offline: true, alone: false, holder_name: null, since: null };
const HELD: LeaseState = { granted: false, offline: false, alone: false, holder_name: "Ayu", since: today(14, 5) };

const DIFF: ArticleDiff = {
  fields: [{ field: "headline", diff: { spans: [{ tag: "delete", text: "Harga cabai naik" }, { tag: "insert", text: "Harga cabai melonjak" }], words_added: 1, words_removed: 1 } }],
  blocks: [],
  words_added: 1,
  words_removed: 1,
};

/** A mocked shell holding one article, its versions and what the newsroom answers. */
class Shell {
  calls: Array<[string, Record<string, unknown>]> = [];
  latest: number;
  heads: number[];
  article: Article;
  revisions = new Map<number, Revision>();
  /** What save_article answers instead of saving, when set. */
  saveError: { code: string; message: string } | null = null;

  constructor(
    public lease: (takeOver: boolean) => LeaseState,
    options: { revision?: number; heads?: number[] } = {},
  ) {
    this.latest = options.revision ?? 3;
    this.heads = options.heads ?? [this.latest];
    this.article = { id: 7, status: "draft", created_at: 0, updated_at: 0, revision: this.latest, content: content("Harga cabai naik") };
    mockIPC(
      (command, payload) => {
        const args = (payload ?? {}) as Record<string, unknown>;
        this.calls.push([command, args]);
        switch (command) {
          case "check_article":
            return { language: "id", blocks: [], findings: [], failures: [], notices: [] };
          case "open_lease":
            return this.lease(Boolean(args.take_over));
          case "article_heads":
            return this.heads;
          case "open_article":
            return { article: this.article, working_copy: null };
          case "save_article":
          case "merge_article": {
            if (this.saveError) throw this.saveError;
            this.latest++;
            this.article = { ...this.article, revision: this.latest, content: args.content as ArticleContent };
            this.heads = command === "merge_article" ? [this.latest] : this.heads;
            return { revision: this.latest, created: true };
          }
          case "revision":
            return this.revisions.get(Number(args.number));
          case "diff_revisions":
            return DIFF;
          default:
            return null;
        }
      },
      { shouldMockEvents: true },
    );
  }

  /** Another desk's revision arrives. */
  remoteRevision(headline: string) {
    this.latest++;
    this.article = { ...this.article, revision: this.latest, content: content(headline) };
  }

  commands(): string[] {
    return this.calls.map(([command]) => command);
  }

  argsOf(command: string): Array<Record<string, unknown>> {
    return this.calls.filter(([c]) => c === command).map(([, args]) => args);
  }
}

async function openEditor(shell: Shell) {
  const errors: unknown[] = [];
  const editor = new EditorScreen({ article: shell.article, working_copy: null }, { library: () => undefined, history: () => undefined, settings: () => undefined, error: (e) => errors.push(e) });
  editors.push(editor);
  document.body.appendChild(editor.element);
  await editor.startSharing();
  await settle();
  return { editor, errors };
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function type(headline: string) {
  const input = $<HTMLTextAreaElement>("#field-headline");
  input.value = headline;
  input.dispatchEvent(new Event("input"));
}

const bodyEditable = () => $("#body .ProseMirror").getAttribute("contenteditable");

describe("opening a story in a newsroom", () => {
  it("shows nothing without a newsroom server, and saves from the revision it opened", async () => {
    const shell = new Shell(() => ALONE);
    const { editor, errors } = await openEditor(shell);
    expect(shell.argsOf("open_lease")).toEqual([{ article_id: 7, take_over: false }]);
    expect(shell.argsOf("article_heads")).toEqual([{ article_id: 7 }]);
    expect($("#lease-banner").hidden).toBe(true);
    expect($("#fork-banner").hidden).toBe(true);
    expect(bodyEditable()).toBe("true");
    type("Harga cabai naik lagi");
    expect(await editor.save(false)).toBe(true);
    expect(shell.argsOf("save_article")[0]).toMatchObject({ article_id: 7, note: null, base_revision: 3 });
    type("Harga cabai naik lagi pekan ini");
    await editor.save(false);
    expect(shell.argsOf("save_article")[1]).toMatchObject({ base_revision: 4 });
    await editor.release();
    expect(shell.commands()).not.toContain("close_lease");
    expect(errors).toEqual([]);
  });

  it("edits normally with the lease, and gives it back when the editor leaves", async () => {
    const shell = new Shell(() => GRANTED);
    const { editor } = await openEditor(shell);
    expect(editor.leaseMode()).toBe("editing");
    expect($("#lease-banner").hidden).toBe(true);
    expect(bodyEditable()).toBe("true");
    await editor.release();
    await editor.release();
    expect(shell.argsOf("close_lease")).toEqual([{ article_id: 7 }]);
  });

  it("marks editing as offline when the server could not be asked", async () => {
    const shell = new Shell(() => OFFLINE);
    const { editor } = await openEditor(shell);
    expect(editor.leaseMode()).toBe("offline");
    expect($("#lease-banner").hidden).toBe(false);
    expect($("#lease-banner").classList.contains("banner-quiet")).toBe(true);
    expect($("#lease-banner").textContent).toBe("The newsroom server cannot be reached: you are editing offline. Your revisions are sent as soon as the server is back.");
    expect(bodyEditable()).toBe("true");
    expect($<HTMLButtonElement>("#save").disabled).toBe(false);
  });

  it("opens a story someone else edits read-only, in Indonesian too", async () => {
    setUiLanguage("id");
    const shell = new Shell(() => HELD);
    const { editor } = await openEditor(shell);
    expect(editor.isReadOnly()).toBe(true);
    expect($("#lease-message").textContent).toBe("Ayu sedang menyunting sejak 14.05. Bagi Anda artikel ini hanya baca.");
    expect($("#lease-ask").textContent).toBe("Minta artikel ini");
    expect($("#lease-take-over").textContent).toBe("Ambil alih");
    expect(bodyEditable()).toBe("false");
    expect($("#body .ProseMirror").getAttribute("aria-readonly")).toBe("true");
    expect($<HTMLTextAreaElement>("#field-headline").readOnly).toBe(true);
    expect($<HTMLButtonElement>("#save").disabled).toBe(true);
    expect($<HTMLButtonElement>("#save-with-note").disabled).toBe(true);
    // Ctrl+S saves nothing.
    expect(editor.handleKey(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }))).toBe(true);
    await settle();
    expect(shell.commands()).not.toContain("save_article");
    expect($("#save-status").textContent).toBe("Artikel ini hanya baca: orang lain sedang menyunting.");
    // Leaving gives back no lease: this desk holds none.
    await editor.release();
    expect(shell.commands()).not.toContain("close_lease");
  });

  it("asks the holder for the story, and says so", async () => {
    const shell = new Shell(() => HELD);
    await openEditor(shell);
    $("#lease-ask").click();
    await settle();
    expect(shell.argsOf("ask_for_article")).toEqual([{ article_id: 7 }]);
    expect($("#lease-message").textContent).toBe("Asked Ayu. The article opens for you as soon as Ayu lets go of it.");
    expect($<HTMLButtonElement>("#lease-ask").disabled).toBe(true);
  });

  it("says only editors can take over when the server refuses", async () => {
    const shell = new Shell(() => HELD);
    const { editor } = await openEditor(shell);
    $("#lease-take-over").click();
    await settle();
    expect(shell.argsOf("open_lease")).toEqual([
      { article_id: 7, take_over: false },
      { article_id: 7, take_over: true },
    ]);
    expect(editor.isReadOnly()).toBe(true);
    expect($("#lease-message").textContent).toBe("Only editors can take over an article someone else is editing. Ask Ayu for it instead.");
    expect(document.querySelector("#lease-take-over")).toBeNull();
    expect(document.querySelector("#lease-ask")).not.toBeNull();
  });

  it("becomes editable when an editor takes the story over, showing the holder's last revision", async () => {
    const shell = new Shell((takeOver) => (takeOver ? GRANTED : HELD));
    const { editor } = await openEditor(shell);
    shell.remoteRevision("Harga cabai melonjak");
    $("#lease-take-over").click();
    await settle();
    expect(editor.isReadOnly()).toBe(false);
    expect(editor.leaseMode()).toBe("editing");
    expect($("#lease-banner").hidden).toBe(true);
    expect(bodyEditable()).toBe("true");
    expect($<HTMLTextAreaElement>("#field-headline").value).toBe("Harga cabai melonjak");
    type("Harga cabai melonjak tajam");
    await editor.save(false);
    expect(shell.argsOf("save_article")[0]).toMatchObject({ base_revision: 4 });
  });

  it("opens for editing by itself once the holder lets go", async () => {
    let lease = HELD;
    const shell = new Shell(() => lease);
    const { editor } = await openEditor(shell);
    // Someone else still holds it: nothing changes.
    await emit("presence", [{ article_id: 7, holder_name: "Ayu", since: today(14, 5), mine: false }]);
    await settle();
    expect(shell.argsOf("open_lease")).toHaveLength(1);
    lease = GRANTED;
    await emit("presence", []);
    await settle();
    expect(shell.argsOf("open_lease")).toHaveLength(2);
    expect(editor.isReadOnly()).toBe(false);
    expect($("#lease-banner").hidden).toBe(true);
    expect($("#save-status").textContent).toBe("Ayu has finished; you can edit this article now.");
  });
});

describe("losing and handing over a story", () => {
  it("saves unsaved work as a revision when someone takes the story over, then reads only", async () => {
    const shell = new Shell(() => GRANTED);
    const { editor, errors } = await openEditor(shell);
    type("Harga cabai naik, pedagang mengeluh");
    await emit("lease-lost", { article_id: 8, holder_name: "Budi" });
    await settle();
    expect(shell.commands()).not.toContain("save_article");
    await emit("lease-lost", { article_id: 7, holder_name: "Budi" });
    await settle();
    expect(shell.argsOf("save_article")).toEqual([
      { article_id: 7, content: content("Harga cabai naik, pedagang mengeluh"), note: "Saved automatically when Budi took over", base_revision: 3 },
    ]);
    expect(editor.isReadOnly()).toBe(true);
    expect(editor.isDirty()).toBe(false);
    expect(bodyEditable()).toBe("false");
    expect($("#lease-banner").hidden).toBe(false);
    expect($("#lease-message").textContent).toBe("Budi took over this article; your work is saved as revision 4.");
    // The lease is Budi's: leaving gives nothing back.
    await editor.release();
    expect(shell.commands()).not.toContain("close_lease");
    expect(errors).toEqual([]);
  });

  it("in Indonesian, notes the automatic save in the history", async () => {
    setUiLanguage("id");
    const shell = new Shell(() => GRANTED);
    await openEditor(shell);
    type("Harga cabai naik, pedagang mengeluh");
    await emit("lease-lost", { article_id: 7, holder_name: "Budi" });
    await settle();
    expect(shell.argsOf("save_article")[0].note).toBe("Disimpan otomatis saat Budi mengambil alih");
    expect($("#lease-message").textContent).toBe("Budi mengambil alih artikel ini; pekerjaan Anda tersimpan sebagai revisi 4.");
  });

  it("keeps the work editable in the window when the automatic save fails", async () => {
    const shell = new Shell(() => GRANTED);
    const { editor, errors } = await openEditor(shell);
    shell.saveError = { code: "disk_full", message: "the disk is full" };
    type("Harga cabai naik, pedagang mengeluh");
    await emit("lease-lost", { article_id: 7, holder_name: "Budi" });
    await settle();
    expect(editor.isReadOnly()).toBe(false);
    expect(editor.isDirty()).toBe(true);
    expect($("#lease-message").textContent).toContain("Budi took over this article, but your work could not be saved and is still here.");
    expect(String(errors[0])).toContain("the disk is full");
  });

  it("offers to hand the story over when someone asks, saving first", async () => {
    const shell = new Shell(() => GRANTED);
    const { editor } = await openEditor(shell);
    await emit("lease-asked", { article_id: 7, from: "Ayu" });
    await settle();
    expect($("#lease-asked").hidden).toBe(false);
    expect($("#lease-asked").textContent).toContain("Ayu asks for this article.");
    $("#lease-keep").click();
    expect($("#lease-asked").hidden).toBe(true);
    expect(editor.isReadOnly()).toBe(false);

    await emit("lease-asked", { article_id: 7, from: "Ayu" });
    await settle();
    type("Harga cabai naik, pasar sepi");
    $("#lease-let-go").click();
    await settle();
    expect(shell.argsOf("save_article")).toEqual([
      { article_id: 7, content: content("Harga cabai naik, pasar sepi"), note: "Saved when handing the article to Ayu", base_revision: 3 },
    ]);
    expect(shell.argsOf("close_lease")).toEqual([{ article_id: 7 }]);
    expect(editor.isReadOnly()).toBe(true);
    expect($("#lease-asked").hidden).toBe(true);
    expect($("#lease-message").textContent).toBe("You handed this article to Ayu; your work is saved as revision 4.");
  });
});

describe("another desk's revision", () => {
  it("is shown at once when nothing is unsaved, and the next save starts from it", async () => {
    const shell = new Shell(() => GRANTED);
    const { editor } = await openEditor(shell);
    shell.remoteRevision("Harga cabai melonjak");
    await emit("articles-changed", { ids: [7] });
    await settle();
    expect($<HTMLTextAreaElement>("#field-headline").value).toBe("Harga cabai melonjak");
    expect($("#remote-change-banner").hidden).toBe(true);
    expect(editor.isDirty()).toBe(false);
    type("Harga cabai melonjak tajam");
    await editor.save(false);
    expect(shell.argsOf("save_article")[0]).toMatchObject({ base_revision: 4 });
  });

  it("leaves unsaved work alone, says what saving will do, and saves from the revision it started from", async () => {
    const shell = new Shell(() => GRANTED);
    const { editor } = await openEditor(shell);
    type("Harga cabai naik, kata pedagang");
    shell.remoteRevision("Harga cabai melonjak");
    await emit("articles-changed", { ids: [3, 7] });
    await settle();
    expect($<HTMLTextAreaElement>("#field-headline").value).toBe("Harga cabai naik, kata pedagang");
    expect($("#remote-change-banner").hidden).toBe(false);
    expect($("#remote-change-banner").textContent).toBe(
      "Another computer saved a new revision of this article. If you save, both texts are kept as two versions to reconcile; nothing is lost.",
    );
    shell.heads = [4];
    await editor.save(false);
    await settle();
    expect(shell.argsOf("save_article")[0]).toMatchObject({ base_revision: 3 });
    expect($("#remote-change-banner").hidden).toBe(true);
  });

  it("ignores other stories", async () => {
    const shell = new Shell(() => GRANTED);
    await openEditor(shell);
    await emit("articles-changed", { ids: [8] });
    await settle();
    expect(shell.commands()).not.toContain("open_article");
  });
});

describe("versions to reconcile", () => {
  function forked() {
    const shell = new Shell(() => GRANTED, { revision: 5, heads: [4, 5] });
    const revision = (number: number, headline: string, author: string): Revision => ({
      number,
      content: content(headline),
      created_at: today(10, number),
      author,
      note: null,
      event: null,
      content_hash: "",
      word_count: 2,
      restored_from: null,
    });
    shell.revisions.set(4, revision(4, "Harga cabai naik", "Ayu"));
    shell.revisions.set(5, revision(5, "Harga cabai melonjak", "Budi"));
    // The editor opens the latest version.
    shell.article = { ...shell.article, content: content("Harga cabai melonjak") };
    return shell;
  }

  it("shows the fork, and keeping one version reconciles them", async () => {
    const shell = forked();
    await openEditor(shell);
    expect($("#fork-banner").hidden).toBe(false);
    expect($("#fork-message").textContent).toBe("This article has 2 versions from different computers.");
    $("#fork-reconcile").click();
    await settle();
    expect($("#reconcile-dialog").getAttribute("aria-modal")).toBe("true");
    expect(shell.argsOf("diff_revisions")).toEqual([{ article_id: 7, from: 4, to: 5 }]);
    expect($("#reconcile-diff").querySelector("del")?.textContent).toBe("Harga cabai naik");
    expect($("#reconcile-diff").querySelector("ins")?.textContent).toBe("Harga cabai melonjak");
    expect($("#reconcile-dialog").textContent).toContain("revision 4 · Ayu");
    expect($("#fork-keep-first").textContent).toBe("Keep revision 4");
    $("#fork-keep-first").click();
    await settle();
    expect(shell.argsOf("merge_article")).toEqual([{ article_id: 7, content: content("Harga cabai naik"), note: "Reconciled versions" }]);
    expect(document.querySelector("#reconcile-dialog")).toBeNull();
    expect($("#fork-banner").hidden).toBe(true);
    expect($<HTMLTextAreaElement>("#field-headline").value).toBe("Harga cabai naik");
    expect($("#save-status").textContent).toBe("Versions reconciled as revision 6 (the text of revision 4)");
  });

  it("keeps the second version, noting it in Indonesian", async () => {
    setUiLanguage("id");
    const shell = forked();
    await openEditor(shell);
    expect($("#fork-message").textContent).toBe("Artikel ini punya 2 versi dari komputer berbeda.");
    $("#fork-reconcile").click();
    await settle();
    $("#fork-keep-second").click();
    await settle();
    expect(shell.argsOf("merge_article")).toEqual([{ article_id: 7, content: content("Harga cabai melonjak"), note: "Memadukan versi" }]);
    expect($("#fork-banner").hidden).toBe(true);
  });

  it("reconciles in the editor: the first version is loaded, and the next save is the reconciliation", async () => {
    const shell = forked();
    const { editor } = await openEditor(shell);
    $("#fork-reconcile").click();
    await settle();
    $("#fork-edit").click();
    await settle();
    expect(document.querySelector("#reconcile-dialog")).toBeNull();
    expect($<HTMLTextAreaElement>("#field-headline").value).toBe("Harga cabai naik");
    expect(editor.isDirty()).toBe(true);
    expect($("#fork-message").textContent).toContain("Reconciling: the text of revision 4 is loaded.");
    type("Harga cabai naik dan melonjak");
    expect(await editor.save(false)).toBe(true);
    await settle();
    expect(shell.commands()).not.toContain("save_article");
    expect(shell.argsOf("merge_article")).toEqual([{ article_id: 7, content: content("Harga cabai naik dan melonjak"), note: "Reconciled versions" }]);
    expect($("#fork-banner").hidden).toBe(true);
    // The next save is an ordinary one again.
    type("Harga cabai naik dan melonjak lagi");
    await editor.save(false);
    expect(shell.argsOf("save_article")[0]).toMatchObject({ base_revision: 6 });
  });

  it("saves unsaved work before reconciling, and cancelling changes nothing", async () => {
    const shell = forked();
    await openEditor(shell);
    type("Harga cabai melonjak, kata Budi");
    $("#fork-reconcile").click();
    await settle();
    expect(shell.argsOf("save_article")).toEqual([{ article_id: 7, content: content("Harga cabai melonjak, kata Budi"), note: null, base_revision: 5 }]);
    $("#reconcile-cancel").click();
    await settle();
    expect(document.querySelector("#reconcile-dialog")).toBeNull();
    expect(shell.commands()).not.toContain("merge_article");
    expect($("#fork-banner").hidden).toBe(false);
  });

  it("checks for versions again when another desk's revision arrives", async () => {
    const shell = new Shell(() => GRANTED);
    await openEditor(shell);
    expect($("#fork-banner").hidden).toBe(true);
    shell.remoteRevision("Harga cabai melonjak");
    shell.heads = [3, 4];
    await emit("articles-changed", { ids: [7] });
    await settle();
    expect($("#fork-banner").hidden).toBe(false);
  });

  it("cannot be reconciled while the story is read-only", async () => {
    const shell = forked();
    shell.lease = () => HELD;
    await openEditor(shell);
    expect($("#fork-banner").hidden).toBe(false);
    expect($<HTMLButtonElement>("#fork-reconcile").disabled).toBe(true);
  });
});
