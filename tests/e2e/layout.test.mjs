// Layouts that hold on a newsroom laptop (1366x768), at 100 % and at 130 % text size: no child of
// a dialog sticks out of it, no label wraps to more than two lines, no placeholder is cut off,
// the card's position ("2 / 8") and the status bar (with unsaved changes) stay on one line. The
// screens checked: the library, the new-article dialog, the editor with its empty fields and a
// finding card, the language dialog, the save dialog, the Ready dialog, the publish dialog (its
// send form included, shown as it is once a site is connected) and the settings.
//
// Runs in any locale, on any data folder; scripts/test runs it in English and in Indonesian
// (whose words are longer).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, hidden, click, eventually, typeIntoBody, chooseOption } from './helpers.mjs';

/** What does not hold in the window as it is: a list of sentences, empty when all is well.
 * `reveal` names hidden parts to show first (and in the same breath, so nothing hides them
 * again before they are measured). */
function layoutProblems(reveal = []) {
  return browser.execute((toReveal) => {
    const problems = [];
    for (const selector of toReveal) {
      const parts = document.querySelectorAll(selector);
      if (parts.length === 0) problems.push(`nothing to reveal at ${selector}`);
      for (const part of parts) part.hidden = false;
    }
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el) => (el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`);
    const text = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    /** The lines `el`'s own text takes (text inside controls, lists and descriptions not counted). */
    const lines = (el) => {
      const groups = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim() || node.parentElement.closest('input, select, textarea, button, ul, ol, datalist') !== el.closest('input, select, textarea, button, ul, ol, datalist')) continue;
        // A description inside a label (a rule's, in the settings) is running text, not the label.
        const description = node.parentElement.closest('[class*="description"]');
        if (description && el.contains(description)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          const group = groups.find((g) => rect.top < g.bottom - 2 && rect.bottom > g.top + 2);
          if (group) {
            group.top = Math.min(group.top, rect.top);
            group.bottom = Math.max(group.bottom, rect.bottom);
          } else groups.push({ top: rect.top, bottom: rect.bottom });
        }
      }
      return groups.length;
    };

    // No child of a dialog outside it (below it only where the dialog scrolls).
    for (const dialog of document.querySelectorAll('.dialog')) {
      if (!visible(dialog)) continue;
      const box = dialog.getBoundingClientRect();
      if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push(`${name(dialog)} scrolls sideways (${dialog.scrollWidth} > ${dialog.clientWidth})`);
      for (const child of dialog.querySelectorAll('*')) {
        if (!visible(child)) continue;
        // Inside a part that scrolls or clips, a child is that part's to hold; below a dialog
        // that scrolls, it is scrolled to.
        let clipX = false;
        let clipY = getComputedStyle(dialog).overflowY !== 'visible';
        for (let up = child.parentElement; up && up !== dialog; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (style.overflowX !== 'visible') clipX = true;
          if (style.overflowY !== 'visible') clipY = true;
        }
        const r = child.getBoundingClientRect();
        const sideways = !clipX && (r.left < box.left - 1 || r.right > box.right + 1);
        const outside = !clipY && (r.top < box.top - 1 || r.bottom > box.bottom + 1);
        if (sideways || outside) {
          problems.push(`${name(child)} "${text(child)}" sticks out of ${name(dialog)}: ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}, dialog ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}`);
        }
      }
    }

    // Labels in at most two lines.
    for (const label of document.querySelectorAll('label, .field-label, legend')) {
      if (!visible(label)) continue;
      const count = lines(label);
      if (count > 2) problems.push(`the label ${name(label)} "${text(label)}" takes ${count} lines`);
    }

    // One line each: the card's position, the status bar, and every button's label.
    for (const el of document.querySelectorAll('.card-position, .statusbar, .dialog .button')) {
      if (!visible(el)) continue;
      const count = lines(el);
      if (count > 1) problems.push(`${name(el)} "${text(el)}" takes ${count} lines`);
    }

    // Every placeholder whole.
    const context = document.createElement('canvas').getContext('2d');
    for (const field of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      if (!visible(field) || !field.placeholder || field.value) continue;
      const style = getComputedStyle(field);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const width = context.measureText(field.placeholder).width;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const rows = field.tagName === 'TEXTAREA' ? Math.max(1, Math.floor((field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight || style.fontSize))) : 1;
      if (width > room * rows + 1) problems.push(`the placeholder of ${name(field)} "${field.placeholder}" is cut off (${Math.round(width)} px in ${Math.round(room)} px × ${rows})`);
    }
    for (const selector of toReveal) {
      for (const part of document.querySelectorAll(selector)) if (!visible(part)) problems.push(`${selector} is still not shown`);
    }
    return problems;
  }, reveal);
}

async function holds(where, size, reveal = []) {
  const problems = await layoutProblems(reveal);
  if (problems.length > 0) await screenshot(browser, `layout-${size}-${where.replace(/\W+/g, '-')}.png`);
  assert.deepEqual(problems, [], `${where} at ${size} %`);
}

async function setTextSize(size) {
  await browser.keys(['Control', '0']);
  for (let at = 100; at < size; at += 10) await browser.keys(['Control', '=']);
  await eventually(() => browser.execute(() => document.documentElement.dataset.textSize), (now) => now === String(size), `the text is at ${size} %`);
}

describe('layouts hold on a 1366x768 laptop', { timeout: 600_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
    await shown('#library');
    await browser.setWindowSize(1366, 768);
  });

  after(async () => {
    await browser?.execute(() => localStorage.removeItem('sunting-text-size')).catch(() => undefined);
    await browser?.deleteSession();
  });

  for (const size of [100, 130]) {
    step(`at ${size} %: the library, the new-article dialog and the editor's empty fields`, async () => {
      await shown('#library');
      await setTextSize(size);
      await holds('the library', size);
      await click('#new-article');
      await shown('#new-article-dialog');
      await holds('the new-article dialog', size);
      await (await shown('#new-headline')).setValue(`Uji tata letak ${size}`);
      await browser.keys('Enter');
      await hidden('#new-article-dialog');
      await shown('#body .ProseMirror');
      await holds('the editor with empty fields', size);
    });

    step(`at ${size} %: the card, the status bar with unsaved changes, and the editor's dialogs`, async () => {
      await chooseOption('#field-language', 'id');
      await typeIntoBody('Warga menyebut kebijkan itu baru sejak pekan lalu. Praktek itu dikeluhkan warga di koridor timur.');
      const flagged = await browser.waitUntil(() => browser.execute(() => document.querySelectorAll('#body .flag').length > 0), { timeout: 20_000 }).then(() => true, () => false);
      if (!flagged) await screenshot(browser, `layout-${size}-no-flag.png`);
      assert.ok(flagged, 'a finding is flagged');
      await browser.keys(['Control', 'Home']);
      await browser.keys('F7');
      await shown('#finding-card');
      await eventually(() => browser.$('#save-status').getText(), (text) => text.length > 20, 'the status bar says the changes are unsaved');
      await holds('the editor with a card and unsaved changes', size);
      await screenshot(browser, `layout-editor-${size}.png`);

      await browser.execute(() => document.querySelector('#body .ProseMirror').focus());
      await browser.keys(['Control', 'Alt', 'l']);
      await shown('#language-dialog');
      await holds('the language dialog', size);
      await screenshot(browser, `layout-language-${size}.png`);
      await browser.keys('Escape');
      await hidden('#language-dialog');

      await browser.keys(['Control', 'Shift', 's']);
      await shown('#save-dialog');
      await holds('the save dialog', size);
      await browser.keys('Escape');
      await hidden('#save-dialog');

      await chooseOption('#field-status', 'ready');
      const asked = await browser.$('#ready-dialog').waitForDisplayed({ timeout: 5000 }).then(() => true, () => false);
      if (asked) {
        await holds('the Ready dialog', size);
        await screenshot(browser, `layout-ready-${size}.png`);
        await browser.keys('Escape');
        await hidden('#ready-dialog');
      }

      await browser.keys(['Control', 'Shift', 'p']);
      await shown('#publish-dialog');
      // The send form as it is once a site is connected (this data folder may have none), once
      // the dialog has read the article's sites.
      await eventually(
        () => browser.execute(() => ['#publish-no-sites', '#publish-dialog .publish-form'].some((selector) => !document.querySelector(selector).hidden)),
        Boolean,
        'the publish dialog has read the sites',
      );
      await holds('the publish dialog', size, ['#publish-dialog .publish-form', '#publish-create-categories']);
      await screenshot(browser, `layout-publish-${size}.png`);
      await browser.keys('Escape');
      await hidden('#publish-dialog');
      await browser.keys(['Control', 's']);
      await eventually(() => browser.$('#save-status').getText(), (text) => /\d/.test(text) && !/belum|unsaved/i.test(text), 'the article is saved');
    });

    step(`at ${size} %: the settings`, async () => {
      await click('#back-to-library');
      await shown('#library');
      await click('#settings-open');
      await shown('#settings');
      await holds('the settings', size);
      await screenshot(browser, `layout-settings-${size}.png`);
      await click('#settings-close');
      await shown('#library');
    });
  }
});
