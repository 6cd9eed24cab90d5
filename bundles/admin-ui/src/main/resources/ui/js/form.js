// Settings forms generated from a connector's Metatype definition (GET /store/connectors/{id}/form): one labelled
// control per field, its description as help text, the server's messages shown at their fields. PASSWORD fields
// are never filled in; an empty one keeps the stored secret.

import { h, uid, sentence } from './dom.js';

/** A stored value as a list of text values (arrays, comma-separated text or a single value). */
export function asList(value) {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value).split(',').map((s) => s.trim()).filter(Boolean);
}

export function asBoolean(value) {
  return value === true || value === 'true';
}

/** The value a field starts with: the given settings, else (when useDefaults) the field's default. */
export function initialValue(def, values, useDefaults) {
  if (values && Object.prototype.hasOwnProperty.call(values, def.id)) return values[def.id];
  if (!useDefaults || !def.defaults || !def.defaults.length) return undefined;
  return def.multiple ? def.defaults : def.defaults[0];
}

/**
 * Builds the controls. options: values (current settings), useDefaults, storedSecrets (names with a stored
 * value), secretHint (placeholder for a stored secret: text, or a function of the field). Returns {controls, read,
 * showErrors, clearErrors}.
 */
export function buildForm(fields, options = {}) {
  const controls = fields.map((def) => control(def, options));
  return {
    controls,
    /** The settings as the API takes them (an empty PASSWORD is left out: the stored one is kept). */
    read() {
      const out = {};
      controls.forEach((c) => {
        const v = c.read();
        if (v !== undefined) out[c.def.id] = v;
      });
      return out;
    },
    /** Shows each field error at its field; returns the errors that name no field of this form. */
    showErrors(errors) {
      const rest = [];
      errors.forEach((e) => {
        const c = controls.find((x) => x.def.id === e.field || (e.field || '').startsWith(`${x.def.id}[`));
        if (c) c.setError(e.message);
        else rest.push(e);
      });
      const first = controls.find((c) => c.hasError());
      return { rest, first };
    },
    clearErrors() {
      controls.forEach((c) => c.setError(''));
    },
  };
}

function control(def, options) {
  const id = `setting-${def.id}`;
  const helpId = def.description ? `${id}-help` : null;
  const errorId = `${id}-error`;
  const value = initialValue(def, options.values, options.useDefaults);
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const help = helpId ? h('p', { class: 'help', id: helpId }, def.description) : null;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ');
  // a stored secret is not asked for again: an empty field keeps it
  const storedSecret = def.type === 'PASSWORD' && (options.storedSecrets || []).includes(def.id);
  const label = [def.name || def.id, def.required && !storedSecret ? h('span', { class: 'required' }, ' (required)') : null];
  const built = input(def, id, value, describedBy, label, options);
  const wrap = h('div', { class: ['field', def.type === 'BOOLEAN' && !def.multiple ? 'check' : null], 'data-field': def.id },
    built.node, help, error);
  return {
    def,
    wrap,
    focus: () => built.focusable.focus(),
    read: built.read,
    hasError: () => !error.hidden,
    setError(message) {
      error.textContent = sentence(message);
      error.hidden = !message;
      built.inputs.forEach((i) => (message ? i.setAttribute('aria-invalid', 'true') : i.removeAttribute('aria-invalid')));
      wrap.classList.toggle('invalid', Boolean(message));
    },
  };
}

function input(def, id, value, describedBy, label, options) {
  const aria = { 'aria-describedby': describedBy, name: def.id };
  const opts = def.options || [];
  if (def.multiple && opts.length) return checkboxList(def, id, value, describedBy, label);
  if (def.type === 'BOOLEAN') {
    const box = h('input', { type: 'checkbox', id, ...aria, checked: asBoolean(value) });
    return simple(h('span', { class: 'check-row' }, box, h('label', { for: id }, label)), box, () => box.checked);
  }
  if (opts.length) {
    const list = asList(value);
    const select = h('select', { id, ...aria, required: def.required },
      def.required && list.length ? null : h('option', { value: '' }, def.required ? '— choose —' : '— none —'),
      opts.map((o) => h('option', { value: o.value, selected: list[0] === o.value }, o.label || o.value)));
    return simple(labelled(id, label, select), select, () => select.value);
  }
  if (def.type === 'PASSWORD') {
    const stored = (options.storedSecrets || []).includes(def.id);
    const pw = h('input', { type: 'password', id, ...aria, autocomplete: 'new-password', value: '',
      required: def.required && !stored, placeholder: stored ? secretHint(options, def) : null });
    return simple(labelled(id, label, pw), pw, () => (pw.value ? pw.value : undefined));
  }
  if (def.type === 'DATE' && !def.multiple) {
    const date = h('input', { type: 'date', id, ...aria, required: def.required, value: value ? String(value) : '' });
    return simple(labelled(id, label, date), date, () => date.value);
  }
  const numeric = ['INTEGER', 'LONG', 'DOUBLE', 'SHORT', 'BYTE', 'FLOAT'].includes(def.type);
  const text = h('input', {
    type: numeric && !def.multiple ? 'number' : 'text', id, ...aria, required: def.required, autocomplete: 'off',
    step: numeric ? (['DOUBLE', 'FLOAT'].includes(def.type) ? 'any' : '1') : null,
    maxlength: def.type === 'CHAR' ? '1' : null,
    value: def.multiple ? asList(value).join(', ') : (value === undefined || value === null ? '' : String(value)),
    placeholder: def.multiple ? 'several values: separate them with commas' : null,
  });
  return simple(labelled(id, label, text), text, () => {
    const v = text.value.trim();
    if (def.multiple) return asList(v);
    if (numeric) return v === '' ? undefined : Number(v);
    return v;
  });
}

function secretHint(options, def) {
  const hint = typeof options.secretHint === 'function' ? options.secretHint(def) : options.secretHint;
  return hint || 'stored — leave empty to keep';
}

function labelled(id, label, control) {
  return h('span', { class: 'labelled' }, h('label', { for: id }, label), control);
}

function simple(node, focusable, read) {
  return { node, focusable, inputs: [focusable], read };
}

function checkboxList(def, id, value, describedBy, label) {
  const chosen = asList(value);
  const boxes = def.options.map((o) => {
    const boxId = uid(id);
    const box = h('input', { type: 'checkbox', id: boxId, name: def.id, value: o.value, checked: chosen.includes(o.value) });
    return { box, row: h('span', { class: 'check-row' }, box, h('label', { for: boxId }, o.label || o.value)) };
  });
  const node = h('fieldset', { class: 'checks', id, 'aria-describedby': describedBy },
    h('legend', {}, label), boxes.map((b) => b.row));
  return {
    node,
    focusable: boxes[0].box,
    inputs: boxes.map((b) => b.box),
    read: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
  };
}

/** The summary of errors at the top of a form: each entry moves the focus to its field. */
export function errorSummary(error, form, extraFields = {}) {
  const { rest, first } = form.showErrors(error.fields || []);
  const items = (error.fields || []).map((e) => {
    const target = form.controls.find((c) => c.def.id === e.field);
    const name = target ? (target.def.name || e.field) : (extraFields[e.field] || e.field);
    const button = h('button', { type: 'button', class: 'link' }, `${name}: ${e.message}`);
    button.addEventListener('click', () => (target ? target.focus() : null));
    return h('li', {}, button);
  });
  return {
    node: h('div', { class: 'message error summary', role: 'alert' },
      h('p', {}, items.length ? `Please check ${items.length === 1 ? 'this setting' : `these ${items.length} settings`}:`
        : error.message), items.length ? h('ul', {}, items) : null),
    first,
    rest,
  };
}
