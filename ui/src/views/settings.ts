// Settings: the desk (author, default language), the WordPress sites the desk publishes to
// (connected with an Application Password kept in the system keyring), the rules (on or off, by
// category and one by one, with what each checks), the newsroom dictionary and the name register
// (search, add, remove, confirm, different people, what a name names; import and export to share
// with other desks).

import { ipc, type Category, type CmsSite, type DeskSettings, type ImportOutcome, type NameKind, type NameRegisterView, type RuleInfo } from "../ipc";
import { CATEGORY_LABELS, CATEGORY_ORDER } from "../review/labels";
import { ask } from "../ui/dialog";
import { h, replaceChildren, shortcut } from "../ui/dom";

export interface SettingsActions {
  close(): void;
  error(error: unknown): void;
  saved(settings: DeskSettings): void;
}

const NAME_KINDS: Array<[NameKind | "", string]> = [
  ["", "—"],
  ["person", "person"],
  ["organisation", "organisation"],
  ["place", "place"],
];

function outcomeText(what: string, outcome: ImportOutcome): string {
  return `${what}: ${outcome.added} added, ${outcome.unchanged} already there${outcome.skipped ? `, ${outcome.skipped} lines skipped` : ""}`;
}

export class SettingsScreen {
  readonly element: HTMLElement;
  private settings: DeskSettings | null = null;
  private rules: RuleInfo[] = [];
  private words: string[] = [];
  private register: NameRegisterView = { names: [], different: [], kinds: [] };
  private sites: CmsSite[] = [];
  private readonly status: HTMLElement;
  private readonly author: HTMLInputElement;
  private readonly language: HTMLSelectElement;
  private readonly rulesList: HTMLElement;
  private readonly wordSearch: HTMLInputElement;
  private readonly wordList: HTMLElement;
  private readonly nameSearch: HTMLInputElement;
  private readonly nameList: HTMLElement;
  private readonly siteList: HTMLElement;
  private readonly site: { url: HTMLInputElement; user: HTMLInputElement; password: HTMLInputElement; add: HTMLButtonElement };

  constructor(private readonly actions: SettingsActions) {
    this.status = h("p", { id: "settings-status", class: "settings-status", "aria-live": "polite" });
    this.author = h("input", { id: "settings-author", type: "text", autocomplete: "off" });
    this.language = h(
      "select",
      { id: "settings-language" },
      h("option", { value: "id" }, "Indonesian"),
      h("option", { value: "en" }, "English"),
    );
    this.rulesList = h("div", { id: "settings-rules", class: "settings-rules" });
    this.wordSearch = h("input", { id: "dictionary-search", type: "search", placeholder: "Search the dictionary", autocomplete: "off", spellcheck: "false" });
    this.wordSearch.addEventListener("input", () => this.renderWords());
    this.wordList = h("ul", { id: "dictionary-list", class: "word-list" });
    this.nameSearch = h("input", { id: "names-search", type: "search", placeholder: "Search names", autocomplete: "off", spellcheck: "false" });
    this.nameSearch.addEventListener("input", () => this.renderNames());
    this.nameList = h("ul", { id: "names-list", class: "word-list" });
    this.siteList = h("ul", { id: "site-list", class: "word-list site-list" });
    this.site = {
      url: h("input", { id: "site-url", type: "url", placeholder: "https://kabar.example", autocomplete: "off", spellcheck: "false" }),
      user: h("input", { id: "site-user", type: "text", placeholder: "WordPress user name", autocomplete: "off", spellcheck: "false" }),
      password: h("input", { id: "site-password", type: "password", placeholder: "xxxx xxxx xxxx xxxx xxxx xxxx", autocomplete: "off", spellcheck: "false" }),
      add: h("button", { id: "site-add", type: "button", class: "button", onclick: () => void this.addSite() }, "Connect"),
    };
    for (const input of [this.site.url, this.site.user, this.site.password]) {
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") void this.addSite();
      });
    }

    const newWord = h("input", { id: "dictionary-new", type: "text", placeholder: "New word", autocomplete: "off", spellcheck: "false" });
    const addWord = async () => {
      const word = newWord.value.trim();
      if (!word) return;
      await this.run(async () => {
        await ipc.addWord(word);
        newWord.value = "";
        await this.loadWords();
        this.say(`Added “${word}” to the dictionary`);
      });
    };
    newWord.addEventListener("keydown", (event) => {
      if (event.key === "Enter") void addWord();
    });
    const wordImport = h("textarea", { id: "dictionary-import-text", rows: 3, placeholder: "Paste a word list (one word per line) to import it" });
    const nameImport = h("textarea", { id: "names-import-text", rows: 3, placeholder: "Paste a name register CSV (name,confirmed,different_from)" });
    const fileInput = (onText: (text: string) => Promise<void>, label: string) => {
      const input = h("input", { type: "file", accept: ".txt,.csv,text/plain,text/csv", "aria-label": label });
      input.addEventListener("change", () => {
        const file = input.files?.[0];
        if (file) void file.text().then(onText);
        input.value = "";
      });
      return input;
    };
    const importWords = async (text: string) =>
      this.run(async () => {
        const outcome = await ipc.importWords(text);
        await this.loadWords();
        this.say(outcomeText("Dictionary import", outcome));
      });
    const importNames = async (text: string) =>
      this.run(async () => {
        const outcome = await ipc.importNames(text);
        await this.loadNames();
        this.say(`Name register import: ${outcome.added} decisions added${outcome.skipped ? `, ${outcome.skipped} lines skipped` : ""}`);
      });

    const different = {
      a: h("input", { id: "different-a", type: "text", placeholder: "Susilo", autocomplete: "off" }),
      b: h("input", { id: "different-b", type: "text", placeholder: "Susila", autocomplete: "off" }),
    };

    this.element = h(
      "section",
      { id: "settings", class: "screen settings", "aria-label": "Settings" },
      h(
        "header",
        { class: "screen-header" },
        h("button", { id: "settings-close", type: "button", class: "button", title: "Back (Esc)", onclick: () => this.actions.close() }, "← Back"),
        h("h1", { class: "screen-title" }, "Settings"),
        this.status,
      ),
      h(
        "div",
        { class: "settings-page" },
        h(
          "section",
          { class: "settings-section", "aria-labelledby": "settings-desk-title" },
          h("h2", { id: "settings-desk-title" }, "Desk"),
          h("label", { class: "field" }, h("span", { class: "field-label" }, "Your name (signs saves and decisions)"), this.author),
          h("label", { class: "field" }, h("span", { class: "field-label" }, "Default language (new articles, short texts)"), this.language),
          h("button", { id: "settings-save", type: "button", class: "button primary", onclick: () => void this.save() }, "Save settings"),
        ),
        h(
          "section",
          { id: "settings-publishing", class: "settings-section", "aria-labelledby": "settings-publishing-title" },
          h("h2", { id: "settings-publishing-title" }, "Publishing"),
          h("p", { class: "muted" }, "WordPress sites the desk sends articles to. Articles go as the user you connect with."),
          this.siteList,
          h("h3", { class: "settings-subtitle" }, "Connect a WordPress site"),
          h(
            "p",
            { class: "muted", id: "site-help" },
            "In WordPress, create an Application Password under Users → Profile → Application Passwords, and paste it here with the site's address and your user name. " +
              "Sunting checks it against the site, then keeps it in the system keyring, never in Sunting's database.",
          ),
          h(
            "div",
            { class: "site-form" },
            h("label", { class: "field" }, h("span", { class: "field-label" }, "Site address"), this.site.url),
            h("label", { class: "field" }, h("span", { class: "field-label" }, "User name"), this.site.user),
            h("label", { class: "field" }, h("span", { class: "field-label" }, "Application Password"), this.site.password),
            h("div", { class: "site-form-actions" }, this.site.add),
          ),
        ),
        h(
          "section",
          { class: "settings-section", "aria-labelledby": "settings-rules-title" },
          h("h2", { id: "settings-rules-title" }, "Rules"),
          h("p", { class: "muted" }, "Switch off what your desk does not want flagged. Changes apply when you save the settings."),
          this.rulesList,
        ),
        h(
          "section",
          { class: "settings-section", "aria-labelledby": "settings-dictionary-title" },
          h("h2", { id: "settings-dictionary-title" }, "Newsroom dictionary"),
          h("p", { class: "muted" }, "Words the checker accepts in every article: local names, brands, terms of the beat."),
          h("div", { class: "row" }, this.wordSearch, newWord, h("button", { id: "dictionary-add", type: "button", class: "button", onclick: () => void addWord() }, "Add")),
          this.wordList,
          h(
            "div",
            { class: "exchange" },
            wordImport,
            h(
              "div",
              { class: "row" },
              h("button", { id: "dictionary-import", type: "button", class: "button", onclick: () => void importWords(wordImport.value).then(() => (wordImport.value = "")) }, "Import pasted list"),
              fileInput(importWords, "Import a word list file"),
              h("button", { id: "dictionary-export", type: "button", class: "button", onclick: () => void this.run(async () => this.say(`Dictionary exported to ${await ipc.exportWords()}`)) }, "Export word list"),
            ),
          ),
        ),
        h(
          "section",
          { class: "settings-section", "aria-labelledby": "settings-names-title" },
          h("h2", { id: "settings-names-title" }, "Name register"),
          h("p", { class: "muted" }, "How saved articles spell names. Confirm the right spelling, and record names that only look alike as different people."),
          h("div", { class: "row" }, this.nameSearch),
          this.nameList,
          h(
            "div",
            { class: "row" },
            different.a,
            different.b,
            h(
              "button",
              {
                id: "different-add",
                type: "button",
                class: "button",
                onclick: () =>
                  void this.run(async () => {
                    if (!different.a.value.trim() || !different.b.value.trim()) return;
                    await ipc.markDifferent(different.a.value, different.b.value);
                    this.say(`“${different.a.value.trim()}” and “${different.b.value.trim()}” are different people`);
                    different.a.value = different.b.value = "";
                    await this.loadNames();
                  }),
              },
              "Different people",
            ),
          ),
          h(
            "div",
            { class: "exchange" },
            nameImport,
            h(
              "div",
              { class: "row" },
              h("button", { id: "names-import", type: "button", class: "button", onclick: () => void importNames(nameImport.value).then(() => (nameImport.value = "")) }, "Import pasted CSV"),
              fileInput(importNames, "Import a name register CSV file"),
              h("button", { id: "names-export", type: "button", class: "button", onclick: () => void this.run(async () => this.say(`Name register exported to ${await ipc.exportNames()}`)) }, "Export CSV"),
            ),
          ),
        ),
      ),
      h("footer", { class: "keys" }, `Esc back · ${shortcut("Ctrl+S")} save settings`),
    );
  }

  handleKey(event: KeyboardEvent): boolean {
    if (event.key === "Escape") {
      this.actions.close();
      return true;
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      void this.save();
      return true;
    }
    return false;
  }

  focus() {
    this.author.focus();
  }

  async load(): Promise<void> {
    await this.run(async () => {
      const view = await ipc.settings();
      this.settings = view.settings;
      this.rules = view.rules;
      this.author.value = view.settings.author;
      this.language.value = view.settings.default_language;
      this.renderRules();
      await Promise.all([this.loadWords(), this.loadNames(), this.loadSites()]);
    });
  }

  private async run(action: () => Promise<void>) {
    try {
      await action();
    } catch (error) {
      this.actions.error(error);
    }
  }

  private say(text: string, error = false) {
    this.status.textContent = text;
    this.status.classList.toggle("error", error);
  }

  private async loadSites() {
    this.sites = (await ipc.publishing(null)).sites;
    this.renderSites();
  }

  private renderSites() {
    replaceChildren(
      this.siteList,
      ...this.sites.map((site) =>
        h(
          "li",
          { class: "site-row", "data-site-id": site.id },
          h("span", {}, h("strong", { class: "site-url" }, site.url), h("span", { class: "muted site-user" }, ` as ${site.user}`)),
          h(
            "span",
            { class: "row-actions" },
            h(
              "button",
              { type: "button", class: "button small site-remove", "aria-label": `Remove ${site.url}`, onclick: () => void this.removeSite(site) },
              "Remove",
            ),
          ),
        ),
      ),
      this.sites.length === 0 ? h("li", { class: "muted" }, "No site connected yet.") : null,
    );
  }

  /** Connects a site: the shell checks the address and password against the site first, which
   * can take a few seconds. */
  private async addSite() {
    const url = this.site.url.value.trim();
    const user = this.site.user.value.trim();
    const password = this.site.password.value;
    if (!url || !user || !password.trim()) {
      this.say("A site needs its address, your user name and an Application Password", true);
      return;
    }
    if (this.site.add.disabled) return;
    this.site.add.disabled = true;
    this.say(`Checking ${url}…`);
    try {
      const site = await ipc.addSite(url, user, password);
      this.site.password.value = "";
      this.site.url.value = "";
      this.site.user.value = "";
      await this.loadSites();
      this.say(`Connected ${site.url} as ${site.user}`);
    } catch (error) {
      // Why the site refused (a wrong password, no keyring) belongs beside the form.
      this.say(error instanceof Error ? error.message : String(error), true);
    } finally {
      this.site.add.disabled = false;
    }
  }

  private async removeSite(site: CmsSite) {
    const answer = await ask({
      id: "site-remove-dialog",
      title: `Remove ${site.url}?`,
      message: "Its password is deleted from the keyring. Posts already on the site stay there, and the export log keeps what was sent.",
      buttons: [
        { label: "Cancel", value: false, id: "site-remove-cancel" },
        { label: "Remove", value: true, danger: true, id: "site-remove-confirm" },
      ],
    });
    if (!answer?.value) return;
    await this.run(async () => {
      await ipc.removeSite(site.id);
      await this.loadSites();
      this.say(`Removed ${site.url}`);
    });
  }

  private ruleOn(rule: RuleInfo): boolean {
    const settings = this.settings!;
    if (settings.disabled_rules.includes(rule.id)) return false;
    return rule.enabled_by_default || settings.enabled_rules.includes(rule.id);
  }

  private setRule(rule: RuleInfo, on: boolean) {
    const settings = this.settings!;
    settings.disabled_rules = settings.disabled_rules.filter((id) => id !== rule.id);
    settings.enabled_rules = settings.enabled_rules.filter((id) => id !== rule.id);
    if (!on && rule.enabled_by_default) settings.disabled_rules.push(rule.id);
    if (on && !rule.enabled_by_default) settings.enabled_rules.push(rule.id);
  }

  private renderRules() {
    const byCategory = (category: Category) => this.rules.filter((rule) => rule.category === category);
    replaceChildren(
      this.rulesList,
      ...CATEGORY_ORDER.filter((category) => byCategory(category).length > 0).map((category) => {
        const rules = byCategory(category);
        const all = h("input", { type: "checkbox", class: "category-toggle", "data-category": category });
        const boxes = rules.map((rule) => {
          const box = h("input", { type: "checkbox", class: "rule-toggle", "data-rule": rule.id });
          box.checked = this.ruleOn(rule);
          box.addEventListener("change", () => {
            this.setRule(rule, box.checked);
            sync();
          });
          return h(
            "label",
            { class: "rule" },
            box,
            h("span", { class: "rule-text" }, h("strong", {}, rule.id.replace(/_/g, " ")), h("span", { class: "muted" }, ` (${rule.severity})`), h("span", { class: "rule-description" }, rule.description)),
          );
        });
        const sync = () => {
          const on = rules.filter((rule) => this.ruleOn(rule)).length;
          all.checked = on === rules.length;
          all.indeterminate = on > 0 && on < rules.length;
        };
        all.addEventListener("change", () => {
          rules.forEach((rule) => this.setRule(rule, all.checked));
          boxes.forEach((label) => ((label.querySelector("input") as HTMLInputElement).checked = all.checked));
          sync();
        });
        sync();
        return h(
          "fieldset",
          { class: "rule-group" },
          h("legend", {}, h("label", {}, all, ` ${CATEGORY_LABELS[category]}`)),
          ...boxes,
        );
      }),
    );
  }

  private async save() {
    if (!this.settings) return;
    await this.run(async () => {
      const settings: DeskSettings = { ...this.settings!, author: this.author.value, default_language: this.language.value };
      await ipc.saveSettings(settings);
      this.settings = settings;
      this.actions.saved(settings);
      this.say("Settings saved");
    });
  }

  private async loadWords() {
    this.words = await ipc.dictionary();
    this.renderWords();
  }

  private renderWords() {
    const query = this.wordSearch.value.trim().toLowerCase();
    const shown = this.words.filter((word) => word.toLowerCase().includes(query));
    replaceChildren(
      this.wordList,
      ...shown.slice(0, 500).map((word) =>
        h(
          "li",
          { class: "word", "data-word": word },
          h("span", {}, word),
          h(
            "span",
            { class: "row-actions" },
            h(
              "button",
              {
                type: "button",
                class: "button small",
                "aria-label": `Edit ${word}`,
                onclick: () => void this.editWord(word),
              },
              "Edit",
            ),
          h(
            "button",
            {
              type: "button",
              class: "button small",
              "aria-label": `Remove ${word}`,
              onclick: () =>
                void this.run(async () => {
                  await ipc.removeWord(word);
                  await this.loadWords();
                  this.say(`Removed “${word}”`);
                }),
            },
            "Remove",
          ),
          ),
        ),
      ),
      shown.length === 0 ? h("li", { class: "muted" }, query ? "No word matches." : "The dictionary is empty.") : null,
    );
  }

  /** Corrects a dictionary word: the new spelling replaces the old one. */
  private async editWord(word: string) {
    const answer = await ask({
      id: "word-dialog",
      title: `Edit “${word}”`,
      input: { id: "word-edit", label: "Spelling", value: word },
      buttons: [
        { label: "Cancel", value: false },
        { label: "Save", value: true, primary: true, id: "word-edit-save" },
      ],
    });
    const spelling = answer?.value ? answer.input.trim() : "";
    if (!spelling || spelling === word) return;
    await this.run(async () => {
      await ipc.addWord(spelling);
      await ipc.removeWord(word);
      await this.loadWords();
      this.say(`“${word}” is now “${spelling}”`);
    });
  }

  /** Merges a variant into the right spelling: the right one is confirmed, and the two are no
   * longer recorded as different people, so the variant is flagged against it from now on. */
  private async mergeName(variant: string) {
    const answer = await ask({
      id: "merge-dialog",
      title: `Merge “${variant}” into…`,
      message: "The right spelling is confirmed; articles that use the variant will be flagged with it as the suggestion.",
      input: { id: "merge-into", label: "Right spelling", placeholder: "Rudiantara" },
      buttons: [
        { label: "Cancel", value: false },
        { label: "Merge", value: true, primary: true, id: "merge-confirm" },
      ],
    });
    const canonical = answer?.value ? answer.input.trim() : "";
    if (!canonical || canonical === variant) return;
    await this.run(async () => {
      await ipc.confirmName(canonical);
      await ipc.unmarkDifferent(variant, canonical);
      if (this.register.names.some((entry) => entry.name === variant && entry.confirmed)) await ipc.unconfirmName(variant);
      await this.loadNames();
      this.say(`“${variant}” merged into “${canonical}”`);
    });
  }

  /** What a name names, for ninjs exports: a person, an organisation, a place, or not said. */
  private kindSelect(name: string, kind: NameKind | ""): HTMLSelectElement {
    const select = h(
      "select",
      { class: "name-kind", "data-name": name, "aria-label": `What ${name} is` },
      ...NAME_KINDS.map(([value, label]) => h("option", { value }, label)),
    );
    select.value = kind;
    select.addEventListener("change", () =>
      void this.run(async () => {
        const chosen = (select.value || null) as NameKind | null;
        try {
          await ipc.setNameKind(name, chosen);
        } catch (error) {
          select.value = kind;
          throw error;
        }
        this.register.kinds = [...this.register.kinds.filter(([other]) => other !== name), ...(chosen ? [[name, chosen] as [string, NameKind]] : [])];
        kind = select.value as NameKind | "";
        this.say(chosen ? `“${name}” is ${chosen === "organisation" ? "an" : "a"} ${chosen}` : `“${name}” is no longer marked as a person, organisation or place`);
      }),
    );
    return select;
  }

  private async loadNames() {
    this.register = await ipc.nameRegister();
    this.renderNames();
  }

  private renderNames() {
    const query = this.nameSearch.value.trim().toLowerCase();
    // Names known only from a "different people" decision have no counts but belong here too.
    const known = new Set(this.register.names.map((entry) => entry.name));
    const onlyInPairs = [...new Set(this.register.different.flat())]
      .filter((name) => !known.has(name))
      .map((name) => ({ name, articles: 0, uses: 0, confirmed: false }));
    const shown = [...this.register.names, ...onlyInPairs].filter((entry) => entry.name.toLowerCase().includes(query));
    const kinds = new Map(this.register.kinds);
    const differentFrom = (name: string) =>
      this.register.different.flatMap(([a, b]) => (a === name ? [b] : b === name ? [a] : []));
    replaceChildren(
      this.nameList,
      ...shown.slice(0, 500).map((entry) => {
        const others = differentFrom(entry.name);
        return h(
          "li",
          { class: "word", "data-name": entry.name },
          h(
            "span",
            {},
            h("strong", {}, entry.name),
            h("span", { class: "muted" }, ` ${entry.articles} ${entry.articles === 1 ? "article" : "articles"}, ${entry.uses} uses`),
            entry.confirmed ? h("span", { class: "confirmed" }, " ✓ confirmed") : null,
            ...others.map((other) =>
              h(
                "button",
                {
                  type: "button",
                  class: "chip",
                  title: `Take back: ${entry.name} and ${other} are different people`,
                  "aria-label": `${entry.name} is not ${other}; remove this decision`,
                  onclick: () =>
                    void this.run(async () => {
                      await ipc.unmarkDifferent(entry.name, other);
                      await this.loadNames();
                      this.say(`“${entry.name}” and “${other}” are no longer recorded as different people`);
                    }),
                },
                `not ${other} ×`,
              ),
            ),
          ),
          h(
            "span",
            { class: "row-actions" },
            h(
              "button",
              {
                type: "button",
                class: "button small",
                onclick: () =>
                  void this.run(async () => {
                    if (entry.confirmed) await ipc.unconfirmName(entry.name);
                    else await ipc.confirmName(entry.name);
                    await this.loadNames();
                  }),
              },
              entry.confirmed ? "Unconfirm" : "Confirm",
            ),
            h("button", { type: "button", class: "button small", onclick: () => void this.mergeName(entry.name) }, "Merge into…"),
            this.kindSelect(entry.name, kinds.get(entry.name) ?? ""),
          ),
        );
      }),
      shown.length === 0 ? h("li", { class: "muted" }, query ? "No name matches." : "No names yet: they are counted when articles are saved.") : null,
    );
  }
}
