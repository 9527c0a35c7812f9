// Modal dialogs: a question with buttons, optionally with one text input. Focus moves into the
// dialog, Tab stays inside it, Escape cancels, Enter in the input picks the primary button, and
// focus returns where it was when the dialog closes.

import { h } from "./dom";

export interface DialogButton<T> {
  label: string;
  value: T;
  primary?: boolean;
  danger?: boolean;
  id?: string;
}

/** A line of the list under the message, with a button that closes the dialog (as Escape does)
 * and goes to what the line names. */
export interface DialogItem {
  text: string;
  jump?: { label: string; id?: string; run(): void };
}

export interface DialogOptions<T> {
  id: string;
  title: string;
  message?: string;
  /** A list under the message (the problems a check found), each line with a button to go to
   * its place where it has one. */
  items?: Array<string | DialogItem>;
  input?: { id: string; label: string; placeholder?: string; value?: string };
  buttons: DialogButton<T>[];
  /** Whether Enter in the input picks the primary button (true unless said otherwise; a dialog
   * that sends something out says false, so only a click or Space on the button sends). */
  enterPicksPrimary?: boolean;
}

export interface DialogResult<T> {
  value: T;
  input: string;
}

/** Shows a dialog; resolves with the chosen button (and the input's text), or null on Escape. */
export function ask<T>(options: DialogOptions<T>): Promise<DialogResult<T> | null> {
  const previous = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const input = options.input
      ? h("input", {
          id: options.input.id,
          type: "text",
          class: "dialog-input",
          placeholder: options.input.placeholder ?? "",
          "aria-label": options.input.label,
          autocomplete: "off",
        })
      : null;
    if (input && options.input?.value) input.value = options.input.value;
    const titleId = `${options.id}-title`;
    const close = (value: T | null) => {
      overlay.remove();
      document.removeEventListener("keydown", onKey, true);
      previous?.focus?.();
      resolve(value === null ? null : { value, input: input?.value ?? "" });
    };
    const buttons = options.buttons.map((button) =>
      h(
        "button",
        {
          type: "button",
          id: button.id,
          class: ["button", button.primary ? "primary" : "", button.danger ? "danger" : ""].join(" ").trim(),
          onclick: () => close(button.value),
        },
        button.label,
      ),
    );
    const jumps: HTMLButtonElement[] = [];
    const item = (entry: string | DialogItem) => {
      const { text, jump } = typeof entry === "string" ? { text: entry, jump: undefined } : entry;
      if (!jump) return h("li", { class: "dialog-item" }, h("span", { class: "dialog-item-text" }, text));
      const button = h(
        "button",
        {
          type: "button",
          id: jump.id,
          class: "button small dialog-item-jump",
          onclick: () => {
            close(null);
            jump.run();
          },
        },
        jump.label,
      );
      jumps.push(button);
      return h("li", { class: "dialog-item" }, h("span", { class: "dialog-item-text" }, text), button);
    };
    const dialog = h(
      "div",
      { id: options.id, class: "dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId },
      h("h2", { id: titleId, class: "dialog-title" }, options.title),
      options.message ? h("p", { class: "dialog-message" }, options.message) : null,
      options.items?.length ? h("ul", { class: "dialog-items" }, ...options.items.map(item)) : null,
      input ? h("label", { class: "dialog-label" }, options.input!.label, input) : null,
      h("div", { class: "dialog-buttons" }, ...buttons),
    );
    const overlay = h("div", { class: "overlay" }, dialog);
    const primary = options.buttons.findIndex((b) => b.primary);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        close(null);
      } else if (event.key === "Enter" && event.target === input && primary >= 0 && options.enterPicksPrimary !== false) {
        event.preventDefault();
        event.stopPropagation();
        close(options.buttons[primary].value);
      } else if (event.key === "Enter" && event.target === input) {
        event.preventDefault();
      } else if (event.key === "Tab") {
        const focusable = [...jumps, input, ...buttons].filter((e): e is HTMLInputElement | HTMLButtonElement => e !== null);
        const index = focusable.indexOf(document.activeElement as HTMLInputElement);
        const next = (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
        event.preventDefault();
        focusable[next].focus();
      } else if (!event.ctrlKey && !event.metaKey) {
        return;
      } else {
        // No application shortcut acts behind a modal dialog.
        event.stopPropagation();
      }
    };
    document.addEventListener("keydown", onKey, true);
    document.body.appendChild(overlay);
    (input ?? buttons[primary >= 0 ? primary : 0]).focus();
  });
}
