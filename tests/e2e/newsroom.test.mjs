// Two desks share a newsroom on a real PostgreSQL: each joins in Settings → Newsroom, a save on
// one appears on the other, the "is editing" badge appears and goes, and a takeover leaves both
// editors' texts in the history.
//
// Desk A is the window tests/e2e/run opened on the shared data folder (the stories before this
// one wrote to it); desk B is a second window with a database of its own, behind a second
// tauri-driver this file starts. Needs SUNTING_TEST_PG_URL (scripts/test runs the suite inside
// tests/postgres/with-postgres); skipped without it.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openApp, screenshot } from './session.mjs';
import { browser, useBrowser, step, shown, click, eventually, openFromLibrary, typeIntoBody } from './helpers.mjs';

const PG = process.env.SUNTING_TEST_PG_URL;
const DATABASE = 'sunting_e2e';
const PASSWORD = 'kata-sandi-e2e-panjang';
const HEADLINE = 'Bus Listrik Koridor Timur Diperpanjang Sampai Akhir Tahun';
const DRIVER_PORT = 4450;

/** The `sunting` command line built beside the app. */
function sunting(args, input) {
  return execFileSync(join(dirname(process.env.SUNTING_APP), 'sunting'), args, { input, encoding: 'utf8' });
}

function psql(statement) {
  execFileSync('psql', [PG, '-qc', statement]);
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Joins the newsroom from Settings → Newsroom and waits for the first sync. */
async function joinNewsroom(user) {
  const address = PG.replace(/^postgres:\/\/[^@]*@/, '').replace('/postgres?', `/${DATABASE}?`);
  await shown('#library');
  await click('#settings-open');
  await shown('#settings-newsroom');
  await (await shown('#newsroom-address')).setValue(address);
  await (await shown('#newsroom-user')).setValue(user);
  await (await shown('#newsroom-password')).setValue(PASSWORD);
  await click('#newsroom-connect');
  await eventually(
    () => browser.execute(() => document.querySelector('#sync-status')?.dataset.state ?? ''),
    (state) => state === 'synced',
    `${user}'s desk should say it is synced`,
  );
  await click('#settings-close');
  await shown('#library');
}

/** The presence shown in this window's library for the row with `headline`. */
function presenceOf(headline) {
  return browser.execute((wanted) => {
    const row = Array.from(document.querySelectorAll('.article-row')).find((r) => r.querySelector('.headline')?.textContent === wanted);
    return row ? (row.querySelector('.presence')?.textContent ?? '').trim() : null;
  }, headline);
}

describe('two desks share a newsroom', { timeout: 300_000, skip: PG ? false : 'needs PostgreSQL: run inside tests/postgres/with-postgres' }, () => {
  let a;
  let b;
  let driver;
  let work;

  before(async () => {
    psql(`DROP DATABASE IF EXISTS ${DATABASE}`);
    psql(`CREATE DATABASE ${DATABASE}`);
    const admin = PG.replace('/postgres?', `/${DATABASE}?`);
    sunting(['server', 'init', admin]);
    for (const [role, name] of [['e2e_ayu', 'Ayu'], ['e2e_budi', 'Budi']]) {
      sunting(['server', 'add-user', role, '--server', admin, '--rights', 'editor', '--name', name], `${PASSWORD}\n`);
    }
    work = mkdtempSync(join(tmpdir(), 'sunting-e2e-b.'));
    driver = spawn(process.env.TAURI_DRIVER, ['--port', String(DRIVER_PORT), '--native-port', String(DRIVER_PORT + 1)], {
      env: {
        ...process.env,
        SUNTING_DB: join(work, 'data', 'sunting.db'),
        XDG_DATA_HOME: join(work, 'data'),
        SUNTING_EXPORT_DIR: join(work, 'exports'),
        SUNTING_AUTHOR: 'Budi',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100 && !(await portAnswers(DRIVER_PORT)); i++) await new Promise((r) => setTimeout(r, 100));
    a = await openApp();
    b = await openApp({ driver: `http://127.0.0.1:${DRIVER_PORT}` });
    useBrowser(a);
  });

  after(async () => {
    await a?.deleteSession().catch(() => {});
    await b?.deleteSession().catch(() => {});
    driver?.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  step('each desk joins the newsroom in its settings', async () => {
    useBrowser(a);
    await joinNewsroom('e2e_ayu');
    useBrowser(b);
    await joinNewsroom('e2e_budi');
    await screenshot(b, 'newsroom-joined.png');
  });

  step('a save on one desk appears on the other', async () => {
    useBrowser(a);
    await openFromLibrary('Semarang Uji Coba Bus Listrik di Koridor Timur, Penumpang Keluhkan Jadwal');
    await (await shown('#field-headline')).setValue(HEADLINE);
    await browser.keys(['Control', 's']);
    await eventually(() => browser.$('#save-status').getText(), (text) => /revision|revisi/i.test(text), 'A saved');
    useBrowser(b);
    await eventually(
      () => browser.execute((wanted) => Array.from(document.querySelectorAll('.article-row .headline'), (h) => h.textContent).includes(wanted), HEADLINE),
      Boolean,
      "A's story is in B's library",
    );
  });

  step('the "is editing" badge appears while A edits, and goes when A leaves', async () => {
    useBrowser(b);
    await eventually(() => presenceOf(HEADLINE), (text) => Boolean(text) && !text.includes('Budi'), "B's library shows that A is editing");
    await screenshot(b, 'newsroom-presence.png');
    useBrowser(a);
    await click('#back-to-library');
    await shown('#library');
    useBrowser(b);
    await eventually(() => presenceOf(HEADLINE), (text) => text === '', 'the badge goes when A leaves the story');
  });

  step('a takeover saves the first editor\'s work and leaves both texts in the history', async () => {
    useBrowser(a);
    await openFromLibrary(HEADLINE);
    await typeIntoBody(' Kalimat dari meja A yang belum disimpan.');
    useBrowser(b);
    await eventually(() => presenceOf(HEADLINE), (text) => Boolean(text), 'B sees A editing');
    await openFromLibrary(HEADLINE);
    await shown('#lease-banner');
    await click('#lease-take-over');
    await eventually(
      () => browser.execute(() => document.querySelector('#body .ProseMirror')?.getAttribute('contenteditable')),
      (editable) => editable === 'true',
      'B can edit after taking over',
    );
    useBrowser(a);
    await eventually(
      () => browser.execute(() => {
        const banner = document.querySelector('#lease-banner');
        return banner && banner.getClientRects().length > 0 ? banner.textContent : '';
      }),
      (text) => text.includes('Budi'),
      "A's editor says Budi took over",
    );
    assert.equal(
      await browser.execute(() => document.querySelector('#body .ProseMirror')?.getAttribute('contenteditable')),
      'false',
      "A's editor is read-only after the takeover",
    );
    await screenshot(a, 'newsroom-taken-over.png');
    useBrowser(b);
    await typeIntoBody(' Kalimat dari meja B.');
    await browser.keys(['Control', 's']);
    await eventually(() => browser.$('#save-status').getText(), (text) => /revision|revisi/i.test(text), 'B saved');
    // Both texts are on the server, in revisions of the one story.
    const count = (text) =>
      Number(
        execFileSync('psql', [PG.replace('/postgres?', `/${DATABASE}?`), '-tAc', `SELECT COUNT(*) FROM sunting.revisions WHERE content LIKE '%${text}%'`], {
          encoding: 'utf8',
        }).trim(),
      );
    await eventually(async () => [count('meja A yang belum disimpan'), count('dari meja B')], ([fromA, fromB]) => fromA >= 1 && fromB >= 1, 'both texts reached the server');
  });
});
