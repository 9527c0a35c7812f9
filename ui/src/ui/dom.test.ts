import { describe, expect, it } from "vitest";
import { countWords, h, readingMinutes } from "./dom";

describe("word count", () => {
  it("counts words and numbers as the engine does, not punctuation", () => {
    expect(countWords("Kamis (5/3/2026), pukul 07.30 WIB — Rp1.250 per e-tiket.")).toBe(11);
    expect(countWords("   ")).toBe(0);
    expect(countWords("Emoji 👍🏽 bukan kata")).toBe(3);
  });

  it("reads 200 words a minute, rounding up", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
  });
});

describe("h", () => {
  it("sets text as text, never as markup", () => {
    const element = h("p", { class: "x" }, "<b>tebal</b>");
    expect(element.querySelector("b")).toBeNull();
    expect(element.textContent).toBe("<b>tebal</b>");
  });
});
