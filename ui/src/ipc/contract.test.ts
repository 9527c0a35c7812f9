// The contract between the window and the shell: every command the UI calls is one the shell
// registers, every registered command is called, and the events the shell sends are the ones the
// UI listens for. A rename on one side fails here, not in an editor's hands.
import { describe, expect, it } from "vitest";

const SHELL = import.meta.glob("../../../src-tauri/src/*.rs", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const IPC = import.meta.glob("./index.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const shellFile = (name: string) => Object.entries(SHELL).find(([path]) => path.endsWith(`/${name}`))?.[1] ?? "";
const ipcSource = Object.values(IPC)[0] ?? "";
const matches = (text: string, pattern: RegExp) => new Set(Array.from(text.matchAll(pattern), (m) => m[1]));

describe("the window and the shell", () => {
  it("call exactly the commands the shell registers", () => {
    const lib = shellFile("lib.rs");
    const handler = lib.slice(lib.indexOf("generate_handler!["), lib.indexOf("])", lib.indexOf("generate_handler![")));
    const registered = matches(handler, /\b(?:commands|publishing|newsroom)::([a-z_]+)/g);
    const called = matches(ipcSource, /call<[^>]*>\(\s*"([a-z_]+)"/g);
    expect(registered.size).toBeGreaterThan(40);
    expect([...called].filter((name) => !registered.has(name))).toEqual([]);
    expect([...registered].filter((name) => !called.has(name))).toEqual([]);
  });

  it("agree on the events", () => {
    const sources = Object.values(SHELL).join("\n");
    const sent = new Set([...matches(sources, /emit\("([a-z-]+)"/g), ...matches(sources, /EVENT: &str = "([a-z-]+)"/g)]);
    const heard = matches(ipcSource, /_EVENT = "([a-z-]+)"/g);
    expect(sent.size).toBeGreaterThan(5);
    expect([...heard].sort()).toEqual([...sent].sort());
  });
});
