// The connection page's note about the documents it holds because they lack what its service needs
// (NEEDS_ATTENTION: nothing was sent, nothing retries by itself), with a link to them on the Documents page, where
// each one says what to do.

import { h, replace } from './dom.js';
import * as api from './api.js';

/** Documents looked at per check; more are counted as "100 or more" (the ids travel in the address). */
const LIMIT = 100;

/** Fills `slot` with the note while the connection holds documents; empties it otherwise. */
export async function showHeld(view, slot, ctx) {
  const page = await api.get(`/documents${api.query({ transferStatus: 'NEEDS_ATTENTION', tenantId: view.tenantId,
    limit: LIMIT })}`);
  const ids = (page.items || []).map((d) => d.id);
  const statuses = ids.length
    ? (await api.get(`/transfers/status${api.query({ documentIds: ids.join(',') })}`)).documents || {} : {};
  const n = ids.filter((id) => (statuses[id] || {})[view.id] === 'NEEDS_ATTENTION').length;
  if (String(n) === slot.dataset.count) return;
  slot.dataset.count = String(n);
  if (!n) {
    replace(slot);
    return;
  }
  const what = `${page.nextCursor ? `${n} or more` : n} document${n === 1 ? '' : 's'}`;
  const filter = { transferStatus: 'NEEDS_ATTENTION', tenantId: ctx.tenants.length > 1 ? view.tenantId : null };
  replace(slot, h('div', { class: 'message warn held-notice', id: 'held-notice', role: 'note' },
    h('p', {}, `${what} ${n === 1 ? 'is' : 'are'} not sent to ${view.name}: ${n === 1 ? 'it lacks' : 'they lack'} `
      + `what ${view.name} needs (e.g. the customer's e-mail address). They wait until corrected.`),
    h('p', {}, h('a', { href: `#/documents${api.query(filter)}`, id: 'held-documents' },
      `Show the ${what} that need attention`), ' — each one says what to do.')));
}
