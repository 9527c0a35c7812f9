// A small helper for building DOM without a framework. Text is always set as text, never as
// HTML, so nothing an article contains can become markup.

import { uiLanguage } from "../i18n";

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.textContent = "";
  append(parent, ...children);
}

/** "Ctrl+S" on Linux and Windows, "⌘S" on macOS. */
export function shortcut(keys: string): string {
  const mac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform);
  return mac ? keys.replace(/Ctrl\+/g, "⌘").replace(/Alt\+/g, "⌥").replace(/Shift\+/g, "⇧") : keys;
}

/** True for Ctrl (or ⌘ on macOS) with `key`, and no other modifier unless asked. */
export function isShortcut(event: KeyboardEvent, key: string, options: { shift?: boolean; alt?: boolean } = {}): boolean {
  const primary = event.ctrlKey || event.metaKey;
  return (
    primary &&
    event.key.toLowerCase() === key.toLowerCase() &&
    event.shiftKey === (options.shift ?? false) &&
    event.altKey === (options.alt ?? false)
  );
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A time in milliseconds since the epoch, for people, in the interface language: "3 Des 2026,
 * 11.05" in Indonesian; in English as the system writes it ("30 Nov 2026, 11:05"). */
export function formatTime(millis: number): string {
  const locale = uiLanguage() === "id" ? "id-ID" : undefined;
  const key = locale ?? "";
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    timeFormats.set(key, format);
  }
  return format.format(new Date(millis));
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** When something began, as short as is clear: the time alone today ("14.05" in Indonesian),
 * the date and time on another day. */
export function formatSince(millis: number, now: number = Date.now()): string {
  if (new Date(millis).toDateString() !== new Date(now).toDateString()) return formatTime(millis);
  const locale = uiLanguage() === "id" ? "id-ID" : undefined;
  const key = locale ?? "";
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
    clockFormats.set(key, format);
  }
  return format.format(new Date(millis));
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Words as the engine counts them: Unicode word boundaries, and a word is any segment with a
 * letter or digit (so numbers count, punctuation does not). `isWordLike` is not used because
 * WebKit's answer for numbers differs from other engines'. */
export function countWords(text: string): number {
  let count = 0;
  for (const { segment } of wordSegmenter.segment(text)) if (ALPHANUMERIC.test(segment)) count++;
  return count;
}

/** Reading time at 200 words a minute, as the engine reckons it. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.ceil(words / 200);
}
