import { afterEach, describe, expect, it } from "vitest";
import { setUiLanguage } from "../i18n";
import { countWords, formatSince, formatTime, h, readingMinutes } from "./dom";

afterEach(() => setUiLanguage("en"));

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

describe("formatSince", () => {
  it("gives the time alone today, and the date too on another day", () => {
    setUiLanguage("id");
    const now = new Date(2026, 11, 3, 16, 0).getTime();
    expect(formatSince(new Date(2026, 11, 3, 14, 5).getTime(), now)).toBe("14.05");
    const yesterday = new Date(2026, 11, 2, 14, 5).getTime();
    expect(formatSince(yesterday, now)).toBe(formatTime(yesterday));
    expect(formatSince(yesterday, now)).toContain("2026");
  });
});
