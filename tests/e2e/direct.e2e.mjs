// End-to-end test of Direct mode in real headless Chromium, as a new user would use it: create a world, enter it,
// switch to Direct, frame the cabin, record a take (dolly in, nightfall, a red car), stop, find the take in the list,
// mistype a command and get a "did you mean", replay the take, render it to MP4 and download the video.
// Usage: node direct.e2e.mjs <studio URL> <artifacts folder>. Exit 0 on success, 1 with a reason.
//
// What the page exposes for this test (js/live.js, js/direct.js): window.nacreStudio.stats has, besides the
// stream's figures, mode ("wander" | "direct"), hud (the server's last hud message), lastReply and replies
// ({seq, ok, text, suggestion, command}: command is the line or action sent), lastReplayed (take id), subjects and
// takes ({id, name, seconds, commands, render: {status, progress, url, error}}).
import { check, runInBrowser, screenshotter, scriptArgs } from './harness.mjs';

const { url, artifacts } = scriptArgs('direct.e2e.mjs', 'artifacts/e2e-direct');
const PROMPT = 'a foggy pine forest at dusk with a wooden cabin by a lake';
const results = { url, prompt: PROMPT, replies: [] };
const started = Date.now();
const shot = screenshotter(artifacts);

// Mean brightness (0 … 255) of the live canvas, downscaled to 160×90: the whole frame and its upper half (sky).
async function brightness(page) {
  return page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 160; c.height = 90;
    const g = c.getContext('2d');
    g.drawImage(document.getElementById('screen'), 0, 0, 160, 90);
    const d = g.getImageData(0, 0, 160, 90).data;
    let all = 0, top = 0;
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i] + d[i + 1] + d[i + 2]) / 3;
      all += v;
      if (i < d.length / 2) top += v;
    }
    return { all: all / (d.length / 4), top: top / (d.length / 8) };
  });
}

const stats = (page) => page.evaluate(() => window.nacreStudio.stats);

// Types a line into the command box as a person would, presses Enter and waits for the server's reply to it.
async function command(page, text, { expectOk = true } = {}) {
  const before = (await stats(page)).replies.length;
  await page.click('#command');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  const reply = await (await page.waitForFunction(([t, n]) => {
    const r = window.nacreStudio.stats.replies;
    return r.slice(n).find((x) => x.command === t) ?? null;
  }, [text, before], { timeout: 15000 })).jsonValue();
  results.replies.push({ command: text, ok: reply.ok, text: reply.text, suggestion: reply.suggestion });
  if (expectOk) check(reply.ok, `"${text}" should be accepted, the studio answered: ${reply.text}`);
  return reply;
}

await runInBrowser(artifacts, results, async (page) => {
  // Create the world and enter it.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#view-create:not([hidden])');
  await page.fill('#prompt', PROMPT);
  await page.waitForFunction(() => document.querySelectorAll('#concepts .chip').length > 0, null, { timeout: 15000 });
  await page.press('#prompt', 'Enter');
  await page.waitForSelector('#view-live:not([hidden])', { timeout: 15000 });
  await page.waitForFunction(() => window.nacreStudio?.stats.framesDrawn > 0, null, { timeout: 30000 });
  results.enteredMs = Date.now() - started;
  await page.waitForTimeout(1500);

  // Direct mode: the command box, the subjects nearby, the camera HUD and the (empty) take list.
  const direct = Date.now();
  await page.click('#mode-direct');
  await page.waitForFunction(() => window.nacreStudio.stats.mode === 'direct' && window.nacreStudio.stats.hud?.lens > 0, null, { timeout: 15000 });
  results.directHudMs = Date.now() - direct;
  check(await page.isVisible('#direct-panel'), 'the Direct panel (subjects, takes) should show in Direct mode');
  check(await page.isVisible('#command'), 'the command box should always show in Direct mode');
  check(await page.evaluate(() => document.activeElement?.id === 'command'), 'switching to Direct should put the cursor in the command box');
  await page.waitForFunction(() => window.nacreStudio.stats.subjects.length > 0, null, { timeout: 15000 });
  results.subjects = (await stats(page)).subjects.map((s) => `${s.name} (${s.distance} m)`);
  await page.waitForSelector('#takes .panel-empty, #takes .take-card', { timeout: 10000 });

  // Keys pressed in the command box are text: the camera stays where it is.
  const still = (await stats(page)).header;
  await page.keyboard.down('KeyW');
  await page.waitForTimeout(800);
  await page.keyboard.up('KeyW');
  await page.keyboard.type('asd');
  await page.waitForTimeout(500);
  const afterKeys = (await stats(page)).header;
  check((await page.inputValue('#command')) === 'wasd', `WASD typed in the box should be text there, the box holds "${await page.inputValue('#command')}"`);
  check(Math.hypot(afterKeys.x - still.x, afterKeys.z - still.z) < 0.05, 'WASD typed in the command box moved the camera');
  await page.fill('#command', '');

  // Completion: "dol" offers the dolly lines, Tab takes the first.
  await page.keyboard.type('dol');
  await page.waitForSelector('#suggestions:not([hidden]) .suggestion', { timeout: 5000 });
  results.suggestionsForDol = await page.$$eval('#suggestions .suggestion-text', (els) => els.map((e) => e.textContent));
  await shot(page, '01-direct');
  await page.keyboard.press('Tab');
  const completed = await page.inputValue('#command');
  check(completed.startsWith('dolly'), `Tab should complete "dol" to a dolly line, the box holds "${completed}"`);
  await page.fill('#command', '');

  // Frame the cabin, then record a take.
  await command(page, 'wide shot of the cabin');
  await page.waitForFunction(() => window.nacreStudio.stats.hud?.shot === 'WS', null, { timeout: 10000 });
  results.hudAfterWideShot = (await stats(page)).hud;
  const shotShown = await page.textContent('#hud-shot');
  const lensShown = await page.textContent('#hud-lens');
  check(shotShown.startsWith('WS'), `the camera HUD should show the wide shot, it shows "${shotShown}"`);
  check(/^\d+(\.\d)? mm/.test(lensShown), `the camera HUD should show the lens in mm, it shows "${lensShown}"`);
  check((await page.textContent('#hud-subject')) === 'the cabin', 'the camera HUD should show the cabin as the subject');
  await page.waitForTimeout(1500);
  const recordAt = Date.now();
  await page.click('#record');
  await page.waitForFunction(() => window.nacreStudio.stats.hud?.recording === true, null, { timeout: 10000 });
  check(await page.isVisible('#rec-badge'), 'the REC badge should show while recording');
  await command(page, 'dolly in slowly over 3 seconds');
  await page.waitForTimeout(700);
  await shot(page, '02-recording');
  // Dusk and night are compared from the same place: once the dolly has come to rest.
  await page.waitForFunction(() => window.nacreStudio.stats.hud?.moving === false, null, { timeout: 10000 });
  await page.waitForTimeout(500);
  const dusk = await brightness(page);
  await command(page, 'make it night over 2 seconds');
  await page.waitForTimeout(3000);
  const night = await brightness(page);
  results.brightness = { dusk, night };
  results.hudAtNight = (await stats(page)).hud;
  await command(page, 'place a red car next to the cabin');
  await page.waitForTimeout(4000);
  await shot(page, '03-night');
  check(night.all < dusk.all - 2 && night.top < dusk.top - 2,
    `the frame should get darker after "make it night": mean ${dusk.all.toFixed(1)} → ${night.all.toFixed(1)}, sky ${dusk.top.toFixed(1)} → ${night.top.toFixed(1)}`);

  // Stop: the take appears first in the list.
  await page.click('#stop');
  results.recordedWallMs = Date.now() - recordAt;
  await page.waitForFunction(() => window.nacreStudio.stats.takes.length > 0 && window.nacreStudio.stats.hud?.recording === false, null, { timeout: 15000 });
  const take = (await stats(page)).takes[0];
  results.take = take;
  check(take.commands >= 3, `the take should hold the three commands recorded, it holds ${take.commands}`);
  await page.waitForSelector(`.take-card[data-id="${take.id}"]`, { timeout: 5000 });
  await page.click(`.take-card[data-id="${take.id}"] .take-script summary`);
  const script = await page.textContent(`.take-card[data-id="${take.id}"] .take-script pre`);
  check(script.includes('dolly in slowly'), `the take's script should list the dolly, it reads: ${script}`);

  // A misspelt command is refused with a suggestion, offered as a chip that fills the box.
  const typo = await command(page, 'dolyl in', { expectOk: false });
  check(!typo.ok, `"dolyl in" should be refused, the studio answered: ${typo.text}`);
  check(typeof typo.suggestion === 'string' && typo.suggestion.length > 0, `"dolyl in" should come back with a suggestion: ${typo.text}`);
  await page.click('#reply-log .did-you-mean');
  check((await page.inputValue('#command')) === typo.suggestion, 'clicking "did you mean" should put the suggestion in the box');
  await shot(page, '04-takes');
  await page.fill('#command', '');

  // ↑ walks back through the lines sent; a subject clicked in the picker goes in at the cursor.
  await page.keyboard.press('ArrowUp');
  check((await page.inputValue('#command')) === 'dolyl in', `↑ in the empty box should bring back "dolyl in", got "${await page.inputValue('#command')}"`);
  await page.keyboard.press('ArrowUp');
  check((await page.inputValue('#command')) === 'place a red car next to the cabin', '↑ twice should bring back the line before');
  await page.fill('#command', 'look at ');
  const subject = await page.getAttribute('#subjects .subject', 'data-name');
  await page.click('#subjects .subject .subject-pick');
  check((await page.inputValue('#command')) === `look at ${subject}`, `clicking ${subject} should insert it, the box holds "${await page.inputValue('#command')}"`);
  await page.fill('#command', '');

  // Replay the take to its end.
  const replayAt = Date.now();
  await page.click(`.take-card[data-id="${take.id}"] .take-replay`);
  await page.waitForFunction(() => window.nacreStudio.stats.hud?.replaying, null, { timeout: 10000 });
  check(await page.isVisible('#replay-badge'), 'the replay badge should show while a take replays');
  await page.waitForFunction((id) => window.nacreStudio.stats.lastReplayed === id, take.id, { timeout: (take.seconds + 30) * 1000 });
  results.replayMs = Date.now() - replayAt;

  // Render it to MP4 and download the video.
  const renderAt = Date.now();
  await page.click(`.take-card[data-id="${take.id}"] .take-render`);
  await page.waitForFunction((id) => {
    const t = window.nacreStudio.stats.takes.find((x) => x.id === id);
    return t && (t.render?.status === 'done' || t.render?.status === 'failed');
  }, take.id, { timeout: 180000, polling: 500 });
  results.renderMs = Date.now() - renderAt;
  const rendered = (await stats(page)).takes.find((x) => x.id === take.id).render;
  results.render = rendered;
  check(rendered.status === 'done', `the render should finish, it ${rendered.status}: ${rendered.error}`);
  await page.waitForSelector(`.take-card[data-id="${take.id}"] .take-download:not([hidden])`, { timeout: 5000 });
  await page.waitForSelector(`.take-card[data-id="${take.id}"] video.take-video`, { timeout: 5000 });
  const mp4 = await page.evaluate(async (u) => {
    const r = await fetch(u);
    const b = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('content-type'), bytes: b.length, box: String.fromCharCode(...b.slice(4, 8)) };
  }, rendered.url);
  results.mp4 = mp4;
  check(mp4.status === 200, `GET ${rendered.url} answered ${mp4.status}`);
  check(mp4.bytes > 10000, `the MP4 should be over 10 kB, it is ${mp4.bytes} bytes`);
  check(mp4.box === 'ftyp', `the MP4 should start with an ftyp box, found "${mp4.box}"`);
  await page.waitForTimeout(800);
  await shot(page, '05-rendered');

  // Leave so the session is saved and freed.
  await page.click('#leave');
  await page.waitForSelector('#view-gallery:not([hidden])', { timeout: 20000 });
});
