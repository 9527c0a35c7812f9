// An editor reviews the sample story's findings in the real window: the flags and the review
// panel agree, a misspelt name is corrected everywhere (and the correction undoes and redoes),
// a newsroom word goes into the dictionary and its flag goes away, F7 walks the findings, and
// after a restart the decisions are still there.
//
// Run through tests/e2e/run, which starts tauri-driver under Xvfb and sets the data folder.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, hidden, click, texts, eventually, bodyText, openFromLibrary, chooseOption } from './helpers.mjs';

const SAMPLE = 'Semarang Uji Coba Bus Listrik di Koridor Timur, Penumpang Keluhkan Jadwal';
const NEW_WORD = 'bustrans';

function findingCount() {
  return browser.$('#review-summary').getText().then((text) => Number(/(\d+) findings?/.exec(text)?.[1] ?? (/Nothing/.test(text) ? 0 : NaN)));
}

function panelTexts() {
  return texts('.finding-item .finding-text');
}

/** Opens the card of the finding whose flagged text is `text`, through the review panel. */
async function openFinding(text) {
  const id = await eventually(
    () => browser.execute((wanted) => {
      const item = Array.from(document.querySelectorAll('.finding-item')).find((e) => e.querySelector('.finding-text').textContent === wanted);
      return item ? item.dataset.flag : null;
    }, text),
    Boolean,
    `the review panel should list "${text}"`,
  );
  await click(`.finding-item[data-flag="${id}"]`);
  await shown('#finding-card');
}

describe('an editor reviews the findings of the sample story', { timeout: 180_000 }, () => {
  before(async () => {
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.deleteSession();
  });

  let before_ = 0;

  step('the sample story opens with its findings flagged and listed', async () => {
    await openFromLibrary(SAMPLE);
    before_ = await eventually(findingCount, (n) => n >= 10, 'the review panel should count the sample story\'s findings');
    const flags = await texts('#body .flag');
    const listed = await panelTexts();
    assert.ok(flags.length >= before_ - 2, `every body finding is flagged in the text (${flags.length} flags, ${before_} findings)`);
    assert.ok(listed.includes('Hendriyato'), `the misspelt name is listed: ${JSON.stringify(listed)}`);
    // Errors first, then warnings, then notes (folded); the count of each at the top.
    const groups = await texts('.review-group-title');
    assert.match(groups[0], /^Errors \d+$/, `errors come first: ${JSON.stringify(groups)}`);
    assert.match((await texts('#review-counts'))[0], /^\d+ errors? · \d+ warnings? · \d+ notes?$/);
    assert.equal(await browser.execute(() => document.querySelector('.finding-item').className.includes('severity-error')), true, 'the first row is an error');
    assert.equal(listed.filter((text) => text === 'Hendriyato').length, 1, 'the misspelt name is one row');
    assert.equal(await browser.execute(() => document.querySelector('details.review-group[data-severity="info"]')?.open), false, 'notes start folded');
    await screenshot(browser, 'review.png');
  });

  step('the name correction (one button for a spelling that stands once) applies, undoes and redoes', async () => {
    await openFinding('Hendriyato');
    assert.match(await browser.$('#finding-card').getText(), /Hendriyanto/);
    await screenshot(browser, 'finding-card.png');
    // "Hendriyato" stands once in the sample story: no "everywhere" beside the suggestion.
    assert.equal(await browser.execute(() => document.querySelectorAll('#finding-card [data-action="apply-all"]').length), 0);
    await click('#finding-card .card-suggestions .suggestion');
    await eventually(bodyText, (text) => !text.includes('Hendriyato') && text.includes('Hendriyanto'), 'the name should be corrected');
    await eventually(findingCount, (n) => n === before_ - 1, `one finding fewer than ${before_}`);
    await browser.keys(['Control', 'z']);
    await eventually(bodyText, (text) => text.includes('Hendriyato'), 'Ctrl+Z brings the old spelling back');
    await eventually(findingCount, (n) => n === before_, 'and its finding');
    await browser.keys(['Control', 'Shift', 'z']);
    await eventually(bodyText, (text) => !text.includes('Hendriyato'), 'Ctrl+Shift+Z corrects it again');
    await eventually(findingCount, (n) => n === before_ - 1, 'one finding fewer again');
  });

  step('one action removes all web-page residue, and one Ctrl+Z brings it back', async () => {
    const furniture = () => browser.execute(() => document.querySelectorAll('.finding-item[data-rule="furniture"]').length);
    const before = await eventually(furniture, (n) => n >= 3, 'the sample story has page furniture');
    const text = await bodyText();
    assert.ok(text.includes('Bagikan artikel ini'));
    await click('#review-remove-furniture');
    await eventually(bodyText, (t) => !t.includes('Bagikan artikel ini') && !t.includes('Rekomendasi Artikel'), 'the furniture is gone');
    await eventually(furniture, (n) => n === 0, 'and its findings');
    await browser.keys(['Control', 'z']);
    await eventually(bodyText, (t) => t === text, 'Ctrl+Z brings every piece back');
    await eventually(furniture, (n) => n === before, 'and its findings');
  });

  step('Next and Previous beside F7 walk the findings', async () => {
    // Where the selection is: its text and its place, so two findings on the same word differ.
    const selection = () => browser.execute(() => {
      const s = window.getSelection();
      return s.toString() ? `${s.toString()}@${s.anchorOffset}:${(s.anchorNode?.textContent ?? '').slice(0, 30)}` : '';
    });
    await click('#review-next');
    const first = await eventually(selection, (s) => s.length > 0, 'Next selects a finding');
    await click('#review-next');
    const second = await eventually(selection, (s) => s.length > 0 && s !== first, 'Next moves on');
    await click('#review-previous');
    await eventually(selection, (s) => s === first, `Previous goes back to "${first}" from "${second}"`);
  });

  step('a new word is flagged, added to the dictionary, and its flag goes away', async () => {
    const body = await shown('#body .ProseMirror');
    await body.click();
    await browser.keys(['Control', 'End']);
    await browser.keys(['Enter']);
    await browser.keys(`Warga menyebut layanan itu ${NEW_WORD} sejak pekan lalu.`);
    await eventually(() => texts('#body .flag-spelling'), (all) => all.includes(NEW_WORD), `"${NEW_WORD}" should be flagged as spelling`);
    await openFinding(NEW_WORD);
    await click('#finding-card [data-action="add-word"]');
    await eventually(() => texts('#body .flag'), (all) => !all.includes(NEW_WORD), `"${NEW_WORD}" should no longer be flagged`);
    assert.ok(!(await panelTexts()).includes(NEW_WORD));
  });

  step('F7 moves to a finding and opens its card; Escape-free keys act on it', async () => {
    await hidden('#finding-card').catch(() => undefined);
    const body = await shown('#body .ProseMirror');
    await body.click();
    await browser.keys(['Control', 'Home']);
    await browser.keys('F7');
    await shown('#finding-card');
    const selected = await browser.execute(() => window.getSelection().toString());
    assert.ok(selected.length > 0, 'F7 selects the flagged text');
  });

  step('F7 and Next walk errors first, and only what the panel\'s filter shows', async () => {
    const cardSeverity = () => browser.execute(() => document.querySelector('#finding-card .card-severity')?.className ?? '');
    // Only errors: every step stays on errors, however many warnings and notes lie between.
    await chooseOption('#review-severity', 'error');
    const body = await shown('#body .ProseMirror');
    await body.click();
    await browser.keys(['Control', 'End']);
    await browser.keys('F7');
    await eventually(cardSeverity, (c) => c.includes('severity-error'), 'F7 lands on an error');
    const errors = await browser.execute(() => Number(document.querySelector('.review-group[data-severity="error"] .count').textContent));
    for (let i = 0; i < errors + 1; i++) {
      await click('#review-next');
      await eventually(cardSeverity, (c) => c.includes('severity-error'), `step ${i + 1} of Next stays on errors`);
      assert.match(await browser.$('#finding-card .card-position').getText(), new RegExp(`^\\d+ / ${errors}$`), 'the card counts the errors only');
    }
    await chooseOption('#review-severity', 'info');
  });

  step('a headline finding gets its own card, and Alt+1 changes the headline, not the body', async () => {
    // A body finding's card is open first (a click in its flag).
    await click('#body .flag');
    await shown('#finding-card');
    const cardMessage = () => browser.$('#finding-card .card-message').getText();
    const bodyCard = await cardMessage();
    // A non-standard word in the headline.
    const headline = await shown('#field-headline');
    await headline.click();
    await browser.keys(['Control', 'End']);
    await browser.keys(' praktek');
    const id = await eventually(
      () => browser.execute(() => {
        const item = Array.from(document.querySelectorAll('.finding-item')).find((e) => e.querySelector('.finding-text').textContent === 'praktek');
        return item ? item.dataset.flag : null;
      }),
      Boolean,
      'the review panel should list the headline\'s "praktek"',
    );
    assert.equal(await browser.$(`.finding-item[data-flag="${id}"] .finding-place`).getText(), 'Headline');
    // Back in the body on the earlier finding, then a click on the headline's row in the panel.
    await click('#body .flag');
    await eventually(cardMessage, (text) => text === bodyCard, 'the body finding\'s card is open again');
    const text = await bodyText();
    await click(`.finding-item[data-flag="${id}"]`);
    await eventually(() => browser.$('#finding-card').getText(), (card) => card.includes('praktik') && !card.includes(bodyCard), 'the card shows the headline finding');
    assert.equal(await browser.execute(() => document.activeElement?.id), 'field-headline');
    await browser.keys(['Alt', '1']);
    await eventually(() => headline.getValue(), (value) => value === `${SAMPLE} praktik`, 'Alt+1 corrects the headline');
    assert.equal(await bodyText(), text, 'the body is unchanged');
    // The card does not come back for the old finding, and the story keeps its headline.
    await browser.keys(['Control', 'a']);
    await browser.keys(SAMPLE);
    await eventually(() => headline.getValue(), (value) => value === SAMPLE, 'the headline is back');
    await eventually(panelTexts, (all) => !all.includes('praktek'), 'the headline finding is gone');
  });

  step('a paragraph is tagged with its language only where it differs from the article\'s; the editor can set it and undo', async () => {
    const tags = () => browser.execute(() => Array.from(document.querySelectorAll('#body .lang-tag'), (t) => [t.textContent, t.className]));
    const paragraphs = await browser.execute(() => document.querySelectorAll('#body .ProseMirror > p').length);
    const before = await tags();
    assert.ok(paragraphs > 5 && before.length < paragraphs / 2, `most paragraphs are in the article's language and carry no tag (${before.length} tags, ${paragraphs} paragraphs)`);
    assert.ok(before.every(([code, className]) => code !== 'id' || className.includes('lang-set')), `no paragraph in the article's language is tagged: ${JSON.stringify(before)}`);
    const second = (await browser.$$('#body .ProseMirror > p'))[1];
    await second.click();
    await browser.keys(['Control', 'Alt', 'l']);
    await shown('#language-dialog');
    await click('#language-en');
    await hidden('#language-dialog');
    await eventually(tags, (all) => all.length === before.length + 1 && all.some(([code, className]) => code === 'en' && className.includes('lang-set')), 'the paragraph is now English, set by the editor, and tagged');
    await browser.keys(['Control', 'z']);
    await eventually(tags, (all) => JSON.stringify(all) === JSON.stringify(before), 'Ctrl+Z gives it back to detection, and its tag goes');
  });

  step('marking it Ready with errors unresolved needs a note, which the history keeps', async () => {
    const status = await shown('#field-status');
    await chooseOption('#field-status', 'ready');
    await shown('#ready-dialog');
    // Each open error is listed with its place and a button that goes there.
    const listed = await texts('#ready-dialog .dialog-item-text');
    const jumps = await texts('#ready-dialog .dialog-item-jump');
    assert.ok(listed.length > 0 && listed.length === jumps.length, `each error has a line and a button: ${JSON.stringify([listed, jumps])}`);
    assert.match(jumps[0], /^Go to (Headline|Standfirst|¶ \d+)$/);
    // The first line is the panel's first error.
    const errorText = (await texts('.review-group[data-severity="error"] .finding-item .finding-text'))[0];
    assert.ok(listed[0].includes(errorText), `the first line names "${errorText}": ${listed[0]}`);
    await click('#ready-go-error-1');
    await hidden('#ready-dialog');
    await eventually(() => status.getValue(), (value) => value !== 'ready', 'going to an error leaves the status as it was');
    await eventually(
      () => browser.execute(() => {
        const active = document.activeElement;
        return active && 'selectionStart' in active && active.selectionStart !== null ? active.value.slice(active.selectionStart, active.selectionEnd) : window.getSelection().toString();
      }),
      (selected) => selected === errorText,
      `the first error ("${errorText}") is selected`,
    );
    await chooseOption('#field-status', 'ready');
    await shown('#ready-dialog');
    await click('#ready-confirm');
    await hidden('#ready-dialog');
    await eventually(() => status.getValue(), (value) => value !== 'ready', 'without a note the status stays');
    await chooseOption('#field-status', 'ready');
    await shown('#ready-dialog');
    await (await shown('#ready-note')).setValue('Nama narasumber sudah dicek lewat telepon');
    await click('#ready-confirm');
    await hidden('#ready-dialog');
    await eventually(() => status.getValue(), (value) => value === 'ready', 'with a note it is Ready');
    await click('#open-history');
    await shown('#history');
    await eventually(
      () => texts('.status-row'),
      (rows) => rows.some((row) => row.includes('Marked ready') && row.includes('Nama narasumber sudah dicek lewat telepon')),
      'the history shows the move to Ready with its note',
    );
    await click('#history-close');
    await shown('#editor');
  });

  step('the article is saved, and after a restart the decisions are still there', async () => {
    const count = await findingCount();
    await browser.keys(['Control', 's']);
    await eventually(() => browser.$('#save-status').getText(), (text) => /^Saved revision \d+/.test(text), 'Ctrl+S saves at once');
    await browser.deleteSession();
    useBrowser(await openApp());
    await openFromLibrary(SAMPLE);
    const text = await eventually(bodyText, (t) => t.includes(NEW_WORD), 'the saved article holds the new paragraph');
    assert.ok(!text.includes('Hendriyato'), 'the name correction was saved');
    await eventually(findingCount, (n) => n === count, `the same ${count} findings after the restart`);
    assert.ok(!(await texts('#body .flag')).includes(NEW_WORD), 'the dictionary word is still known');
  });
});
