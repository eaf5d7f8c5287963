// Nacre Studio's web client: plain ES modules, no build step. Routes: #create, #gallery, #world/<id>.
import { worlds } from './api.js';
import { CreateView } from './create.js';
import { GalleryView } from './gallery.js';
import { LiveView } from './live.js';
import { $, toast } from './ui.js';

let resolution = localStorage.getItem('nacre.resolution') ?? '480p';

function setResolution(res) {
  resolution = res;
  localStorage.setItem('nacre.resolution', res);
  for (const b of document.querySelectorAll('.segment')) b.setAttribute('aria-checked', String(b.dataset.res === res));
}

const live = new LiveView({ onLeave: () => { if (location.hash.startsWith('#world/')) location.hash = '#gallery'; } });
const create = new CreateView({
  onEnter: (world) => { location.hash = `#world/${world.id}`; },
  getResolution: () => resolution,
  setResolution,
});
const gallery = new GalleryView({ onOpen: (world) => { location.hash = `#world/${world.id}`; } });

function showView(name) {
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== `view-${name}`;
  for (const t of document.querySelectorAll('.tab')) {
    if (t.dataset.view === name) t.setAttribute('aria-current', 'page');
    else t.removeAttribute('aria-current');
  }
  document.body.classList.toggle('is-live', name === 'live');
}

async function route() {
  const hash = location.hash || '#create';
  const m = /^#world\/([a-z0-9]+)$/.exec(hash);
  if (m) {
    if (live.active && live.world?.id === m[1]) return;
    showView('live');
    try {
      const world = await worlds.get(m[1]);
      await live.open(world, resolution);
    } catch (e) {
      toast(e.message, 'error');
      location.hash = '#gallery';
    }
    return;
  }
  if (live.active) await live.leave();
  if (hash === '#gallery') {
    showView('gallery');
    await gallery.show();
  } else {
    showView('create');
    create.show();
  }
}

async function health() {
  const dot = $('server-status');
  try {
    const r = await fetch('/api/health');
    const h = await r.json();
    dot.className = 'status-dot ok';
    dot.title = `Studio running · ${h.sessions} of ${h.maxSessions} live sessions in use`;
  } catch {
    dot.className = 'status-dot bad';
    dot.title = 'The studio is not answering';
  }
}

$('help-button').addEventListener('click', () => $('help').showModal());
document.addEventListener('keydown', (e) => {
  if (live.active) return;
  const typing = ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName);
  if (!typing && e.key === '?') $('help').showModal();
});
window.addEventListener('hashchange', route);
setResolution(resolution);
route();
gallery.refreshCount();
health();
setInterval(health, 10000);
