// A client's connection inherits every setting it leaves empty from its partner's connection: these helpers pick
// the fields the client must fill itself and send only what differs from the partner. The server stores the
// partner's settings complete in the client's configuration and names the client's own values in
// `clientOverrides`; an emptied value of an existing client connection means "the partner's value again".

import { asBoolean, asList, initialValue } from './form.js';

/** The setting in which the server names a client's own values (never a form field). */
export const OVERRIDES = 'clientOverrides';
/** Settings that describe the connection itself, never copied from the partner. */
export const OWN_KEYS = new Set(['tenant', 'partnerConnection', 'active', OVERRIDES]);
/** Settings of the form that every client connection has itself (the engine does not inherit them). */
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
    if (ALWAYS_OWN.has(def.id)) {
      own.push(def.id);
      return;
    }
    const filled = def.type === 'PASSWORD' ? (partnerSecrets || []).includes(def.id) : comparable(def, v) !== '';
    (filled ? inherited : own).push(def.id);
  });
  return { own, inherited };
}

/** The names of a saved client connection's own values (its `clientOverrides`). */
export function overridesOf(settings) {
  return asList(settings && settings[OVERRIDES]);
}

/** Splits the fields of a saved client connection: its own values (and name) first, then the partner's. */
export function savedClientGroups(fields, overrides) {
  const own = [];
  const inherited = [];
  fields.forEach((def) => (ALWAYS_OWN.has(def.id) || overrides.includes(def.id) ? own : inherited).push(def.id));
  return { own, inherited };
}

/**
 * The settings to send for a saved client connection: changed values; an own value that was emptied or set to the
 * partner's value is sent empty, which makes it follow the partner again (secrets excepted: an empty one keeps the
 * stored secret). The name is always sent.
 */
export function changedClientSettings(fields, read, shown, overrides, partnerSettings) {
  const out = {};
  fields.forEach((def) => {
    const has = Object.prototype.hasOwnProperty.call(read, def.id);
    const value = read[def.id];
    if (def.type === 'PASSWORD' || ALWAYS_OWN.has(def.id)) {
      if (has) out[def.id] = value;
      return;
    }
    const empty = !has || comparable(def, value) === '';
    if (overrides.includes(def.id) && (empty || !differs(def, value, partnerValue(def, partnerSettings)))) {
      out[def.id] = '';
    } else if (has && differs(def, value, partnerValue(def, shown))) {
      out[def.id] = value;
    }
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
export function prefillFrom(partnerSettings) {
  const values = { ...partnerSettings };
  OWN_KEYS.forEach((k) => delete values[k]);
  return values;
}
