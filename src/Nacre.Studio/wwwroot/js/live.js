// Live: one session's WebSocket. Frames are drawn newest-first (a frame that arrives while an older one is still
// decoding replaces it), inputs carry sequence numbers, and the HUD shows fps, input-to-frame latency (from
// sending input N to drawing the first frame that applied it), where you are and the server's timings. Direct mode
// (direct.js) adds the command box, subjects, camera HUD and takes on the same socket.
import { sessions, StudioError } from './api.js';
import { DirectMode } from './direct.js';
import { readHeader, compass, clock, percentile, HEADER_BYTES } from './protocol.js';
import { $, toast } from './ui.js';

const WALK_KEYS = new Set(['KeyW', 'KeyA', 'KeyS', 'KeyD', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'ShiftLeft', 'ShiftRight', 'Space', 'KeyV']);

export class LiveView {
  constructor({ onLeave }) {
    this.onLeave = onLeave;
    this.canvas = $('screen');
    this.ctx = this.canvas.getContext('2d', { alpha: false });
    this.session = null;
    this.ws = null;
    this.world = null;
    this.seq = 0;
    this.sent = new Map();      // input sequence → time sent (ms)
    this.latencies = [];        // last 120 input-to-frame latencies, ms
    this.frameTimes = [];       // draw times of the last second, ms
    this.pending = null;        // newest frame waiting to be decoded
    this.decoding = false;
    this.header = null;
    this.framesDrawn = 0;
    this.epoch = 0;             // bumped on open and leave: a frame decoded for an earlier session is dropped
    this.dx = 0;
    this.dy = 0;
    this.leaving = false;
    this.lastEsc = 0;
    this.active = false;

    this.canvas.addEventListener('click', () => this.lock());
    $('lock-hint').addEventListener('click', () => this.lock());
    $('leave').addEventListener('click', () => this.leave());
    $('veil-leave').addEventListener('click', () => this.leave());
    $('reconnect').addEventListener('click', () => this.reconnect());
    document.addEventListener('pointerlockchange', () => this.lockChanged());
    document.addEventListener('keydown', (e) => this.key(e, true));
    document.addEventListener('keyup', (e) => this.key(e, false));
    document.addEventListener('mousemove', (e) => {
      if (document.pointerLockElement === this.canvas) { this.dx += e.movementX; this.dy += e.movementY; }
    });
    window.addEventListener('blur', () => this.send({ t: 'release' }));
    this.direct = new DirectMode(this);
    window.addEventListener('beforeunload', () => this.endQuietly());
    // Expose what the end-to-end test and curious people want to read.
    window.nacreStudio = this;
    requestAnimationFrame(() => this.tick());
  }

  get stats() {
    return {
      session: this.session?.id ?? null,
      framesDrawn: this.framesDrawn,
      header: this.header,
      latencyP50: percentile(this.latencies, 50),
      latencyP95: percentile(this.latencies, 95),
      fps: this.frameTimes.length,
      ...this.direct.stats,
    };
  }

  async open(world, resolution) {
    this.world = world;
    this.resolution = resolution;
    this.active = true;
    this.leaving = false;
    this.epoch++;
    this.framesDrawn = 0;
    this.header = null;
    this.pending = null;
    this.latencies = [];
    $('live-name').textContent = world.name;
    $('live-res').textContent = resolution;
    this.direct.reset(world);
    this.resetHud();
    this.veil('Building the world…', true);
    try {
      this.session = await sessions.start(world.id, resolution);
    } catch (e) {
      this.session = null;
      if (e instanceof StudioError && e.status === 503) {
        this.veil(`${e.message}`, false, 'Try again');
      } else {
        this.veil(e.message, false, 'Try again');
      }
      return;
    }
    this.canvas.width = this.session.width;
    this.canvas.height = this.session.height;
    this.connect();
  }

  connect() {
    const s = this.session;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}${s.stream}`);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    this.seq = 0;
    this.sent.clear();
    ws.onopen = () => ws.send(JSON.stringify({ t: 'hello', token: s.token }));
    ws.onmessage = (m) => {
      // A socket being closed may still deliver frames of the session just left: they are not this session's.
      if (this.ws !== ws) return;
      if (typeof m.data === 'string') this.text(JSON.parse(m.data)); else this.frame(m.data);
    };
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.leaving || !this.active) return;
      document.exitPointerLock?.();
      const reason = e.reason || 'the connection dropped';
      this.veil(`Session lost: ${reason}.`, false, 'Reconnect');
    };
  }

  async reconnect() {
    if (!this.world) return;
    // The old session may still be alive (a network blip): try it first, else start a new one on the same world.
    if (this.session && !this.ws) {
      this.veil('Reconnecting…', true);
      const probe = await fetch(`/api/sessions/${this.session.id}`, { headers: { Authorization: `Bearer ${this.session.token}` } }).catch(() => null);
      if (probe?.ok) { this.connect(); return; }
    }
    await this.open(this.world, this.resolution);
  }

  text(msg) {
    if (msg.t === 'ready') {
      this.veil(null);
      for (const n of msg.notices ?? []) toast(n, 'error', 12000);
    } else if (msg.t === 'notice') {
      toast(msg.text, msg.level === 'error' ? 'error' : 'info', 8000);
    } else {
      this.direct.text(msg);
    }
  }

  frame(buffer) {
    // Keep only the newest undecoded frame: an older one still waiting is stale and dropped.
    this.pending = buffer;
    if (!this.decoding) this.decodeNext();
  }

  async decodeNext() {
    while (this.pending) {
      const buffer = this.pending;
      const epoch = this.epoch;
      this.pending = null;
      this.decoding = true;
      try {
        const h = readHeader(buffer);
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(buffer, h.headerBytes)], { type: 'image/jpeg' }));
        if (epoch !== this.epoch) { bitmap.close(); continue; }
        if (this.canvas.width !== h.width || this.canvas.height !== h.height) {
          this.canvas.width = h.width;
          this.canvas.height = h.height;
        }
        this.ctx.drawImage(bitmap, 0, 0);
        bitmap.close();
        this.drawn(h);
      } catch (e) {
        console.warn('frame dropped:', e);
      } finally {
        this.decoding = false;
      }
    }
  }

  drawn(h) {
    const now = performance.now();
    if (this.framesDrawn === 0) this.veil(null);
    this.framesDrawn++;
    this.header = h;
    this.frameTimes.push(now);
    for (const [seq, t] of this.sent) {
      if (seq > h.lastInput) break;
      this.latencies.push(now - t);
      this.sent.delete(seq);
    }
    if (this.latencies.length > 120) this.latencies.splice(0, this.latencies.length - 120);
  }

  /** Sends a message on the session's socket; returns its seq, or undefined when not connected. */
  send(msg) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return undefined;
    if (msg.t !== 'hello') {
      msg.seq = ++this.seq;
      this.sent.set(msg.seq, performance.now());
      // Inputs the server never confirms (a closed stream) must not pile up.
      if (this.sent.size > 512) this.sent.delete(this.sent.keys().next().value);
    }
    this.ws.send(JSON.stringify(msg));
    return msg.seq;
  }

  key(e, down) {
    if (!this.active) return;
    // Keys typed into the command box (or any field) are text, never walking.
    if ($('help').open || ['INPUT', 'TEXTAREA'].includes(e.target?.tagName)) return;
    if (down && (e.key === '?' || (e.key === '/' && e.shiftKey))) { $('help').showModal(); return; }
    // Enter and Space on a focused button or link are for it.
    if ((e.code === 'Enter' || e.code === 'Space') && e.target?.closest?.('button, a, summary, video')) return;
    if (down && e.code === 'Escape') {
      const now = performance.now();
      if (document.pointerLockElement !== this.canvas && now - this.lastEsc < 1500) { this.leave(); return; }
      this.lastEsc = now;
      return;
    }
    if (down && !e.repeat && e.code === 'KeyM' && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); this.direct.toggleMode(); return; }
    if (this.direct.active && down && !e.repeat) {
      if (e.code === 'KeyR' && !e.ctrlKey && !e.metaKey) { e.preventDefault(); this.direct.toggleRecording(); return; }
      if (e.code === 'Enter' || e.key === '/') { e.preventDefault(); this.openCommand(); return; }
    }
    if (down && e.code === 'KeyT') { e.preventDefault(); this.openCommand(); return; }
    if (!WALK_KEYS.has(e.code)) return;
    e.preventDefault();
    if (e.repeat) return;
    this.send({ t: 'key', code: e.code, down });
  }

  tick() {
    requestAnimationFrame(() => this.tick());
    if (!this.active) return;
    if (this.dx !== 0 || this.dy !== 0) {
      // One look event per animation frame, however many mouse events arrived.
      const clamp = (v) => Math.max(-4000, Math.min(4000, v));
      this.send({ t: 'look', dx: clamp(this.dx), dy: clamp(this.dy) });
      this.dx = 0;
      this.dy = 0;
    }
    const now = performance.now();
    while (this.frameTimes.length && now - this.frameTimes[0] > 1000) this.frameTimes.shift();
    this.hud();
    if (this.direct.active) this.direct.drawClocks();
  }

  hud() {
    const h = this.header;
    $('hud-fps').textContent = h ? String(this.frameTimes.length) : '–';
    const p50 = percentile(this.latencies, 50);
    $('hud-latency').textContent = Number.isNaN(p50) ? '–' : `${p50.toFixed(0)} ms (p95 ${percentile(this.latencies, 95).toFixed(0)})`;
    if (!h) return;
    $('hud-pos').textContent = `${h.x.toFixed(1)}, ${h.y.toFixed(1)}, ${h.z.toFixed(1)} m`;
    $('hud-heading').textContent = compass(h.yaw);
    $('hud-time').textContent = clock(h.hours);
    $('hud-weather').textContent = h.weather;
    const ms = (us) => (us / 1000).toFixed(1);
    $('hud-timings').textContent = `sim ${ms(h.simulateUs)} · draw ${ms(h.renderUs)} · read ${ms(h.readbackUs)} · jpeg ${ms(h.encodeUs)} · send ${ms(h.sendUs)} ms · ${(h.triangles / 1000).toFixed(0)}k tris`;
  }

  resetHud() {
    for (const id of ['hud-fps', 'hud-latency', 'hud-pos', 'hud-heading', 'hud-time', 'hud-weather']) $(id).textContent = '–';
    $('hud-timings').textContent = '';
  }

  lock() {
    if (!this.ws) return;
    // In Direct mode the mouse does not steer the camera: a click on the picture goes to the command box.
    if (this.direct.active) { this.direct.box.focus(); return; }
    this.canvas.requestPointerLock?.()?.catch?.(() => { /* headless browsers may refuse: keys still work */ });
  }

  lockChanged() {
    const locked = document.pointerLockElement === this.canvas;
    $('lock-hint').hidden = locked;
    if (locked) this.direct.box.input.blur();
    if (!locked) this.send({ t: 'release' });
  }

  // The command box lives in Direct mode, where commands steer the camera: T in Wander goes there.
  openCommand() {
    document.exitPointerLock?.();
    if (this.direct.active) this.direct.box.focus(); else this.direct.setMode('direct');
  }

  veil(text, spinning = true, action = null) {
    $('veil').hidden = !text;
    if (!text) return;
    $('veil-text').textContent = text;
    $('veil-spinner').hidden = !spinning;
    $('veil-actions').hidden = !action;
    if (action) $('reconnect').textContent = action;
  }

  async leave() {
    if (!this.active) return;
    this.leaving = true;
    this.active = false;
    document.exitPointerLock?.();
    const s = this.session;
    const ws = this.ws;
    this.ws = null;
    this.session = null;
    this.epoch++;
    this.pending = null;
    this.framesDrawn = 0;
    this.header = null;
    this.direct.leave();
    this.veil('Saving where you are…', true);
    ws?.close(1000, 'left');
    if (s) {
      try { await sessions.end(s.id, s.token); } catch { /* it may have ended already; the view was saved then */ }
    }
    this.veil(null);
    this.onLeave();
  }

  endQuietly() {
    const s = this.session;
    if (s) fetch(`/api/sessions/${s.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${s.token}` }, keepalive: true });
  }
}
