// "Transfer to …" for selected documents: a dry run says how many would go and how long it takes, then a
// backfill of exactly that selection starts (POST /api/v1/backfills with documentIds).

import { h, field, liveRegion, say, duration } from './dom.js';
import * as api from './api.js';
import { openDialog } from './dialogs.js';
import { tenantName } from './labels.js';

/** Plain words for a dry run: "3 documents would be sent to sevdesk, about 2 s." */
export function planText(plan, connectionName) {
  if (!plan.total) {
    return `No document would be sent to ${connectionName}: the matching documents were sent already, are not issued `
      + 'yet, or belong to another partner or client.';
  }
  return `${plan.total} document${plan.total === 1 ? '' : 's'} would be sent to ${connectionName}. `
    + `Estimated time: ${duration(plan.etaSeconds)}.`;
}

export function connectionLabel(c, ctx) {
  return ctx.tenants.length > 1 ? `${c.name} (${tenantName(ctx.tenants, c.tenantId)})` : c.name;
}

export function transferToolbar(ctx, connections, selectedIds) {
  const own = (c) => (c.tenantId === ctx.session.tenantId ? 0 : 1);
  const targets = connections.filter((c) => c.active)
    .sort((a, b) => own(a) - own(b) || connectionLabel(a, ctx).localeCompare(connectionLabel(b, ctx)));
  const count = h('span', { class: 'meta', id: 'selected-count' }, 'No document selected');
  const select = h('select', { id: 'transfer-target', name: 'connectionId' },
    targets.map((c) => h('option', { value: c.id }, connectionLabel(c, ctx))));
  const button = h('button', { type: 'button', class: 'primary', id: 'transfer-selected', disabled: true }, 'Transfer…');
  const message = liveRegion('transfer-message');
  const node = h('div', { class: 'toolbar card', role: 'group', 'aria-label': 'Transfer selected documents' },
    count, targets.length ? [field('Transfer to', select).wrap, button]
      : h('span', { class: 'meta' }, 'Switch a connection on to transfer documents.'), message);
  let selectedCount = 0;

  button.addEventListener('click', async () => {
    const connection = targets.find((c) => c.id === select.value);
    if (!connection) return;
    const request = { connectionId: connection.id, documentIds: selectedIds() };
    button.disabled = true;
    try {
      const job = await planAndStart(request, connectionLabel(connection, ctx));
      if (job) {
        say(message, '', null);
        message.append(`Started sending ${job.total} document${job.total === 1 ? '' : 's'} to ${connection.name}. `,
          h('a', { href: '#/backfills' }, 'Follow it under Backfills'), '.');
        message.className = 'live ok';
      }
    } catch (e) {
      say(message, `Not started: ${e.message}`, 'error');
    } finally {
      button.disabled = selectedCount === 0;
    }
  });
  return {
    node,
    setCount(n) {
      selectedCount = n;
      count.textContent = n ? `${n} selected` : 'No document selected';
      button.disabled = n === 0;
    },
  };
}

/** Dry run in a dialog, then the real start; resolves to the started job, or null when cancelled. */
export async function planAndStart(request, connectionName) {
  const dialog = openDialog({
    title: `Transfer to ${connectionName}`,
    body: h('p', { role: 'status' }, 'Counting…'),
    confirmText: 'Start',
    ready: false,
  });
  let plan = null;
  api.post('/backfills?dryRun=true', request).then((p) => {
    plan = p;
    dialog.setBody(h('p', { role: 'status', id: 'dry-run-result', 'data-total': String(p.total) }, planText(p, connectionName)));
    dialog.confirmButton.disabled = !p.total;
    if (p.total) dialog.confirmButton.focus();
  }).catch((e) => dialog.setBody(h('p', { class: 'message error', role: 'alert' }, e.message)));
  if (!(await dialog.result) || !plan) return null;
  return api.post('/backfills', request);
}
