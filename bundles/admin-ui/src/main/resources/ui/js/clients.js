// Clients (#/clients): each partner's clients with their integrations. A client's page (#/clients/<id>) lists its
// integrations and adds one from a connection of its partner, through the same client form as the Connections page
// (pre-filled from the partner's settings); after saving, the form comes back here. "Add for several clients"
// adds one for many clients from a list (clients-bulk.js).

import { h, replace, flash, field } from './dom.js';
import * as api from './api.js';
import { connectionStatus, tenantName } from './labels.js';
import { addIntegrationHref } from './connection-parts.js';
import { bulkSection } from './clients-bulk.js';

/** True when the Clients page is for this user: admins, and partners that have clients. */
export function showsClients(session, tenants) {
  if (!session) return false;
  if (session.admin) return true;
  return (session.roles || []).includes('partner') && tenants.some((t) => t.parentId);
}

export async function renderClients(el, ctx) {
  const connections = (await api.get('/connections')).items || [];
  const list = h('div', { class: 'client-groups' });
  const showList = (items) => replace(list, clientGroups(ctx, items));
  showList(connections);
  replace(el,
    h('h1', { tabindex: '-1' }, 'Clients'),
    h('p', { class: 'intro' }, "Open a client to see its integrations or to add one from its partner's connections. "
      + 'To add an integration for many clients at once, use “Add for several clients”.'),
    bulkSection(ctx, connections, async () => showList((await api.get('/connections')).items || [])),
    list);
}

function clientGroups(ctx, connections) {
  const clients = ctx.tenants.filter((t) => t.parentId);
  const partnerIds = [...new Set(clients.map((c) => c.parentId))];
  if (!partnerIds.length) return h('p', { class: 'empty' }, 'No clients yet.');
  return partnerIds.map((pid) => {
    const name = tenantName(ctx.tenants, pid);
    return h('section', { class: 'tenant-group', 'aria-label': name },
      h('h2', {}, name),
      h('ul', { class: 'connection-list' },
        clients.filter((c) => c.parentId === pid).map((c) => clientCard(c, connections))));
  });
}

function clientCard(client, connections) {
  const integrations = connections.filter((c) => c.tenantId === client.id);
  return h('li', { class: 'card client-card', 'data-client': client.id },
    h('div', { class: 'connection-line' },
      h('a', { class: 'name', href: `#/clients/${encodeURIComponent(client.id)}` }, client.name),
      h('span', { class: 'meta integration-count' }, countText(integrations.length))),
    integrations.length ? h('ul', { class: 'integration-states' }, integrations.map((c) =>
      h('li', { 'data-connection': c.id }, h('span', {}, c.name), stateBadges(c)))) : null);
}

function countText(n) {
  if (!n) return 'No integrations';
  return `${n} integration${n === 1 ? '' : 's'}`;
}

/** Active or Off, and while active whether it is online. */
function stateBadges(c) {
  const s = connectionStatus(c);
  return [
    h('span', { class: ['badge', c.active ? 'ok' : 'muted'], 'data-active': String(c.active) }, c.active ? 'Active' : 'Off'),
    c.active ? h('span', { class: ['badge', s.tone], 'data-status': c.status }, s.text) : null,
  ];
}

export async function renderClient(el, ctx, clientId) {
  const client = ctx.tenants.find((t) => t.id === clientId && t.parentId);
  if (!client) throw new Error('Not found — this client does not exist, or it is not yours.');
  const connections = (await api.get('/connections')).items || [];
  const integrations = connections.filter((c) => c.tenantId === client.id);
  const partnerConnections = connections.filter((c) => c.tenantId === client.parentId && !c.partnerConnectionId);
  const notice = flash.take();
  replace(el,
    h('h1', { tabindex: '-1' }, client.name),
    h('p', { class: 'meta' }, `Client of ${tenantName(ctx.tenants, client.parentId)}`),
    notice ? h('p', { class: 'message ok', role: 'status' }, notice) : null,
    integrationsSection(integrations),
    addSection(client, partnerConnections, integrations, ctx),
    h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: '#/clients' }, 'Back to clients')));
}

function integrationsSection(integrations) {
  return h('section', { class: 'card', id: 'client-integrations', 'aria-labelledby': 'integrations-heading' },
    h('h2', { id: 'integrations-heading' }, 'Integrations'),
    integrations.length ? h('ul', { class: 'connection-list' }, integrations.map((c) =>
      h('li', { class: 'client', 'data-connection': c.id },
        h('a', { class: 'name', href: `#/connections/${encodeURIComponent(c.id)}` }, c.name),
        h('span', { class: 'meta' }, c.connectorId),
        stateBadges(c))))
      : h('p', { class: 'empty' }, 'No integrations yet. Add one below.'));
}

function addSection(client, partnerConnections, integrations, ctx) {
  const partnerName = tenantName(ctx.tenants, client.parentId);
  const section = (...body) => h('section', { class: 'card', id: 'add-integration', 'aria-labelledby': 'add-heading' },
    h('h2', { id: 'add-heading' }, 'Add integration'), ...body);
  if (!partnerConnections.length) {
    return section(h('p', {}, `${partnerName} has no connection yet. Add one from the `,
      h('a', { href: '#/store' }, 'Store'), ', then add it here for this client.'));
  }
  const free = partnerConnections.filter((p) => p.installed
    && !integrations.some((c) => c.partnerConnectionId === p.id));
  if (!free.length) {
    return section(h('p', { class: 'empty' }, `This client already has an integration for every connection of ${partnerName}.`));
  }
  const select = h('select', { id: 'add-integration-from', name: 'partnerConnection' },
    free.map((p) => h('option', { value: p.id }, `${p.name} (${tenantName(ctx.tenants, p.tenantId)})`)));
  const form = h('form', { class: 'add-integration' },
    field("The partner's connection", select,
      "The next page shows its settings for this client: change only what differs, e.g. the client's company code.").wrap,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'add-integration-button' },
      'Add integration')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = free.find((p) => p.id === select.value);
    if (chosen) location.hash = addIntegrationHref(chosen, client.id, { back: 'client' });
  });
  return section(form);
}
