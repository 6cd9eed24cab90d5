// Configure a connection: a new one (#/connections/new/<connector>), a client's one prefilled from its partner's
// (#/connections/new/<connector>?partner=<connection>&tenant=<client>), or a saved one (#/connections/<id>) with
// its status, Active switch and connection test. A saved client connection shows its own values apart from those
// that follow the partner's connection.

import { h, replace, say, flash, hashQuery, liveRegion, field } from './dom.js';
import * as api from './api.js';
import { tenantName } from './labels.js';
import { buildForm, errorSummary, asBoolean } from './form.js';
import { groupedLayout } from './form-groups.js';
import { statusBlock, activeSwitch, testButton } from './connection-parts.js';
import {
  clientGroups, changedSettings, changedClientSettings, prefillFrom, savedClientGroups, partnerValue,
} from './client-settings.js';
import { confirmDialog } from './dialogs.js';

export async function renderConnectionEdit(el, ctx, params) {
  const d = await load(params, hashQuery());
  const page = { el, ctx, d };
  const fields = d.form.fields.filter((f) => !(d.view && f.id === 'active'));
  const form = buildForm(fields, {
    values: d.values,
    useDefaults: !d.view,
    storedSecrets: d.storedSecrets,
    secretHint: d.partner ? (def) => secretHint(d, def) : undefined,
  });
  const summary = h('div', { class: 'summary-slot', tabindex: '-1' });
  const saveMessage = liveRegion('save-message');
  const tenant = tenantControl(ctx, d);
  const formEl = h('form', { class: 'card settings', id: 'connection-form', novalidate: true, 'aria-label': 'Settings' },
    tenant.node, fieldsLayout(form, fields, d),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'save-connection' }, d.view ? 'Save changes' : 'Save'),
      backLink(d, ctx)),
    saveMessage);
  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    save(page, form, fields, tenant, summary, saveMessage);
  });

  const notice = flash.take();
  replace(el,
    h('h1', { tabindex: '-1' }, title(d, ctx)),
    h('p', { class: 'intro' }, d.form.description || ''),
    notice ? h('p', { class: 'message ok', role: 'status' }, notice) : null,
    d.view ? savedPanel(page) : null,
    summary, formEl,
    d.view ? removeButton(d.view) : null);
}

async function load({ connectorId, connectionId }, q) {
  const d = { view: null, values: {}, storedSecrets: [], partner: null, clientTenant: null, origins: {} };
  if (connectionId) {
    d.view = await api.get(`/connections/${api.enc(connectionId)}`);
    connectorId = d.view.connectorId;
    const s = await api.get(`/connections/${api.enc(connectionId)}/settings`);
    d.values = s.settings || {};
    d.storedSecrets = s.storedSecrets || [];
    d.origins = s.origins || {}; // the server's word on which values are the client's own
  }
  d.connectorId = connectorId;
  d.form = await api.get(`/store/connectors/${api.enc(connectorId)}/form`);
  const partnerId = d.view ? d.view.partnerConnectionId : q.partner;
  if (partnerId) {
    const ps = await api.get(`/connections/${api.enc(partnerId)}/settings`);
    d.partner = { id: partnerId, settings: ps.settings || {}, storedSecrets: ps.storedSecrets || [] };
    d.partner.view = await api.get(`/connections/${api.enc(partnerId)}`);
    d.clientTenant = d.view ? d.view.tenantId : q.tenant;
    d.backToClient = !d.view && q.back === 'client';
    d.values = { ...prefillFrom(d.partner.settings), ...d.values };
    if (!d.view) d.storedSecrets = d.partner.storedSecrets; // the partner's secrets are used until one is entered
  }
  d.shown = { ...d.values };
  return d;
}

/** The placeholder of a stored secret of a client connection: whose it is. */
function secretHint(d, def) {
  return d.view && d.origins[def.id] === 'OWN' ? "this client's own — leave empty to keep"
    : "taken from the partner's settings — enter one to use another";
}

function title(d, ctx) {
  if (d.view) return d.view.name;
  if (d.partner) return `Add ${d.form.name} for ${tenantName(ctx.tenants, d.clientTenant)}`;
  return `New ${d.form.name} connection`;
}

/** Back to where "Add integration" was chosen: the client's page, or the connections. */
function backLink(d, ctx) {
  if (d.backToClient) {
    return h('a', { class: 'button secondary', href: clientPage(d) }, `Back to ${tenantName(ctx.tenants, d.clientTenant)}`);
  }
  return h('a', { class: 'button secondary', href: '#/connections' }, 'Back to connections');
}

function clientPage(d) {
  return `#/clients/${encodeURIComponent(d.clientTenant)}`;
}

function tenantControl(ctx, d) {
  const fixed = d.view ? d.view.tenantId : d.clientTenant;
  if (fixed || ctx.tenants.length <= 1) {
    const id = fixed || (ctx.tenants[0] && ctx.tenants[0].id) || ctx.session.tenantId;
    return { node: h('p', { class: 'meta' }, `For: ${tenantName(ctx.tenants, id)}`), value: () => id };
  }
  const select = h('select', { id: 'setting-tenant', name: 'tenant', required: true, value: ctx.session.tenantId || '' },
    ctx.session.tenantId ? null : h('option', { value: '' }, '— choose —'),
    ctx.tenants.map((t) => h('option', { value: t.id }, t.parentId ? `${t.name} (client)` : t.name)));
  return { node: field('For (partner or client)', select).wrap, value: () => select.value, select };
}

function fieldsLayout(form, fields, d) {
  const wraps = (ids) => form.controls.filter((c) => ids.includes(c.def.id)).map((c) => c.wrap);
  if (!d.partner) return groupedLayout(form);
  if (d.view) {
    const saved = savedClientGroups(fields, d.origins);
    form.controls.forEach((c) => {
      const own = saved.own.includes(c.def.id);
      c.wrap.setAttribute('data-source', own ? 'own' : 'partner');
      if (own && c.def.id !== 'name') showPartnerValue(c, partnerValue(c.def, d.partner.settings));
    });
    const partnerName = d.partner.view.name;
    return [
      h('fieldset', { class: 'group own', id: 'client-own' }, h('legend', {}, "This client's own values"),
        h('p', { class: 'help' }, `Empty a value (or set it to the partner's) to follow “${partnerName}” again.`),
        wraps(saved.own)),
      saved.inherited.length ? h('fieldset', { class: 'group inherited', id: 'client-inherited' },
        h('legend', {}, `Taken from the partner's connection “${partnerName}”`),
        h('p', { class: 'help' }, "These follow the partner's settings; change one to give this client its own value."),
        wraps(saved.inherited)) : null,
    ];
  }
  const groups = clientGroups(fields, d.partner.settings, d.partner.storedSecrets);
  return [
    groups.own.length ? h('fieldset', { class: 'group' }, h('legend', {}, 'For this client'), wraps(groups.own)) : null,
    h('fieldset', { class: 'group inherited' }, h('legend', {}, "Taken from the partner's settings"),
      h('p', { class: 'help' }, 'Change a value only where this client differs; the rest follows the partner.'),
      wraps(groups.inherited)),
  ];
}

/** At a client's own value: what emptying it gives (the partner's value), as placeholder or empty choice. */
function showPartnerValue(control, value) {
  if (value === undefined || value === null || String(value) === '') return;
  const text = control.wrap.querySelector('input[type=text]:not([placeholder]), input[type=number]');
  if (text) text.placeholder = `empty: the partner's ${value}`;
  const none = control.wrap.querySelector('select option[value=""]');
  const option = (control.def.options || []).find((o) => o.value === String(value));
  if (none) none.textContent = `— the partner's: ${option ? option.label || option.value : value} —`;
}

function savedPanel(page) {
  const { d, ctx } = page;
  const status = statusBlock(d.view);
  // a client connection runs only while its partner's does: say so when that is why it is off
  const partnerOff = h('p', { class: 'message info', id: 'partner-off', hidden: true });
  const toggle = activeSwitch(d.view, ctx.tenants, (v) => refresh(v), d.partner ? { own: asBoolean(d.values.active) } : {});
  const refresh = (v) => {
    d.view = v;
    status.update(v);
    const stopped = Boolean(d.partner) && !v.active && toggle.isOn() && !d.partner.view.active;
    partnerOff.hidden = !stopped;
    partnerOff.textContent = stopped ? `Not running while the partner's connection “${d.partner.view.name}” is `
      + 'switched off; it runs again when that one is switched on (send documents finalized meanwhile with a backfill).'
      : '';
  };
  refresh(d.view);
  const test = testButton(d.view, refresh);
  ctx.after(3000, () => ctx.poll(async () => {
    if (d.partner) d.partner.view = await api.get(`/connections/${api.enc(d.partner.id)}`);
    refresh(await api.get(`/connections/${api.enc(d.view.id)}`));
  }, 3000));
  return h('section', { class: 'card saved', 'aria-label': 'Status and activation' },
    status.node, partnerOff, toggle.node,
    h('div', { class: 'actions' }, test.button, h('a', { class: 'button secondary', href: '#/documents' }, 'Documents'),
      h('a', { class: 'button secondary', href: '#/backfills' }, 'Send older documents')),
    h('p', { class: 'help' }, 'The test uses the saved settings: save your changes first.'), test.result);
}

async function save(page, form, fields, tenant, summary, saveMessage) {
  const { d, ctx } = page;
  form.clearErrors();
  replace(summary);
  say(saveMessage, 'Saving…', 'info');
  const read = form.read();
  try {
    if (d.view) {
      const settings = d.partner ? changedClientSettings(fields, read, d.shown) : read;
      await api.put(`/connections/${api.enc(d.view.id)}`, { settings });
      flash.set('Saved.');
      ctx.reload();
      return;
    }
    const settings = d.partner
      ? { ...changedSettings(fields, read, d.partner.settings), tenant: d.clientTenant, partnerConnection: d.partner.id }
      : { ...withoutEmpty(read), tenant: tenant.value() };
    const created = await api.post('/connections', { connectorId: d.connectorId, settings });
    flash.set(created.active ? `Saved “${created.name}”; it is active. Test the connection to check the settings.`
      : `Saved “${created.name}”. Test the connection, then switch it on.`);
    location.hash = d.backToClient ? clientPage(d) : `#/connections/${encodeURIComponent(created.id)}`;
  } catch (e) {
    if (!(e.fields && e.fields.length)) {
      say(saveMessage, `Not saved: ${e.message}`, 'error');
      return;
    }
    const s = errorSummary(e, form, { tenant: 'For', name: 'Name', connectorId: 'Connector' });
    replace(summary, s.node);
    say(saveMessage, 'Not saved: please check the marked settings.', 'error');
    (s.first ? s.first : { focus: () => summary.focus() }).focus();
  }
}

function withoutEmpty(settings) {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== ''));
}

function removeButton(view) {
  const button = h('button', { type: 'button', class: 'danger' }, 'Remove this connection');
  const message = liveRegion('remove-message');
  button.addEventListener('click', async () => {
    const ok = await confirmDialog({
      title: `Remove ${view.name}?`,
      body: h('p', {}, 'Its settings are removed; documents and their transfer history stay.'),
      confirmText: 'Remove', danger: true,
    });
    if (!ok) return;
    try {
      await api.del(`/connections/${api.enc(view.id)}`);
      flash.set(`Removed “${view.name}”.`);
      location.hash = '#/connections';
    } catch (e) {
      say(message, `Not removed: ${e.message}`, 'error');
    }
  });
  return h('section', { class: 'danger-zone', 'aria-label': 'Remove' }, button, message);
}
