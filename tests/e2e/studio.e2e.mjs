// End-to-end test of Nacre Studio in real headless Chromium, as a new user would use it:
// type a prompt, see what was understood, enter the world, hold W for two seconds, leave, reopen the world
// from the gallery and find the same view at the same place. Screenshots and measurements go to the artifacts
// folder. Usage: node studio.e2e.mjs <studio URL> <artifacts folder>. Exit 0 on success, 1 with a reason.
import { check, runInBrowser, screenshotter, scriptArgs } from './harness.mjs';

const { url, artifacts } = scriptArgs('studio.e2e.mjs', 'artifacts/e2e');
const PROMPT = 'a foggy pine forest at dusk with a wooden cabin by a lake';
const results = { url, prompt: PROMPT };
const shot = screenshotter(artifacts);

// Pixel statistics of the live canvas, downscaled to 160×90: mean, standard deviation and the pixels themselves.
async function canvasPixels(page) {
  return page.evaluate(() => {
    const src = document.getElementById('screen');
    const c = document.createElement('canvas');
    c.width = 160; c.height = 90;
    const g = c.getContext('2d');
    g.drawImage(src, 0, 0, 160, 90);
    const d = g.getImageData(0, 0, 160, 90).data;
    let sum = 0, sq = 0;
    const grey = [];
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i] + d[i + 1] + d[i + 2]) / 3;
      grey.push(v); sum += v; sq += v * v;
    }
    const n = grey.length, mean = sum / n;
    return { mean, std: Math.sqrt(Math.max(0, sq / n - mean * mean)), grey };
  });
}

const stats = (page) => page.evaluate(() => window.nacreStudio.stats);

await runInBrowser(artifacts, results, async (page) => {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#view-create:not([hidden])');
  await shot(page, '01-create');

  // Type the prompt: concepts appear as you type, then the preview.
  const typed = Date.now();
  await page.fill('#prompt', PROMPT);
  await page.waitForFunction(() => document.querySelectorAll('#concepts .chip').length > 0, null, { timeout: 15000 });
  results.conceptsMs = Date.now() - typed;
  results.concepts = await page.$$eval('#concepts .chip', (els) => els.map((e) => e.textContent));
  check(results.concepts.some((c) => c.includes('cabin')), `concepts should include the cabin, got ${results.concepts.join(', ')}`);
  await page.waitForSelector('#still:not([hidden])', { timeout: 30000 });
  results.previewStillMs = Date.now() - typed;
  await page.waitForSelector('#map:not([hidden])', { timeout: 30000 });
  results.previewMapMs = Date.now() - typed;
  await shot(page, '02-understood');

  // Enter: the world opens live.
  const entered = Date.now();
  await page.press('#prompt', 'Enter');
  await page.waitForSelector('#view-live:not([hidden])', { timeout: 15000 });
  await page.waitForFunction(() => window.nacreStudio?.stats.framesDrawn > 0, null, { timeout: 30000 });
  results.enterToFirstFrameMs = Date.now() - entered;
  await page.waitForTimeout(1500); // let the world stream in around the walker
  await shot(page, '03-live');
  const before = await stats(page);
  const posBefore = await page.textContent('#hud-pos');

  // Hold W for two seconds.
  await page.keyboard.down('KeyW');
  await page.waitForTimeout(2000);
  await page.keyboard.up('KeyW');
  await page.waitForTimeout(800);
  const after = await stats(page);
  const posAfter = await page.textContent('#hud-pos');
  results.framesDuringWalk = after.framesDrawn - before.framesDrawn;
  results.fpsDuringWalk = results.framesDuringWalk / 2.8;
  results.hud = { before: posBefore, after: posAfter, fps: await page.textContent('#hud-fps'), latency: await page.textContent('#hud-latency') };
  results.latencyP50 = after.latencyP50;
  results.latencyP95 = after.latencyP95;
  // A loaded 2-core machine may stream only a few frames a second: the test asks that they keep coming.
  check(results.framesDuringWalk >= 3, `frames should keep arriving while walking; got ${results.framesDuringWalk} in 2.8 s`);
  check(posAfter !== posBefore, `the HUD position should change after holding W (stayed at ${posBefore})`);
  const moved = Math.hypot(after.header.x - before.header.x, after.header.z - before.header.z);
  results.metresWalked = moved;
  check(moved > 1, `holding W for two seconds should walk over a metre, walked ${moved.toFixed(2)} m`);
  await shot(page, '04-walked');
  const walkedPixels = await canvasPixels(page);
  results.walkedFrame = { mean: walkedPixels.mean, std: walkedPixels.std };
  check(walkedPixels.std > 8, `the view should not be blank (pixel standard deviation ${walkedPixels.std.toFixed(1)})`);

  // Leave, and find the world in the gallery.
  await page.waitForTimeout(1000);
  const leftStats = await stats(page);
  const leftAt = leftStats.header;
  const leftPixels = await canvasPixels(page);
  await page.click('#leave');
  await page.waitForSelector('#view-gallery:not([hidden])', { timeout: 20000 });
  await page.waitForSelector('.world-card .world-thumb img', { timeout: 10000 });
  await page.waitForTimeout(500);
  await shot(page, '05-gallery');
  // The card says which generator made the world; one made with the current generator is offered no remake.
  results.galleryBadge = await page.$eval('.world-card .gen-badge', (b) => ({ text: b.textContent, title: b.title }));
  check(/^v\d+$/.test(results.galleryBadge.text), `the gallery card should show the generator version, shows "${results.galleryBadge.text}"`);
  check(results.galleryBadge.title.includes('made with generator'), `the version badge should explain itself, says "${results.galleryBadge.title}"`);
  check(await page.$('.world-card .remake') === null, 'a world made with the current generator should not offer a remake');

  // Reopen it: the same place and the same view.
  const reopened = Date.now();
  await page.click('.world-card .world-thumb');
  // Wait for a frame of the new session: the click opens it asynchronously, after the gallery has fetched the world.
  await page.waitForFunction((old) => {
    const s = window.nacreStudio?.stats;
    return s && s.session && s.session !== old && s.framesDrawn > 0 && s.header;
  }, leftStats.session, { timeout: 30000 });
  results.reopenToFirstFrameMs = Date.now() - reopened;
  const first = (await stats(page)).header;
  await page.waitForTimeout(2500);
  await shot(page, '06-reopened');
  const back = (await stats(page)).header;
  const backPixels = await canvasPixels(page);
  results.reopened = { left: leftAt, firstFrame: first };
  for (const k of ['x', 'y', 'z']) {
    check(Math.abs(first[k] - leftAt[k]) < 0.05, `reopened at ${k} = ${first[k].toFixed(2)}, left at ${leftAt[k].toFixed(2)}`);
    check(Math.abs(back[k] - leftAt[k]) < 0.05, `the walker drifted after reopening: ${k} = ${back[k].toFixed(2)}`);
  }
  check(Math.abs(first.yaw - leftAt.yaw) < 0.002 && Math.abs(first.pitch - leftAt.pitch) < 0.002, 'reopened with another heading or pitch');
  let diff = 0;
  for (let i = 0; i < leftPixels.grey.length; i++) diff += Math.abs(leftPixels.grey[i] - backPixels.grey[i]);
  results.reopenedMeanPixelDifference = diff / leftPixels.grey.length;
  check(results.reopenedMeanPixelDifference < 6, `the reopened view should look the same (mean difference ${results.reopenedMeanPixelDifference.toFixed(1)} of 255)`);

  // Leave again so the session is saved and freed.
  await page.click('#leave');
  await page.waitForSelector('#view-gallery:not([hidden])', { timeout: 20000 });
});
