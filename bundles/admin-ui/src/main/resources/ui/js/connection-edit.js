// Configure a connection: a new one (#/connections/new/<connector>; with ?install=1 a partner's "Install" from
// the store, switched on at once), a client's one prefilled from its partner's
// (#/connections/new/<connector>?partner=<connection>&tenant=<client>), or a saved one (#/connections/<id>) with
// its status, Active switch and connection test. A saved client connection shows its own values apart from those
// that follow the partner's connection.

import { h, replace, say, flash, hashQuery, liveRegion, field } from './dom.js';
import * as api from './api.js';
import { tenantName, connectionsArea } from './labels.js';
import { buildForm, errorSummary } from './form.js';
import { groupedLayout } from './form-groups.js';
import {
  clientGroups, changedSettings, changedClientSettings, prefillFrom, savedClientGroups, partnerValue,
} from './client-settings.js';
import { savedPanel, removeButton } from './connection-saved.js';
import { whenSent } from './store-install.js';

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
      h('button', { type: 'submit', class: 'primary', id: 'save-connection' }, d.view ? 'Save changes' : 'Save configuration'),
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
  // the articles' "Install": once the configuration is saved, documents go out
  d.install = !d.view && !q.partner && q.install === '1';
  if (d.install) d.values.active = true;
  const partnerId = d.view ? d.view.partnerConnectionId : q.partner;
  if (partnerId) {
    const ps = await api.get(`/connections/${api.enc(partnerId)}/settings`);
    d.partner = { id: partnerId, settings: ps.settings || {}, storedSecrets: ps.storedSecrets || [] };
    d.partner.view = await api.get(`/connections/${api.enc(partnerId)}`);
    d.clientTenant = d.view ? d.view.tenantId : q.tenant;
    d.backToClient = !d.view && q.back === 'client';
    d.values = { ...prefillFrom(d.partner.settings, d.form.fields), ...d.values };
    if (!d.view) {
      d.storedSecrets = d.partner.storedSecrets; // the partner's secrets are used until one is entered
      d.values.active = true; // "Add integration" for a client: once saved, its documents go out
      // what each client sets itself (e.g. its company code) is asked for, empty and required
      d.form = { ...d.form, fields: d.form.fields.map((f) => (f.perClient ? { ...f, required: true } : f)) };
    }
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
  if (d.install) return `Install ${d.form.name}`;
  return `New ${d.form.name} connection`;
}

/** Back to where "Add integration" was chosen: the client's page, or the connections. */
function backLink(d, ctx) {
  if (d.backToClient) {
    return h('a', { class: 'button secondary', href: clientPage(d) }, `Back to ${tenantName(ctx.tenants, d.clientTenant)}`);
  }
  return h('a', { class: 'button secondary', href: '#/connections' }, `Back to ${connectionsArea(ctx).toLowerCase()}`);
}

function clientPage(d) {
  return `#/clients/${encodeURIComponent(d.clientTenant)}`;
}

function tenantControl(ctx, d) {
  const fixed = d.view ? d.view.tenantId : d.clientTenant || (d.install ? ctx.session.tenantId : null);
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
    flash.set(d.install ? installedNotice(created, d, ctx) : savedNotice(created));
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

function savedNotice(created) {
  return created.active ? `Saved “${created.name}”; it is active. Test the connection to check the settings.`
    : `Saved “${created.name}”. Test the connection, then switch it on.`;
}

/** The articles' confirmation after "Save configuration": installed, and what happens now. */
function installedNotice(created, d, ctx) {
  const space = tenantName(ctx.tenants, created.tenantId);
  const documents = `documents ${whenSent(d.form)}`;
  return created.active
    ? `${d.form.name} is installed in ${space}. From now on, ${documents} are exported to ${d.form.name} `
      + 'automatically. Test the connection below to check the settings.'
    : `${d.form.name} is installed in ${space} but switched off: nothing is exported yet. Test the connection below, `
      + `then switch it on; ${documents} from then on are exported automatically.`;
}

function withoutEmpty(settings) {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== ''));
}
