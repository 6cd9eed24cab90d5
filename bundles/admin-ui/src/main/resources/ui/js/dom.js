// The one DOM helper of the UI. Text is always set as text (never parsed as HTML), so data from the API cannot
// inject markup. Attributes: "class", "for", "on<Event>" (a listener), booleans (present when true), the rest as is.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  let formValue;
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key === 'value' && ['input', 'select', 'textarea'].includes(tag)) {
      formValue = String(value);
    } else if (key === 'checked' || key === 'selected') {
      el[key] = Boolean(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  if (formValue !== undefined) el.value = formValue; // after the options of a select exist
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uniqueCounter = 0;
/** A unique element id with a readable prefix. */
export function uid(prefix) {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** A labelled input: returns {wrap, input}. */
export function field(label, input, help) {
  const id = input.id || uid('f');
  input.id = id;
  const helpEl = help ? h('p', { class: 'help', id: `${id}-help` }, help) : null;
  if (helpEl) input.setAttribute('aria-describedby', helpEl.id);
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), input, helpEl);
  return { wrap, input };
}

/** A status line that screen readers announce. */
export function liveRegion(cls) {
  return h('p', { class: ['live', cls], role: 'status', 'aria-live': 'polite' });
}

/** Sets the text and tone (ok, error, info) of a message element. */
export function say(el, text, tone) {
  el.textContent = text || '';
  el.classList.remove('ok', 'error', 'info');
  if (tone && text) el.classList.add(tone);
}

export function formatTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
}

export function clock(date = new Date()) {
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/** Seconds as plain words: "about 3 minutes". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return 'unknown';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  return `about ${hours} h ${Math.round((seconds % 3600) / 60)} min`;
}

/** A safe external link: only http(s) addresses become links. */
export function externalLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return h('a', { href: u.href, target: '_blank', rel: 'noopener noreferrer' }, text);
    }
  } catch (e) { /* not a URL: plain text below */ }
  return text;
}

/** Reads the query part of the hash route (#/x?a=b) as a plain object. */
export function hashQuery() {
  const q = location.hash.split('?')[1] || '';
  return Object.fromEntries(new URLSearchParams(q));
}

let pendingFlash = null;
/** A message for the next page (e.g. "Saved" after creating something and moving to its page). */
export const flash = {
  set(text) { pendingFlash = text; },
  take() { const t = pendingFlash; pendingFlash = null; return t; },
};

/** A server message as a sentence: its first letter in capitals ("the token is wrong" → "The token is wrong"). */
export function sentence(text) {
  const s = text ? String(text) : '';
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : '';
}
