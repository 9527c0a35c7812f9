// On a newsroom laptop (1366x768, the most common screen): the window fills the screen, the
// editor shows at least 18 lines of body text at 100 % and 12 at 130 % once it has scrolled into
// the body (the headline and standfirst fold into the toolbar), nothing scrolls sideways at 130 %,
// and an accessibility audit (axe-core, WCAG 2.2 AA) finds nothing in the library, the editor
// with its review panel and finding card, the history and the settings.
//
// Runs after the other stories on the same data folder (the sample story is there).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, click, eventually, openFromLibrary } from './helpers.mjs';

const SAMPLE = 'Semarang Uji Coba Bus Listrik di Koridor Timur, Penumpang Keluhkan Jadwal';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The accessibility audit of what the window shows: WCAG 2.0-2.2 A and AA rules. */
async function audit(where) {
  const loaded = await browser.execute(() => typeof window.axe !== 'undefined');
  if (!loaded) await browser.execute(`${AXE}; return true;`);
  const violations = await browser.executeAsync((done) => {
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
      .then((result) => done(result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }))))
      .catch((error) => done([{ id: 'axe-error', help: String(error), nodes: [] }]));
  });
  assert.deepEqual(violations, [], `accessibility problems in ${where}:\n${JSON.stringify(violations, null, 2)}`);
}

/** Scrolls the editor into the body (as reading on does) and says how many body lines fit
 * between the sticky toolbar and the bottom of the page, and whether the headline folded into
 * the toolbar. */
async function bodyLinesInTheBody() {
  await browser.execute(() => {
    const page = document.querySelector('.editor .page');
    const body = document.querySelector('#body .ProseMirror');
    const toolbar = document.querySelector('.editor .toolbar');
    // The body's first line just under the toolbar, which sticks at the top of the page.
    page.scrollTop += body.getBoundingClientRect().top - page.getBoundingClientRect().top - toolbar.offsetHeight;
    page.dispatchEvent(new Event('scroll'));
  });
  return browser.execute(() => {
    const page = document.querySelector('.editor .page').getBoundingClientRect();
    const toolbar = document.querySelector('.editor .toolbar').getBoundingClientRect();
    const body = document.querySelector('#body .ProseMirror');
    const lineHeight = parseFloat(getComputedStyle(body).lineHeight);
    const compact = document.querySelector('#compact-headline');
    return {
      lines: Math.floor((page.bottom - toolbar.bottom - parseFloat(getComputedStyle(body).paddingTop)) / lineHeight),
      folded: !compact.hidden && compact.textContent.trim().length > 0,
    };
  });
}

/** True when the page is wider than the window (something scrolls sideways). */
function scrollsSideways() {
  return browser.execute(() => {
    const root = document.documentElement;
    const wide = Array.from(document.querySelectorAll('.screen, .page, .review, .review-list, .settings-page, main'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden')
      .map((el) => `${el.id || el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    if (root.scrollWidth > root.clientWidth + 1) wide.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    return wide;
  });
}

describe('on a 1366x768 laptop', { timeout: 300_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.execute(() => localStorage.removeItem('sunting-text-size')).catch(() => undefined);
    await browser?.deleteSession();
  });

  step('the window fills the screen', async () => {
    await shown('#library');
    const size = await browser.execute(() => ({ width: window.outerWidth, height: window.outerHeight, screenWidth: screen.availWidth, screenHeight: screen.availHeight }));
    assert.ok(size.screenWidth >= 1366 && size.screenHeight >= 700, `the test screen is a laptop's: ${JSON.stringify(size)}`);
    assert.ok(size.width <= 1366 && size.height <= 768, `the window is no larger than the screen: ${JSON.stringify(size)}`);
    // Opened maximised on a screen up to 1440x900, not at its own 1280x720.
    if (size.screenWidth <= 1440 && size.screenHeight <= 900) {
      assert.ok(size.width >= size.screenWidth - 2 && size.height >= size.screenHeight - 40, `the window fills the laptop's screen: ${JSON.stringify(size)}`);
    }
    await browser.setWindowSize(1366, 768);
  });

  step('the library passes the accessibility audit', async () => {
    await audit('the library');
  });

  step('the editor shows at least twelve lines of the body', async () => {
    await openFromLibrary(SAMPLE);
    await shown('#body .ProseMirror');
    const lines = await browser.execute(() => {
      const page = document.querySelector('.editor .page').getBoundingClientRect();
      const body = document.querySelector('#body .ProseMirror');
      const box = body.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(body).lineHeight);
      const visible = Math.min(page.bottom, box.bottom) - Math.max(page.top, box.top) - parseFloat(getComputedStyle(body).paddingTop);
      return Math.floor(visible / lineHeight);
    });
    assert.ok(lines >= 12, `${lines} body lines are visible at the top of the article`);
    const inBody = await bodyLinesInTheBody();
    assert.ok(inBody.folded, 'the headline folds into the toolbar once the editor is in the body');
    assert.ok(inBody.lines >= 18, `${inBody.lines} body lines are visible in the body at 100 %`);
    await screenshot(browser, 'laptop-editor.png');
    // The gutter numbers the blocks as the review names their places, inside the page.
    const gutter = await browser.execute(() => {
      const page = document.querySelector('.editor .page').getBoundingClientRect();
      const blocks = Array.from(document.querySelectorAll('#body .ProseMirror > *'));
      const number = getComputedStyle(blocks[5], '::after');
      const right = blocks[5].getBoundingClientRect().left - parseFloat(number.right) + blocks[5].getBoundingClientRect().width;
      return { content: number.content, room: right - page.left, blocks: blocks.length };
    });
    assert.ok(/counter\(block\)/.test(gutter.content) || /¶ 6/.test(gutter.content), `the sixth block is numbered in the gutter: ${JSON.stringify(gutter)}`);
    assert.ok(gutter.room >= 40, `the gutter has room for the number: ${JSON.stringify(gutter)}`);
    // Every block counts once, numbered list items too (each list item is a block of its own).
    const increments = await browser.execute(() => Array.from(document.querySelectorAll('#body .ProseMirror > *'), (block) => getComputedStyle(block).counterIncrement));
    assert.ok(increments.every((value) => /\bblock\b/.test(value)), `every block increments the count: ${JSON.stringify([...new Set(increments)])}`);
    // The folded headline brings the fields back.
    await click('#compact-headline');
    await eventually(() => browser.execute(() => document.activeElement?.id), (id) => id === 'field-headline', 'the headline has the focus');
    await eventually(() => browser.execute(() => document.querySelector('#compact-headline').hidden), (hidden) => hidden === true, 'the fields are back');
  });

  step('the editor, its review panel and a finding card pass the accessibility audit', async () => {
    await eventually(() => browser.execute(() => document.querySelectorAll('.finding-item').length), (n) => n > 0, 'the findings are listed');
    await browser.execute(() => document.querySelector('#body .ProseMirror').focus());
    await browser.keys('F7');
    await shown('#finding-card');
    await audit('the editor');
  });

  step('at 130 % text size nothing scrolls sideways', async () => {
    for (let i = 0; i < 3; i++) await browser.keys(['Control', '=']);
    await eventually(() => browser.execute(() => document.documentElement.dataset.textSize), (size) => size === '130', 'the text is at 130 %');
    assert.deepEqual(await scrollsSideways(), [], 'the editor at 130 %');
    const inBody = await bodyLinesInTheBody();
    assert.ok(inBody.folded && inBody.lines >= 12, `${inBody.lines} body lines are visible in the body at 130 %`);
    await browser.execute(() => document.querySelector('.editor .page').scrollTo({ top: 0 }));
    const clipped = await browser.execute(() => {
      const headline = document.querySelector('#field-headline');
      return headline.scrollHeight > headline.clientHeight + 2;
    });
    assert.equal(clipped, false, 'the headline field grows with the text');
    await screenshot(browser, 'laptop-editor-130.png');
    await click('#open-history');
    await shown('#history');
    assert.deepEqual(await scrollsSideways(), [], 'the history at 130 %');
    await audit('the history');
    await click('#history-close');
    await shown('#editor');
    await click('#back-to-library');
    await shown('#library');
    assert.deepEqual(await scrollsSideways(), [], 'the library at 130 %');
    await click('#settings-open');
    await shown('#settings');
    assert.deepEqual(await scrollsSideways(), [], 'the settings at 130 %');
    await audit('the settings');
    await browser.keys(['Control', '0']);
    await eventually(() => browser.execute(() => document.documentElement.dataset.textSize), (size) => size === '100', 'Ctrl+0 resets the text size');
  });
});
