// An editor sets up the desk: renames the author, switches a rule off and sees its flags go,
// manages the newsroom dictionary (the word added during review is there; a pasted list is
// imported; a word is removed), confirms a name and records two names as different people.
//
// Runs after review.test.mjs on the same data folder (tests/e2e/run runs the files in order).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, click, texts, eventually, openFromLibrary, chooseOption } from './helpers.mjs';

const SAMPLE = 'Semarang Uji Coba Bus Listrik di Koridor Timur, Penumpang Keluhkan Jadwal';

async function openSettings() {
  await click('#settings-open');
  await shown('#settings');
  await eventually(() => browser.$('#settings-author').getValue(), (value) => value.length > 0, 'the author name is shown');
}

describe('an editor sets up the desk', { timeout: 180_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.deleteSession();
  });

  step('the settings list every rule with what it checks', async () => {
    await shown('#library');
    await openSettings();
    const rules = await browser.execute(() => Array.from(document.querySelectorAll('.rule-toggle'), (box) => box.dataset.rule));
    assert.ok(rules.length >= 20 && rules.includes('furniture'), `the rules: ${JSON.stringify(rules)}`);
    const descriptions = await texts('.rule-description');
    assert.ok(descriptions.every((d) => d.length > 10), 'every rule has a description');
  });

  step('switching a rule off and renaming the author take effect', async () => {
    await (await shown('#settings-author')).setValue('Redaktur Uji');
    await click('.rule-toggle[data-rule="furniture"]');
    await click('#settings-save');
    await eventually(() => browser.$('#settings-status').getText(), (text) => text.includes('saved'), 'the settings are saved');
    await screenshot(browser, 'settings.png');
    await click('#settings-close');
    await openFromLibrary(SAMPLE);
    await eventually(
      () => browser.execute(() => [document.querySelectorAll('.finding-item').length, document.querySelectorAll('.finding-item[data-rule="furniture"]').length]),
      ([all, furniture]) => all > 0 && furniture === 0,
      'no furniture findings any more',
    );
    await click('#back-to-library');
    await shown('#library');
  });

  step('the dictionary keeps words, imports a pasted list and removes a word', async () => {
    await openSettings();
    await eventually(() => texts('#dictionary-list .word > span:first-child'), (words) => words.includes('bustrans'), 'the word added during review is in the dictionary');
    // Pasted, as a list from another desk would be (typing a newline through WebDriver sends Enter).
    await shown('#dictionary-import-text');
    await browser.execute(() => {
      document.querySelector('#dictionary-import-text').value = '# dari desk lain\nkatasatu\nkatadua\n';
    });
    await click('#dictionary-import');
    await eventually(() => browser.$('#settings-status').getText(), (text) => /2 added/.test(text), 'two words imported');
    await eventually(() => texts('#dictionary-list .word > span:first-child'), (words) => words.includes('katasatu') && words.includes('katadua'), 'the imported words are listed');
    await click('#dictionary-list .word[data-word="katadua"] button[aria-label="Remove katadua"]');
    await eventually(() => texts('#dictionary-list .word > span:first-child'), (words) => !words.includes('katadua'), 'the removed word is gone');
  });

  step('the interface switches to Bahasa Indonesia and back', async () => {
    await shown('#settings');
    await chooseOption('#settings-ui-language', 'id');
    await click('#settings-save');
    // The window is drawn again in the new language and settings open again.
    await eventually(() => texts('#settings .screen-title').catch(() => []), (titles) => titles[0] === 'Pengaturan', 'settings in Indonesian');
    assert.equal(await browser.execute(() => document.documentElement.lang), 'id');
    await screenshot(browser, 'settings-id.png');
    await click('#settings-close');
    await shown('#library');
    assert.deepEqual(await texts('#library .screen-title'), ['Pustaka']);
    assert.deepEqual(await texts('#new-article'), ['Artikel baru']);
    assert.match((await texts('#library-count'))[0], /^\d+ artikel$/);
    await screenshot(browser, 'library-id.png');
    await openSettings();
    await chooseOption('#settings-ui-language', 'en');
    await click('#settings-save');
    await eventually(() => texts('#settings .screen-title').catch(() => []), (titles) => titles[0] === 'Settings', 'settings in English again');
    assert.equal(await browser.execute(() => document.documentElement.lang), 'en');
  });

  step('a name is confirmed and two names are recorded as different people', async () => {
    await eventually(() => texts('#names-list .word'), (names) => names.some((n) => n.startsWith('Hendriyanto')), 'the register counts the names of saved articles');
    await click('#names-list .word[data-name="Hendriyanto"] .row-actions button:first-child');
    await eventually(() => texts('#names-list .word[data-name="Hendriyanto"]'), (rows) => rows[0]?.includes('confirmed'), 'Hendriyanto is confirmed');
    await (await shown('#different-a')).setValue('Susilo');
    await (await shown('#different-b')).setValue('Susila');
    await click('#different-add');
    await eventually(() => texts('#names-list .word[data-name="Susilo"]'), (rows) => rows[0]?.includes('not Susila'), 'Susilo and Susila are different people');
    await screenshot(browser, 'name-register.png');
    await click('#names-list .word[data-name="Susilo"] .chip');
    await eventually(() => texts('#names-list .word[data-name="Susilo"]'), (rows) => !rows.some((row) => row.includes('not Susila')), 'the decision can be taken back');
    await (await shown('#different-a')).setValue('Susilo');
    await (await shown('#different-b')).setValue('Susila');
    await click('#different-add');
    await browser.keys('Escape');
    await shown('#library');
  });
});
