// A document held because its customer has no e-mail address: the address can be entered right on the document's
// page (PUT /documents/{id}/party with the document's party and the new address), since the ERP is not always quick
// to change. The held transfers are tried again at once.

import { h, field, liveRegion, say, sentence } from './dom.js';
import * as api from './api.js';
import { partyName } from './documents-table.js';
import { documentType } from './labels.js';

/** True when the document's customer (or supplier) has an e-mail address. */
export function hasEmail(doc) {
  return Boolean(doc.party && doc.party.email && String(doc.party.email).trim());
}

/** Why a held transfer waits and what to do, in plain words, for its card on the document's page. */
export function heldAdvice(doc) {
  if (!hasEmail(doc)) {
    return 'What to do: enter the customer’s e-mail address under “Correct the customer’s e-mail address” on this '
      + 'page, and add it to the contact in the ERP for the next invoices. It is sent as soon as the address is saved.';
  }
  if ((doc.warnings || []).some((w) => w.code === 'DUPLICATE_NUMBER')) {
    return 'What to do: give the invoice a number of its own in the ERP (each invoicing program its own number range) '
      + 'and submit it again. This one stays held.';
  }
  return 'What to do: correct the document in the ERP as the message says; it is sent once corrected.';
}

/**
 * The correction form, shown while a transfer of the document is held and its customer has no e-mail address.
 * names maps connection ids to names; onSaved(doc, text) gets the corrected document and what to announce.
 * Returns {node, update(doc, transfers)}.
 */
export function partyFix(names, onSaved) {
  const node = h('div', { class: 'party-fix-slot' });
  let shown = false;
  return {
    node,
    update(current, transfers) {
      const held = transfers.filter((t) => t.status === 'NEEDS_ATTENTION');
      const wanted = !hasEmail(current) && (current.state || {}).status !== 'CANCELLED' && held.length > 0;
      const targets = [...new Set(held.map((t) => names[t.connectionId] || 'the connection'))].join(' and ');
      if (wanted && !shown) node.replaceChildren(fixForm(current, targets, onSaved));
      if (!wanted && shown) node.replaceChildren();
      shown = wanted;
    },
  };
}

function fixForm(doc, targets, onSaved) {
  const name = partyName(doc.party) || 'the customer';
  const email = emailField(`E-mail address of ${name}`);
  const save = h('button', { type: 'submit', class: 'primary', id: 'party-email-save' }, 'Save address and send');
  const result = liveRegion('party-fix-result');
  const form = h('form', { class: 'card party-fix', id: 'party-fix', 'aria-labelledby': 'party-fix-title', novalidate: true },
    h('h2', { id: 'party-fix-title' }, 'Correct the customer’s e-mail address'),
    h('p', {}, `${documentType(doc.type)} ${doc.number} is not sent to ${targets} because ${name} has no e-mail `
      + `address: ${targets} needs it to assign the document to the customer. Enter it here if the ERP cannot be `
      + 'changed quickly.'),
    email.wrap, h('div', { class: 'actions' }, save), result);
  email.input.addEventListener('input', () => { if (!save.disabled) say(result, ''); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = email.input.value.trim();
    if (!address) {
      email.setError('Enter the e-mail address.');
      email.input.focus();
      return;
    }
    save.disabled = true;
    say(result, 'Saving…', 'info');
    try {
      const corrected = await api.put(`/documents/${api.enc(doc.id)}/party`, { ...doc.party, email: address });
      say(result, '');
      onSaved(corrected, `Saved ${address} for ${name}: sending to ${targets} now.`);
    } catch (e) {
      const problem = (e.fields || []).filter((f) => /email$/.test(f.field)).map((f) => f.message).join('; ');
      email.setError(sentence(problem));
      say(result, problem ? `Not saved: the address ${problem}.` : `Not saved: ${e.message}`, 'error');
      if (problem) email.input.focus();
      save.disabled = false;
    }
  });
  return form;
}

/** The labelled address input with its help and its error (cleared as soon as the address is typed). */
function emailField(label) {
  const input = h('input', { type: 'email', id: 'party-email', name: 'email', required: true, autocomplete: 'off',
    'aria-describedby': 'party-email-help party-email-error' });
  const { wrap } = field(label, input);
  const error = h('p', { class: 'field-error', id: 'party-email-error', hidden: true });
  wrap.append(h('p', { class: 'help', id: 'party-email-help' }, 'Only the address is added; the number, the '
    + 'amounts and the rest of the contact stay as the ERP sent them.'), error);
  const setError = (message) => {
    error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  input.addEventListener('input', () => setError(''));
  return { wrap, input, setError };
}
