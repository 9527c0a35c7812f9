import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { catalogueFiles, format, languageFor, UI_LANGUAGES } from "./index";

const SOURCES = import.meta.glob(["../**/*.ts", "!../**/*.test.ts", "!../**/*.d.ts", "!./index.ts"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Every TypeScript source of the interface except tests and the catalogue loader itself. */
function sources(): Array<{ file: string; text: string }> {
  return Object.entries(SOURCES).map(([path, text]) => ({ file: path.replace(/^\.\.\//, ""), text }));
}

function idsOf(text: string): string[] {
  return new FluentResource(text).body.map((entry) => entry.id);
}

/** Message ids the code asks for: the first argument of t(...), always a string literal. */
function usedIds(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, text } of sources()) {
    for (const match of text.matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)) used.set(match[1], file);
  }
  return used;
}

describe("the message catalogues", () => {
  it("have the same files and the same ids in every language", () => {
    const [first, ...others] = UI_LANGUAGES;
    const reference = catalogueFiles(first);
    expect(Object.keys(reference).length).toBeGreaterThan(0);
    for (const language of others) {
      const files = catalogueFiles(language);
      expect(Object.keys(files).sort(), `${language} files`).toEqual(Object.keys(reference).sort());
      for (const [file, text] of Object.entries(reference)) {
        expect(idsOf(files[file]).sort(), `${language}/${file}`).toEqual(idsOf(text).sort());
      }
    }
  });

  it("parse cleanly: every entry line is an id, a continuation or a comment", () => {
    for (const language of UI_LANGUAGES) {
      for (const [file, text] of Object.entries(catalogueFiles(language))) {
        text.split("\n").forEach((line, i) => {
          const ok = line === "" || line.startsWith("#") || /^\s/.test(line) || /^-?[a-z][a-z0-9-]* =/.test(line);
          expect(ok, `${language}/${file}:${i + 1}: ${line}`).toBe(true);
        });
        const ids = idsOf(text);
        expect(new Set(ids).size, `${language}/${file} repeats an id`).toBe(ids.length);
      }
    }
  });

  it("hold every id the code uses, and the code uses every id they hold", () => {
    const used = usedIds();
    for (const language of UI_LANGUAGES) {
      const held = new Set(Object.values(catalogueFiles(language)).flatMap(idsOf).filter((id) => !id.startsWith("-")));
      const missing = [...used].filter(([id]) => !held.has(id)).map(([id, file]) => `${id} (${file})`);
      expect(missing, `missing from ${language}`).toEqual([]);
      const unused = [...held].filter((id) => !used.has(id));
      expect(unused, `unused in ${language}`).toEqual([]);
    }
  });

  it("are asked for by literal ids only, so the two checks above see every use", () => {
    const dynamic = sources().flatMap(({ file, text }) =>
      [...text.matchAll(/\bt\(\s*([^"\s)][^,)]*)/g)].map((m) => `${file}: t(${m[1]}`),
    );
    expect(dynamic).toEqual([]);
  });

  it("format arguments and plurals in both languages", () => {
    expect(format("en", "library-count", { count: 1 })).toBe("1 article");
    expect(format("en", "library-count", { count: 3 })).toBe("3 articles");
    expect(format("id", "library-count", { count: 3 })).toBe("3 artikel");
  });
});

describe("the interface language", () => {
  it("follows the system: Indonesian for id (and Malay), English otherwise", () => {
    expect(languageFor(["id-ID", "en-US"])).toBe("id");
    expect(languageFor(["in_ID.UTF-8"])).toBe("id");
    expect(languageFor(["en-GB", "id"])).toBe("en");
    expect(languageFor(["fr-FR", "id-ID"])).toBe("id");
    expect(languageFor(["fr-FR"])).toBe("en");
    expect(languageFor([])).toBe("en");
  });
});
