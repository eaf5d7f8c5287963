// Direct mode of the live view: the camera is directed in words instead of walked. Beside the picture: a command box
// (history, completion), the subjects nearby, a camera HUD (lens, sensor, shot size, angle, height), Record / Stop,
// and the world's takes with Replay and Render. The server owns every state shown here; this module sends what the
// user asked for and draws what the server says (docs/api.md, "Directing in a live session").
import { directing } from './api.js';
import { CommandBox } from './commandbox.js';
import { TakeList } from './takes.js';
import { $, el, toast } from './ui.js';

// Shot-list abbreviations → what they mean, for the HUD's tooltip and second line.
const SHOT_NAMES = {
  EWS: 'extreme wide', ELS: 'extreme long', WS: 'wide', LS: 'long', FS: 'full', MWS: 'medium wide', MLS: 'medium long',
  MS: 'medium', MCU: 'medium close-up', CU: 'close-up', ECU: 'extreme close-up', XCU: 'extreme close-up',
  OTS: 'over the shoulder', POV: 'point of view', TWO: 'two shot',
};

const number = (v, digits = 1) => (Number.isInteger(v) ? String(v) : Number(v).toFixed(digits));

/** 64.25 s → "1:04.2". */
export function timecode(s) {
  const t = Math.max(0, s);
  const m = Math.floor(t / 60);
  return `${m}:${(t - m * 60).toFixed(1).padStart(4, '0')}`;
}

export class DirectMode {
  /** @param live the LiveView: its send(msg) → seq puts a message on the session's socket. */
  constructor(live) {
    this.live = live;
    this.mode = 'wander';
    this.hud = null;            // the last hud message, as sent
    this.hudAt = 0;             // performance.now() when it arrived, to run the REC and replay clocks between updates
    this.lastReply = null;
    this.replies = [];          // every reply of this session: { seq, ok, text, suggestion, command }
    this.lastReplayed = null;   // id of the take whose replay ended last
    this.subjects = [];
    this.worldId = null;
    this.vocabularyLoaded = false;
    this.commands = new Map();  // seq → line sent (or action, "● record"), so a reply can be paired with it
    this.pending = null;        // seq of a Record or Stop the server has not answered yet
    this.subjectsTimer = 0;

    this.box = new CommandBox({ onSubmit: (text) => this.command(text), onEscape: () => this.escape() });
    this.takes = new TakeList({ onReplay: (id) => this.replay(id) });
    for (const b of document.querySelectorAll('.mode-segment')) b.addEventListener('click', () => this.setMode(b.dataset.mode));
    $('record').addEventListener('click', () => this.record());
    $('stop').addEventListener('click', () => this.stop());
    $('subjects-refresh').addEventListener('click', () => this.requestSubjects());
    // A walk key held while the focus moves into the box would never see its key-up there.
    this.box.input.addEventListener('focus', () => this.live.send({ t: 'release' }));
  }

  get active() {
    return this.mode === 'direct';
  }

  get recording() {
    return Boolean(this.hud?.recording);
  }

  get replaying() {
    return Boolean(this.hud?.replaying);
  }

  /** A new session on world: back to Wander with nothing carried over but the command history. */
  reset(world) {
    this.worldId = world.id;
    this.hud = null;
    this.lastReply = null;
    this.replies = [];
    this.lastReplayed = null;
    this.subjects = [];
    this.commands.clear();
    this.pending = null;
    this.box.clearLog();
    this.box.setSubjects([]);
    this.takes.setReplaying(null);
    this.drawSubjects();
    this.applyMode('wander');
    this.drawHud();
  }

  leave() {
    this.takes.stopPolling();
    clearTimeout(this.subjectsTimer);
    this.applyMode('wander');
  }

  /** Asks the server for a mode and shows it at once; the server's {"t":"mode"} answer has the last word. */
  setMode(mode) {
    if (mode === this.mode || !this.live.active) return;
    this.live.send({ t: 'mode', mode });
    this.applyMode(mode);
  }

  toggleMode() {
    this.setMode(this.active ? 'wander' : 'direct');
  }

  applyMode(mode) {
    const entering = mode === 'direct' && this.mode !== 'direct';
    this.mode = mode;
    const direct = mode === 'direct';
    $('view-live').classList.toggle('directing', direct);
    $('direct-panel').hidden = !direct;
    $('direct-dock').hidden = !direct;
    for (const b of document.querySelectorAll('.mode-segment')) b.setAttribute('aria-checked', String(b.dataset.mode === mode));
    if (!direct) {
      this.box.close();
      this.box.input.blur();
    }
    if (entering && this.live.active) {
      document.exitPointerLock?.();
      this.requestSubjects();
      this.loadVocabulary();
      if (this.worldId) this.takes.load(this.worldId);
      this.box.focus();
    }
  }

  async loadVocabulary() {
    if (this.vocabularyLoaded) return;
    try {
      const v = await directing.vocabulary();
      this.box.setExamples(Array.isArray(v?.examples) ? v.examples : []);
      this.vocabularyLoaded = true;
    } catch (e) {
      console.warn('direct vocabulary unavailable:', e.message);
    }
  }

  // Sending ---------------------------------------------------------------------------------------------------------

  /** Sends msg and logs it under the box as label until its reply comes; returns its seq, or undefined offline. */
  action(msg, label) {
    const seq = this.live.send(msg);
    if (seq === undefined) {
      toast('Not connected: nothing was sent.', 'error');
      return undefined;
    }
    this.commands.set(seq, label);
    if (this.active) this.box.sent(seq, label);
    return seq;
  }

  /** A typed line (the box shows only in Direct mode, where commands steer the camera). */
  command(text) {
    this.action({ t: 'cmd', text }, text);
  }

  // Record, Stop and Replay wait for the server's reply (their buttons are disabled meanwhile); the hud messages that
  // follow say what is recording or replaying.
  record() {
    if (!this.active || this.recording || this.replaying || this.pending) return;
    this.pending = this.action({ t: 'record' }, '● record') ?? null;
    this.drawHud();
  }

  stop() {
    if (!this.active || !(this.recording || this.replaying) || this.pending) return;
    this.pending = this.action({ t: 'stop' }, this.recording ? '■ stop' : '■ stop the replay') ?? null;
    this.drawHud();
  }

  toggleRecording() {
    if (this.recording || this.replaying) this.stop(); else this.record();
  }

  replay(takeId) {
    if (!this.active) this.setMode('direct');
    const name = this.takes.items.find((t) => t.id === takeId)?.name ?? `take ${takeId}`;
    if (this.action({ t: 'replay', take: takeId }, `▶ replay ${name}`) !== undefined) this.takes.setReplaying(takeId);
  }

  requestSubjects() {
    if (!this.live.active) return;
    $('subjects-refresh').classList.add('spinning');
    this.live.send({ t: 'subjects' });
  }

  /** Esc in the box frees the keyboard for R, M and the other keys. */
  escape() {
    this.box.input.blur();
  }

  // Receiving -------------------------------------------------------------------------------------------------------

  /** Handles a server text message; returns false for those it does not know. */
  text(msg) {
    switch (msg.t) {
      case 'reply': this.reply(msg); return true;
      case 'mode': if (msg.mode === 'direct' || msg.mode === 'wander') this.applyMode(msg.mode); return true;
      case 'hud': this.hud = msg; this.hudAt = performance.now(); this.drawHud(); return true;
      case 'subjects': this.setSubjects(msg.items ?? []); return true;
      case 'take': if (msg.take) this.takes.upsert(msg.take); return true;
      case 'replayed': {
        const name = this.takes.items.find((t) => t.id === msg.take)?.name ?? `Take ${msg.take}`;
        if (this.active) this.box.note(msg.how === 'stopped' ? `■ ${name}: replay stopped` : `■ ${name} replayed to the end`);
        this.lastReplayed = msg.take;
        this.takes.setReplaying(null);
        if (this.hud) this.hud = { ...this.hud, replaying: null };
        this.drawHud();
        return true;
      }
      default: return false;
    }
  }

  reply(msg) {
    const entry = {
      seq: msg.seq, ok: msg.ok !== false, text: msg.text ?? '', suggestion: msg.suggestion ?? null,
      command: this.commands.get(msg.seq) ?? null,
    };
    this.commands.delete(msg.seq);
    if (this.pending === msg.seq) {
      this.pending = null;
      this.drawHud();
    }
    // A refused replay leaves the take list as it was.
    if (!entry.ok && this.takes.replaying !== null && !this.replaying) this.takes.setReplaying(null);
    this.lastReply = entry;
    this.replies.push(entry);
    if (this.replies.length > 200) this.replies.shift();
    if (this.active) {
      this.box.reply(msg);
      // What a line placed or removed may change the subjects nearby.
      if (entry.ok) {
        clearTimeout(this.subjectsTimer);
        this.subjectsTimer = setTimeout(() => this.requestSubjects(), 400);
      }
    } else {
      toast(entry.text, entry.ok ? 'info' : 'error', 6000);
    }
  }

  setSubjects(items) {
    $('subjects-refresh').classList.remove('spinning');
    this.subjects = items;
    this.box.setSubjects(items);
    this.drawSubjects();
  }

  drawSubjects() {
    const list = $('subjects');
    if (this.subjects.length === 0) {
      list.replaceChildren(el('li', { class: 'panel-empty' }, this.live.active ? 'Nothing named nearby.' : ''));
      return;
    }
    const current = this.hud?.subject ?? null;
    list.replaceChildren(...this.subjects.map((s) => el('li', { class: `subject${s.name === current ? ' current' : ''}`, dataset: { name: s.name } },
      el('button', {
        class: 'subject-pick', type: 'button',
        title: `Insert “${s.name}” in the command box${s.count > 1 ? ` (the nearest of ${s.count})` : ''}`,
        onclick: () => this.box.insert(s.name),
      },
      el('span', { class: 'subject-label' }, s.label ?? s.name),
      el('span', { class: 'subject-distance' }, Number.isFinite(s.distance) ? `${s.distance.toFixed(0)} m` : '')),
      el('button', {
        class: 'subject-look', type: 'button', title: `Look at ${s.name}`, 'aria-label': `Look at ${s.name}`,
        onclick: () => this.command(`look at ${s.name}`),
      }, '◎'))));
  }

  // The camera HUD --------------------------------------------------------------------------------------------------

  drawHud() {
    const h = this.hud;
    const has = (k) => h && h[k] !== undefined && h[k] !== null;
    $('hud-lens').textContent = has('lens') ? `${number(h.lens)} mm${has('fov') ? ` · ${number(h.fov)}°` : ''}` : '–';
    $('hud-sensor').textContent = has('sensor') ? h.sensor : '–';
    const shot = $('hud-shot');
    shot.textContent = has('shot') ? `${h.shot}${SHOT_NAMES[h.shot] ? ` · ${SHOT_NAMES[h.shot]}` : ''}` : '–';
    $('hud-angle').textContent = has('angle') ? h.angle : '–';
    $('hud-height').textContent = has('height') ? `${number(h.height)} m` : '–';
    $('hud-subject').textContent = has('subject') ? h.subject : 'none';
    $('hud-moving').hidden = !h?.moving;

    const stoppable = this.recording || this.replaying;
    $('record').hidden = stoppable;
    $('stop').hidden = !stoppable;
    $('record').disabled = this.pending !== null;
    $('stop').disabled = this.pending !== null;
    $('stop').title = this.replaying ? 'Stop the replay (R)' : 'Stop recording and save the take (R)';
    $('rec-badge').hidden = !this.recording;
    $('view-live').classList.toggle('recording', this.recording);

    const r = h?.replaying;
    $('replay-badge').hidden = !r;
    if (r) this.takes.setReplaying(r.take);
    this.drawClocks();
    for (const li of document.querySelectorAll('#subjects .subject')) {
      li.classList.toggle('current', li.dataset.name === h?.subject);
    }
  }

  /** Runs every animation frame: the REC time and the replay position move on between hud messages. */
  drawClocks() {
    const h = this.hud;
    if (!h) return;
    const since = (performance.now() - this.hudAt) / 1000;
    if (h.recording) {
      const t = timecode((h.recordSeconds ?? 0) + since);
      $('rec-time').textContent = t;
      $('stop-time').textContent = t;
    } else if (!h.replaying) {
      $('stop-time').textContent = '';
    }
    const r = h.replaying;
    if (r) {
      const of = Number(r.of) || 0;
      const at = Math.min(of, (Number(r.seconds) || 0) + since);
      $('replay-text').textContent = `replaying ${this.takes.items.find((t) => t.id === r.take)?.name ?? 'a take'} — ${at.toFixed(1)} / ${of.toFixed(1)} s`;
      $('replay-fill').style.width = `${of > 0 ? (100 * at) / of : 0}%`;
    }
  }

  /** What the end-to-end test and curious people read through window.nacreStudio.stats. */
  get stats() {
    return {
      mode: this.mode,
      hud: this.hud,
      lastReply: this.lastReply,
      replies: this.replies,
      lastReplayed: this.lastReplayed,
      subjects: this.subjects,
      takes: this.takes.summary,
    };
  }
}
