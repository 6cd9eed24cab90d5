// The parts of a saved connection's page around its form: status and activation (with the connection test), and
// "Remove this connection".

import { h, say, flash, liveRegion } from './dom.js';
import * as api from './api.js';
import { asBoolean } from './form.js';
import { statusBlock, activeSwitch, testButton } from './connection-parts.js';
import { confirmDialog } from './dialogs.js';
import { showHeld } from './held-notice.js';

/** Status, the Active switch and the test of a saved connection, kept up to date while the page is shown. */
export function savedPanel(page) {
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
  const held = h('div', { class: 'held-slot' });
  showHeld(d.view, held, ctx).catch(() => {});
  ctx.after(3000, () => ctx.poll(async () => {
    if (d.partner) d.partner.view = await api.get(`/connections/${api.enc(d.partner.id)}`);
    refresh(await api.get(`/connections/${api.enc(d.view.id)}`));
    await showHeld(d.view, held, ctx);
  }, 3000));
  return h('section', { class: 'card saved', 'aria-label': 'Status and activation' },
    status.node, held, partnerOff, toggle.node,
    h('div', { class: 'actions' }, test.button, h('a', { class: 'button secondary', href: '#/documents' }, 'Documents'),
      h('a', { class: 'button secondary', id: 'send-older',
        href: `#/backfills?connectionId=${encodeURIComponent(d.view.id)}` }, 'Send older documents')),
    h('p', { class: 'help' }, 'The test uses the saved settings: save your changes first.'), test.result);
}

export function removeButton(view) {
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
