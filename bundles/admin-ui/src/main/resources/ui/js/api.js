// The one way the UI talks to the server: the public REST API under /api/v1, JSON in and out, the session cookie
// plus the CSRF token on every call that changes something. A 401 anywhere ends the session in the UI.

const BASE = '/api/v1';
// Only a hint that a session cookie may exist (the cookie itself is HttpOnly): without it the UI shows the sign-in
// page at once instead of asking the server and logging a 401.
const HINT = 'ledgerbridge.signedIn';

let session = null;
let signedOutListener = () => {};

/** An error answer of the API, with the per-field messages when the server named fields. */
export class ApiError extends Error {
  constructor(status, message, fields = []) {
    super(message);
    this.status = status;
    this.fields = fields;
  }

  /** The message of one field, or undefined. */
  fieldMessage(name) {
    const f = this.fields.find((x) => x.field === name);
    return f ? f.message : undefined;
  }
}

export function currentSession() {
  return session;
}

/** Called with a reason ("expired" or "signed-out") whenever the session ends. */
export function onSignedOut(listener) {
  signedOutListener = listener;
}

/** A call of the API; body is sent as JSON, or as it is when contentType is given (e.g. text/csv). */
export async function request(method, path, body, contentType) {
  const headers = { 'X-Requested-With': 'ledgerbridge-ui', Accept: 'application/json' };
  if (method !== 'GET' && session && session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  let res;
  try {
    res = await fetch(BASE + path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined || contentType ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached. Check the network and try again.');
  }
  const data = res.status === 204 ? null : await readJson(res);
  if (res.ok) return data;
  const error = toError(res, data);
  if (res.status === 401 && !path.startsWith('/session')) expire();
  throw error;
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);
/** POSTs text as it is, e.g. a CSV file with its Content-Type. */
export const postText = (path, text, contentType) => request('POST', path, text, contentType);
export const put = (path, body) => request('PUT', path, body);
export const del = (path) => request('DELETE', path);

/** Builds "?a=1&b=2" from the non-empty values of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;

async function readJson(res) {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch (e) {
    return { message: text.slice(0, 200) };
  }
}

// Both shapes are read: {"error":{"status","message","fields":[…]}} and {"status","message","errors":[…]}.
function toError(res, data) {
  const body = (data && data.error && typeof data.error === 'object') ? data.error : (data || {});
  const fields = body.fields || body.errors || [];
  let message = body.message || plainStatus(res.status);
  if (res.status === 429) {
    const wait = res.headers.get('Retry-After');
    message = `Too many attempts. Please wait${wait ? ` ${wait} seconds` : ' a moment'} and try again.`;
  }
  return new ApiError(res.status, message, Array.isArray(fields) ? fields : []);
}

function plainStatus(status) {
  switch (status) {
    case 401: return 'Please sign in.';
    case 403: return 'You are not allowed to do this.';
    case 404: return 'Not found — it may have been removed, or it is not yours.';
    case 409: return 'This conflicts with the current state; reload and try again.';
    default: return `The server answered ${status}. Please try again.`;
  }
}

function expire() {
  const wasSignedIn = session !== null;
  session = null;
  localStorage.removeItem(HINT);
  if (wasSignedIn) signedOutListener('expired');
}

/** Signs in; returns the session or throws an ApiError (401 wrong password, 403 no role, 429 too many). */
export async function signIn(user, password) {
  session = await post('/session', { user, password });
  localStorage.setItem(HINT, '1');
  return session;
}

/** The current session from the server, or null when signed out. */
export async function loadSession() {
  if (!localStorage.getItem(HINT)) return null;
  try {
    session = await get('/session');
    return session;
  } catch (e) {
    if (e.status === 401) {
      localStorage.removeItem(HINT);
      return null;
    }
    throw e;
  }
}

export async function signOut() {
  try {
    await del('/session');
  } finally {
    session = null;
    localStorage.removeItem(HINT);
    signedOutListener('signed-out');
  }
}
