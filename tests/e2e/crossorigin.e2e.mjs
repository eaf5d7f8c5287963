// An attacker's page in real Chromium: served from another origin (another port), and from a DNS-rebound name that
// resolves to the studio's own address. It tries what a hostile site would — a text/plain "simple" POST that needs
// no preflight, a JSON POST, a WebSocket to a session's stream, a same-"origin" fetch after rebinding — and the
// studio must refuse all of it: no world is created, no socket opens.
// usage: node crossorigin.e2e.mjs <studio URL> <artifacts folder>
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { scriptArgs, check, report } from './harness.mjs';

const { url, artifacts } = scriptArgs('crossorigin.e2e.mjs', 'artifacts/e2e-crossorigin');
const studio = new URL(url);
studio.search = '';

const attackerPage = (target) => `<!doctype html><meta charset="utf-8"><title>cute cats</title><script>
(async () => {
  const r = {};
  const T = ${JSON.stringify(target)};
  try {
    await fetch(T + 'api/worlds', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ prompt: 'a world made by a foreign page (simple POST)' }) });
    r.simplePost = 'sent';
  } catch (e) { r.simplePost = 'failed: ' + e.message; }
  try {
    const res = await fetch(T + 'api/worlds', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'a world made by a foreign page (JSON POST)' }) });
    r.jsonPost = 'status ' + res.status;
  } catch (e) { r.jsonPost = 'failed: ' + e.message; }
  r.socket = await new Promise((done) => {
    const ws = new WebSocket(T.replace('http', 'ws') + 'api/sessions/s0000000000000/stream');
    ws.onopen = () => done('open');
    ws.onerror = () => done('refused');
    setTimeout(() => done('timeout'), 5000);
  });
  window.attack = r;
})();
</script>`;

// The attacker's own server, on another port of this machine.
const server = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(attackerPage(studio.href));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const attacker = `http://127.0.0.1:${server.address().port}/`;

const results = { attacker };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // DNS rebinding without DNS: the attacker's name resolves to the studio's address.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    `--host-resolver-rules=MAP rebound.attacker.test ${studio.hostname}`],
});
let failed = null;
try {
  const page = await browser.newPage();
  await page.goto(attacker);
  await page.waitForFunction(() => window.attack, null, { timeout: 30000 });
  results.crossOrigin = await page.evaluate(() => window.attack);

  // After rebinding the page is "same-origin" with the studio's address, but its Host is the attacker's name.
  const rebound = await browser.newPage();
  const response = await rebound.goto(`http://rebound.attacker.test:${studio.port}/`);
  results.reboundPage = response.status();
  results.reboundPost = await rebound.evaluate(async () => {
    const res = await fetch('/api/worlds', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'a world made after DNS rebinding' }) });
    return res.status;
  });

  // What the studio holds now, asked directly (no Origin: a script on this machine).
  const worlds = await (await fetch(new URL('api/worlds', studio))).json();
  results.worldsCreated = worlds.length;
  check(results.crossOrigin.socket === 'refused', `the stream's WebSocket opened for a foreign page: ${results.crossOrigin.socket}`);
  check(results.crossOrigin.jsonPost.startsWith('failed'), `a foreign page's JSON POST got an answer it could read: ${results.crossOrigin.jsonPost}`);
  check(results.reboundPage === 400, `the studio served its page to a rebound host name (status ${results.reboundPage})`);
  check(results.reboundPost === 400, `a POST after DNS rebinding got ${results.reboundPost}`);
  check(worlds.length === 0, `a foreign page created ${worlds.length} world(s): ${worlds.map((w) => w.prompt).join(' | ')}`);
} catch (e) {
  failed = e.message;
} finally {
  await browser.close();
  server.close();
}
report(artifacts, results, failed);
