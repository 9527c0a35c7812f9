import { describe, expect, it } from "vitest";
import { bodyToDoc } from "../doc/convert";
import { blockInputs, checkBlocks } from "./live";
import { occurrences, replaceWord } from "./controller";

describe("live checking sends only what changed", () => {
  const doc = bodyToDoc([
    { type: "paragraph", runs: [{ text: "Satu." }] },
    { type: "paragraph", runs: [{ text: "Dua " }, { text: "miring", marks: [{ type: "italic" }] }], language: "en" },
  ]);

  it("reads the headline, the standfirst and every body block, in order", () => {
    expect(checkBlocks("Judul", "", doc)).toEqual([
      { runs: [{ text: "Judul" }] },
      { runs: [{ text: "" }] },
      { runs: [{ text: "Satu." }] },
      { runs: [{ text: "Dua " }, { text: "miring", marks: [{ type: "italic" }] }], language: "en" },
    ]);
  });

  it("sends every block the first time, then names unchanged and moved blocks by index", () => {
    const blocks = checkBlocks("Judul", "", doc);
    const first = blockInputs([], blocks);
    expect(first.inputs.every((input) => input.kind === "text")).toBe(true);
    // A block inserted at the top, the old ones moved down one, the headline edited.
    const next = [{ runs: [{ text: "Judul baru" }] }, blocks[1], { runs: [{ text: "Nol." }] }, blocks[2], blocks[3]];
    const second = blockInputs(first.keys, next);
    expect(second.inputs).toEqual([
      { kind: "text", runs: [{ text: "Judul baru" }] },
      { kind: "same", index: 1 },
      { kind: "text", runs: [{ text: "Nol." }] },
      { kind: "same", index: 2 },
      { kind: "same", index: 3 },
    ]);
  });

  it("a change of marks or of the block's language alone is a change", () => {
    const blocks = checkBlocks("J", "", doc);
    const { keys } = blockInputs([], blocks);
    const plain = [...blocks.slice(0, 3), { runs: [{ text: "Dua miring" }], language: "en" }];
    expect(blockInputs(keys, plain).inputs[3]).toEqual({ kind: "text", runs: [{ text: "Dua miring" }], language: "en" });
    const indonesian = [...blocks.slice(0, 3), { runs: blocks[3].runs }];
    expect(blockInputs(keys, indonesian).inputs[3]).toEqual({ kind: "text", runs: blocks[3].runs });
  });
});

describe("applying a name everywhere", () => {
  it("finds whole words only", () => {
    const doc = bodyToDoc([
      { type: "paragraph", runs: [{ text: "Rudiatara datang. Rudiatara2 bukan, Rudiatara ya." }] },
      { type: "quote", runs: [{ text: "“Rudiatara,” katanya." }] },
    ]);
    const found = occurrences(doc, "Rudiatara").map(({ from, to }) => doc.textBetween(from, to));
    expect(found).toEqual(["Rudiatara", "Rudiatara", "Rudiatara"]);
    expect(replaceWord("Menteri Rudiatara dan Rudiataranya", "Rudiatara", "Rudiantara")).toBe("Menteri Rudiantara dan Rudiataranya");
  });
});
