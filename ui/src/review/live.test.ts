import { describe, expect, it } from "vitest";
import { bodyToDoc } from "../doc/convert";
import { blockInputs, checkBlocks } from "./live";
import { occurrences, replaceWord } from "./controller";

describe("live checking sends only what changed", () => {
  const doc = bodyToDoc([
    { type: "paragraph", runs: [{ text: "Satu." }] },
    { type: "paragraph", runs: [{ text: "Dua " }, { text: "miring", marks: [{ type: "italic" }] }] },
  ]);

  it("reads the headline, the standfirst and every body block, in order", () => {
    expect(checkBlocks("Judul", "", doc)).toEqual([
      [{ text: "Judul" }],
      [{ text: "" }],
      [{ text: "Satu." }],
      [{ text: "Dua " }, { text: "miring", marks: [{ type: "italic" }] }],
    ]);
  });

  it("sends every block the first time, then names unchanged and moved blocks by index", () => {
    const blocks = checkBlocks("Judul", "", doc);
    const first = blockInputs([], blocks);
    expect(first.inputs.every((input) => input.kind === "text")).toBe(true);
    // A block inserted at the top, the old ones moved down one, the headline edited.
    const next = [[{ text: "Judul baru" }], blocks[1], [{ text: "Nol." }], blocks[2], blocks[3]];
    const second = blockInputs(first.keys, next);
    expect(second.inputs).toEqual([
      { kind: "text", runs: [{ text: "Judul baru" }] },
      { kind: "same", index: 1 },
      { kind: "text", runs: [{ text: "Nol." }] },
      { kind: "same", index: 2 },
      { kind: "same", index: 3 },
    ]);
  });

  it("a change of marks alone is a change", () => {
    const blocks = checkBlocks("J", "", doc);
    const { keys } = blockInputs([], blocks);
    const plain = [...blocks.slice(0, 3), [{ text: "Dua miring" }]];
    expect(blockInputs(keys, plain).inputs[3]).toEqual({ kind: "text", runs: [{ text: "Dua miring" }] });
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
