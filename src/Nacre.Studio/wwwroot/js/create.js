// Create: the prompt box. Concepts appear as you type (debounced), a preview still and map a moment later,
// and Enter saves the world and walks into it.
import { understand, worlds, previewUrl } from './api.js';
import { $, el, randomSeed } from './ui.js';

const EXAMPLES = [
  'a foggy pine forest at dusk with a wooden cabin by a lake',
  'a misty fjord with a fishing village and boats',
  'a sunny beach with palm trees and no buildings',
  'red barn and a windmill in rolling farmland at golden hour',
];

export class CreateView {
  constructor({ onEnter, getResolution, setResolution }) {
    this.onEnter = onEnter;
    this.getResolution = getResolution;
    this.setResolution = setResolution;
    this.asked = 0;       // sequence of understand calls, so a slow answer never overwrites a newer one
    this.previewKey = '';
    this.understandTimer = 0;
    this.previewTimer = 0;
    this.busy = false;

    const prompt = $('prompt');
    prompt.addEventListener('input', () => this.changed());
    prompt.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); this.enter(); }
    });
    $('seed').addEventListener('input', () => this.changed());
    $('seed').addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); this.enter(); } });
    $('seed-dice').addEventListener('click', () => { $('seed').value = randomSeed(); this.changed(); });
    $('enter').addEventListener('click', () => this.enter());
    for (const b of document.querySelectorAll('.segment')) {
      b.addEventListener('click', () => this.setResolution(b.dataset.res));
    }
    const examples = $('examples');
    examples.append(el('span', { class: 'examples-label' }, 'Try'));
    for (const text of EXAMPLES) {
      examples.append(el('button', { class: 'example', type: 'button', onclick: () => { prompt.value = text; this.changed(true); prompt.focus(); } }, text));
    }
  }

  show() {
    $('prompt').focus();
  }

  changed(now = false) {
    const text = $('prompt').value;
    $('prompt-count').textContent = `${text.length} / 2000`;
    $('enter').disabled = text.trim().length === 0;
    clearTimeout(this.understandTimer);
    clearTimeout(this.previewTimer);
    this.understandTimer = setTimeout(() => this.understand(), now ? 0 : 220);
    this.previewTimer = setTimeout(() => this.preview(), now ? 50 : 650);
  }

  async understand() {
    const text = $('prompt').value.trim();
    const ask = ++this.asked;
    if (!text) {
      this.showConcepts(null);
      return;
    }
    try {
      const u = await understand(text, this.seed());
      if (ask === this.asked) {
        this.showConcepts(u);
        this.error(null);
      }
    } catch (e) {
      if (ask === this.asked) this.error(e.message);
    }
  }

  showConcepts(u) {
    const concepts = $('concepts');
    const unknown = $('unrecognized');
    concepts.replaceChildren();
    unknown.replaceChildren();
    if (!u || u.concepts.length === 0) {
      concepts.append(el('span', { class: 'placeholder' }, u ? 'nothing recognised yet — try nouns like forest, lake, cabin, dusk' : 'concepts appear as you type'));
    } else {
      for (const c of u.concepts) concepts.append(el('span', { class: 'chip' }, c));
    }
    $('unrecognized-row').hidden = !u || u.unrecognized.length === 0;
    for (const w of u?.unrecognized ?? []) unknown.append(el('span', { class: 'chip unknown', title: 'Nacre could not use this word' }, w));
  }

  preview() {
    const text = $('prompt').value.trim();
    const seed = this.seed();
    const key = `${seed}\n${text}`;
    if (!text || key === this.previewKey || seed === null) return;
    this.previewKey = key;
    this.loadImage('still', previewUrl('still', text, seed), key);
    this.loadImage('map', previewUrl('map', text, seed), key);
  }

  // A preview refused while the studio is busy (429) is asked for again, twice at most, 2 s apart.
  loadImage(kind, url, key, tries = 0) {
    const frame = $(`${kind}-frame`);
    const img = $(kind);
    frame.classList.add('loading');
    const next = new Image();
    next.onload = () => {
      if (key !== this.previewKey) return;
      img.src = next.src;
      img.hidden = false;
      $(`${kind}-hint`).hidden = true;
      frame.classList.remove('loading');
    };
    next.onerror = () => {
      if (key !== this.previewKey) return;
      if (tries < 2) setTimeout(() => this.loadImage(kind, url, key, tries + 1), 2000);
      else frame.classList.remove('loading');
    };
    next.src = url;
  }

  seed() {
    const s = $('seed').value.trim();
    if (s === '') return '1';
    return /^\d{1,20}$/.test(s) ? s : null;
  }

  error(text) {
    $('create-error').hidden = !text;
    $('create-error').textContent = text ?? '';
  }

  async enter() {
    const text = $('prompt').value.trim();
    if (!text || this.busy) return;
    const seed = this.seed();
    if (seed === null) {
      this.error('The seed must be a whole number, like 42 (or leave it empty for 1).');
      return;
    }
    this.busy = true;
    $('enter').disabled = true;
    try {
      const world = await worlds.create(text, seed);
      this.error(null);
      await this.onEnter(world);
    } catch (e) {
      this.error(e.message);
    } finally {
      this.busy = false;
      $('enter').disabled = $('prompt').value.trim().length === 0;
    }
  }
}
