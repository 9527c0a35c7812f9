// The interface's text size, 100 to 130 %, for the person at this machine: Ctrl+= and Ctrl+-
// step it, Ctrl+0 resets it, Settings offers it too. Every size in the style sheet is in rem, so
// scaling the root font scales the whole interface, and the layout reflows without scrolling
// sideways.

export const TEXT_SIZES = [100, 110, 120, 130] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const KEY = "sunting-text-size";
const BASE_PX = 16;

/** The size in use (kept in the web view's local storage: a person's preference, not the desk's). */
export function textSize(): TextSize {
  const stored = Number(localStorage.getItem(KEY));
  return (TEXT_SIZES as readonly number[]).includes(stored) ? (stored as TextSize) : 100;
}

/** Uses and keeps `size`. */
export function setTextSize(size: TextSize) {
  localStorage.setItem(KEY, String(size));
  applyTextSize();
  // Whatever sizes itself to its text (the headline field) does so again.
  window.dispatchEvent(new Event("resize"));
}

/** Applies the kept size to the page (at start, and after a change). */
export function applyTextSize() {
  document.documentElement.style.fontSize = `${(BASE_PX * textSize()) / 100}px`;
  document.documentElement.dataset.textSize = String(textSize());
}

/** One step larger (1) or smaller (-1), within 100 to 130 %. Returns the new size. */
export function stepTextSize(direction: 1 | -1): TextSize {
  const index = TEXT_SIZES.indexOf(textSize());
  const next = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index + direction))];
  setTextSize(next);
  return next;
}

/** Ctrl+= (or Ctrl++), Ctrl+- and Ctrl+0. Returns true when the key was one of them. */
export function handleTextSizeKey(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  if (event.key === "=" || event.key === "+") stepTextSize(1);
  else if (event.key === "-") stepTextSize(-1);
  else if (event.key === "0") setTextSize(100);
  else return false;
  return true;
}
