// The contract between the window and the shell: every command the UI calls is one the shell
// registers, every registered command is called, and the events the shell sends are the ones the
// UI listens for. A rename on one side fails here, not in an editor's hands.
import { describe, expect, it } from "vitest";

const SHELL = import.meta.glob("../../../src-tauri/src/*.rs", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const IPC = import.meta.glob("./index.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const shellFile = (name: string) => Object.entries(SHELL).find(([path]) => path.endsWith(`/${name}`))?.[1] ?? "";
const ipcSource = Object.values(IPC)[0] ?? "";
/** `text` split at commas outside brackets and generics. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if ("<([{".includes(ch)) depth++;
    if (">)]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts;
}
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

  it("send each command exactly the arguments its Rust function takes", () => {
    // Rust: `pub fn name(desk: State<'_, Desk>, article_id: i64, note: Option<String>)`; the
    // shell's own parameters (state, the app handle, the raw request) are not the UI's to send.
    const parameters = new Map<string, { required: string[]; optional: string[] }>();
    for (const file of ["commands.rs", "publishing.rs", "newsroom.rs"]) {
      for (const m of shellFile(file).matchAll(/#\[tauri::command[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*pub (?:async )?fn ([a-z_]+)\(([^)]*)\)/g)) {
        const params = splitTopLevel(m[2])
          .map((p) => /^([a-z_]+)\s*:\s*(.+)$/s.exec(p.trim()))
          .filter((p): p is RegExpExecArray => p !== null)
          .filter(([, , type]) => !/^(State<|AppHandle|tauri::|Window|WebviewWindow)/.test(type.trim()));
        parameters.set(m[1], {
          required: params.filter(([, , type]) => !type.trim().startsWith("Option<")).map(([, name]) => name),
          optional: params.filter(([, , type]) => type.trim().startsWith("Option<")).map(([, name]) => name),
        });
      }
    }
    expect(parameters.size).toBeGreaterThan(40);
    const mismatches: string[] = [];
    for (const m of ipcSource.matchAll(/call<[^>]*>\(\s*"([a-z_]+)"\s*(?:,\s*(\{[^}]*\}|[a-zA-Z_.]+))?/g)) {
      const [, command, args] = m;
      const expected = parameters.get(command);
      if (!expected) continue; // the other test names it
      if (args && !args.startsWith("{")) continue; // raw bytes (import_article)
      const sent = args ? splitTopLevel(args.slice(1, -1)).map((p) => p.trim().split(":")[0].trim()).filter(Boolean) : [];
      const missing = expected.required.filter((name) => !sent.includes(name));
      const unknown = sent.filter((name) => !expected.required.includes(name) && !expected.optional.includes(name));
      if (missing.length || unknown.length) mismatches.push(`${command}: missing ${missing.join(",") || "-"}; unknown ${unknown.join(",") || "-"}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("agree on the events", () => {
    const sources = Object.values(SHELL).join("\n");
    const sent = new Set([...matches(sources, /emit\("([a-z-]+)"/g), ...matches(sources, /EVENT: &str = "([a-z-]+)"/g)]);
    const heard = matches(ipcSource, /_EVENT = "([a-z-]+)"/g);
    expect(sent.size).toBeGreaterThan(5);
    expect([...heard].sort()).toEqual([...sent].sort());
  });
});
