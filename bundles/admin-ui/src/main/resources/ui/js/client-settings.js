// A client's connection inherits every setting it leaves empty from its partner's connection: these helpers pick
// the fields the client must fill itself and send only what the user changed. The server owns the rule: it says
// per field whether a saved value is the client's own or the partner's (`origins` of GET …/settings), and a value
// sent empty or equal to the partner's makes the field follow the partner again.

import { asBoolean, asList, initialValue } from './form.js';

/** The setting in which the server names a client's own values (never a form field). */
export const OVERRIDES = 'clientOverrides';
/** Settings that describe the connection itself, never copied from the partner. */
export const OWN_KEYS = new Set(['tenant', 'partnerConnection', 'active', OVERRIDES]);
/** Settings of the form that every client connection has itself (always sent). */
export const ALWAYS_OWN = new Set(['name', 'active']);

function comparable(def, value) {
  if (value === undefined || value === null) return '';
  if (def.type === 'BOOLEAN' && !def.multiple) return String(asBoolean(value));
  if (def.multiple) return asList(value).slice().sort().join(',');
  return String(value).trim();
}

/** True when two values of a field mean different things. */
export function differs(def, a, b) {
  return comparable(def, a) !== comparable(def, b);
}

/** The partner's effective value of a field (its setting, else the field's default). */
export function partnerValue(def, partnerSettings) {
  return initialValue(def, partnerSettings, true);
}

/**
 * Splits the fields: those the partner has not filled (no value, no default, no stored secret — e.g. a company
 * code) come first, "for this client"; the rest are taken from the partner's settings.
 */
export function clientGroups(fields, partnerSettings, partnerSecrets) {
  const own = [];
  const inherited = [];
  fields.forEach((def) => {
    const v = partnerValue(def, partnerSettings);
    if (ALWAYS_OWN.has(def.id) || def.perClient) {
      own.push(def.id);
      return;
    }
    const filled = def.type === 'PASSWORD' ? (partnerSecrets || []).includes(def.id) : comparable(def, v) !== '';
    (filled ? inherited : own).push(def.id);
  });
  return { own, inherited };
}

/**
 * Splits the fields of a saved client connection by the server's `origins`: its own values first, then those that
 * follow the partner (a field without a value has no origin: it follows the partner).
 */
export function savedClientGroups(fields, origins) {
  const own = [];
  const inherited = [];
  fields.forEach((def) => ((origins || {})[def.id] === 'OWN' ? own : inherited).push(def.id));
  return { own, inherited };
}

/**
 * The settings to send for a saved client connection: the values the user changed, an emptied one sent empty. The
 * server decides what follows the partner (an empty value, or the partner's value; an empty secret keeps the
 * stored one). Entered secrets and the name are always sent.
 */
export function changedClientSettings(fields, read, shown) {
  const out = {};
  fields.forEach((def) => {
    const has = Object.prototype.hasOwnProperty.call(read, def.id);
    if (def.type === 'PASSWORD' || ALWAYS_OWN.has(def.id)) {
      if (has) out[def.id] = read[def.id];
      return;
    }
    const value = has ? read[def.id] : '';
    if (differs(def, value, partnerValue(def, shown))) out[def.id] = value;
  });
  return out;
}

/**
 * The settings to send: of the values read from the form, those that differ from the baseline (the partner's
 * settings for a new client connection, the shown values for an existing one). Entered secrets, the name and the
 * Active switch are always sent.
 */
export function changedSettings(fields, read, baseline) {
  const out = {};
  fields.forEach((def) => {
    if (!Object.prototype.hasOwnProperty.call(read, def.id)) return;
    const value = read[def.id];
    if (def.type === 'PASSWORD' || ALWAYS_OWN.has(def.id) || differs(def, value, partnerValue(def, baseline))) out[def.id] = value;
  });
  return out;
}

/** The partner's settings as prefilled values of a client's form (secrets are never there). */
export function prefillFrom(partnerSettings, fields) {
  const values = { ...partnerSettings };
  OWN_KEYS.forEach((k) => delete values[k]);
  (fields || []).filter((f) => f.perClient).forEach((f) => delete values[f.id]); // each client sets its own
  return values;
}
