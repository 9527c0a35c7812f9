// On a fresh database with an Indonesian system locale (tests/e2e/run is started with
// LANG=id_ID.UTF-8 for this file; scripts/test does so): every screen speaks Bahasa Indonesia,
// and after switching to English in the settings, English. "Speaks" is checked against the
// catalogues themselves: no piece of text that only the other language's catalogue has may be
// visible anywhere in the window (article text and field values aside).
//
// Run alone, as `LANG=id_ID.UTF-8 SUNTING_E2E_FILES=tests/e2e/locale-id.mjs tests/e2e/run`: its
// name does not end in .test.mjs, so the default run (in the test machine's own locale) skips it.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, hidden, click, texts, eventually, chooseOption, openFromLibrary } from './helpers.mjs';

const SAMPLE = 'Semarang Uji Coba Bus Listrik di Koridor Timur, Penumpang Keluhkan Jadwal';
// The window's own words, and the errors the shell tells in the interface language.
const CATALOGUES = [join(import.meta.dirname, '../../ui/src/i18n'), join(import.meta.dirname, '../../crates/sunting-i18n/i18n')];

/** Each message's text in one language, by id, with its placeables cut out: the literal pieces. */
function pieces(language) {
  const messages = new Map();
  for (const [folder, file] of CATALOGUES.flatMap((root) => readdirSync(join(root, language)).map((file) => [join(root, language), file]))) {
    let id = null;
    let text = '';
    const flush = () => id && messages.set(id, text);
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      const start = /^([a-z][a-z0-9-]*) =(.*)$/.exec(line);
      if (start) {
        flush();
        [, id, text] = start;
      } else if (/^\s/.test(line) && id) text += `\n${line}`;
      else if (line.startsWith('#') || line === '') {
        flush();
        id = null;
      }
    }
    flush();
  }
  const out = new Map();
  for (const [key, value] of messages) {
    // Select variants are pieces of their own; placeables split the rest.
    const variants = [...value.matchAll(/\*?\[[^\]]+\]\s*([^\n]*)/g)].map((m) => m[1]);
    const body = value.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '\u0000');
    out.set(key, [...body.split('\u0000'), ...variants].flatMap((p) => p.split(/\{[^}]*\}/)).map((p) => p.trim()).filter(Boolean));
  }
  return out;
}

/** Pieces of text only `other` has: at least two words, absent from every message of `own`. */
function foreignPieces(own, other) {
  const ownText = [...pieces(own).values()].flat().join('\n').toLowerCase();
  const found = new Set();
  for (const list of pieces(other).values()) {
    for (const piece of list) {
      const words = piece.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
      if (words.length >= 2 && !ownText.includes(piece.toLowerCase())) found.add(piece);
    }
  }
  return [...found];
}

/** The window's visible words outside article text and field values. */
function chrome() {
  return browser.execute(() => {
    // Article text and field values are the editor's; an element marked with another language
    // (the language choices, each written in its own) is that language on purpose.
    const own = document.documentElement.lang;
    const skip = (el) =>
      el.closest('.ProseMirror, .snippet, .headline, .field-details-values, .finding-text, .finding-message, .card-message, .diff, .revision-title, .status-row, input, textarea, select') ||
      (el.closest('[lang]')?.getAttribute('lang') ?? own) !== own;
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || skip(el) || el.getClientRects().length === 0) continue;
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
    for (const el of document.querySelectorAll('[title], [placeholder], [aria-label]')) {
      if (el.getClientRects().length === 0 || el.closest('.ProseMirror, [data-flag]')) continue;
      for (const attribute of ['title', 'placeholder', 'aria-label']) if (el.getAttribute(attribute)) texts.push(el.getAttribute(attribute));
    }
    for (const option of document.querySelectorAll('select option')) {
      if (option.parentElement.getClientRects().length && (option.getAttribute('lang') ?? own) === own) texts.push(option.textContent);
    }
    return texts.join('\n');
  });
}

/** Fills the site form with `url` and asks to connect it. */
async function connectSite(url) {
  for (const [selector, value] of [['#site-url', url], ['#site-user', 'redaksi'], ['#site-password', 'abcd efgh ijkl mnop']]) {
    const field = await browser.$(selector);
    await field.clearValue();
    await field.setValue(value);
  }
  await click('#site-add');
}

async function speaks(language, where) {
  const other = language === 'id' ? 'en' : 'id';
  const text = (await chrome()).toLowerCase();
  const leaks = foreignPieces(language, other).filter((piece) => text.includes(piece.toLowerCase()));
  assert.deepEqual(leaks, [], `${where} shows text from the ${other} catalogue`);
}

describe('on a fresh database with an Indonesian system locale', { timeout: 300_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.deleteSession();
  });

  step('every screen speaks Bahasa Indonesia', async () => {
    await shown('#library');
    assert.equal(await browser.execute(() => document.documentElement.lang), 'id', 'the system locale chose Indonesian');
    await speaks('id', 'the library');
    // The desk chief's row: the errors left in the sample story, its byline and last editor.
    const row = await eventually(
      () => browser.execute(() => {
        const row = document.querySelector('.article-row');
        return { errors: row.querySelector('.open-errors').textContent, byline: row.querySelector('.byline')?.textContent, editor: row.querySelector('.last-editor')?.textContent, language: row.querySelector('.language') };
      }),
      (row) => /^\d+ kesalahan$/.test(row.errors),
      'the library row counts the errors left',
    );
    assert.deepEqual(row, { errors: row.errors, byline: 'Redaksi Sunting', editor: 'terakhir disunting Sunting', language: null });
    await screenshot(browser, 'library-id.png');
    await openFromLibrary(SAMPLE);
    await eventually(() => browser.execute(() => document.querySelectorAll('.finding-item').length), (n) => n > 5, 'the findings are listed');
    await browser.execute(() => document.querySelector('details.review-group[data-severity="info"]').open = true);
    await browser.execute(() => document.querySelector('#body .ProseMirror').focus());
    await browser.keys('F7');
    await shown('#finding-card');
    const messages = await browser.execute(() => Array.from(document.querySelectorAll('.finding-message'), (m) => m.textContent));
    assert.ok(messages.some((m) => /tidak ada dalam kamus bahasa Indonesia/.test(m)), `the checker speaks Indonesian too: ${JSON.stringify(messages.slice(0, 3))}`);
    await speaks('id', 'the editor and its review');
    await screenshot(browser, 'review-id.png');
    await click('#open-history');
    await shown('#history');
    await speaks('id', 'the history');
    // What Sunting recorded (here, the sample article it started with) is worded in Indonesian.
    const notes = await browser.execute(() => Array.from(document.querySelectorAll('.revision-note'), (n) => n.textContent));
    assert.ok(notes.includes('Artikel contoh'), `the history words its events in Indonesian: ${JSON.stringify(notes)}`);
    assert.ok(!notes.some((n) => /Sample story|Imported|Restored|sent to/.test(n)), `no stored English in the history: ${JSON.stringify(notes)}`);
    await click('#history-close');
    await shown('#editor');
    await click('#publish-open');
    await shown('#publish-dialog');
    await speaks('id', 'the publish dialog');
    await browser.keys('Escape');
    await hidden('#publish-dialog');
    await click('#back-to-library');
    await shown('#library');
    await click('#settings-open');
    await shown('#settings');
    await speaks('id', 'the settings');
    // An index of the sections; the rules by name; the file pickers as the screen's own buttons;
    // the register's fields labelled.
    const settings = await browser.execute(() => ({
      index: Array.from(document.querySelectorAll('#settings-index a'), (a) => a.textContent),
      rules: Array.from(document.querySelectorAll('#settings-rules .rule strong'), (s) => s.textContent),
      files: ['dictionary-import-file', 'names-import-file'].map((id) => ({
        label: document.querySelector(`label[for="${id}"]`)?.textContent,
        shown: document.querySelector(`label[for="${id}"]`)?.getBoundingClientRect().width > 40,
        native: document.getElementById(id).getBoundingClientRect().width > 2,
      })),
      different: ['different-a', 'different-b'].map((id) => document.getElementById(id).closest('label')?.querySelector('.field-label')?.textContent),
      names: Array.from(document.querySelectorAll('#names-list li[data-name]'), (li) => li.dataset.name),
      kindLabels: Array.from(document.querySelectorAll('#names-list .kind-field .field-label'), (label) => label.textContent),
    }));
    assert.deepEqual(settings.index, ['Redaksi', 'Penerbitan', 'Server redaksi', 'Pemeriksaan', 'Kamus redaksi', 'Daftar nama']);
    assert.ok(settings.rules.includes('Satu nama, satu ejaan') && !settings.rules.some((name) => /_|name consistency/.test(name)), JSON.stringify(settings.rules));
    assert.deepEqual(settings.files, [
      { label: 'Impor berkas daftar kata', shown: true, native: false },
      { label: 'Impor berkas CSV daftar nama', shown: true, native: false },
    ]);
    assert.deepEqual(settings.different, ['Nama', 'adalah orang yang berbeda dengan']);
    // The register lists the sample story's full names, each with its kind menu labelled, and
    // no weekday, month, compass word or lone surname.
    for (const name of ['Ratna Kusumawardani', 'Universitas Diponegoro', 'Dinas Perhubungan']) {
      assert.ok(settings.names.includes(name), `${name} in the register: ${JSON.stringify(settings.names)}`);
    }
    for (const fragment of ['Ratna', 'Kusumawardani', 'Kamis', 'Mei', 'Timur', 'Kepala']) {
      assert.ok(!settings.names.includes(fragment), `${fragment} is not in the register: ${JSON.stringify(settings.names)}`);
    }
    assert.ok(settings.kindLabels.length === settings.names.length && settings.kindLabels.every((label) => label === 'Jenis'), JSON.stringify(settings.kindLabels));
    await click('#settings-index a[data-section="settings-names"]');
    await eventually(() => browser.execute(() => document.activeElement?.id), (id) => id === 'settings-names-title', 'the index goes to the name register');
    // An error from the shell (the store refuses the address) is told in Indonesian too.
    await connectSite('bukan-alamat');
    await eventually(() => browser.execute(() => document.querySelector('#settings-status').textContent), (text) => /bukan alamat situs/.test(text), 'the error is said in Indonesian');
    await speaks('id', 'the settings with an error');
  });

  step('a name spelt in old and new spelling is listed before Ready, after the errors, with its place', async () => {
    await click('#settings-close');
    await shown('#library');
    await openFromLibrary(SAMPLE);
    const body = await shown('#body .ProseMirror');
    await body.click();
    await browser.keys(['Control', 'End']);
    await browser.keys('Enter');
    await browser.keys('Dirjen Migas Hendra Wiratmaja hadir. Menurut Wiratmaja, pasokan aman. Kata Wiratmadja, harga turun.');
    await eventually(
      () => browser.execute(() => Array.from(document.querySelectorAll('.finding-item[data-rule="name_consistency"] .finding-text'), (el) => el.textContent)),
      (names) => names.includes('Wiratmadja'),
      'the checker flags the old spelling',
    );
    await chooseOption('#field-status', 'ready');
    await shown('#ready-dialog');
    const listed = await texts('#ready-dialog .dialog-item-text');
    const name = await texts('#ready-go-name-1');
    assert.ok(listed.some((line) => line.includes('“Wiratmadja”') && /ejaan lama dan ejaan baru/.test(line)), `the gate lists the name: ${JSON.stringify(listed)}`);
    assert.match(name[0], /^Ke ¶ \d+$/, `the name has its Go to button: ${name[0]}`);
    await click('#ready-go-name-1');
    await hidden('#ready-dialog');
    await eventually(() => browser.execute(() => window.getSelection().toString()), (selected) => selected === 'Wiratmadja', 'the button goes to the name');
    await browser.keys(['Control', 's']);
    await eventually(() => browser.execute(() => document.querySelector('.statusbar').textContent), (text) => /Revisi 2/.test(text), 'saved');
    await click('#back-to-library');
    await shown('#library');
    await click('#settings-open');
    await shown('#settings');
  });

  step('after switching to English, every screen speaks English', async () => {
    await chooseOption('#settings-ui-language', 'en');
    await click('#settings-save');
    await eventually(() => browser.execute(() => document.documentElement.lang), (lang) => lang === 'en', 'the window is drawn again in English');
    await shown('#settings');
    await speaks('en', 'the settings');
    await connectSite('not-an-address');
    await eventually(() => browser.execute(() => document.querySelector('#settings-status').textContent), (text) => /is not a site address/.test(text), 'the error is said in English');
    await click('#settings-close');
    await shown('#library');
    await speaks('en', 'the library');
    await openFromLibrary(SAMPLE);
    await eventually(() => browser.execute(() => document.querySelectorAll('.finding-item').length), (n) => n > 5, 'the findings are listed');
    await speaks('en', 'the editor and its review');
    await click('#open-history');
    await shown('#history');
    await speaks('en', 'the history');
    const notes = await browser.execute(() => Array.from(document.querySelectorAll('.revision-note'), (n) => n.textContent));
    assert.ok(notes.includes('The sample article'), `the same event in English: ${JSON.stringify(notes)}`);
  });
});
