// Shared by the studio's end-to-end scripts: arguments, checks, screenshots, and one headless Chromium session
// whose outcome is written to <artifacts>/results.json (exit 0 on success, 1 with the reason, 2 for bad usage).
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The studio URL and artifacts folder from the command line (the folder is created). */
export function scriptArgs(script, defaultArtifacts) {
  const [url, artifacts = defaultArtifacts] = process.argv.slice(2);
  if (!url) {
    console.error(`usage: node ${script} <studio URL> <artifacts folder>`);
    process.exit(2);
  }
  mkdirSync(artifacts, { recursive: true });
  return { url, artifacts };
}

/** Fails the script with a message saying what a user would have seen go wrong. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** A function that saves a screenshot of the page as <artifacts>/<name>.png. */
export const screenshotter = (artifacts) => (page, name) => page.screenshot({ path: join(artifacts, `${name}.png`) });

/**
 * Opens one 1440×900 page in headless Chromium, runs body(page) on it, then checks the page logged no errors.
 * results gains consoleErrors, totalMs, ok and error, and is written to <artifacts>/results.json and stdout.
 */
export async function runInBrowser(artifacts, results, body) {
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  let failed = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const consoleErrors = [];
    results.consoleErrors = consoleErrors;
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await body(page);
    check(consoleErrors.length === 0, `the page logged errors: ${consoleErrors.join(' | ')}`);
  } catch (e) {
    failed = e.message;
  } finally {
    await browser.close();
  }
  results.totalMs = Date.now() - started;
  report(artifacts, results, failed);
}

/** Writes results (with ok and error) to <artifacts>/results.json and stdout; exits 1 when failed is a reason. */
export function report(artifacts, results, failed) {
  results.ok = failed === null;
  results.error = failed;
  writeFileSync(join(artifacts, 'results.json'), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results));
  if (failed) {
    console.error(`e2e failed: ${failed}`);
    process.exit(1);
  }
}
