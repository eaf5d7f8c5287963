// Gallery: every saved world as a card (thumbnail, name, prompt, generator version); open, remix, remake, rename, delete.
import { worlds } from './api.js';
import { $, el, toast, when } from './ui.js';

export class GalleryView {
  constructor({ onOpen }) {
    this.onOpen = onOpen;
    this.remixing = null;
    this.renaming = null;
    $('remix-form').addEventListener('submit', (e) => this.submitRemix(e));
    $('rename-form').addEventListener('submit', (e) => this.submitRename(e));
  }

  async show() {
    try {
      const list = await worlds.list();
      this.render(list);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  async refreshCount() {
    try {
      const list = await worlds.list();
      $('gallery-count').textContent = list.length ? String(list.length) : '';
    } catch { /* the status dot already says the server is away */ }
  }

  render(list) {
    $('gallery-count').textContent = list.length ? String(list.length) : '';
    $('gallery-empty').hidden = list.length > 0;
    $('gallery').replaceChildren(...list.map((w) => this.card(w)));
  }

  card(w) {
    const thumb = el('button', { class: 'world-thumb', type: 'button', title: `Open ${w.name}`, onclick: () => this.onOpen(w) },
      w.thumbnail ? el('img', { src: w.thumbnail, alt: '', loading: 'lazy' }) : el('span', { class: 'no-thumb' }),
      el('span', { class: 'play' }, 'Open ▸'));
    return el('article', { class: 'world-card', dataset: { id: w.id } },
      thumb,
      el('div', { class: 'world-body' },
        el('div', { class: 'world-name' }, w.name),
        el('div', { class: 'world-prompt', title: w.prompt }, w.prompt),
        el('div', { class: 'world-meta' }, versionBadge(w), `seed ${w.seed} · ${when(w.updatedAt)}`)),
      el('div', { class: 'world-actions' },
        el('button', { class: 'ghost open', type: 'button', onclick: () => this.onOpen(w) }, 'Open'),
        el('button', { class: 'ghost remix', type: 'button', onclick: () => this.openRemix(w) }, 'Remix'),
        outdated(w)
          ? el('button', { class: 'ghost remake', type: 'button', title: `A new world from the same prompt and seed, made with generator v${w.currentGenerator}; this one stays as it is`, onclick: () => this.remake(w) }, `Remake with v${w.currentGenerator}`)
          : null,
        el('button', { class: 'ghost rename', type: 'button', onclick: () => this.openRename(w) }, 'Rename'),
        el('button', { class: 'ghost delete danger-text', type: 'button', onclick: () => this.remove(w) }, 'Delete')));
  }

  openRemix(w) {
    this.remixing = w;
    $('remix-of').textContent = `“${w.name}”`;
    $('remix-prompt').value = w.prompt;
    $('remix-seed').value = w.seed;
    $('remix-error').hidden = true;
    $('remix').showModal();
  }

  async submitRemix(e) {
    if (e.submitter?.value !== 'go') return;
    e.preventDefault();
    const w = this.remixing;
    const prompt = $('remix-prompt').value.trim();
    const seed = $('remix-seed').value.trim();
    try {
      const remix = await worlds.remix(w.id, prompt === w.prompt ? undefined : prompt, seed === w.seed ? undefined : seed);
      $('remix').close();
      toast(`Saved “${remix.name}”.`);
      this.onOpen(remix);
    } catch (err) {
      $('remix-error').textContent = err.message;
      $('remix-error').hidden = false;
    }
  }

  async remake(w) {
    try {
      const remake = await worlds.remake(w.id);
      toast(`Saved “${remake.name}”, made with generator v${remake.generator}.`);
      this.onOpen(remake);
    } catch (err) {
      toast(err.message, 'error');
    }
  }

  openRename(w) {
    this.renaming = w;
    $('rename-name').value = w.name;
    $('rename').showModal();
    $('rename-name').select();
  }

  async submitRename(e) {
    if (e.submitter?.value !== 'go' && e.submitter !== null) return;
    try {
      await worlds.rename(this.renaming.id, $('rename-name').value);
      await this.show();
    } catch (err) {
      toast(err.message, 'error');
    }
  }

  async remove(w) {
    if (!confirm(`Delete “${w.name}”? Its edits and takes go with it.`)) return;
    try {
      await worlds.remove(w.id);
      toast(`Deleted “${w.name}”.`);
      await this.show();
    } catch (err) {
      toast(err.message, 'error');
    }
  }
}

// A world made with an older generator than the studio's current one (it is still rebuilt exactly as it was made).
export function outdated(w) {
  return w.generator < w.currentGenerator;
}

// The small "v1" badge: which generator made the world, and on older ones that a remake would use the current one.
export function versionBadge(w) {
  const old = outdated(w);
  return el('span', {
    class: old ? 'gen-badge old' : 'gen-badge',
    title: old ? `made with generator v${w.generator}; remake to use v${w.currentGenerator}` : `made with generator v${w.generator}, the current one`,
    dataset: { generator: String(w.generator) },
  }, `v${w.generator}`);
}
