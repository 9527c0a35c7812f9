import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { schema } from "../doc/schema";
import { editorPlugins, MAX_PASTE_CHARS } from "./setup";

const LIMIT_IN_MB = MAX_PASTE_CHARS / 1_000_000;

/** A paste event carrying `html` and `text`, as a browser builds one. */
function pasteEvent(html: string, text: string): Event {
  const event = new Event("paste", { bubbles: true, cancelable: true });
  const data = { getData: (type: string) => (type === "text/html" ? html : type === "text/plain" ? text : ""), types: ["text/html", "text/plain"] };
  Object.defineProperty(event, "clipboardData", { value: data });
  return event;
}

describe("the paste limit", () => {
  it("refuses a 10 MB paste before parsing it and says what to do; the document is untouched", () => {
    const refused: string[] = [];
    const mount = document.createElement("div");
    document.body.append(mount);
    const view = new EditorView(mount, {
      state: EditorState.create({ schema, plugins: editorPlugins({ onPasteRefused: (message) => refused.push(message) }) }),
    });
    const before = view.state.doc;
    const huge = "<p>" + "Banjir rob merendam jalan. ".repeat(400_000) + "</p>";
    const event = pasteEvent(huge, "");
    view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(view.state.doc.eq(before)).toBe(true);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/Not pasted: that is 10\.8 million characters.*import it from the library/);
    expect(LIMIT_IN_MB).toBe(1);
    view.destroy();
  });

  it("lets an ordinary paste through to ProseMirror", () => {
    const refused: string[] = [];
    const mount = document.createElement("div");
    const view = new EditorView(mount, {
      state: EditorState.create({ schema, plugins: editorPlugins({ onPasteRefused: (message) => refused.push(message) }) }),
    });
    const event = pasteEvent("<p>Isi pendek.</p>", "Isi pendek.");
    view.dom.dispatchEvent(event);
    expect(refused).toEqual([]);
    view.destroy();
  });
});
