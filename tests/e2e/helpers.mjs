// Steps and waits shared by the end-to-end tests, over the one WebDriver session in use.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot, TIMEOUT } from './session.mjs';

export let browser;
let firstFailure = null;

/** Sets the session the helpers drive (after opening or reopening the app). */
export function useBrowser(session) {
  browser = session;
}
/** One step of the story; once a step fails, the later ones are skipped rather than failed. */
export function step(name, body) {
  it(name, async (t) => {
    if (firstFailure) {
      t.skip(`an earlier step failed: ${firstFailure}`);
      return;
    }
    try {
      await body();
    } catch (error) {
      firstFailure = name;
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const file = await screenshot(browser, `failed-${slug}.png`).catch(() => null);
      if (file) t.diagnostic(`screenshot of the failure: ${file}`);
      const state = await pageState().catch((e) => `unreadable: ${e}`);
      t.diagnostic(`the window at the failure: ${state}`);
      throw error;
    }
  });
}

/** What the window shows, in words, for a failure's log (a screenshot is not always at hand):
 * the screen in view, any open dialog, notice or status line. */
function pageState() {
  return browser.execute(() => {
    const visible = (el) => el && el.getClientRects().length > 0;
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    const screens = Array.from(document.querySelectorAll('.screen')).filter(visible).map((el) => el.id || el.className);
    const dialogs = Array.from(document.querySelectorAll('dialog[open], [role="dialog"], [role="alertdialog"]')).filter(visible).map(text);
    const notices = Array.from(document.querySelectorAll('[role="alert"], [role="status"], .notice, .error')).filter(visible).map(text).filter(Boolean);
    return JSON.stringify({ screens, dialogs, notices, focused: document.activeElement?.id || document.activeElement?.tagName });
  });
}

// --- small helpers over webdriverio -------------------------------------------------------

export async function shown(selector) {
  const element = await browser.$(selector);
  await element.waitForDisplayed({ timeout: TIMEOUT, timeoutMsg: `${selector} was not shown within ${TIMEOUT} ms` });
  return element;
}

export async function hidden(selector) {
  await browser.waitUntil(async () => !(await browser.$(selector).isDisplayed()), {
    timeout: TIMEOUT,
    timeoutMsg: `${selector} was still shown after ${TIMEOUT} ms`,
  });
}

export async function click(selector) {
  const element = await shown(selector);
  await element.click();
}

/** The text of every element matching `selector`, read from the DOM, in document order. */
export function texts(selector) {
  return browser.execute(
    (sel) => Array.from(document.querySelectorAll(sel), (el) => el.textContent.replace(/\s+/g, ' ').trim()),
    selector,
  );
}

/** Waits until `read()` gives a value that `ok` accepts; the message shows the last value seen. */
export async function eventually(read, ok, what) {
  let last;
  try {
    await browser.waitUntil(
      async () => {
        last = await read();
        return ok(last);
      },
      { timeout: TIMEOUT, interval: 100 },
    );
  } catch {
    assert.fail(`${what}; last seen: ${JSON.stringify(last)}`);
  }
  return last;
}

export function bodyText() {
  return texts('#body .ProseMirror').then((all) => all.join(' '));
}

export async function typeIntoBody(text, { replace = false } = {}) {
  const body = await shown('#body .ProseMirror');
  await body.click();
  if (replace) await browser.keys(['Control', 'a']);
  await browser.keys(text);
}

/** Clicks a radio button; a visually hidden one (styled through its label) is clicked in the page. */
export async function choose(selector) {
  const radio = await browser.$(selector);
  await radio.waitForExist({ timeout: TIMEOUT, timeoutMsg: `${selector} does not exist` });
  if (await radio.isClickable()) await radio.click();
  else await browser.execute((el) => el.click(), radio);
  await eventually(() => radio.isSelected(), Boolean, `${selector} did not become selected`);
}

/** Opens the article with `headline` from the library (clearing any search first). */
export async function openFromLibrary(headline) {
  await shown('#library');
  await (await shown('#library-search')).setValue(' ');
  // Let a search that was in the field come back before clicking, so the click does not land
  // on a list being drawn again.
  await browser.pause(400);
  const id = await eventually(
    () => browser.execute((wanted) => {
      const row = Array.from(document.querySelectorAll('.article-row')).find((r) => r.querySelector('.headline').textContent === wanted);
      return row ? row.dataset.id : null;
    }, headline),
    Boolean,
    `the library should list "${headline}"`,
  );
  await click(`.article-row[data-id="${id}"]`);
  // On a busy machine the first open after a start (a debug build still warming up) has taken
  // longer than the other waits; the editor gets more time, and a failure says what was shown.
  const editor = await browser.$('#editor');
  await editor.waitForDisplayed({ timeout: 3 * TIMEOUT, timeoutMsg: `#editor was not shown within ${3 * TIMEOUT} ms of the click on "${headline}"` });
}

export async function savedRevision(number) {
  await eventually(
    () => browser.$('#save-status').getText(),
    (text) => new RegExp(`Saved revision ${number}\\b`).test(text),
    `#save-status should say "Saved revision ${number}"`,
  );
}

/** Picks an option of a <select> the way a click on it does (WebKitWebDriver's own option
 * selection does not send the change event). */
export async function chooseOption(selector, value) {
  await shown(selector);
  await browser.execute((sel, v) => {
    const select = document.querySelector(sel);
    select.value = v;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, selector, value);
}
