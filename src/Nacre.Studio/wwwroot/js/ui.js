// Small shared pieces: element lookup, toasts, time formatting.

export const $ = (id) => document.getElementById(id);

export function toast(text, level = 'info', ms = 5000) {
  const el = document.createElement('div');
  el.className = `toast ${level}`;
  el.textContent = text;
  $('toasts').append(el);
  setTimeout(() => el.remove(), ms);
}

export function when(date) {
  const d = new Date(date);
  const s = (Date.now() - d.getTime()) / 1000;
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

export function randomSeed() {
  const a = new Uint32Array(2);
  crypto.getRandomValues(a);
  // 2^53 keeps it exact in JavaScript; the server accepts up to 2^64 - 1 as a string.
  return String((a[0] % 2097152) * 4294967296 + a[1]);
}
