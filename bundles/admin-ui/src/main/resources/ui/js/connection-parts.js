// Pieces of a saved connection's page: its status, the Active switch (with the warning about client connections)
// and the connection test with its result inline.

import { h, replace, say, formatTime, liveRegion, sentence } from './dom.js';
import * as api from './api.js';
import { connectionStatus, statusDetail, failureKind, tenantName } from './labels.js';
import { confirmDialog } from './dialogs.js';
import { offerMissed } from './missed-offer.js';

/** The status block of a connection (kept up to date by update(view)). */
export function statusBlock(view) {
  const box = h('div', { class: 'status-block', 'aria-live': 'polite' });
  const update = (v) => {
    const s = connectionStatus(v);
    replace(box,
      h('p', {}, h('span', { class: ['badge', s.tone], 'data-status': v.status }, s.text),
        statusDetail(v.statusDetail) && v.active ? ` ${statusDetail(v.statusDetail)}` : null),
      v.statusMessage && v.active
        ? h('p', { class: ['message', 'action', v.status === 'OFFLINE' ? 'warn' : 'info'] }, sentence(v.statusMessage)) : null,
      (v.problems || []).length ? h('ul', { class: 'problems' },
        v.problems.map((p) => h('li', {}, `${p.field}: ${p.message}`))) : null,
      h('p', { class: 'meta' }, `Last delivery: ${formatTime(v.lastDeliveryAt)} · waiting: ${v.pending} · failed: ${v.failed}`
        + (v.activatedAt ? ` · active since ${formatTime(v.activatedAt)}` : '')));
  };
  update(view);
  return { node: box, update };
}

/**
 * Where "Add integration" leads: the client form of a partner's connection for one client, pre-filled from the
 * partner's settings. options.back = 'client' returns to the client's page after saving.
 */
export function addIntegrationHref(partnerConnection, clientId, options = {}) {
  const q = new URLSearchParams({ partner: partnerConnection.id, tenant: clientId });
  if (options.back) q.set('back', options.back);
  return `#/connections/new/${encodeURIComponent(partnerConnection.connectorId)}?${q}`;
}

/** The client connections that stop with this (partner) connection. */
export async function clientConnectionsOf(connectionId) {
  const all = (await api.get('/connections')).items || [];
  return all.filter((c) => c.partnerConnectionId === connectionId);
}

/**
 * The Active switch. Switching a partner connection off first asks, naming the client connections that stop too.
 * onChange(view) gets the connection as saved. For a client connection, options.own is its own setting (the
 * connection runs only while its partner's does, so view.active alone may be false). Returns {node, isOn}.
 */
export function activeSwitch(view, tenants, onChange, options = {}) {
  const own = options.own === undefined ? view.active : options.own;
  const box = h('input', { type: 'checkbox', id: 'connection-active', role: 'switch', checked: own });
  const message = liveRegion('switch-message');
  const missed = h('div', { class: 'missed-slot' });
  const node = h('div', { class: 'switch' },
    h('span', { class: 'check-row' }, box, h('label', { for: 'connection-active' }, 'Active — send documents')),
    message, missed);
  box.addEventListener('change', async () => {
    const wanted = box.checked;
    box.disabled = true;
    try {
      if (!wanted && !(await confirmOff(view, tenants))) {
        box.checked = true;
        return;
      }
      const saved = await api.put(`/connections/${api.enc(view.id)}`, { settings: { active: wanted } });
      say(message, switchedMessage(wanted, saved), 'ok');
      if (wanted && saved.active) await offerMissed(saved, missed).catch(() => {});
      else replace(missed);
      onChange(saved);
    } catch (e) {
      box.checked = !wanted;
      const field = e.fields && e.fields.length ? ` (${e.fields.map((f) => `${f.field}: ${f.message}`).join('; ')})` : '';
      say(message, `Could not switch ${wanted ? 'on' : 'off'}: ${e.message}${field}.`, 'error');
    } finally {
      box.disabled = false;
    }
  });
  return { node, isOn: () => box.checked };
}

function switchedMessage(wanted, saved) {
  // switching on sets the activation watermark: what was finalized while off is sent by a backfill only
  if (!wanted) {
    return 'Switched off. Documents already waiting stay queued; documents finalized while it is off are not sent '
      + 'by themselves: when you switch it on again, this page offers to send them.';
  }
  if (!saved.active && saved.partnerConnectionId) {
    return "Switched on. It runs once the partner's connection is switched on; documents finalized before then "
      + 'need a backfill.';
  }
  return 'Active. Documents from now on are sent; use a backfill for older ones.';
}

async function confirmOff(view, tenants) {
  if (view.partnerConnectionId) return true;
  const clients = await clientConnectionsOf(view.id);
  const running = clients.filter((c) => c.active);
  if (!running.length) return true;
  return confirmDialog({
    title: `Switch off ${view.name}?`,
    body: [
      h('p', {}, `This also stops ${running.length} client connection${running.length === 1 ? '' : 's'}:`),
      h('ul', {}, running.map((c) => h('li', {}, `${c.name} (${tenantName(tenants, c.tenantId)})`))),
      h('p', {}, 'Nothing is deleted, and documents already waiting stay queued. Documents finalized while it is off '
        + 'are not sent by themselves: when you switch it on again, the page offers to send them.'),
    ],
    confirmText: 'Switch off',
    danger: true,
  });
}

/** "Test connection" with the result next to it. onTested(view) gets the connection after the test. */
export function testButton(view, onTested) {
  const button = h('button', { type: 'button', class: 'secondary', id: 'test-connection' }, 'Test connection');
  const result = h('p', { class: 'test-result', id: 'test-result', role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    say(result, 'Testing the saved settings…', 'info');
    try {
      const r = await api.post(`/connections/${api.enc(view.id)}/test`);
      if (r.ok) say(result, `Connection works. ${r.message || ''}`.trim(), 'ok');
      else say(result, `Connection failed — ${failureKind(r.kind)}: ${r.message || ''}`, 'error');
      onTested(await api.get(`/connections/${api.enc(view.id)}`));
    } catch (e) {
      say(result, `Could not test: ${e.message}`, 'error');
    } finally {
      button.disabled = false;
    }
  });
  return { button, result };
}
