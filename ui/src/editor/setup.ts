// The body editor: ProseMirror with Sunting's schema, history, keyboard commands and a toolbar.

import { baseKeymap, setBlockType, splitBlockAs, toggleMark } from "prosemirror-commands";
import { dropCursor } from "prosemirror-dropcursor";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import type { MarkType, NodeType } from "prosemirror-model";
import { EditorState, Plugin, type Command } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { schema, safeHref } from "../doc/schema";
import { t } from "../i18n";
import { ask } from "../ui/dialog";
import { h, shortcut } from "../ui/dom";

const { paragraph, heading, quote, list_item } = schema.nodes;

/** Enter in a list item continues the list; in an empty item it ends the list. */
const enterInList: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== list_item) return false;
  if ($from.parent.content.size === 0) return setBlockType(paragraph)(state, dispatch);
  return splitBlockAs((node) => ({ type: node.type, attrs: node.attrs }))(state, dispatch);
};

/** Asks for an address and links the selection to it; with a link already there, removes it. */
export const editLink: Command = (state, dispatch, view) => {
  const link = schema.marks.link;
  if (state.selection.empty) return false;
  if (state.doc.rangeHasMark(state.selection.from, state.selection.to, link)) {
    return toggleMark(link)(state, dispatch);
  }
  if (!dispatch || !view) return true;
  void ask({
    id: "link-dialog",
    title: t("editor-link-dialog-title"),
    input: { id: "link-href", label: t("editor-link-address"), placeholder: "https://" },
    buttons: [
      { label: t("editor-cancel"), value: false },
      { label: t("editor-link-add"), value: true, primary: true, id: "link-confirm" },
    ],
  }).then((result) => {
    const href = result?.value ? safeHref(result.input) : null;
    if (href) toggleMark(link, { href })(view.state, view.dispatch);
    view.focus();
  });
  return true;
};

interface ToolbarItem {
  /** The button's face: a symbol, or a word in the interface language. */
  label: () => string;
  /** The command's name in the interface language (asked for when the toolbar is built). */
  title: () => string;
  keys: string;
  command: Command;
  active?: (state: EditorState) => boolean;
}

function markActive(type: MarkType) {
  return (state: EditorState) => {
    const { from, $from, to, empty } = state.selection;
    return empty ? !!type.isInSet(state.storedMarks || $from.marks()) : state.doc.rangeHasMark(from, to, type);
  };
}

function blockActive(type: NodeType, attrs: Record<string, unknown> = {}) {
  return (state: EditorState) => {
    const parent = state.selection.$from.parent;
    return parent.type === type && Object.entries(attrs).every(([key, value]) => parent.attrs[key] === value);
  };
}

/** Every formatting command, with its key and toolbar label. */
export const FORMATS: ToolbarItem[] = [
  { label: () => "B", title: () => t("editor-format-bold"), keys: "Mod-b", command: toggleMark(schema.marks.bold), active: markActive(schema.marks.bold) },
  { label: () => "I", title: () => t("editor-format-italic"), keys: "Mod-i", command: toggleMark(schema.marks.italic), active: markActive(schema.marks.italic) },
  { label: () => t("editor-format-link-label"), title: () => t("editor-format-link"), keys: "Mod-k", command: editLink, active: markActive(schema.marks.link) },
  { label: () => "¶", title: () => t("editor-format-paragraph"), keys: "Mod-Alt-0", command: setBlockType(paragraph), active: blockActive(paragraph) },
  { label: () => "H2", title: () => t("editor-format-crosshead"), keys: "Mod-Alt-2", command: setBlockType(heading, { level: 2 }), active: blockActive(heading, { level: 2 }) },
  { label: () => "H3", title: () => t("editor-format-subhead"), keys: "Mod-Alt-3", command: setBlockType(heading, { level: 3 }), active: blockActive(heading, { level: 3 }) },
  { label: () => "“ ”", title: () => t("editor-format-quote"), keys: "Mod-Alt-q", command: setBlockType(quote), active: blockActive(quote) },
  { label: () => "•", title: () => t("editor-format-bullet"), keys: "Mod-Alt-8", command: setBlockType(list_item, { ordered: false }), active: blockActive(list_item, { ordered: false }) },
  { label: () => "1.", title: () => t("editor-format-numbered"), keys: "Mod-Alt-7", command: setBlockType(list_item, { ordered: true }), active: blockActive(list_item, { ordered: true }) },
  { label: () => "↶", title: () => t("editor-format-undo"), keys: "Mod-z", command: undo },
  { label: () => "↷", title: () => t("editor-format-redo"), keys: "Mod-Shift-z", command: redo },
];

function displayKeys(keys: string): string {
  return shortcut(keys.replace("Mod-", "Ctrl+").replace("Alt-", "Alt+").replace("Shift-", "Shift+").replace(/-(\w)$/, "+$1").replace(/\+(\w)$/, (_, k: string) => `+${k.toUpperCase()}`));
}

/** The editor's plugins. `before` runs first (the review's keys and plugin); `undoFirst` gets
 * a chance to undo something outside the text before the editor's history does. */
export function editorPlugins(
  options: { before?: Plugin[]; undoFirst?: () => boolean; onPasteRefused?: (message: string) => void } = {},
): Plugin[] {
  const keys: Record<string, Command> = { Enter: enterInList, "Mod-y": redo };
  for (const item of FORMATS) keys[item.keys] = item.command;
  const undoFirst = options.undoFirst;
  if (undoFirst) keys["Mod-z"] = (state, dispatch) => (dispatch ? undoFirst() : false) || undo(state, dispatch);
  const refused = options.onPasteRefused ?? (() => undefined);
  return [...(options.before ?? []), pasteLimit(refused), history(), keymap(keys), keymap(baseKeymap), dropCursor()];
}

/** The most characters one paste may bring: a long feature is 50,000; a whole book is not pasted. */
export const MAX_PASTE_CHARS = 1_000_000;

/**
 * Refuses a paste larger than {@link MAX_PASTE_CHARS} before ProseMirror parses it, so a
 * mistaken 10 MB paste never freezes the window; the editor is told why and what to do.
 */
export function pasteLimit(onRefused: (message: string) => void): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        paste(_view, event) {
          const data = (event as ClipboardEvent).clipboardData;
          const size = Math.max(data?.getData("text/html").length ?? 0, data?.getData("text/plain").length ?? 0);
          if (size <= MAX_PASTE_CHARS) return false;
          event.preventDefault();
          // Rounded as toFixed does; the catalogue writes it "10.8" in English, "10,8" in Indonesian.
          const millions = Number((size / 1_000_000).toFixed(1));
          onRefused(t("editor-paste-too-large", { millions }));
          return true;
        },
      },
    },
  });
}

/** The toolbar for `view`; call the returned update function after every transaction. */
export function toolbar(getView: () => EditorView): { element: HTMLElement; update: (state: EditorState) => void } {
  const buttons = FORMATS.map((item) => {
    const title = item.title();
    const face = item.label();
    // The accessible name holds the visible face when the face is a word ("H2 Crosshead").
    const named = /[\p{L}\p{N}]/u.test(face) && !title.toLowerCase().includes(face.toLowerCase()) ? `${face} ${title}` : title;
    const button = h(
      "button",
      {
        type: "button",
        class: "tool",
        title: t("editor-tool-title", { name: title, keys: displayKeys(item.keys) }),
        "aria-label": named,
        "aria-pressed": item.active ? "false" : null,
        // Keep the editor's selection when the toolbar is clicked.
        onmousedown: (event: Event) => event.preventDefault(),
        onclick: () => {
          const view = getView();
          item.command(view.state, view.dispatch, view);
          view.focus();
        },
      },
      item.label(),
    );
    return { item, button };
  });
  const element = h("div", { class: "toolbar", role: "toolbar", "aria-label": t("editor-toolbar") }, ...buttons.map((b) => b.button));
  const update = (state: EditorState) => {
    for (const { item, button } of buttons) {
      if (item.active) button.setAttribute("aria-pressed", String(item.active(state)));
      button.disabled = !item.command(state);
    }
  };
  return { element, update };
}

export { displayKeys };
