// Session soak: a running studio gets live sessions that come and go (create → stream a few seconds walking → close)
// for a while, and the studio process's resident memory (VmRSS) is sampled after every session ends.
// usage: node --experimental-websocket session-soak.mjs <studio URL> <studio pid> <minutes> [stream seconds] [out.csv]
// Prints one CSV line per cycle: elapsed seconds, cycle, frames received, RSS MB after close.
import { readFileSync, writeFileSync } from 'node:fs';

const [url, pid, minutes = '10', streamSeconds = '4', out] = process.argv.slice(2);
if (!url || !pid) {
  console.error('usage: node --experimental-websocket session-soak.mjs <studio URL> <studio pid> <minutes> [stream seconds] [out.csv]');
  process.exit(2);
}
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const json = async (path, init) => {
  const res = await fetch(url + path, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
};
const post = (path, body) => json(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const world = await post('/api/worlds', { prompt: 'a pine forest by a lake with a cabin', seed: 7 });
const lines = ['seconds,cycle,frames,rss_mb'];
const started = Date.now();
lines.push(`0,0,0,${rssMb().toFixed(1)}`);
console.log(lines.join('\n'));
for (let cycle = 1; Date.now() - started < Number(minutes) * 60_000; cycle++) {
  const s = await post('/api/sessions', { worldId: world.id, resolution: '720p' });
  const ws = new WebSocket(url.replace(/^http/, 'ws') + `/api/sessions/${s.id}/stream`);
  let frames = 0;
  ws.binaryType = 'arraybuffer';
  ws.onmessage = (m) => { if (typeof m.data !== 'string') frames++; };
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
  ws.send(JSON.stringify({ t: 'hello', token: s.token }));
  // Walk forward and turn, so new chunks are generated and meshed each cycle.
  ws.send(JSON.stringify({ t: 'key', seq: 1, code: 'KeyW', down: true }));
  for (let i = 0; i < Number(streamSeconds) * 4; i++) {
    ws.send(JSON.stringify({ t: 'look', seq: 2 + i, dx: 40, dy: 0 }));
    await sleep(250);
  }
  ws.close(1000, 'bye');
  await json(`/api/sessions/${s.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${s.token}` } });
  await sleep(1500);
  const line = `${((Date.now() - started) / 1000).toFixed(0)},${cycle},${frames},${rssMb().toFixed(1)}`;
  lines.push(line);
  console.log(line);
  if (out) writeFileSync(out, lines.join('\n') + '\n');
  await sleep(Math.max(0, 3200 - 0)); // stay under 20 session starts a minute
}
