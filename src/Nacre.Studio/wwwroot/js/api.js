// The studio's HTTP API (docs/api.md), with errors turned into sentences for people.

export class StudioError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function api(method, path, body, token) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new StudioError('The studio is not answering. Is `./nacre studio` still running?', 0);
  }
  if (res.status === 204) return null;
  let data = null;
  try { data = await res.json(); } catch { /* not JSON: fall through to the status */ }
  if (!res.ok) {
    throw new StudioError(data?.error ?? `The studio answered ${res.status} ${res.statusText}.`, res.status);
  }
  return data;
}

export const worlds = {
  list: () => api('GET', '/api/worlds'),
  get: (id) => api('GET', `/api/worlds/${encodeURIComponent(id)}`),
  create: (prompt, seed, name) => api('POST', '/api/worlds', { prompt, seed, name }),
  rename: (id, name) => api('PATCH', `/api/worlds/${encodeURIComponent(id)}`, { name }),
  remove: (id) => api('DELETE', `/api/worlds/${encodeURIComponent(id)}`),
  remix: (id, prompt, seed) => api('POST', `/api/worlds/${encodeURIComponent(id)}/remix`, { prompt, seed }),
  remake: (id) => api('POST', `/api/worlds/${encodeURIComponent(id)}/remake`),
};

export const understand = (prompt, seed) => api('POST', '/api/understand', { prompt, seed });

export const sessions = {
  start: (worldId, resolution) => api('POST', '/api/sessions', { worldId, resolution }),
  end: (id, token) => api('DELETE', `/api/sessions/${encodeURIComponent(id)}`, undefined, token),
};

export const directing = {
  vocabulary: () => api('GET', '/api/direct/vocabulary'),
};

export const takes = {
  list: (worldId) => api('GET', `/api/worlds/${encodeURIComponent(worldId)}/takes`),
  render: (id, resolution, fps) => api('POST', `/api/takes/${encodeURIComponent(id)}/render`, { resolution, fps }),
  renderStatus: (id) => api('GET', `/api/takes/${encodeURIComponent(id)}/render`),
};

export function previewUrl(kind, prompt, seed) {
  return `/api/preview/${kind}?prompt=${encodeURIComponent(prompt)}&seed=${encodeURIComponent(seed)}`;
}
