// An editor imports a reporter's Word file, connects the desk's WordPress site and publishes the
// story: the post on the site holds the article as blocks (list, quote) with the edited word,
// the editor sees it Exported; when the site fails, the export waits in the queue and goes out
// on Send now as an update of the same post; the story also leaves as an IPTC ninjs file.
//
// Runs after settings.test.mjs on the same data folder (tests/e2e/run runs the files in order),
// beside the loopback WordPress of tests/wordpress/with-wordpress and inside the private keyring
// of tests/keyring/with-keyring (scripts/test starts both around tests/e2e/run).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, hidden, click, texts, eventually, bodyText, openFromLibrary, savedRevision, chooseOption } from './helpers.mjs';

const HEADLINE = 'Harga Cabai di Pasar Johar Naik Dua Kali Lipat';
const FIXTURE = new URL('../fixtures/laporan-pasar.docx', import.meta.url);

const WP_URL = process.env.SUNTING_TEST_WP_URL;
const WP_USER = process.env.SUNTING_TEST_WP_USER;
const WP_PASSWORD = process.env.SUNTING_TEST_WP_PASSWORD;
const WP_CONTROL = process.env.SUNTING_TEST_WP_CONTROL;

/** GETs a path of the test site's REST API as the desk's user, and its JSON. */
async function wordpress(path) {
  const response = await fetch(`${WP_URL}${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${WP_USER}:${WP_PASSWORD}`).toString('base64')}` },
  });
  const text = await response.text();
  assert.equal(response.status, 200, `GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Makes every REST request of the test site fail with HTTP 500 ("500"), or work again (""). */
function siteAnswers(control) {
  if (WP_CONTROL) writeFileSync(WP_CONTROL, control);
}

/** Replaces the body's last word (`length` letters) with `word`, typing as an editor does. */
async function replaceLastWord(length, word) {
  const body = await shown('#body .ProseMirror');
  await body.click();
  await browser.keys(['Control', 'End']);
  for (let i = 0; i < length; i++) await browser.keys('Backspace');
  await browser.keys(word);
}

function result() {
  return browser.execute(() => {
    const element = document.querySelector('#publish-result');
    return element ? { outcome: element.dataset.outcome ?? '', text: element.textContent.replace(/\s+/g, ' ').trim() } : null;
  });
}

/** Waits for the publish dialog's result to be `outcome`; returns its text. */
async function resultIs(outcome) {
  const seen = await eventually(result, (r) => r?.outcome === outcome, `#publish-result should say the export was ${outcome}`);
  return seen.text;
}

/** The check before publishing: when it stops the send, answers with `note` and sends anyway. */
async function passGate(note) {
  const stopped = await browser.$('#publish-gate-dialog').waitForDisplayed({ timeout: 3000 }).then(() => true, () => false);
  if (!stopped) return false;
  await (await shown('#publish-gate-note')).setValue(note);
  await click('#publish-gate-confirm');
  await hidden('#publish-gate-dialog');
  return true;
}

async function openPublish() {
  await click('#publish-open');
  await shown('#publish-dialog');
  await eventually(
    () => browser.execute(() => Array.from(document.querySelectorAll('#publish-site option'), (o) => o.textContent)),
    (sites) => sites.some((site) => site.startsWith(WP_URL)),
    `#publish-site should offer ${WP_URL}`,
  );
  const site = await browser.execute((url) => Array.from(document.querySelectorAll('#publish-site option')).find((o) => o.textContent.startsWith(url)).value, WP_URL);
  await chooseOption('#publish-site', site);
}

describe('an editor publishes a Word story to WordPress', { timeout: 240_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    siteAnswers('');
    await browser?.deleteSession();
  });

  let postId = 0;
  let revision = 0;

  step('the test WordPress is there', async () => {
    assert.ok(
      WP_URL && WP_USER && WP_PASSWORD && WP_CONTROL,
      'SUNTING_TEST_WP_URL (and _USER, _PASSWORD, _CONTROL) are not set: run tests/e2e/run inside tests/wordpress/with-wordpress ' +
        'and tests/keyring/with-keyring, as scripts/test does',
    );
    siteAnswers('');
    const index = await wordpress('/wp-json/');
    assert.ok(index.namespaces?.includes('wp/v2'), `${WP_URL}/wp-json/ should list wp/v2`);
  });

  step('a Word file dropped on the library opens as the article, its page furniture removed and listed', async () => {
    await shown('#library');
    const base64 = readFileSync(FIXTURE).toString('base64');
    await browser.execute((data64) => {
      const bytes = Uint8Array.from(atob(data64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'laporan-pasar.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      document.querySelector('#library').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, base64);
    await shown('#editor');
    await eventually(() => browser.$('#field-headline').getValue(), (value) => value === HEADLINE, 'the Title paragraph is the headline');
    await eventually(
      () => texts('#import-removed li'),
      (removed) => removed.includes('Baca juga: Harga Bawang Merah Mulai Turun'),
      '#import-removed should list the "Baca juga" line word for word',
    );
    const shape = await browser.execute(() => {
      // A block's text without the language tag the review puts at its start.
      const text = (block) => {
        const copy = block.cloneNode(true);
        copy.querySelectorAll('.lang-tag').forEach((tag) => tag.remove());
        return copy.textContent;
      };
      return {
        bullets: Array.from(document.querySelectorAll('#body .ProseMirror li.list-bullet'), text),
        numbered: document.querySelectorAll('#body .ProseMirror li.list-ordered').length,
        quotes: Array.from(document.querySelectorAll('#body .ProseMirror blockquote'), text),
      };
    });
    assert.deepEqual(shape.bullets, ['Pasokan datang terlambat', 'Ongkos angkut naik', 'Pembeli berkurang'], 'the bulleted list');
    assert.equal(shape.numbered, 2, 'the numbered list');
    assert.deepEqual(shape.quotes, ['Dinas Perdagangan berjanji menggelar operasi pasar pekan ini.'], 'the Quote paragraph');
    assert.ok(!(await bodyText()).includes('Baca juga'), 'the furniture is not in the body');
    await click('#toast button[aria-label="Dismiss"]');
    await hidden('#toast');
    await click('#back-to-library');
    await shown('#library');
  });

  step('the WordPress site is connected in the settings with an Application Password', async () => {
    await click('#settings-open');
    await shown('#settings-publishing');
    await (await shown('#site-url')).setValue(WP_URL);
    await (await shown('#site-user')).setValue(WP_USER);
    await (await shown('#site-password')).setValue(WP_PASSWORD);
    await click('#site-add');
    const seen = await eventually(
      async () => ({ rows: await texts('#site-list .site-row .site-url'), status: await browser.$('#settings-status').getText() }),
      ({ rows }) => rows.includes(WP_URL),
      `the site should be listed (the keyring and ${WP_URL} must answer)`,
    );
    assert.match(seen.status, /^Connected /);
    assert.equal(await browser.$('#site-password').getValue(), '', 'the password field is cleared');
    await browser.execute(() => document.querySelector('#settings-publishing').scrollIntoView());
    await screenshot(browser, 'settings-publishing.png');
    await browser.keys('Escape');
    await shown('#library');
  });

  step('an edited story is published as a new post with its blocks, categories and the edit', async () => {
    await openFromLibrary(HEADLINE);
    await replaceLastWord('murah'.length, 'hemat');
    await eventually(bodyText, (text) => text.includes('penjualan cabai hemat'), 'the last word of the body is edited');
    // The standfirst is cleared: the check before publishing will ask about it.
    const standfirst = await shown('#field-standfirst');
    await standfirst.click();
    await browser.keys(['Control', 'a']);
    await browser.keys('Backspace');
    await eventually(() => standfirst.getValue(), (value) => value === '', 'the standfirst is empty');
    await openPublish();
    await shown('#publish-unsaved');
    await chooseOption('#publish-status', 'publish');
    await (await shown('#publish-categories')).setValue('Ekonomi, Kota Semarang');
    // The fresh site has neither category: the dialog says so, and they are created only when asked.
    await eventually(() => browser.$('#publish-category-hint').getText(), (text) => /no category Ekonomi, Kota Semarang/.test(text), 'the unknown categories are named');
    await click('#publish-create-categories');
    await eventually(() => browser.$('#publish-category-hint').getText(), (text) => /Will be created on the site/.test(text), 'and will be created');
    await (await shown('#publish-categories')).click();
    // Enter in a field never sends.
    await browser.keys('Enter');
    assert.equal(await browser.execute(() => document.querySelector('#publish-gate-dialog') !== null || document.querySelector('#publish-result').textContent.trim() !== ''), false, 'Enter sent nothing');
    // The story goes out as Published with no standfirst: the check before publishing stops it,
    // and without a note nothing is sent.
    const postsBefore = (await wordpress('/wp-json/wp/v2/posts?status=publish,draft,pending&context=edit&per_page=100')).length;
    await click('#publish-send');
    await shown('#publish-gate-dialog');
    const problems = await texts('#publish-gate-dialog li .dialog-item-text');
    assert.ok(problems.includes('The standfirst is empty'), `the summary names the empty standfirst: ${JSON.stringify(problems)}`);
    await screenshot(browser, 'publish-gate.png');
    await click('#publish-gate-confirm');
    await hidden('#publish-gate-dialog');
    await eventually(result, (r) => /needs a note/.test(r?.text ?? ''), 'without a note nothing is sent');
    assert.equal((await wordpress('/wp-json/wp/v2/posts?status=publish,draft,pending&context=edit&per_page=100')).length, postsBefore, 'no post was made');
    await click('#publish-send');
    assert.ok(await passGate('Teras menyusul dari desk ekonomi'), 'the check stops it again');
    const text = await resultIs('sent');
    const sent = /Sent revision (\d+): post (\d+) created/.exec(text);
    assert.ok(sent, `the result names the revision and the new post: ${text}`);
    revision = Number(sent[1]);
    postId = Number(sent[2]);
    assert.ok(revision >= 2, 'the unsaved edit was saved as a revision before sending');
    assert.ok(!(await browser.execute(() => document.querySelector('#publish-result a'))), 'the post address is text, not a link');
    await eventually(() => browser.$('#field-status').getValue(), (value) => value === 'exported', 'the editor shows the article as Exported');
    await eventually(() => texts('#export-log tbody .log-outcome'), (outcomes) => outcomes[0] === 'sent', 'the export log lists the send first');
    await screenshot(browser, 'publish.png');

    const post = await wordpress(`/wp-json/wp/v2/posts/${postId}?context=edit`);
    assert.equal(post.title.raw, HEADLINE);
    assert.equal(post.status, 'publish');
    const content = post.content.raw;
    assert.ok(content.includes('<!-- wp:list -->'), `a list block: ${content}`);
    assert.ok(content.includes('<!-- wp:quote -->'), `a quote block: ${content}`);
    assert.ok(content.includes('cabai hemat'), `the edited word: ${content}`);
    assert.ok(!content.includes('<script'), `nothing executable: ${content}`);
    assert.ok(!content.includes('Baca juga'), 'no page furniture');
    const categories = await wordpress(`/wp-json/wp/v2/categories?include=${post.categories.join(',')}`);
    assert.deepEqual(categories.map((c) => c.name).sort(), ['Ekonomi', 'Kota Semarang']);
    await click('#publish-close');
    await hidden('#publish-dialog');
    // The history keeps the note given at the check before publishing.
    await click('#open-history');
    await shown('#history');
    await eventually(() => texts('.status-row'), (rows) => rows.some((row) => row.includes('Teras menyusul dari desk ekonomi')), 'the history keeps the note');
    await click('#history-close');
    await shown('#editor');
  });

  step('when the site fails the export is queued, and Send now updates the same post', async () => {
    siteAnswers('500');
    await replaceLastWord('hemat'.length, 'grosir');
    // Ctrl+S saves at once, without asking for a note.
    await browser.keys(['Control', 's']);
    await savedRevision(revision + 1);
    await openPublish();
    // The dialog keeps what was chosen for this article.
    assert.equal(await browser.$('#publish-status').getValue(), 'publish');
    assert.equal(await browser.$('#publish-categories').getValue(), 'Ekonomi, Kota Semarang');
    await click('#publish-send');
    await passGate('Teras menyusul');
    await eventually(() => browser.$('#publish-progress').getText(), (text) => /attempt [23] of 3/.test(text), '#publish-progress shows the retries');
    const queued = await resultIs('queued');
    assert.match(queued, /will be sent when the site answers/);
    const log = await eventually(
      () => browser.execute(() => Array.from(document.querySelectorAll('#export-log tbody tr'), (row) => ({
        outcome: row.querySelector('.log-outcome').textContent,
        http: row.dataset.httpStatus,
      }))),
      (rows) => rows[0]?.outcome === 'queued',
      'the export log lists the queued attempt first',
    );
    assert.equal(log[0].http, '500');
    await screenshot(browser, 'publish-queued.png');

    siteAnswers('');
    await click('#publish-send-queued');
    const text = await resultIs('sent');
    const sent = /Sent revision (\d+): post (\d+) updated/.exec(text);
    assert.ok(sent, `the queued export went out as an update: ${text}`);
    assert.equal(Number(sent[1]), revision + 1);
    assert.equal(Number(sent[2]), postId, 'the same post was updated');

    const post = await wordpress(`/wp-json/wp/v2/posts/${postId}?context=edit`);
    assert.ok(post.content.raw.includes('cabai grosir'), `the second edit reached the site: ${post.content.raw}`);
    const same = await wordpress(`/wp-json/wp/v2/posts?slug=${encodeURIComponent(post.slug)}&status=publish,draft,pending&context=edit`);
    assert.deepEqual(same.map((p) => p.id), [postId], 'no second post was made');
  });

  step('the story is exported as an IPTC ninjs file', async () => {
    await click('#export-ninjs');
    const written = await eventually(() => browser.$('#export-file-result').getText(), (text) => text.startsWith('Written to '), '#export-file-result names the file');
    const path = written.slice('Written to '.length).trim();
    const folder = process.env.SUNTING_EXPORT_DIR;
    if (folder) assert.ok(resolve(path).startsWith(resolve(folder)), `${path} is in $SUNTING_EXPORT_DIR`);
    const ninjs = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(ninjs.headlines?.[0]?.value, HEADLINE);
    await eventually(() => texts('#export-log tbody .log-target'), (targets) => targets[0] === 'ninjs file', 'the export log lists the file');
    await browser.keys('Escape');
    await hidden('#publish-dialog');
    await click('#back-to-library');
    await shown('#library');
  });

  step('the library says the story is live on the site, and the history words the export', async () => {
    const status = await eventually(
      () => browser.execute((headline) => {
        const row = Array.from(document.querySelectorAll('.article-row')).find((r) => r.querySelector('.headline').textContent === headline);
        return row ? { text: row.querySelector('.status').textContent, title: row.querySelector('.status').title } : null;
      }, HEADLINE),
      (status) => status?.text === 'Live on the site',
      'the row says where the story is',
    );
    assert.match(status.title, /post \d+/);
    await openFromLibrary(HEADLINE);
    // The gutter counts every block once, the numbered list's items too, as the review's places do.
    const increments = await browser.execute(() => Array.from(document.querySelectorAll('#body .ProseMirror > *'), (block) => [block.tagName, block.className, getComputedStyle(block).counterIncrement]));
    assert.ok(increments.some(([, className]) => /list-ordered/.test(className)), `the story has a numbered list: ${JSON.stringify(increments)}`);
    assert.ok(increments.every(([, , value]) => /\bblock\b/.test(value)), `every block increments the count: ${JSON.stringify(increments)}`);
    await click('#open-history');
    await shown('#history');
    const notes = await browser.execute(() => Array.from(document.querySelectorAll('.status-row .revision-note'), (n) => n.textContent));
    assert.ok(notes.some((n) => /^Revision \d+ sent to http\S+ as Published \(post \d+\)/.test(n)), `the history words the export: ${JSON.stringify(notes)}`);
    await browser.keys('Escape');
    await shown('#editor');
  });
});
