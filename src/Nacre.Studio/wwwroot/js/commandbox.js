// The command box under the live view: history (↑ / ↓, the last 100 lines kept in localStorage), completion from the
// director's example phrases and the subjects nearby (Tab accepts), and a short log pairing each line sent with the
// server's reply. It only edits text; what a line does is the session's business.
import { $, el } from './ui.js';

const HISTORY_KEY = 'nacre.commands';
const HISTORY_MAX = 100;
const SUGGESTIONS_MAX = 6;
const LOG_MAX = 3;

function loadHistory() {
  try {
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((s) => typeof s === 'string').slice(-HISTORY_MAX) : [];
  } catch {
    return [];
  }
}

export class CommandBox {
  /**
   * @param onSubmit (text) → seq or undefined: sends the line.
   * @param onEscape called on Esc with no suggestion list open.
   */
  constructor({ onSubmit, onEscape }) {
    this.onSubmit = onSubmit;
    this.onEscape = onEscape;
    this.input = $('command');
    this.list = $('suggestions');
    this.log = $('reply-log');
    this.history = loadHistory();
    this.cursor = this.history.length;  // = history.length: editing the draft, not a remembered line
    this.draft = '';
    this.examples = [];
    this.subjects = [];
    this.items = [];                    // suggestions shown: { text, kind, from, to } (from/to: the matched span)
    this.highlight = 0;
    this.chosen = false;                // true once ↑/↓ moved the highlight: Enter then accepts instead of sending
    this.entries = new Map();           // seq → log entry

    $('command-form').addEventListener('submit', (e) => { e.preventDefault(); this.submit(); });
    this.input.addEventListener('input', () => { this.cursor = this.history.length; this.suggest(); });
    this.input.addEventListener('keydown', (e) => this.keydown(e));
    this.input.addEventListener('blur', () => this.close());
    this.input.addEventListener('focus', () => this.suggest());
  }

  focus() {
    this.input.focus();
  }

  get focused() {
    return document.activeElement === this.input;
  }

  setExamples(examples) {
    this.examples = examples.filter((s) => typeof s === 'string');
  }

  setSubjects(subjects) {
    this.subjects = subjects;
  }

  /** Puts text where the caret is (a subject clicked in the picker), with spaces around it as needed. */
  insert(text) {
    const i = this.input;
    const start = i.selectionStart ?? i.value.length;
    const end = i.selectionEnd ?? i.value.length;
    const before = i.value.slice(0, start);
    const after = i.value.slice(end);
    const pre = before && !/\s$/.test(before) ? ' ' : '';
    const post = after && !/^\s/.test(after) ? ' ' : '';
    i.value = `${before}${pre}${text}${post}${after}`;
    const caret = (before + pre + text + post).length;
    i.focus();
    i.setSelectionRange(caret, caret);
    this.cursor = this.history.length;
    this.close();
  }

  /** Replaces the whole line (a "did you mean" chip). */
  fill(text) {
    this.input.value = text;
    this.input.focus();
    this.input.setSelectionRange(text.length, text.length);
    this.cursor = this.history.length;
    this.close();
  }

  keydown(e) {
    const open = !this.list.hidden && this.items.length > 0;
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const n = this.items.length;
      this.highlight = (this.highlight + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.chosen = true;
      this.drawSuggestions();
    } else if (open && (e.key === 'Tab' || (e.key === 'Enter' && this.chosen))) {
      e.preventDefault();
      this.accept(this.highlight);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      this.walkHistory(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (open) this.close(); else this.onEscape();
    }
  }

  walkHistory(step) {
    if (this.history.length === 0) return;
    if (this.cursor === this.history.length) this.draft = this.input.value;
    this.cursor = Math.max(0, Math.min(this.history.length, this.cursor + step));
    const text = this.cursor === this.history.length ? this.draft : this.history[this.cursor];
    this.input.value = text;
    this.input.setSelectionRange(text.length, text.length);
    this.close();
  }

  remember(text) {
    if (this.history[this.history.length - 1] !== text) this.history.push(text);
    if (this.history.length > HISTORY_MAX) this.history.splice(0, this.history.length - HISTORY_MAX);
    try { localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history)); } catch { /* private mode: history lasts the page */ }
    this.cursor = this.history.length;
    this.draft = '';
  }

  submit() {
    const text = this.input.value.trim();
    if (!text) return;
    this.remember(text);
    this.input.value = '';
    this.close();
    this.onSubmit(text);
  }

  // Completion ------------------------------------------------------------------------------------------------------

  suggest() {
    const text = this.input.value;
    this.items = this.focused && text.trim() ? this.match(text) : [];
    this.highlight = 0;
    this.chosen = false;
    this.drawSuggestions();
  }

  /**
   * Whole-line examples that start with what was typed come first, then those containing every typed word; then the
   * line with its last words completed to a subject's name ("look at the ca" → "look at the cabin").
   */
  match(text) {
    const typed = text.toLowerCase();
    const trimmed = typed.trim();
    const words = trimmed.split(/\s+/);
    const out = [];
    const seen = new Set([trimmed]);
    const add = (item) => {
      const key = item.text.toLowerCase();
      if (seen.has(key) || out.length >= SUGGESTIONS_MAX) return;
      seen.add(key);
      out.push(item);
    };
    for (const s of this.subjectCompletions(text)) add(s);
    for (const ex of this.examples) {
      if (ex.toLowerCase().startsWith(trimmed)) add({ text: ex, kind: 'example', from: 0, to: trimmed.length });
    }
    for (const ex of this.examples) {
      const lower = ex.toLowerCase();
      if (words.every((w) => lower.includes(w))) {
        const at = lower.indexOf(words[words.length - 1]);
        add({ text: ex, kind: 'example', from: at, to: at + words[words.length - 1].length });
      }
    }
    return out;
  }

  subjectCompletions(text) {
    const out = [];
    // Every start of a word in the line is a candidate beginning of a subject's name.
    const starts = [...text.matchAll(/(^|\s)(?=\S)/g)].map((m) => m.index + m[1].length);
    for (const subject of this.subjects) {
      for (const start of starts) {
        const tail = text.slice(start).toLowerCase();
        if (tail.length < 2) continue;
        const name = subject.name.toLowerCase();
        const label = (subject.label ?? '').toLowerCase();
        if ((name.startsWith(tail) && name !== tail) || (label.startsWith(tail) && label !== tail)) {
          const line = text.slice(0, start) + subject.name;
          out.push({ text: line, kind: 'subject', from: start, to: line.length });
          break;
        }
      }
    }
    return out;
  }

  drawSuggestions() {
    this.list.hidden = this.items.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.list.replaceChildren(...this.items.map((item, i) => el('li', {
      class: 'suggestion', role: 'option', 'aria-selected': String(i === this.highlight),
      onmousedown: (e) => e.preventDefault(),       // keep the focus in the box
      onclick: () => this.accept(i),
    },
    el('span', { class: 'suggestion-text' },
      item.text.slice(0, item.from), el('mark', {}, item.text.slice(item.from, item.to)), item.text.slice(item.to)),
    el('span', { class: 'suggestion-kind' }, item.kind),
    i === this.highlight ? el('kbd', {}, 'Tab') : null)));
  }

  accept(i) {
    const item = this.items[i];
    if (!item) return;
    this.fill(item.text);
  }

  close() {
    this.items = [];
    this.chosen = false;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  // The log ---------------------------------------------------------------------------------------------------------

  /** A line was sent as input seq: it shows in the log until its reply arrives. */
  sent(seq, text) {
    const entry = el('li', { class: 'exchange pending' },
      el('span', { class: 'exchange-cmd' }, text),
      el('span', { class: 'exchange-reply' }, '…'));
    this.entries.set(seq, entry);
    this.log.prepend(entry);          // newest first, right under the box
    while (this.log.children.length > LOG_MAX) {
      const oldest = this.log.lastElementChild;
      for (const [k, v] of this.entries) if (v === oldest) this.entries.delete(k);
      oldest.remove();
    }
  }

  /** The server's reply: accepted lines in the normal colour, refused ones in red with a "did you mean" chip. */
  reply(msg) {
    let entry = this.entries.get(msg.seq);
    if (!entry) {
      entry = el('li', { class: 'exchange' }, el('span', { class: 'exchange-cmd' }, ''), el('span', { class: 'exchange-reply' }));
      this.log.prepend(entry);
      if (this.log.children.length > LOG_MAX) this.log.lastElementChild.remove();
    }
    this.entries.delete(msg.seq);
    const ok = msg.ok !== false;
    entry.className = `exchange ${ok ? 'ok' : 'refused'}`;
    const reply = entry.querySelector('.exchange-reply');
    reply.replaceChildren(msg.text ?? '');
    if (!ok && msg.suggestion) {
      reply.append(' ', el('button', {
        class: 'did-you-mean', type: 'button', title: 'Put this in the command box',
        onclick: () => this.fill(msg.suggestion),
      }, el('span', { class: 'did-you-mean-label' }, 'did you mean'), ` ${msg.suggestion}`));
    }
  }

  /** A line from the session itself, not a reply ("Take 1 replayed to the end"). */
  note(text) {
    this.log.prepend(el('li', { class: 'exchange note' }, el('span', { class: 'exchange-reply' }, text)));
    while (this.log.children.length > LOG_MAX) this.log.lastElementChild.remove();
  }

  clearLog() {
    this.entries.clear();
    this.log.replaceChildren();
  }
}
