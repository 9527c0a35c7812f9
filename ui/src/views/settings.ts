// Settings: the desk (author, default language), the WordPress sites the desk publishes to
// (connected with an Application Password kept in the system keyring), the newsroom server
// (newsroom.ts), the rules (on or off, by category and one by one, with what each checks), the
// newsroom dictionary and the name register
// (search, add, remove, confirm, different people, what a name names; import and export to share
// with other desks).

import { ipc, type Category, type CmsSite, type DeskSettings, type ImportOutcome, type NameKind, type NameRegisterView, type RuleInfo } from "../ipc";
import { t } from "../i18n";
import { languageName } from "../i18n/terms";
import { categoryLabel, CATEGORY_ORDER } from "../review/labels";
import { ask } from "../ui/dialog";
import { setTextSize, TEXT_SIZES, textSize, type TextSize } from "../ui/textsize";
import { h, replaceChildren, shortcut } from "../ui/dom";
import { NewsroomSection } from "./newsroom";

export interface SettingsActions {
  close(): void;
  error(error: unknown): void;
  saved(settings: DeskSettings): void;
}

const NAME_KINDS: Array<NameKind | ""> = ["", "person", "organisation", "place"];

/** What a name names, as the register's menu shows it. */
function kindLabel(kind: NameKind | ""): string {
  switch (kind) {
    case "":
      return "—";
    case "person":
      return t("settings-kind-person");
    case "organisation":
      return t("settings-kind-organisation");
    case "place":
      return t("settings-kind-place");
  }
}

function importCounts(outcome: ImportOutcome): Record<string, number> {
  return { added: outcome.added, unchanged: outcome.unchanged, skipped: outcome.skipped };
}

/** A file picker for a word list or a names CSV, drawn as one of the screen's buttons (the
 * web view's own control says "Choose File / no file selected" in the system's language, not
 * the interface's); its text goes to `onText`. The input stays in the tab order, hidden, and
 * the button shows its focus. */
export function fileButton(id: string, label: string, onText: (text: string) => Promise<void>): HTMLElement {
  const input = h("input", { id, type: "file", class: "file-input", accept: ".txt,.csv,text/plain,text/csv" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void file.text().then(onText);
    input.value = "";
  });
  return h("span", { class: "file-picker" }, input, h("label", { for: id, class: "button file-button" }, label));
}

/** The text size, applied at once (a person's preference, kept on this machine). */
function textSizeSelect(): HTMLSelectElement {
  const select = h("select", { id: "settings-text-size" }, ...TEXT_SIZES.map((size) => h("option", { value: String(size) }, t("settings-text-size-option", { size: String(size) }))));
  select.value = String(textSize());
  select.addEventListener("change", () => setTextSize(Number(select.value) as TextSize));
  return select;
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
  private readonly uiLanguage: HTMLSelectElement;
  private readonly rulesList: HTMLElement;
  private readonly wordSearch: HTMLInputElement;
  private readonly wordList: HTMLElement;
  private readonly nameSearch: HTMLInputElement;
  private readonly nameList: HTMLElement;
  private readonly siteList: HTMLElement;
  private readonly site: { url: HTMLInputElement; user: HTMLInputElement; password: HTMLInputElement; add: HTMLButtonElement };
  private readonly newsroom: NewsroomSection;

  constructor(private readonly actions: SettingsActions) {
    this.status = h("p", { id: "settings-status", class: "settings-status", "aria-live": "polite" });
    this.author = h("input", { id: "settings-author", type: "text", autocomplete: "off" });
    this.language = h(
      "select",
      { id: "settings-language" },
      h("option", { value: "id" }, languageName("id")),
      h("option", { value: "en" }, languageName("en")),
    );
    // The interface's own language: each option in its own language, so an editor who cannot
    // read the current one still finds theirs.
    this.uiLanguage = h(
      "select",
      { id: "settings-ui-language" },
      h("option", { value: "" }, t("settings-ui-language-system")),
      h("option", { value: "id", lang: "id" }, "Bahasa Indonesia"),
      h("option", { value: "en", lang: "en" }, "English"),
    );
    this.rulesList = h("div", { id: "settings-rules", class: "settings-rules" });
    this.wordSearch = h("input", { id: "dictionary-search", type: "search", placeholder: t("settings-dictionary-search"), autocomplete: "off", spellcheck: "false" });
    this.wordSearch.addEventListener("input", () => this.renderWords());
    this.wordList = h("ul", { id: "dictionary-list", class: "word-list" });
    this.nameSearch = h("input", { id: "names-search", type: "search", placeholder: t("settings-names-search"), autocomplete: "off", spellcheck: "false" });
    this.nameSearch.addEventListener("input", () => this.renderNames());
    this.nameList = h("ul", { id: "names-list", class: "word-list" });
    this.siteList = h("ul", { id: "site-list", class: "word-list site-list" });
    this.newsroom = new NewsroomSection((error) => this.actions.error(error));
    this.site = {
      url: h("input", { id: "site-url", type: "url", placeholder: "https://kabar.example", autocomplete: "off", spellcheck: "false" }),
      user: h("input", { id: "site-user", type: "text", placeholder: t("settings-site-user-placeholder"), autocomplete: "off", spellcheck: "false" }),
      password: h("input", { id: "site-password", type: "password", placeholder: "xxxx xxxx xxxx xxxx xxxx xxxx", autocomplete: "off", spellcheck: "false" }),
      add: h("button", { id: "site-add", type: "button", class: "button", onclick: () => void this.addSite() }, t("settings-site-connect")),
    };
    for (const input of [this.site.url, this.site.user, this.site.password]) {
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") void this.addSite();
      });
    }

    this.element = h(
      "section",
      { id: "settings", class: "screen settings", "aria-label": t("settings-title") },
      h(
        "header",
        { class: "screen-header" },
        h("button", { id: "settings-close", type: "button", class: "button", title: t("settings-back-title"), onclick: () => this.actions.close() }, t("settings-back")),
        h("h1", { class: "screen-title" }, t("settings-title")),
        this.status,
      ),
      this.page(this.deskSection(), this.publishingSection(), this.newsroom.element, this.rulesSection(), this.dictionarySection(), this.namesSection()),
      h("footer", { class: "keys" }, t("settings-keys", { save: shortcut("Ctrl+S") })),
    );
  }

  /** The sections beside an index of them: each entry scrolls its section into view and moves
   * the focus to its heading, so an editor reaches the name register without paging through
   * six sections. */
  private page(...sections: HTMLElement[]): HTMLElement {
    const content = h("div", { class: "settings-sections" }, ...sections);
    const entries = sections.map((section) => {
      const heading = section.querySelector("h2")!;
      heading.tabIndex = -1;
      return h(
        "li",
        {},
        h(
          "a",
          {
            href: `#${section.id}`,
            class: "settings-index-link",
            "data-section": section.id,
            onclick: (event: Event) => {
              event.preventDefault();
              section.scrollIntoView({ block: "start" });
              heading.focus({ preventScroll: true });
            },
          },
          heading.textContent ?? "",
        ),
      );
    });
    return h("div", { class: "settings-page" }, h("nav", { id: "settings-index", class: "settings-index", "aria-label": t("settings-index") }, h("ul", {}, ...entries)), content);
  }

  /** The desk: who signs the saves, the language new articles start in, the interface. */
  private deskSection(): HTMLElement {
    return h(
      "section",
      { id: "settings-desk", class: "settings-section", "aria-labelledby": "settings-desk-title" },
      h("h2", { id: "settings-desk-title" }, t("settings-desk")),
      h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-author")), this.author),
      h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-default-language")), this.language),
      h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-ui-language")), this.uiLanguage),
      h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-text-size", { bigger: shortcut("Ctrl+="), smaller: shortcut("Ctrl+-") })), textSizeSelect()),
      h("button", { id: "settings-save", type: "button", class: "button primary", onclick: () => void this.save() }, t("settings-save")),
    );
  }

  /** The WordPress sites: the connected ones, and the form that connects another. */
  private publishingSection(): HTMLElement {
    return h(
      "section",
      { id: "settings-publishing", class: "settings-section", "aria-labelledby": "settings-publishing-title" },
      h("h2", { id: "settings-publishing-title" }, t("settings-publishing")),
      h("p", { class: "muted" }, t("settings-publishing-intro")),
      this.siteList,
      h("h3", { class: "settings-subtitle" }, t("settings-site-connect-title")),
      h("p", { class: "muted", id: "site-help" }, t("settings-site-help")),
      h(
        "div",
        { class: "site-form" },
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-site-url")), this.site.url),
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-site-user")), this.site.user),
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-site-password")), this.site.password),
        h("div", { class: "site-form-actions" }, this.site.add),
      ),
    );
  }

  /** The checker's rules, each switchable. */
  private rulesSection(): HTMLElement {
    return h(
      "section",
      { id: "settings-rules-section", class: "settings-section", "aria-labelledby": "settings-rules-title" },
      h("h2", { id: "settings-rules-title" }, t("settings-rules")),
      h("p", { class: "muted" }, t("settings-rules-intro")),
      this.rulesList,
    );
  }

  /** The newsroom dictionary: search, add, import and export words. */
  private dictionarySection(): HTMLElement {
    const newWord = h("input", { id: "dictionary-new", type: "text", placeholder: t("settings-dictionary-new"), autocomplete: "off", spellcheck: "false" });
    const addWord = async () => {
      const word = newWord.value.trim();
      if (!word) return;
      await this.run(async () => {
        await ipc.addWord(word);
        newWord.value = "";
        await this.loadWords();
        this.say(t("settings-word-added", { word }));
      });
    };
    newWord.addEventListener("keydown", (event) => {
      if (event.key === "Enter") void addWord();
    });
    const wordImport = h("textarea", { id: "dictionary-import-text", rows: 3, placeholder: t("settings-dictionary-import-placeholder") });
    const importWords = async (text: string) =>
      this.run(async () => {
        const outcome = await ipc.importWords(text);
        await this.loadWords();
        this.say(t("settings-dictionary-imported", importCounts(outcome)));
      });
    return h(
      "section",
      { id: "settings-dictionary", class: "settings-section", "aria-labelledby": "settings-dictionary-title" },
      h("h2", { id: "settings-dictionary-title" }, t("settings-dictionary")),
      h("p", { class: "muted" }, t("settings-dictionary-intro")),
      h("div", { class: "row" }, this.wordSearch, newWord, h("button", { id: "dictionary-add", type: "button", class: "button", onclick: () => void addWord() }, t("settings-dictionary-add"))),
      this.wordList,
      h(
        "div",
        { class: "exchange" },
        wordImport,
        h(
          "div",
          { class: "row" },
          h("button", { id: "dictionary-import", type: "button", class: "button", onclick: () => void importWords(wordImport.value).then(() => (wordImport.value = "")) }, t("settings-dictionary-import")),
          fileButton("dictionary-import-file", t("settings-dictionary-import-file"), importWords),
          h("button", { id: "dictionary-export", type: "button", class: "button", onclick: () => void this.run(async () => this.say(t("settings-dictionary-exported", { path: await ipc.exportWords() }))) }, t("settings-dictionary-export")),
        ),
      ),
    );
  }

  /** The name register: search, names known to differ, import and export. */
  private namesSection(): HTMLElement {
    const nameImport = h("textarea", { id: "names-import-text", rows: 3, placeholder: t("settings-names-import-placeholder") });
    const importNames = async (text: string) =>
      this.run(async () => {
        const outcome = await ipc.importNames(text);
        await this.loadNames();
        this.say(t("settings-names-imported", importCounts(outcome)));
      });
    const different = {
      a: h("input", { id: "different-a", type: "text", placeholder: "Susilo", autocomplete: "off" }),
      b: h("input", { id: "different-b", type: "text", placeholder: "Susila", autocomplete: "off" }),
    };
    const markDifferent = () =>
      void this.run(async () => {
        if (!different.a.value.trim() || !different.b.value.trim()) return;
        await ipc.markDifferent(different.a.value, different.b.value);
        this.say(t("settings-different-added", { a: different.a.value.trim(), b: different.b.value.trim() }));
        different.a.value = different.b.value = "";
        await this.loadNames();
      });
    return h(
      "section",
      { id: "settings-names", class: "settings-section", "aria-labelledby": "settings-names-title" },
      h("h2", { id: "settings-names-title" }, t("settings-names")),
      h("p", { class: "muted" }, t("settings-names-intro")),
      h("div", { class: "row" }, this.nameSearch),
      this.nameList,
      h("h3", { class: "settings-subtitle" }, t("settings-different-title")),
      h(
        "div",
        { class: "row different-form" },
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-different-a")), different.a),
        h("label", { class: "field" }, h("span", { class: "field-label" }, t("settings-different-b")), different.b),
        h("button", { id: "different-add", type: "button", class: "button", onclick: markDifferent }, t("settings-different-add")),
      ),
      h(
        "div",
        { class: "exchange" },
        nameImport,
        h(
          "div",
          { class: "row" },
          h("button", { id: "names-import", type: "button", class: "button", onclick: () => void importNames(nameImport.value).then(() => (nameImport.value = "")) }, t("settings-names-import")),
          fileButton("names-import-file", t("settings-names-import-file"), importNames),
          h("button", { id: "names-export", type: "button", class: "button", onclick: () => void this.run(async () => this.say(t("settings-names-exported", { path: await ipc.exportNames() }))) }, t("settings-names-export")),
        ),
      ),
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
      this.uiLanguage.value = view.settings.ui_language;
      this.renderRules();
      await Promise.all([this.loadWords(), this.loadNames(), this.loadSites(), this.newsroom.load()]);
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
          h("span", {}, h("strong", { class: "site-url" }, site.url), h("span", { class: "muted site-user" }, ` ${t("settings-site-as", { user: site.user })}`)),
          h(
            "span",
            { class: "row-actions" },
            h(
              "button",
              { type: "button", class: "button small site-remove", "aria-label": t("settings-site-remove-label", { url: site.url }), onclick: () => void this.removeSite(site) },
              t("settings-remove"),
            ),
          ),
        ),
      ),
      this.sites.length === 0 ? h("li", { class: "muted" }, t("settings-no-sites")) : null,
    );
  }

  /** Connects a site: the shell checks the address and password against the site first, which
   * can take a few seconds. */
  private async addSite() {
    const url = this.site.url.value.trim();
    const user = this.site.user.value.trim();
    const password = this.site.password.value;
    if (!url || !user || !password.trim()) {
      this.say(t("settings-site-incomplete"), true);
      return;
    }
    if (this.site.add.disabled) return;
    this.site.add.disabled = true;
    this.say(t("settings-site-checking", { url }));
    try {
      const site = await ipc.addSite(url, user, password);
      this.site.password.value = "";
      this.site.url.value = "";
      this.site.user.value = "";
      await this.loadSites();
      this.say(t("settings-site-connected", { url: site.url, user: site.user }));
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
      title: t("settings-site-remove-title", { url: site.url }),
      message: t("settings-site-remove-message"),
      buttons: [
        { label: t("settings-cancel"), value: false, id: "site-remove-cancel" },
        { label: t("settings-remove"), value: true, danger: true, id: "site-remove-confirm" },
      ],
    });
    if (!answer?.value) return;
    await this.run(async () => {
      await ipc.removeSite(site.id);
      await this.loadSites();
      this.say(t("settings-site-removed", { url: site.url }));
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
            void this.saveRules();
          });
          return h(
            "label",
            { class: "rule" },
            box,
            h("span", { class: "rule-text" }, h("strong", {}, rule.name), h("span", { class: "muted" }, ` ${t("settings-rule-severity", { severity: rule.severity })}`), h("span", { class: "rule-description" }, rule.description)),
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
          void this.saveRules();
        });
        sync();
        return h(
          "fieldset",
          { class: "rule-group" },
          h("legend", {}, h("label", {}, all, ` ${categoryLabel(category)}`)),
          ...boxes,
        );
      }),
    );
  }

  /** Saves the rules as they are switched, apart from the desk's fields above (which wait for
   * their own Save button): the desk's settings as last saved, with the rules as they now are. */
  private async saveRules() {
    if (!this.settings) return;
    const settings: DeskSettings = { ...this.settings, disabled_rules: [...this.settings.disabled_rules], enabled_rules: [...this.settings.enabled_rules] };
    await this.run(async () => {
      await ipc.saveSettings(settings);
      this.actions.saved(settings);
      this.say(t("settings-rules-saved"));
    });
  }

  private async save() {
    if (!this.settings) return;
    await this.run(async () => {
      const settings: DeskSettings = {
        ...this.settings!,
        author: this.author.value,
        default_language: this.language.value,
        ui_language: this.uiLanguage.value,
      };
      await ipc.saveSettings(settings);
      this.settings = settings;
      this.actions.saved(settings);
      this.say(t("settings-saved"));
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
                "aria-label": t("settings-word-edit-label", { word }),
                onclick: () => void this.editWord(word),
              },
              t("settings-word-edit"),
            ),
          h(
            "button",
            {
              type: "button",
              class: "button small",
              "aria-label": t("settings-word-remove-label", { word }),
              onclick: () =>
                void this.run(async () => {
                  await ipc.removeWord(word);
                  await this.loadWords();
                  this.say(t("settings-word-removed", { word }));
                }),
            },
            t("settings-remove"),
          ),
          ),
        ),
      ),
      shown.length === 0 ? h("li", { class: "muted" }, query ? t("settings-dictionary-no-match") : t("settings-dictionary-empty")) : null,
    );
  }

  /** Corrects a dictionary word: the new spelling replaces the old one. */
  private async editWord(word: string) {
    const answer = await ask({
      id: "word-dialog",
      title: t("settings-word-edit-title", { word }),
      input: { id: "word-edit", label: t("settings-word-edit-spelling"), value: word },
      buttons: [
        { label: t("settings-cancel"), value: false },
        { label: t("settings-word-edit-save"), value: true, primary: true, id: "word-edit-save" },
      ],
    });
    const spelling = answer?.value ? answer.input.trim() : "";
    if (!spelling || spelling === word) return;
    await this.run(async () => {
      await ipc.renameWord(word, spelling);
      await this.loadWords();
      this.say(t("settings-word-edited", { word, spelling }));
    });
  }

  /** Merges a variant into the right spelling: the right one is confirmed, and the two are no
   * longer recorded as different people, so the variant is flagged against it from now on. */
  private async mergeName(variant: string) {
    const answer = await ask({
      id: "merge-dialog",
      title: t("settings-merge-title", { variant }),
      message: t("settings-merge-message"),
      input: { id: "merge-into", label: t("settings-merge-spelling"), placeholder: "Rudiantara" },
      buttons: [
        { label: t("settings-cancel"), value: false },
        { label: t("settings-merge"), value: true, primary: true, id: "merge-confirm" },
      ],
    });
    const canonical = answer?.value ? answer.input.trim() : "";
    if (!canonical || canonical === variant) return;
    await this.run(async () => {
      await ipc.mergeName(variant, canonical);
      await this.loadNames();
      this.say(t("settings-merged", { variant, canonical }));
    });
  }

  /** What a name names, for ninjs exports: a person, an organisation, a place, or not said. */
  private kindSelect(name: string, kind: NameKind | ""): HTMLSelectElement {
    const select = h(
      "select",
      { class: "name-kind", "data-name": name, "aria-label": t("settings-kind-label", { name }) },
      ...NAME_KINDS.map((value) => h("option", { value }, kindLabel(value))),
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
        this.say(chosen ? t("settings-kind-set", { name, kind: chosen }) : t("settings-kind-cleared", { name }));
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
            h("span", { class: "muted" }, ` ${t("settings-name-counts", { articles: entry.articles, uses: entry.uses })}`),
            entry.confirmed ? h("span", { class: "confirmed" }, ` ${t("settings-name-confirmed")}`) : null,
            ...others.map((other) =>
              h(
                "button",
                {
                  type: "button",
                  class: "chip",
                  title: t("settings-different-chip-title", { name: entry.name, other }),
                  "aria-label": t("settings-different-chip-label", { name: entry.name, other }),
                  onclick: () =>
                    void this.run(async () => {
                      await ipc.unmarkDifferent(entry.name, other);
                      await this.loadNames();
                      this.say(t("settings-different-removed", { name: entry.name, other }));
                    }),
                },
                t("settings-different-chip", { other }),
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
              entry.confirmed ? t("settings-name-unconfirm") : t("settings-name-confirm"),
            ),
            h("button", { type: "button", class: "button small", onclick: () => void this.mergeName(entry.name) }, t("settings-merge-into")),
            h("label", { class: "kind-field" }, h("span", { class: "field-label" }, t("settings-kind")), this.kindSelect(entry.name, kinds.get(entry.name) ?? "")),
          ),
        );
      }),
      shown.length === 0 ? h("li", { class: "muted" }, query ? t("settings-names-no-match") : t("settings-names-empty")) : null,
    );
  }
}
