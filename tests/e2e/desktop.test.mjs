// An editor's day in Sunting, driven through the real desktop app in a real window.
//
// The app starts on an empty data folder, so the library holds only the sample story. The editor
// creates an article from a working headline (revision 1), writes and saves it twice with a
// change in between (revisions 2 and 3), compares them in the history, restores revision 2, and
// finds the article in the library.
//
// Run through tests/e2e/run, which starts tauri-driver under Xvfb and sets the data folder.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot } from './session.mjs';
import {
  browser,
  useBrowser,
  step,
  shown,
  hidden,
  click,
  texts,
  eventually,
  bodyText,
  typeIntoBody,
  choose,
  openFromLibrary,
  savedRevision,
} from './helpers.mjs';

const HEADLINE = 'Bus listrik mulai melayani Semarang';
const FIRST_BODY = 'Pemerintah kota meluncurkan dua puluh bus listrik pada hari Senin.';
const SECOND_BODY = 'Pemerintah kota meluncurkan tiga puluh bus listrik pada hari Senin.';

// --- the story ----------------------------------------------------------------------------

describe('an editor writes, revises and restores an article', { timeout: 180_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.deleteSession();
  });

  let rowsAtStart = 0;

  step('the library opens and lists the sample story', async () => {
    await shown('#library');
    await shown('#library-search');
    await shown('#library-status');
    await shown('#new-article');
    const headlines = await eventually(
      () => texts('.article-row .headline'),
      (all) => all.length >= 1,
      'the library should list at least one .article-row with a .headline',
    );
    assert.ok(headlines.every((text) => text.length > 0), `every row should show a headline: ${JSON.stringify(headlines)}`);
    const ids = await browser.execute(() => Array.from(document.querySelectorAll('.article-row'), (row) => row.dataset.id));
    assert.ok(ids.every((id) => id), `every .article-row should carry data-id: ${JSON.stringify(ids)}`);
    rowsAtStart = headlines.length;
  });

  step('a new article, given a working headline, opens in the editor', async () => {
    await click('#new-article');
    await shown('#new-article-dialog');
    await (await shown('#new-headline')).setValue(HEADLINE);
    await browser.keys('Enter');
    await hidden('#new-article-dialog');
    await shown('#editor');
    await shown('#body .ProseMirror');
    for (const field of ['#field-headline', '#field-standfirst', '#field-byline', '#field-dateline', '#field-tags']) {
      await shown(field);
    }
    assert.equal(await browser.$('#field-headline').getValue(), HEADLINE, 'the working headline is the first revision');
  });

  step('the editor writes a first paragraph', async () => {
    await typeIntoBody(FIRST_BODY);
    await eventually(bodyText, (text) => text.includes(FIRST_BODY), 'the body should hold the typed paragraph');
    assert.equal(await browser.$('#field-headline').getValue(), HEADLINE);
    const words = FIRST_BODY.split(/\s+/).length;
    await eventually(
      () => browser.$('#word-count').getText(),
      (text) => Number(/(\d+)\s+words?/.exec(text)?.[1]) >= words,
      `#word-count should count at least the body's ${words} words`,
    );
  });

  step('saving with a note from the button makes revision 2', async () => {
    await click('#save-with-note');
    await shown('#save-dialog');
    await (await shown('#save-note')).setValue('first draft');
    await click('#save-confirm');
    await hidden('#save-dialog');
    await savedRevision(2);
    await screenshot(browser, 'editor.png');
  });

  step('the editor rewrites the paragraph', async () => {
    await typeIntoBody(SECOND_BODY, { replace: true });
    await eventually(
      bodyText,
      (text) => text.includes(SECOND_BODY) && !text.includes('dua puluh'),
      'the body should hold only the new paragraph',
    );
  });

  step('saving with a note by Ctrl+Shift+S and Enter makes revision 3', async () => {
    await browser.keys(['Control', 'Shift', 's']);
    await shown('#save-dialog');
    await (await shown('#save-note')).setValue('tiga puluh bus');
    await browser.keys('Enter');
    await hidden('#save-dialog');
    await savedRevision(3);
  });

  step('the history lists all three revisions', async () => {
    await click('#open-history');
    await shown('#history');
    const numbers = await eventually(
      () => browser.execute(() => Array.from(document.querySelectorAll('.revision-row'), (row) => row.dataset.number)),
      (all) => all.length === 3,
      'the history should show three .revision-row elements',
    );
    assert.deepEqual([...numbers].sort(), ['1', '2', '3']);
  });

  step('comparing revision 2 with 3 shows the changed words', async () => {
    await choose('input[name="diff-from"][value="2"]');
    await choose('input[name="diff-to"][value="3"]');
    await shown('#diff');
    await eventually(
      () => texts('#diff ins').then((all) => all.join(' ')),
      (text) => /\btiga\b/.test(text),
      '#diff ins should contain "tiga"',
    );
    await eventually(
      () => texts('#diff del').then((all) => all.join(' ')),
      (text) => /\bdua\b/.test(text),
      '#diff del should contain "dua"',
    );
    await screenshot(browser, 'diff.png');
  });

  step('restoring revision 2 brings the first paragraph back', async () => {
    await click('.revision-row[data-number="2"] .restore-revision');
    await shown('#confirm-dialog');
    await click('#confirm-ok');
    await shown('#editor');
    await eventually(
      bodyText,
      (text) => text.includes('dua puluh') && !text.includes('tiga puluh'),
      'after restoring revision 2 the body should say "dua puluh" and not "tiga puluh"',
    );
    assert.equal(await browser.$('#field-headline').getValue(), HEADLINE);
  });

  step('the history opens with Ctrl+H and closes with Escape or its close button', async () => {
    await browser.keys(['Control', 'h']);
    await shown('#history');
    await browser.keys('Escape');
    await hidden('#history');
    await shown('#editor');
    await click('#open-history');
    await shown('#history');
    await click('#history-close');
    await hidden('#history');
    await shown('#editor');
  });

  step('back in the library the new article is listed', async () => {
    await click('#back-to-library');
    await shown('#library');
    const headlines = await eventually(
      () => texts('.article-row .headline'),
      (all) => all.includes(HEADLINE),
      `the library should list "${HEADLINE}"`,
    );
    assert.equal(headlines.length, rowsAtStart + 1, 'the library should have one row more than at the start');
    // The sample story's row says how many errors it still holds.
    await eventually(
      () => browser.execute(() => Array.from(document.querySelectorAll('.article-row .open-errors'), (cell) => cell.textContent)),
      (counts) => counts.some((text) => /^\d+ errors?$/.test(text)),
      'a library row counts the errors left',
    );
    await screenshot(browser, 'library.png');
  });

  step('the sample story opens in the editor', async () => {
    const search = await shown('#library-search');
    await search.setValue('Semarang');
    const sample = await eventually(
      () => browser.execute(() => Array.from(document.querySelectorAll('.article-row'), (row) => [row.dataset.id, row.querySelector('.headline').textContent])),
      (rows) => rows.some(([, headline]) => headline !== HEADLINE),
      'searching "Semarang" should list the sample story',
    );
    const [id] = sample.find(([, headline]) => headline !== HEADLINE);
    await click(`.article-row[data-id="${id}"]`);
    await shown('#editor');
    await eventually(bodyText, (text) => text.length > 500, 'the sample story should open with its body');
    await screenshot(browser, 'sample-story.png');
    await click('#back-to-library');
    await shown('#library');
  });

  step('leaving the editor with unsaved changes asks first', async () => {
    await openFromLibrary(HEADLINE);
    await typeIntoBody(' Armada tambahan tiba pekan depan.');
    await click('#back-to-library');
    await shown('#leave-dialog');
    await click('#leave-cancel');
    await hidden('#leave-dialog');
    await shown('#editor');
    await eventually(bodyText, (text) => text.includes('Armada tambahan'), 'cancelling keeps the typed words');
    await click('#back-to-library');
    await shown('#leave-dialog');
    await click('#leave-save');
    await shown('#library');
    await eventually(
      () => texts('.article-row'),
      (rows) => rows.some((row) => row.includes(HEADLINE) && /rev 5(?!\d)/.test(row)),
      'saving on the way out adds revision 5',
    );
  });

  step('unsaved work survives the app ending and is offered back', async () => {
    await openFromLibrary(HEADLINE);
    await typeIntoBody(' Kalimat ini belum disimpan.');
    await eventually(
      () => browser.$('#save-status').getText(),
      (text) => text.includes('kept safe'),
      'autosave should keep the unsaved work within a few seconds',
    );
    await browser.deleteSession();
    useBrowser(await openApp());
    await openFromLibrary(HEADLINE);
    const banner = await shown('.banner');
    assert.match(await banner.getText(), /Unsaved work .* was recovered/);
    await eventually(bodyText, (text) => text.includes('Kalimat ini belum disimpan.'), 'the recovered body holds the unsaved sentence');
    await click('#banner-action');
    await hidden('.banner');
    await eventually(bodyText, (text) => !text.includes('Kalimat ini belum disimpan.'), 'discarding returns to the saved revision');
    await click('#back-to-library');
    await shown('#library');
  });

  step('a web page dropped on the library is imported clean and opens in the editor', async () => {
    await shown('#library');
    await browser.execute(() => {
      const page = '<html><head><title>x</title><script>window.hacked = true</script></head><body>'
        + '<nav>Beranda</nav><h1>Halte baru dibuka di Genuk</h1>'
        + '<p onclick="window.hacked = true">Warga <b>menyambut</b> halte baru.</p>'
        + '<p><a href="javascript:alert(1)">Klik</a> untuk foto.</p></body></html>';
      const data = new DataTransfer();
      data.items.add(new File([page], 'halte-genuk.html', { type: 'text/html' }));
      document.querySelector('#library').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await shown('#editor');
    await eventually(() => browser.$('#field-headline').getValue(), (value) => value === 'Halte baru dibuka di Genuk', 'the page\'s h1 is the headline');
    const text = await bodyText();
    assert.ok(text.includes('Warga menyambut halte baru.'), text);
    assert.ok(!text.includes('Beranda'), 'navigation is dropped');
    const html = await browser.execute(() => document.querySelector('#body .ProseMirror').innerHTML);
    assert.ok(!/script|onclick|javascript:/.test(html), `nothing executable reached the editor: ${html}`);
    assert.equal(await browser.execute(() => window.hacked === true), false);
    await click('#back-to-library');
    await shown('#library');
  });

  step('the window never leaves the app, whatever a script or a link asks', async () => {
    await shown('#library');
    const before = await browser.execute(() => location.href);
    await browser.execute(() => {
      window.stayed = true;
      const link = document.createElement('a');
      link.href = 'https://example.org/';
      link.id = 'away';
      link.textContent = 'away';
      document.body.append(link);
      link.click();
    });
    await browser.pause(500);
    await browser.execute(() => { window.location.href = 'file:///etc/passwd'; });
    await browser.pause(500);
    await browser.execute(() => { window.location.assign('data:text/html,<p>elsewhere</p>'); });
    await browser.pause(1000);
    assert.equal(await browser.execute(() => location.href), before);
    assert.equal(await browser.execute(() => window.stayed === true), true, 'the page was never unloaded');
    await browser.execute(() => document.querySelector('#away').remove());
    await shown('#library');
  });

  step('the library search narrows the list', async () => {
    const search = await shown('#library-search');
    await search.setValue('melayani');
    await eventually(
      () => texts('.article-row .headline'),
      (all) => all.includes(HEADLINE),
      `searching "melayani" should keep "${HEADLINE}" listed`,
    );
    await search.setValue('zzqxw');
    await eventually(
      () => texts('.article-row .headline'),
      (all) => all.length === 0,
      'searching a word no article has should list no .article-row',
    );
  });
});
