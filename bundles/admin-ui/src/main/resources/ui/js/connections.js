// The connections in scope, by tenant; for a partner's connection, its clients with "Add integration".

import { h, replace, flash } from './dom.js';
import * as api from './api.js';
import { connectionStatus, statusDetail, tenantName } from './labels.js';
import { addIntegrationHref } from './connection-parts.js';

export async function renderConnections(el, ctx) {
  const connections = (await api.get('/connections')).items || [];
  const notice = flash.take();
  const tenants = ordered(ctx.tenants);
  const groups = tenants
    .map((t) => ({ tenant: t, items: connections.filter((c) => c.tenantId === t.id && !c.partnerConnectionId) }))
    .filter((g) => g.items.length);
  replace(el,
    h('h1', { tabindex: '-1' }, 'Connections'),
    h('p', { class: 'intro' }, 'Each connection sends documents of one partner or client to a service. '
      + 'Open one to change its settings, test it or switch it on.'),
    notice ? h('p', { class: 'message ok', role: 'status' }, notice) : null,
    h('div', { class: 'actions' }, h('a', { class: 'button primary', href: '#/store' }, 'Add a connection from the store')),
    groups.length ? groups.map((g) => h('section', { class: 'tenant-group', 'aria-label': g.tenant.name },
      h('h2', {}, g.tenant.name, g.tenant.parentId ? h('span', { class: 'meta' }, ' (client)') : null),
      h('ul', { class: 'connection-list' }, g.items.map((c) => connectionItem(c, connections, ctx)))))
      : h('p', { class: 'empty' }, 'No connections yet. Open the store to add one.'));
}

/** Partners first, each followed by its clients. */
function ordered(tenants) {
  const partners = tenants.filter((t) => !t.parentId);
  const out = [];
  partners.forEach((p) => out.push(p, ...tenants.filter((t) => t.parentId === p.id)));
  tenants.filter((t) => !out.includes(t)).forEach((t) => out.push(t));
  return out;
}

function connectionItem(c, all, ctx) {
  const clients = ctx.tenants.filter((t) => t.parentId === c.tenantId);
  return h('li', { class: 'card connection', 'data-connection': c.id },
    summaryLine(c, ctx),
    clients.length ? h('div', { class: 'clients' },
      h('h3', {}, 'Clients'),
      h('ul', {}, clients.map((client) => clientItem(c, client, all, ctx)))) : null);
}

function summaryLine(c, ctx) {
  const s = connectionStatus(c);
  return h('div', { class: 'connection-line' },
    h('a', { href: `#/connections/${encodeURIComponent(c.id)}`, class: 'name' }, c.name),
    h('span', { class: 'meta' }, `${c.connectorId} · ${tenantName(ctx.tenants, c.tenantId)}`),
    h('span', { class: ['badge', s.tone] }, s.text),
    c.active && statusDetail(c.statusDetail) ? h('span', { class: 'meta' }, statusDetail(c.statusDetail)) : null,
    c.installed ? null : h('span', { class: 'badge warn' }, 'Waiting for connector'));
}

function clientItem(partnerConnection, client, all, ctx) {
  const existing = all.find((x) => x.partnerConnectionId === partnerConnection.id && x.tenantId === client.id);
  if (existing) {
    const s = connectionStatus(existing);
    return h('li', { class: 'client' },
      h('span', {}, client.name), h('span', { class: ['badge', s.tone] }, s.text),
      h('a', { class: 'button secondary', href: `#/connections/${encodeURIComponent(existing.id)}`,
        'aria-label': `Configure ${existing.name} for ${client.name}` }, 'Configure'));
  }
  const href = addIntegrationHref(partnerConnection, client.id);
  return h('li', { class: 'client' },
    h('span', {}, client.name), h('span', { class: 'badge muted' }, 'Not added'),
    partnerConnection.installed ? h('a', { class: 'button secondary', href,
      'aria-label': `Add integration for ${client.name}` }, 'Add integration') : null);
}
