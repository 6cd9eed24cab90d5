// After a connection is switched on again: the documents issued while it was off are not sent by themselves
// (routing only uses connections that are on), so the page names them and offers to send exactly those.

import { h, replace, say, formatTime, liveRegion } from './dom.js';
import * as api from './api.js';

/** Fills `slot` with the offer when the connection missed documents while it was off; empties it otherwise. */
export async function offerMissed(view, slot) {
  const missed = await api.get(`/connections/${api.enc(view.id)}/missed`);
  const ids = missed.documentIds || [];
  if (!ids.length) {
    replace(slot);
    return;
  }
  const n = ids.length;
  const what = `${n} document${n === 1 ? '' : 's'}`;
  const result = liveRegion('missed-result');
  const send = h('button', { type: 'button', class: 'primary', id: 'send-missed' }, `Send these ${what}`);
  send.addEventListener('click', async () => {
    send.disabled = true;
    try {
      const job = await api.post('/backfills', { connectionId: view.id, documentIds: ids });
      replace(slot, h('p', { class: 'message ok', role: 'status', id: 'missed-sent' },
        `Sending ${what} to ${view.name}. `, h('a', { href: '#/backfills', 'data-job': job.id }, 'Follow the progress under Backfills'),
        '.'));
    } catch (e) {
      send.disabled = false;
      say(result, `Could not start sending them: ${e.message}`, 'error');
    }
  });
  replace(slot, h('section', { class: 'card missed-offer', id: 'missed-offer', 'aria-labelledby': 'missed-heading' },
    h('h2', { id: 'missed-heading' }, `${what} issued while it was off`),
    h('p', {}, `Between ${formatTime(missed.offSince)} and ${formatTime(missed.onAgainAt)}, while ${view.name} was `
      + `switched off, ${what} reached a step it sends on. They were not sent by themselves.`),
    h('div', { class: 'actions' }, send), result));
}
