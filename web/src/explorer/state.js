// The view as URL parameters: what a shared link restores.
export const LIMITS = { kMin: 1, kMax: 10, depthMin: 1, depthMax: 3, limitMin: 1, limitMax: 1000 };

const defaults = { actor: '', to: '', k: 3, depth: 1, limit: 200, domain: '', view: 'network', groupBy: 'COUNTRY', layout: 'rings' };

function clampInt(text, min, max, fallback) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Reads the view from a query string; anything out of range falls back to a valid value. */
export function readState(search) {
  const p = new URLSearchParams(search);
  const id = (v) => (typeof v === 'string' && /^actor:[A-Za-z0-9._:-]{1,200}$/.test(v) ? v : '');
  return {
    actor: id(p.get('actor')),
    to: id(p.get('to')),
    k: clampInt(p.get('k'), LIMITS.kMin, LIMITS.kMax, defaults.k),
    depth: clampInt(p.get('depth'), LIMITS.depthMin, LIMITS.depthMax, defaults.depth),
    limit: clampInt(p.get('limit'), LIMITS.limitMin, LIMITS.limitMax, defaults.limit),
    domain: /^domain:[a-z0-9-]{1,100}$/.test(p.get('domain') ?? '') ? p.get('domain') : '',
    view: p.get('view') === 'heatmap' ? 'heatmap' : 'network',
    groupBy: p.get('groupBy') === 'REGION' ? 'REGION' : 'COUNTRY',
    layout: p.get('layout') === 'force' ? 'force' : 'rings',
  };
}

/** The query string of a view, leaving out what equals the defaults. */
export function writeState(state) {
  const p = new URLSearchParams();
  for (const key of Object.keys(defaults)) {
    const value = state[key];
    if (value !== '' && value !== undefined && String(value) !== String(defaults[key])) p.set(key, String(value));
  }
  const text = p.toString();
  return text ? `?${text}` : '';
}
