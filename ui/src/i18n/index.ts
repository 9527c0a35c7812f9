// The interface's words, in Bahasa Indonesia and English, from Fluent catalogues: one file per
// screen under i18n/<language>/. Code asks for a message by its id with `t("id", { args })`;
// i18n.test.ts fails when an id is used but missing from a catalogue, present in one language
// only, or no longer used. The editorial terms follow docs/GLOSSARY.md.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

/** The languages the interface speaks. */
export type UiLanguage = "id" | "en";
export const UI_LANGUAGES: UiLanguage[] = ["id", "en"];

const SOURCES = import.meta.glob("./*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Each language's catalogue files, by file name ("library.ftl"). */
export function catalogueFiles(language: UiLanguage): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(SOURCES)) {
    const match = /^\.\/([a-z]+)\/(.+\.ftl)$/.exec(path);
    if (match && match[1] === language) files[match[2]] = text;
  }
  return files;
}

function bundle(language: UiLanguage): FluentBundle {
  // No bidi isolation marks around arguments: the interface is left to right in both languages,
  // and the marks would end up in copied text and in tests.
  const result = new FluentBundle(language, { useIsolating: false });
  for (const [file, text] of Object.entries(catalogueFiles(language))) {
    const errors = result.addResource(new FluentResource(text));
    if (errors.length > 0) console.error(`i18n: ${language}/${file}: ${errors.map(String).join("; ")}`);
  }
  return result;
}

const bundles = new Map<UiLanguage, FluentBundle>();
function bundleFor(language: UiLanguage): FluentBundle {
  let found = bundles.get(language);
  if (!found) {
    found = bundle(language);
    bundles.set(language, found);
  }
  return found;
}

let current: UiLanguage = "en";

/** The language the interface speaks now. */
export function uiLanguage(): UiLanguage {
  return current;
}

/** Sets the interface language (and the page's `lang`, for screen readers). */
export function setUiLanguage(language: UiLanguage) {
  document.documentElement.lang = language;
  current = language;
}

/** The interface language for a system's preferred languages: Indonesian when the first one
 * Sunting speaks is Indonesian (or Malay, which Indonesian readers read), English otherwise. */
export function languageFor(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_.@]/)[0];
    if (base === "id" || base === "in" || base === "ms") return "id";
    if (base === "en") return "en";
  }
  return "en";
}

/** The message `id` in the interface language, with its arguments. A missing message shows its
 * id (and the test suite fails on it long before an editor sees one). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(current, id, args);
}

/** The message `id` in `language`. */
export function format(language: UiLanguage, id: string, args?: Record<string, FluentVariable>): string {
  const target = bundleFor(language);
  const message = target.getMessage(id);
  if (!message?.value) return id;
  const errors: Error[] = [];
  const text = target.formatPattern(message.value, args, errors);
  if (errors.length > 0) console.error(`i18n: ${language} ${id}: ${errors.map(String).join("; ")}`);
  return text;
}
