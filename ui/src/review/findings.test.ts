import { EditorState } from "prosemirror-state";
import { Mapping } from "prosemirror-transform";
import { describe, expect, it } from "vitest";
import { bodyToDoc } from "../doc/convert";
import { schema } from "../doc/schema";
import type { Finding } from "../ipc";
import { findingsKey, findingsPlugin, languageAttributes, languageTags, placedFlags, type FindingsMeta } from "./findings";

const finding = (block: number, start: number, end: number, text: string, extra: Partial<Finding> = {}): Finding => ({
  rule: "spelling",
  category: "spelling",
  severity: "error",
  block,
  start,
  end,
  text,
  message: `"${text}" is not in the dictionary`,
  suggestions: [],
  also: [],
  ...extra,
});

function stateWith(paragraphs: string[]) {
  const doc = bodyToDoc(paragraphs.map((text) => ({ type: "paragraph" as const, runs: [{ text }] })));
  return EditorState.create({ schema, doc, plugins: [findingsPlugin()] });
}

function deliver(state: EditorState, findings: Finding[], doc = state.doc, since = new Mapping()) {
  const meta: FindingsMeta = { type: "set", doc, since, findings };
  return state.apply(state.tr.setMeta(findingsKey, meta));
}

const texts = (state: EditorState) => placedFlags(state).map((p) => state.doc.textBetween(p.from, p.to));

describe("findings as decorations", () => {
  it("places body findings by block and UTF-16 offset, and keeps headline findings apart", () => {
    let state = stateWith(["Menteri Rudiatara datang.", "Emoji 👍 lalu penumpnag."]);
    state = deliver(state, [finding(0, 0, 5, "Judl"), finding(2, 8, 17, "Rudiatara"), finding(3, 14, 23, "penumpnag")]);
    expect(texts(state)).toEqual(["Rudiatara", "penumpnag"]);
    expect(findingsKey.getState(state)!.fieldFlags.map((f) => f.finding.text)).toEqual(["Judl"]);
  });

  it("maps flags through edits made while the check was running", () => {
    const before = stateWith(["Menteri Rudiatara datang."]);
    // The editor types at the start while the request is out.
    const typing = before.tr.insertText("Kemarin, ", 1);
    const since = new Mapping();
    since.appendMapping(typing.mapping);
    let state = before.apply(typing);
    state = deliver(state, [finding(2, 8, 17, "Rudiatara")], before.doc, since);
    expect(texts(state)).toEqual(["Rudiatara"]);
  });

  it("maps flags through later transactions instead of rebuilding them, and drops one that was typed over", () => {
    let state = stateWith(["Satu penumpnag dan dua bsu."]);
    state = deliver(state, [finding(2, 5, 14, "penumpnag"), finding(2, 23, 26, "bsu")]);
    state = state.apply(state.tr.insertText("Hari ini ", 1));
    expect(texts(state)).toEqual(["penumpnag", "bsu"]);
    const bsu = placedFlags(state)[1];
    state = state.apply(state.tr.insertText("bus", bsu.from, bsu.to));
    expect(texts(state)).toEqual(["penumpnag"]);
  });

  it("ignores a flag once: it stays away when the same finding comes back at the same place", () => {
    let state = stateWith(["Satu penumpnag."]);
    const findings = [finding(2, 5, 14, "penumpnag")];
    state = deliver(state, findings);
    const id = placedFlags(state)[0].flag.id;
    state = state.apply(state.tr.setMeta(findingsKey, { type: "ignore-once", id } satisfies FindingsMeta));
    expect(texts(state)).toEqual([]);
    state = deliver(state, findings);
    expect(texts(state)).toEqual([]);
    // Undo of the ignore: the flag returns with the next answer.
    state = state.apply(state.tr.setMeta(findingsKey, { type: "unignore-once", from: 6, to: 15, rule: "spelling" } satisfies FindingsMeta));
    state = deliver(state, findings);
    expect(texts(state)).toEqual(["penumpnag"]);
  });

  it("skips findings that point past the end of a block (a stale answer)", () => {
    let state = stateWith(["Pendek."]);
    state = deliver(state, [finding(2, 3, 40, "x"), finding(9, 0, 1, "y")]);
    expect(texts(state)).toEqual([]);
  });
});

describe("language tags", () => {
  it("tag only the blocks whose language differs from the article's, and those the editor set", () => {
    const doc = bodyToDoc([
      { type: "paragraph", runs: [{ text: "Pemerintah kota meluncurkan bus listrik." }] },
      { type: "quote", runs: [{ text: "We waited." }] },
      { type: "paragraph", runs: [{ text: "Warga menyambutnya." }], language: "id" },
      { type: "paragraph", runs: [{ text: "Oke." }] },
    ]);
    const tags = languageTags(
      doc,
      [
        { index: 2, language: "id", confidence: 0.9, inherited: false },
        { index: 3, language: "en", confidence: 0.95, inherited: false },
        { index: 4, language: "id", confidence: 1, inherited: false },
        { index: 5, language: "id", confidence: 0.2, inherited: true },
      ],
      () => undefined,
      "id",
    );
    const keys = tags.map((t) => (t.spec as { key: string }).key);
    // The English quote, and the paragraph the editor set (even to the article's language).
    expect(keys).toEqual([expect.stringContaining("lang-1-en-lang-tag"), expect.stringContaining("lang-2-id-lang-tag lang-set")]);
  });

  it("tag every body block with its language, marking inherited and editor-set ones", () => {
    const doc = bodyToDoc([
      { type: "paragraph", runs: [{ text: "Pemerintah kota meluncurkan bus listrik." }] },
      { type: "quote", runs: [{ text: "We waited." }], language: "en" },
      { type: "paragraph", runs: [{ text: "Oke." }] },
    ]);
    const clicked: number[] = [];
    const tags = languageTags(
      doc,
      [
        { index: 0, language: "id", confidence: 1, inherited: false },
        { index: 2, language: "id", confidence: 0.9, inherited: false },
        { index: 3, language: "id", confidence: 0.99, inherited: false },
        { index: 4, language: "id", confidence: 0.2, inherited: true },
      ],
      (pos) => clicked.push(pos),
    );
    expect(tags.map((t) => t.from)).toEqual([1, doc.child(0).nodeSize + 1, doc.child(0).nodeSize + doc.child(1).nodeSize + 1]);
    const elements = tags.map((t) => (t.spec as { key: string }).key);
    expect(elements[1]).toContain("en-lang-tag lang-set");
    expect(elements[2]).toContain("lang-inherited");
    // Each block carries its language for screen readers, the editor's choice first.
    const attributes = languageAttributes(doc, [
      { index: 2, language: "id", confidence: 0.9, inherited: false },
      { index: 3, language: "id", confidence: 0.99, inherited: false },
    ]);
    expect(attributes.map((a) => [a.from, (a as unknown as { type: { attrs: { lang: string } } }).type.attrs.lang])).toEqual([
      [0, "id"],
      [doc.child(0).nodeSize, "en"],
    ]);
  });
});
