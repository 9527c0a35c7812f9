// Opens a WebDriver session on the Sunting desktop app through tauri-driver, which tests/e2e/run
// has started. Screenshots are written to $SUNTING_SCREENSHOTS.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { remote } from 'webdriverio';

export const TIMEOUT = 10_000;

/** Opens the app through tauri-driver at `driver` (default: the one tests/e2e/run started). */
export async function openApp({ driver } = {}) {
  const application = process.env.SUNTING_APP;
  if (!application) throw new Error('SUNTING_APP is not set: run the tests through tests/e2e/run');
  const url = new URL(driver ?? process.env.SUNTING_E2E_URL ?? 'http://127.0.0.1:4444');
  return remote({
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    logLevel: process.env.SUNTING_E2E_LOG ?? 'warn',
    waitforTimeout: TIMEOUT,
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'wry',
      'tauri:options': { application },
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

export async function screenshot(browser, name) {
  const dir = process.env.SUNTING_SCREENSHOTS;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  await browser.saveScreenshot(file);
  return file;
}
