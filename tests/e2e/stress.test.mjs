// Hostile sizes in the real window: a 10 MB paste into the editor and a 100,000-paragraph file
// dropped on the library are refused with a message that names the limit, the article is
// untouched, and the window keeps answering (a keystroke right after lands in the text).
//
// Runs last, on the data folder the earlier files left (tests/e2e/run runs the files in order).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './session.mjs';
import { browser, useBrowser, step, shown, click, eventually, openFromLibrary, typeIntoBody } from './helpers.mjs';

/** The body's text without the language tags the review draws at each paragraph's start. */
function storyText() {
  return browser.execute(() => {
    const copy = document.querySelector('#body .ProseMirror').cloneNode(true);
    for (const tag of copy.querySelectorAll('.lang-tag')) tag.remove();
    return copy.textContent;
  });
}

describe('hostile sizes do not freeze the window', { timeout: 180_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.deleteSession();
  });

  step('a 10 MB paste is refused before it is parsed, and typing goes on', async () => {
    await shown('#library');
    const headline = await browser.execute(() => document.querySelector('.article-row .headline')?.textContent ?? '');
    await openFromLibrary(headline);
    const before = await storyText();
    const refusedAfterMs = await browser.execute(() => {
      const body = document.querySelector('#body .ProseMirror');
      body.focus();
      const data = new DataTransfer();
      data.setData('text/html', '<p>' + 'Banjir rob merendam jalan pantura. '.repeat(300_000) + '</p>');
      data.setData('text/plain', 'Banjir rob merendam jalan pantura. '.repeat(300_000));
      const started = performance.now();
      body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return performance.now() - started;
    });
    await eventually(() => browser.$('#toast').getText(), (text) => /Not pasted: that is 10\.\d million characters/.test(text), 'the refusal names the size');
    assert.equal(await storyText(), before, 'the article is untouched');
    await click('#toast button[aria-label="Dismiss"]');
    await typeIntoBody('Z');
    await eventually(storyText, (text) => text.includes('Z') && text.length === before.length + 1, 'a keystroke after the paste lands in the text');
    console.log(`# a 10 MB paste was refused ${refusedAfterMs.toFixed(0)} ms after it arrived`);
    await click('#back-to-library');
    await shown('#leave-dialog');
    await click('#leave-discard');
    await shown('#library');
  });

  step('a 100,000-paragraph file is refused with the limit, and nothing is imported', async () => {
    await shown('#library');
    const rowsBefore = await browser.execute(() => document.querySelectorAll('.article-row').length);
    await browser.execute(() => {
      const text = 'Judul arsip raksasa\n\n' + Array.from({ length: 100_000 }, (_, i) => `Paragraf ${i}.`).join('\n\n');
      const data = new DataTransfer();
      data.items.add(new File([text], 'arsip-raksasa.txt', { type: 'text/plain' }));
      document.querySelector('#library').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await eventually(
      () => browser.$('#toast').getText(),
      (text) => text.includes('arsip-raksasa.txt has 100000 paragraphs') && text.includes('20000'),
      'the refusal names the file and the limit',
    );
    assert.equal(await browser.execute(() => document.querySelectorAll('.article-row').length), rowsBefore, 'nothing was imported');
    // The window still answers: the search field takes typing.
    await click('#library-search');
    await browser.keys(['b', 'u', 's']);
    await eventually(() => browser.$('#library-search').getValue(), (value) => value.endsWith('bus'), 'typing in the search field works');
  });
});
