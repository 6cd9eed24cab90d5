// A partner's side of the store, as the help-centre articles describe it: "Install" on an extension the platform
// admin provides asks to confirm (what happens next), then opens its settings form; once the partner's space has a
// connection of that connector, the card says it is installed and offers "Manage" instead.

import { h } from './dom.js';
import * as api from './api.js';
import { tenantName } from './labels.js';
import { confirmDialog } from './dialogs.js';

/** The route of the settings form of a new connection opened by "Install". */
export function installHref(connectorId) {
  return `#/connections/new/${encodeURIComponent(connectorId)}?install=1`;
}

/** The partner's own connection of this connector (not a client's), or undefined. */
export function ownConnection(connectorId, connections, ctx) {
  return connections.find((c) => c.connectorId === connectorId && c.tenantId === ctx.session.tenantId
    && !c.partnerConnectionId);
}

export function spaceName(ctx) {
  return tenantName(ctx.tenants, ctx.session.tenantId);
}

/** When documents go out, in words from the form's "Send when" defaults: e.g. "approved or sent". */
export function whenSent(form) {
  const triggers = (form.fields || []).find((f) => f.id === 'triggers');
  const chosen = triggers && triggers.defaults && triggers.defaults.length ? triggers.defaults : [];
  const labels = chosen.map((v) => {
    const o = (triggers.options || []).find((x) => x.value === v);
    return (o ? o.label || o.value : v).toLowerCase();
  });
  return labels.length ? labels.join(' or ') : 'finalized';
}

/**
 * The settings of the connector itself the form asks for, e.g. "User name, Password, Company code": the required
 * ones and the other secrets of its Connection group (a login's password may be optional once a token is stored).
 */
function askedFor(form) {
  return (form.fields || [])
    .filter((f) => !f.common && (f.required || (f.type === 'PASSWORD' && (f.group || 'CONNECTION') === 'CONNECTION')))
    .map((f) => f.name || f.id);
}

/**
 * What the card of an installed connector offers a partner: Manage its connection, or Install. report(message)
 * shows why the install cannot start.
 */
export function partnerActions(c, own, ctx, report) {
  if (own) {
    return [h('a', { class: 'button primary', href: `#/connections/${encodeURIComponent(own.id)}`,
      'aria-label': `Manage ${c.name}` }, 'Manage')];
  }
  const button = h('button', { type: 'button', class: 'primary', 'aria-label': `Install ${c.name}` }, 'Install');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (await confirmInstall(c, ctx)) location.hash = installHref(c.id);
    } catch (e) {
      report(`${c.name} cannot be installed now: ${e.message}`);
    } finally {
      button.disabled = false;
    }
  });
  return [button];
}

/** The card's line about the partner's own connection. */
export function installedLine(own, connections) {
  if (!own) return null;
  const clients = connections.filter((x) => x.partnerConnectionId === own.id).length;
  return h('p', { class: 'meta installed-as' }, `In your space as “${own.name}”`
    + (clients ? ` · ${clients} client integration${clients === 1 ? '' : 's'}` : ''));
}

async function confirmInstall(c, ctx) {
  const form = await api.get(`/store/connectors/${api.enc(c.id)}/form`);
  const asked = askedFor(form);
  return confirmDialog({
    title: `Install ${c.name} into ${spaceName(ctx)}?`,
    body: [
      h('p', {}, 'What happens next:'),
      h('ol', { class: 'next-steps' },
        h('li', {}, asked.length ? `You enter your ${c.name} settings: ${asked.join(', ')}.`
          : `You check the settings of ${c.name}.`),
        h('li', {}, `“Save configuration” installs it: documents ${whenSent(form)} from then on are exported to `
          + `${c.name} automatically. Older documents are not sent by themselves (a backfill can send them).`),
        h('li', {}, 'Test the connection to check the settings; its status is shown under Extensions.')),
      h('p', { class: 'meta' }, 'Nothing is sent before you save the configuration. You can switch it off or remove '
        + 'it at any time.'),
    ],
    confirmText: 'Install',
  });
}
