import { afterEach, describe, expect, it } from "vitest";
import { applyTextSize, handleTextSizeKey, setTextSize, stepTextSize, textSize } from "./textsize";

afterEach(() => {
  localStorage.clear();
  document.documentElement.style.fontSize = "";
});

const key = (key: string) => new KeyboardEvent("keydown", { key, ctrlKey: true });

describe("the text size", () => {
  it("steps between 100 and 130 % with Ctrl+= and Ctrl+-, and Ctrl+0 resets it", () => {
    expect(textSize()).toBe(100);
    for (let i = 0; i < 5; i++) expect(handleTextSizeKey(key("="))).toBe(true);
    expect(textSize()).toBe(130);
    expect(document.documentElement.style.fontSize).toBe("20.8px");
    expect(stepTextSize(-1)).toBe(120);
    handleTextSizeKey(key("0"));
    expect(textSize()).toBe(100);
    for (let i = 0; i < 3; i++) handleTextSizeKey(key("-"));
    expect(textSize()).toBe(100);
    expect(handleTextSizeKey(new KeyboardEvent("keydown", { key: "=" }))).toBe(false);
  });

  it("is kept for the next start, and an unknown stored value means 100 %", () => {
    setTextSize(110);
    document.documentElement.style.fontSize = "";
    applyTextSize();
    expect(document.documentElement.style.fontSize).toBe("17.6px");
    localStorage.setItem("sunting-text-size", "500");
    expect(textSize()).toBe(100);
  });
});
