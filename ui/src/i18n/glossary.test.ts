// The catalogues against docs/GLOSSARY.md: no message uses a word the glossary says to avoid,
// and Indonesian messages follow EYD V's typography (130%, curly quotes, →). The window's own
// catalogues are checked, and so are the Rust crates' (the checker's findings, the errors both
// front ends show, the command line), which reach the same editors.
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { catalogueFiles, type UiLanguage } from "./index";

/** The Rust crates' catalogues, `crates/<crate>/i18n/<language>/<file>.ftl`. */
const RUST_SOURCES = import.meta.glob("../../../crates/*/i18n/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** The Rust crates' catalogues in `language`, as "<crate>/<file>" → source. */
export function rustCatalogueFiles(language: UiLanguage): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(RUST_SOURCES)) {
    const match = /crates\/([a-z0-9-]+)\/i18n\/([a-z]+)\/(.+\.ftl)$/.exec(path);
    if (match && match[2] === language) files[`${match[1]}/${match[3]}`] = text;
  }
  return files;
}

const GLOSSARY = Object.values(import.meta.glob("../../../docs/GLOSSARY.md", { query: "?raw", import: "default", eager: true }) as Record<string, string>)[0] ?? "";

/** The text of a Fluent pattern a reader sees: its text pieces, and those of every variant of
 * its selections (not variable names or variant keys). */
type Pattern = string | Array<string | { type: string; variants?: Array<{ value: Pattern }> }>;
function patternTexts(pattern: Pattern | null): string[] {
  if (pattern === null) return [];
  if (typeof pattern === "string") return [pattern];
  return pattern.flatMap((part) => (typeof part === "string" ? [part] : (part.variants ?? []).flatMap((variant) => patternTexts(variant.value))));
}

/** Every message's readable text in `language`, as "file: id" → text. */
export function messages(language: UiLanguage, files: Record<string, string> = catalogueFiles(language)): Array<{ where: string; text: string }> {
  return Object.entries(files).flatMap(([file, source]) =>
    (new FluentResource(source).body as unknown as Array<{ id: string; value: Pattern | null; attributes: Record<string, Pattern> }>).flatMap((entry) =>
      [entry.value, ...Object.values(entry.attributes ?? {})].flatMap(patternTexts).map((text) => ({ where: `${language}/${file}: ${entry.id}`, text })),
    ),
  );
}

interface Term {
  id: string;
  en: string;
  avoid: Record<UiLanguage, string[]>;
  allowed: string[];
}

/** The "Checked terms" table of the glossary. */
export function checkedTerms(glossary: string): Term[] {
  const section = /## Checked terms\n([\s\S]*?)(?=\n## )/.exec(glossary)?.[1] ?? "";
  const list = (cell: string) =>
    cell
      .split(",")
      .map((word) => word.trim())
      .filter(Boolean);
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(Bahasa Indonesia|-)/.test(line))
    .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()))
    .map(([id, en, , avoidId, avoidEn, allowed]) => ({ id, en, avoid: { id: list(avoidId), en: list(avoidEn) }, allowed: list(allowed) }));
}

/** Where `language`'s messages use a word the glossary says to avoid. */
export function avoidedUses(terms: Term[], language: UiLanguage, all = messages(language)): string[] {
  const found: string[] = [];
  for (const term of terms) {
    for (const word of term.avoid[language]) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
      for (const { where, text } of all) {
        const rest = term.allowed.reduce((left, phrase) => left.replace(new RegExp(phrase, "giu"), " "), text);
        if (pattern.test(rest)) found.push(`${where}: "${word}" (say "${language === "id" ? term.id : term.en}")`);
      }
    }
  }
  return found;
}

/** Where messages break the glossary's typography: a space before %, "->" for an arrow, and
 * straight double quotes (in Indonesian always; in English where `curlyQuotes` says so). The
 * keys of a JSON example (`"id": …`) keep their straight quotes, as JSON needs them. */
export function typographySlips(language: UiLanguage, all = messages(language), curlyQuotes = language === "id"): string[] {
  const found: string[] = [];
  for (const { where, text } of all) {
    if (/\d\s%/.test(text)) found.push(`${where}: a space before % in "${text}"`);
    if (text.includes("->")) found.push(`${where}: "->" instead of → in "${text}"`);
    if (curlyQuotes && text.replace(/"[a-z]+": /g, "").includes('"')) found.push(`${where}: straight quotes instead of “ ” in "${text}"`);
  }
  return found;
}

describe("the catalogues against the glossary", () => {
  const terms = checkedTerms(GLOSSARY);

  it("reads the checked terms from docs/GLOSSARY.md", () => {
    expect(terms.map((term) => term.id)).toEqual(expect.arrayContaining(["kesalahan", "ringkasan", "antarjudul", "artikel"]));
    expect(terms.find((term) => term.id === "kesalahan")!.avoid.id).toEqual(["galat"]);
    expect(terms.find((term) => term.id === "artikel")!.allowed).toEqual(["situs berita", "kantor berita"]);
  });

  it("uses no avoided word in the Indonesian interface", () => {
    expect(avoidedUses(terms, "id")).toEqual([]);
  });

  it("uses no avoided word in the English interface", () => {
    expect(avoidedUses(terms, "en")).toEqual([]);
  });

  it("writes Indonesian as EYD V does: 130%, curly quotes, →", () => {
    expect(typographySlips("id")).toEqual([]);
    expect(typographySlips("en")).toEqual([]);
  });

  it("uses no avoided word in the Rust crates' catalogues (checker, errors, command line)", () => {
    const id = messages("id", rustCatalogueFiles("id"));
    const en = messages("en", rustCatalogueFiles("en"));
    expect(new Set(id.map((m) => m.where.split(":")[0]))).toEqual(new Set(["id/sunting-check/checker.ftl", "id/sunting-i18n/errors.ftl", "id/sunting-cli/cli.ftl"]));
    expect(avoidedUses(terms, "id", id)).toEqual([]);
    expect(avoidedUses(terms, "en", en)).toEqual([]);
  });

  it("writes the Rust crates' messages with curly quotes and → in both languages", () => {
    expect(typographySlips("id", messages("id", rustCatalogueFiles("id")))).toEqual([]);
    expect(typographySlips("en", messages("en", rustCatalogueFiles("en")), true)).toEqual([]);
  });

  it("catches a slip planted in a catalogue", () => {
    const planted = messages("id", {
      "planted.ftl": [
        "a = 3 galat dalam artikel",
        "b = Teras masih kosong",
        'c = Tulis "Hendriyanto"',
        "d = Pengguna -> Profil",
        "e = Ukuran teks 130 %",
        "f = { $count ->\n    [one] satu berita\n   *[other] { $count } naskah\n}",
        "g = Situs berita biasanya memotong judul",
      ].join("\n"),
    });
    expect(avoidedUses(terms, "id", planted)).toEqual([
      'id/planted.ftl: a: "galat" (say "kesalahan")',
      'id/planted.ftl: b: "teras" (say "ringkasan")',
      'id/planted.ftl: f: "berita" (say "artikel")',
      'id/planted.ftl: f: "naskah" (say "artikel")',
    ]);
    expect(typographySlips("id", planted)).toHaveLength(3);
    // In English, straight quotes are a slip where the catalogue asks for curly ones; a JSON key is not.
    const english = messages("en", { "planted.ftl": ['a = Write "Hendriyanto" here', 'b = one object per line {"{"}"id": 1{"}"}'].join("\n") });
    expect(typographySlips("en", english)).toEqual([]);
    expect(typographySlips("en", english, true)).toEqual(['en/planted.ftl: a: straight quotes instead of “ ” in "Write "Hendriyanto" here"']);
  });
});
