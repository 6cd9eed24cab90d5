// Status of every connection, refreshed every 3 seconds: online or offline with the reason and what to do,
// last delivery, waiting and failed transfers, and "Retry failed".

import { h, replace, say, formatTime, clock, liveRegion, sentence } from './dom.js';
import * as api from './api.js';
import { connectionStatus, statusDetail, tenantName } from './labels.js';

const REFRESH_MS = 3000;

export async function renderStatus(el, ctx) {
  const updated = h('p', { class: 'updated meta', id: 'status-updated', role: 'status', 'aria-live': 'off' });
  const message = liveRegion('status-message');
  const body = h('tbody');
  const table = h('table', { class: 'data status-table cards-on-phone', id: 'status-table' },
    h('caption', { class: 'visually-hidden' }, 'Connections and how they are doing'),
    h('thead', {}, h('tr', {}, ['Connection', 'For', 'Connector', 'Status', 'Last delivery', 'Waiting', 'Failed', 'Actions']
      .map((t) => h('th', { scope: 'col' }, t)))),
    body);
  const empty = h('p', { class: 'empty', hidden: true }, 'No connections yet.');
  replace(el,
    h('h1', { tabindex: '-1' }, 'Status'),
    h('p', { class: 'intro' }, 'How each connection is doing. This page refreshes itself every few seconds.'),
    updated, message, h('div', { class: 'table-wrap' }, table), empty);

  const rows = new Map();
  let failing = false;
  const refresh = async () => {
    let items;
    try {
      items = (await api.get('/connections')).items || [];
    } catch (e) {
      if (e.status === 401) throw e;
      failing = true;
      const why = e.status === 0 ? 'The server cannot be reached.' : e.message;
      const since = updated.textContent.replace('Updated ', '') || 'earlier';
      say(message, `${why} Trying again every few seconds; the figures below are from ${since}.`, 'error');
      return true;
    }
    if (!ctx.alive()) return false;
    if (failing) {
      failing = false;
      say(message, '');
    }
    items.forEach((c) => {
      if (!rows.has(c.id)) {
        rows.set(c.id, newRow(c, ctx, message));
        body.append(rows.get(c.id).tr); // rows stay in place, so a focused button keeps its focus
      }
      rows.get(c.id).update(c);
    });
    [...rows.keys()].filter((id) => !items.some((c) => c.id === id)).forEach((id) => {
      rows.get(id).tr.remove();
      rows.delete(id);
    });
    empty.hidden = items.length > 0;
    updated.textContent = `Updated ${clock()}`;
    return true;
  };
  await refresh();
  ctx.after(REFRESH_MS, () => ctx.poll(refresh, REFRESH_MS));
}

function newRow(c, ctx, message) {
  const cells = {
    status: h('td', { class: 'status-cell', 'data-label': 'Status' }),
    last: h('td', { 'data-label': 'Last delivery' }),
    pending: h('td', { class: 'num', 'data-label': 'Waiting' }),
    failed: h('td', { class: 'num', 'data-label': 'Failed' }),
  };
  const retry = h('button', { type: 'button', class: 'secondary', 'aria-label': `Retry failed documents of ${c.name}` },
    'Retry failed');
  retry.addEventListener('click', async () => {
    retry.disabled = true;
    try {
      const r = await api.post(`/connections/${api.enc(c.id)}/retry-failed`);
      say(message, `${r.requeued} failed document${r.requeued === 1 ? '' : 's'} of ${c.name} queued again.`, 'ok');
    } catch (e) {
      say(message, `Could not retry: ${e.message}`, 'error');
      retry.disabled = false;
    }
  });
  const tr = h('tr', { 'data-connection': c.id },
    h('th', { scope: 'row' }, h('a', { href: `#/connections/${encodeURIComponent(c.id)}` }, c.name)),
    h('td', { 'data-label': 'For' }, tenantName(ctx.tenants, c.tenantId)),
    h('td', { 'data-label': 'Connector' }, c.connectorId),
    cells.status, cells.last, cells.pending, cells.failed, h('td', { class: 'row-actions' }, retry));
  return {
    tr,
    update(v) {
      const s = connectionStatus(v);
      replace(cells.status, h('span', { class: ['badge', s.tone], 'data-status': v.status }, s.text),
        v.active && statusDetail(v.statusDetail) ? h('span', { class: 'detail' }, ` ${statusDetail(v.statusDetail)}`) : null,
        v.active && v.statusMessage ? h('p', { class: 'action-message' }, sentence(v.statusMessage)) : null,
        v.installed || (v.active && v.statusMessage) ? null
          : h('p', { class: 'action-message' }, 'Waiting for connector: ask your administrator to install it.'));
      cells.last.textContent = formatTime(v.lastDeliveryAt);
      cells.pending.textContent = String(v.pending);
      cells.failed.textContent = String(v.failed);
      retry.hidden = !v.failed;
      if (v.failed) retry.disabled = false;
    },
  };
}
