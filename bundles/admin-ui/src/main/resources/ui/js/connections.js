// The connections in scope, by tenant ("Extensions" for a partner, as the articles call them): each with its status
// (Online, or the problem and what to do) and the last document its service received; for a partner's connection,
// its clients with "Add integration". The status lines refresh themselves every few seconds.

import { h, replace, flash, formatTime, sentence } from './dom.js';
import * as api from './api.js';
import { connectionStatus, statusDetail, tenantName, connectionsArea } from './labels.js';
import { addIntegrationHref } from './connection-parts.js';

export async function renderConnections(el, ctx) {
  const [connections, names] = await Promise.all([
    api.get('/connections').then((r) => r.items || []), connectorNames()]);
  const notice = flash.take();
  const groups = ordered(ctx.tenants)
    .map((t) => ({ tenant: t, items: connections.filter((c) => c.tenantId === t.id && !c.partnerConnectionId) }))
    .filter((g) => g.items.length);
  const page = { ctx, all: connections, names };
  replace(el,
    h('h1', { tabindex: '-1' }, connectionsArea(ctx)),
    h('p', { class: 'intro' }, ctx.isAdmin
      ? 'Each connection sends documents of one partner or client to a service. Open one to change its settings, '
        + 'test it or switch it on.'
      : 'The extensions installed in your space and your clients’ integrations: whether each works, and the last '
        + 'document its service received. Open one to manage it: settings, connection test, Active switch.'),
    notice ? h('p', { class: 'message ok', role: 'status' }, notice) : null,
    h('div', { class: 'actions' }, h('a', { class: 'button primary', href: '#/store' },
      ctx.isAdmin ? 'Add a connection from the store' : 'Install an extension from the store')),
    groups.length ? groups.map((g) => h('section', { class: 'tenant-group', 'aria-label': g.tenant.name },
      h('h2', {}, g.tenant.name, g.tenant.parentId ? h('span', { class: 'meta' }, ' (client)') : null),
      h('ul', { class: 'connection-list' }, g.items.map((c) => connectionItem(c, page)))))
      : h('p', { class: 'empty' }, ctx.isAdmin ? 'No connections yet. Open the store to add one.'
        : 'No extensions installed yet. Open the store to install one.'));
  ctx.after(REFRESH_MS, () => ctx.poll(async () => {
    const fresh = (await api.get('/connections')).items || [];
    if (ctx.alive()) fresh.forEach((c) => refreshItem(el, c, page));
    return true;
  }, REFRESH_MS));
}

const REFRESH_MS = 5000;

/** Updates the status badge and lines of a shown connection in place (a focused link keeps its focus). */
function refreshItem(el, c, page) {
  const node = [...el.querySelectorAll('[data-connection]')].find((n) => n.dataset.connection === c.id);
  if (!node) return;
  const badge = node.querySelector(':scope > .connection-line > .status-badge, :scope > .status-badge');
  if (badge) badge.replaceWith(statusBadge(c));
  const old = node.querySelector(':scope > .health');
  if (old) old.replaceWith(health(c, page));
}

function statusBadge(c) {
  const s = connectionStatus(c);
  return h('span', { class: ['badge', 'status-badge', s.tone], 'data-status': c.status }, s.text);
}

/** Connector id → the name users know (installed connectors; the id for the others). */
async function connectorNames() {
  try {
    const items = (await api.get('/store/connectors')).items || [];
    return new Map(items.map((c) => [c.id, c.name]));
  } catch (e) {
    return new Map();
  }
}

/** Partners first, each followed by its clients. */
function ordered(tenants) {
  const partners = tenants.filter((t) => !t.parentId);
  const out = [];
  partners.forEach((p) => out.push(p, ...tenants.filter((t) => t.parentId === p.id)));
  tenants.filter((t) => !out.includes(t)).forEach((t) => out.push(t));
  return out;
}

function connectionItem(c, page) {
  const clients = page.ctx.tenants.filter((t) => t.parentId === c.tenantId);
  return h('li', { class: 'card connection', 'data-connection': c.id },
    summaryLine(c, page), health(c, page),
    clients.length ? h('div', { class: 'clients' },
      h('h3', {}, 'Clients'),
      h('ul', {}, clients.map((client) => clientItem(c, client, page)))) : null);
}

function summaryLine(c, page) {
  return h('div', { class: 'connection-line' },
    h('a', { href: `#/connections/${encodeURIComponent(c.id)}`, class: 'name' }, c.name),
    h('span', { class: 'meta' }, `${page.names.get(c.connectorId) || c.connectorId} · ${tenantName(page.ctx.tenants, c.tenantId)}`),
    statusBadge(c),
    c.installed ? null : h('span', { class: 'badge warn' }, 'Waiting for connector'),
    h('a', { class: 'button secondary manage', href: `#/connections/${encodeURIComponent(c.id)}`,
      'aria-label': `Manage ${c.name}` }, 'Manage'));
}

/**
 * While it runs: the problem and what to do (offline), or what the service said (e.g. where documents go); and the
 * last document the service received.
 */
function health(c, page) {
  const detail = c.active ? statusDetail(c.statusDetail) : '';
  const problem = c.active && (c.status === 'OFFLINE' || detail);
  const target = page.names.get(c.connectorId) || c.connectorId;
  return h('div', { class: 'health' },
    problem ? h('p', { class: 'message problem warn' }, detail ? h('strong', {}, `${detail}: `) : null,
      sentence(c.statusMessage || 'the service did not say why.')) : null,
    !problem && c.active && c.statusMessage ? h('p', { class: 'message info status-note' }, sentence(c.statusMessage))
      : null,
    h('p', { class: 'meta last-delivery' }, c.lastDeliveryAt
      ? `Last document received by ${target}: ${formatTime(c.lastDeliveryAt)}` : 'No document sent yet'));
}

function clientItem(partnerConnection, client, page) {
  const existing = page.all.find((x) => x.partnerConnectionId === partnerConnection.id && x.tenantId === client.id);
  if (existing) {
    return h('li', { class: 'client', 'data-connection': existing.id },
      h('span', {}, client.name), statusBadge(existing),
      h('a', { class: 'button secondary', href: `#/connections/${encodeURIComponent(existing.id)}`,
        'aria-label': `Configure ${existing.name} for ${client.name}` }, 'Configure'),
      health(existing, page));
  }
  const href = addIntegrationHref(partnerConnection, client.id);
  return h('li', { class: 'client' },
    h('span', {}, client.name), h('span', { class: 'badge muted' }, 'Not added'),
    partnerConnection.installed ? h('a', { class: 'button secondary', href,
      'aria-label': `Add integration for ${client.name}` }, 'Add integration') : null);
}
