// Benchmark, not a test: how fast flags follow typing in a 2,000-word article, in the real app.
//
//   SUNTING_E2E_FILES=tests/e2e/latency.bench.mjs tests/e2e/run
//
// The article is the project's sample story repeated to 2,000 words, imported with the `sunting`
// command line into the app's database. Each keystroke is typed on its own (300 ms apart, so
// each gets its own check). For each it reads two figures the page records:
// - keystroke to paint: from the keydown to the next frame after the editor applied it;
// - keystroke to flags: from the change to the checker's flags on screen (the review panel's
//   data-keystroke-to-flags-ms, which includes the 40 ms pause that gathers a burst of keys).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openApp } from './session.mjs';
import { browser, useBrowser, shown, eventually, openFromLibrary } from './helpers.mjs';

const root = new URL('../../', import.meta.url).pathname;
const HEADLINE = 'Benchmark: dua ribu kata';
const KEYS = 30;

// SUNTING_BENCH_TEXT=file.txt takes the article from real copy instead (paragraphs separated by
// blank lines, cut at SUNTING_BENCH_WORDS words, 2,000 by default): a repeated sample has few
// distinct names and hides what grows with them.
const WORDS = Number(process.env.SUNTING_BENCH_WORDS ?? 2000);

function article() {
  if (process.env.SUNTING_BENCH_TEXT) {
    const kept = [];
    let count = 0;
    for (const paragraph of readFileSync(process.env.SUNTING_BENCH_TEXT, 'utf8').split(/\n\s*\n/)) {
      if (count >= WORDS) break;
      kept.push(paragraph.trim());
      count += paragraph.split(/\s+/).length;
    }
    return `${HEADLINE}\n\n${kept.join('\n\n')}\n`;
  }
  const sample = readFileSync(join(root, 'crates/sunting-engine/data/sample-story.txt'), 'utf8');
  const body = sample.split(/\n\s*\n/).slice(1).join('\n\n');
  const words = body.split(/\s+/).length;
  const copies = Math.ceil(WORDS / words);
  return `${HEADLINE}\n\n${Array.from({ length: copies }, () => body).join('\n\n')}\n`;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

describe('keystroke latency on a 2,000-word article', { timeout: 300_000 }, () => {
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunting-bench-'));
    const file = join(dir, 'article.txt');
    writeFileSync(file, article());
    execFileSync(join(root, 'target/debug/sunting'), ['import', file], { env: process.env, stdio: 'ignore' });
    useBrowser(await openApp());
  });

  after(async () => {
    await browser?.deleteSession();
  });

  it('measures', async (t) => {
    await openFromLibrary(HEADLINE);
    const words = await eventually(() => browser.$('#word-count').getText(), (text) => /\d+ words/.test(text), 'word count');
    await eventually(() => browser.$('#review').getAttribute('data-check-ms'), Boolean, 'the first check');
    await browser.execute(() => {
      window.__paint = [];
      document.addEventListener('keydown', () => {
        const start = performance.now();
        requestAnimationFrame(() => window.__paint.push(performance.now() - start));
      }, true);
    });
    // Type in the middle of the article.
    await browser.execute(() => {
      const paragraphs = document.querySelectorAll('#body .ProseMirror p');
      const middle = paragraphs[Math.floor(paragraphs.length / 2)];
      const range = document.createRange();
      range.setStart(middle.firstChild, Math.min(10, middle.firstChild.length));
      range.collapse(true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await (await shown('#body .ProseMirror')).click();
    const toFlags = [];
    const checks = [];
    for (let i = 0; i < KEYS; i++) {
      const before = await browser.$('#review').getAttribute('data-keystroke-to-flags-ms');
      await browser.keys(i % 2 === 0 ? 'x' : 'Backspace');
      const after = await eventually(
        () => browser.$('#review').getAttribute('data-keystroke-to-flags-ms'),
        (value) => value !== null && value !== before,
        'a check after the keystroke',
      ).catch(() => null);
      if (after !== null) toFlags.push(Number(after));
      checks.push(Number(await browser.$('#review').getAttribute('data-check-ms')));
      await browser.pause(300);
    }
    const paint = await browser.execute(() => window.__paint);
    const report = {
      article: words,
      keystrokes: KEYS,
      'keystroke to paint (ms)': stats(paint),
      'keystroke to flags (ms)': stats(toFlags),
      'check request to answer (ms)': stats(checks),
    };
    t.diagnostic(JSON.stringify(report));
    console.log(JSON.stringify(report, null, 2));
  });
});
