// The take list beside the live view in Direct mode: every recorded take of the world, newest first, with its
// script, Replay (in the live session) and Render to MP4 (on the server, polled once a second until done).
import { takes as takesApi } from './api.js';
import { $, el, toast, when } from './ui.js';

const RENDER_OPTIONS = { resolution: '480p', fps: 24 };
const POLL_MS = 1000;

const seconds = (s) => `${Number(s ?? 0).toFixed(1)} s`;

export class TakeList {
  /** @param onReplay (takeId) → void: asks the live session to replay a take. */
  constructor({ onReplay }) {
    this.onReplay = onReplay;
    this.container = $('takes');
    this.worldId = null;
    this.items = [];
    this.cards = new Map();   // take id → card element
    this.polls = new Map();   // take id → interval id
    this.replaying = null;    // take id being replayed, or null
    this.loaded = false;
  }

  /** Shows the takes of another world (or reloads this one's). */
  async load(worldId) {
    if (worldId !== this.worldId) {
      this.stopPolling();
      this.worldId = worldId;
      this.items = [];
      this.cards.clear();
      this.container.replaceChildren();
      this.loaded = false;
    }
    try {
      const list = await takesApi.list(worldId);
      if (worldId !== this.worldId) return;
      this.items = Array.isArray(list) ? list : [];
      this.loaded = true;
      this.draw();
      for (const t of this.items) if (t.render?.status === 'rendering') this.poll(t.id);
    } catch (e) {
      if (worldId !== this.worldId) return;
      this.container.replaceChildren(el('p', { class: 'panel-empty error' }, `Takes could not be loaded: ${e.message}`));
    }
  }

  /** A take the server just finished recording (or changed): put it first, or update it in place. */
  upsert(take) {
    const at = this.items.findIndex((t) => t.id === take.id);
    if (at >= 0) this.items[at] = { ...this.items[at], ...take };
    else this.items.unshift(take);
    this.draw();
    this.cards.get(take.id)?.classList.add('fresh');
    if (take.render?.status === 'rendering') this.poll(take.id);
  }

  setReplaying(takeId) {
    if (this.replaying === takeId) return;
    this.replaying = takeId;
    for (const [id, card] of this.cards) {
      card.classList.toggle('replaying', id === takeId);
      card.querySelector('.take-replay').disabled = takeId !== null;
      card.querySelector('.take-replay').textContent = id === takeId ? 'Replaying…' : '▶ Replay';
    }
  }

  draw() {
    $('takes-count').textContent = this.items.length ? String(this.items.length) : '';
    if (this.items.length === 0) {
      this.cards.clear();
      this.container.replaceChildren(el('p', { class: 'panel-empty' },
        'No takes yet. Press ', el('kbd', {}, 'R'), ' or ● Rec, direct a few lines, then Stop.'));
      return;
    }
    // Cards are kept across redraws so an open script or a playing video stays as it is.
    const next = new Map();
    for (const t of this.items) {
      const card = this.cards.get(t.id) ?? this.card(t);
      this.update(card, t);
      next.set(t.id, card);
    }
    this.cards = next;
    this.container.replaceChildren(...next.values());
  }

  card(t) {
    return el('article', { class: 'take-card', dataset: { id: String(t.id) } },
      el('header', { class: 'take-head' },
        el('span', { class: 'take-name' }),
        el('span', { class: 'take-meta' })),
      el('details', { class: 'take-script' },
        el('summary', {}, 'Script'),
        el('pre', {})),
      el('div', { class: 'take-actions' },
        el('button', { class: 'ghost small take-replay', type: 'button', onclick: () => this.onReplay(t.id) }, '▶ Replay'),
        el('button', { class: 'ghost small take-render', type: 'button', onclick: () => this.render(t.id) }, 'Render MP4'),
        el('a', { class: 'take-download', download: '', hidden: '' }, '↓ Download MP4')),
      el('div', { class: 'take-progress', hidden: '' },
        el('div', { class: 'progress' }, el('span', { class: 'progress-fill' })),
        el('span', { class: 'progress-text' })),
      el('p', { class: 'take-error', hidden: '' }));
  }

  update(card, t) {
    card.querySelector('.take-name').textContent = t.name ?? `Take ${t.id}`;
    const commands = t.commands ?? 0;
    card.querySelector('.take-meta').textContent =
      `${seconds(t.seconds)} · ${commands} ${commands === 1 ? 'command' : 'commands'}${t.createdAt ? ` · ${when(t.createdAt)}` : ''}`;
    card.querySelector('.take-script pre').textContent = t.script ?? '';
    card.classList.toggle('replaying', this.replaying === t.id);
    const replay = card.querySelector('.take-replay');
    replay.disabled = this.replaying !== null;
    replay.textContent = this.replaying === t.id ? 'Replaying…' : '▶ Replay';

    const r = t.render ?? { status: 'none' };
    const rendering = r.status === 'rendering';
    const done = r.status === 'done' && r.url;
    const button = card.querySelector('.take-render');
    button.disabled = rendering;
    button.textContent = rendering ? 'Rendering…' : r.status === 'failed' ? 'Render again' : done ? '↻' : 'Render MP4';
    button.title = done ? 'Render again' : 'Render this take to an MP4 video (480p, 24 fps)';
    button.classList.toggle('icon-only', Boolean(done));

    const progress = card.querySelector('.take-progress');
    progress.hidden = !rendering;
    const pct = Math.round(Math.max(0, Math.min(1, r.progress ?? 0)) * 100);
    progress.querySelector('.progress-fill').style.width = `${pct}%`;
    progress.querySelector('.progress-text').textContent = `${pct} %`;

    const error = card.querySelector('.take-error');
    error.hidden = r.status !== 'failed';
    error.textContent = r.status === 'failed' ? `Render failed: ${r.error ?? 'no reason given'}` : '';

    const link = card.querySelector('.take-download');
    link.hidden = !done;
    let video = card.querySelector('.take-video');
    if (done) {
      link.href = r.url;
      link.setAttribute('download', `${(t.name ?? `take-${t.id}`).replace(/\s+/g, '-').toLowerCase()}.mp4`);
      if (!video || video.getAttribute('src') !== r.url) {
        video?.remove();
        video = el('video', { class: 'take-video', controls: '', preload: 'metadata', playsinline: '', src: r.url });
        card.append(video);
      }
    } else {
      video?.remove();
    }
  }

  async render(id) {
    const take = this.items.find((t) => t.id === id);
    if (!take) return;
    take.render = { status: 'rendering', progress: 0, url: null, error: null };
    this.draw();
    try {
      const status = await takesApi.render(id, RENDER_OPTIONS.resolution, RENDER_OPTIONS.fps);
      if (status) take.render = { ...take.render, ...status };
      this.draw();
      this.poll(id);
    } catch (e) {
      take.render = { status: 'failed', progress: 0, url: null, error: e.message };
      this.draw();
      toast(e.message, 'error', 8000);
    }
  }

  poll(id) {
    if (this.polls.has(id)) return;
    const worldId = this.worldId;
    const timer = setInterval(async () => {
      let status;
      try {
        status = await takesApi.renderStatus(id);
      } catch (e) {
        status = { status: 'failed', progress: 0, url: null, error: e.message };
      }
      const take = this.items.find((t) => t.id === id);
      if (worldId !== this.worldId || !take) { this.stop(id); return; }
      take.render = { ...take.render, ...status };
      if (status.status !== 'rendering') {
        this.stop(id);
        if (status.status === 'done') toast(`${take.name ?? `Take ${id}`} is rendered.`);
      }
      this.draw();
    }, POLL_MS);
    this.polls.set(id, timer);
  }

  stop(id) {
    clearInterval(this.polls.get(id));
    this.polls.delete(id);
  }

  stopPolling() {
    for (const id of [...this.polls.keys()]) this.stop(id);
  }

  /** What the end-to-end test reads: the takes as the list shows them. */
  get summary() {
    return this.items.map((t) => ({ id: t.id, name: t.name, seconds: t.seconds, commands: t.commands, render: t.render ?? null }));
  }
}
