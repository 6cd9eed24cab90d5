// Backfills: send older documents to a connection. "Check" counts them and estimates the time (dry run) before
// "Start"; running jobs show a progress bar and can be paused, resumed or cancelled.

import { h, replace, field, liveRegion, say, formatTime, duration, hashQuery } from './dom.js';
import * as api from './api.js';
import { DOCUMENT_TYPES, DIRECTIONS, backfillStatus } from './labels.js';
import { confirmDialog } from './dialogs.js';
import { planText, connectionLabel } from './transfer-to.js';

const REFRESH_MS = 2000;

export async function renderBackfills(el, ctx) {
  const connections = ((await api.get('/connections')).items || []).filter((c) => (c.role || 'EXPORT') === 'EXPORT');
  const names = Object.fromEntries(connections.map((c) => [c.id, connectionLabel(c, ctx)]));
  const list = h('div', { class: 'backfill-list', id: 'backfill-list' });
  const message = liveRegion('backfill-message');
  const jobs = new Map();
  const refresh = async () => {
    const items = (await api.get('/backfills')).items || [];
    if (!ctx.alive()) return false;
    items.forEach((b) => {
      if (!jobs.has(b.id)) {
        jobs.set(b.id, jobCard(b, names, message, () => refresh()));
        list.append(jobs.get(b.id).node);
      }
      jobs.get(b.id).update(b);
    });
    const order = items.map((b) => jobs.get(b.id).node);
    if (order.some((n, i) => list.children[i] !== n)) replace(list, order); // newest first
    list.dataset.empty = String(!items.length);
    return true;
  };
  replace(el,
    h('h1', { tabindex: '-1' }, 'Backfills'),
    h('p', { class: 'intro' }, 'A connection sends documents from the moment it is switched on. '
      + 'A backfill sends older ones, after the live documents, without sending any document twice.'),
    newBackfillForm(ctx, connections, refresh),
    h('h2', {}, 'Jobs'), message, list,
    h('p', { class: 'empty only-if-empty' }, 'No backfills yet.'));
  await refresh();
  ctx.after(REFRESH_MS, () => ctx.poll(refresh, REFRESH_MS));
}

function newBackfillForm(ctx, connections, refresh) {
  const select = (name, label, options, any) => field(label, h('select', { name, id: `backfill-${name}` },
    any ? h('option', { value: '' }, any) : null, options.map(([v, l]) => h('option', { value: v }, l)))).wrap;
  const input = (name, label, type) => field(label, h('input', { type, name, id: `backfill-${name}`, autocomplete: 'off' })).wrap;
  const plan = h('p', { class: 'live', id: 'backfill-plan', role: 'status', 'aria-live': 'polite' });
  const check = h('button', { type: 'submit', class: 'secondary', id: 'backfill-check' }, 'Check');
  const start = h('button', { type: 'button', class: 'primary', id: 'backfill-start', disabled: true }, 'Start');
  const form = h('form', { class: 'card backfill-form', 'aria-labelledby': 'new-backfill-title' },
    h('h2', { id: 'new-backfill-title' }, 'New backfill'),
    select('connectionId', 'Send to', connections.map((c) => [c.id, `${connectionLabel(c, ctx)}${c.active ? '' : ' — off'}`])),
    select('type', 'Type', DOCUMENT_TYPES, 'All types'),
    select('direction', 'Direction', DIRECTIONS, 'Income and expenses'),
    input('issuedFrom', 'Issued from', 'date'), input('issuedTo', 'Issued until', 'date'), input('tag', 'Tag', 'text'),
    h('div', { class: 'actions' }, check, start), plan);
  // "Send older documents" on a connection's page comes here with that connection chosen
  const chosen = hashQuery().connectionId;
  if (connections.some((c) => c.id === chosen)) form.elements.connectionId.value = chosen;
  if (!connections.length) {
    check.disabled = true;
    say(plan, 'Add a connection first: a backfill sends documents to one.', 'info');
  }
  const request = () => {
    const data = Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
    return data;
  };
  let checked = null;
  form.addEventListener('input', () => { checked = null; start.disabled = true; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = request();
    say(plan, 'Counting…', 'info');
    try {
      const p = await api.post('/backfills?dryRun=true', body);
      checked = p.total ? body : null;
      plan.dataset.total = String(p.total);
      say(plan, planText(p, connectionLabel(connections.find((c) => c.id === body.connectionId) || { name: 'the connection' }, ctx)),
        p.total ? 'ok' : 'info');
      start.disabled = !p.total;
    } catch (e) {
      say(plan, `Cannot check: ${e.message}${fieldText(e)}`, 'error');
    }
  });
  start.addEventListener('click', async () => {
    if (!checked) return;
    start.disabled = true;
    try {
      const job = await api.post('/backfills', checked);
      say(plan, `Started: ${job.total} document${job.total === 1 ? '' : 's'} to send.`, 'ok');
      checked = null;
      await refresh();
    } catch (e) {
      say(plan, `Not started: ${e.message}${fieldText(e)}`, 'error');
      start.disabled = false;
    }
  });
  return form;
}

function fieldText(e) {
  return e.fields && e.fields.length ? ` (${e.fields.map((f) => `${f.field} ${f.message}`).join('; ')})` : '';
}

function jobCard(b, names, message, refresh) {
  const progressId = `backfill-progress-${b.id}`;
  const progress = h('progress', { id: progressId, max: '1', value: '0' });
  const status = h('span', { class: 'badge' });
  const counts = h('p', { class: 'meta counts' });
  const buttons = h('div', { class: 'actions' });
  const node = h('section', { class: 'card backfill', 'data-backfill': b.id, 'aria-label': `Backfill to ${names[b.connectionId] || ''}` },
    h('div', { class: 'card-head' }, h('h3', {}, `To ${names[b.connectionId] || b.connectionId}`), status),
    h('label', { for: progressId }, 'Progress'), progress, counts,
    h('p', { class: 'meta' }, `Started ${formatTime(b.createdAt)}${b.createdBy ? ` by ${b.createdBy}` : ''}`), buttons);
  const control = (action, label, cls, ask) => {
    const button = h('button', { type: 'button', class: cls, 'data-action': action }, label);
    button.addEventListener('click', async () => {
      if (ask && !(await confirmDialog({ title: 'Cancel this backfill?', confirmText: 'Cancel backfill', cancelText: 'Keep it running',
        danger: true, body: h('p', {}, 'Documents not sent yet are not sent by it. Those already sent stay sent.') }))) return;
      button.disabled = true;
      try {
        await api.post(`/backfills/${api.enc(b.id)}/${action}`);
        await refresh();
      } catch (e) {
        say(message, `Could not ${action}: ${e.message}`, 'error');
        button.disabled = false;
      }
    });
    return button;
  };
  let shownStatus = null;
  return {
    node,
    update(v) {
      const done = v.delivered + v.failed + v.skipped;
      progress.max = Math.max(v.total, 1);
      progress.value = v.total ? done : (v.status === 'DONE' ? 1 : 0);
      status.textContent = backfillStatus(v.status);
      status.className = `badge ${v.status === 'DONE' ? 'ok' : v.status === 'CANCELLED' ? 'muted' : 'info'}`;
      node.dataset.status = v.status;
      counts.textContent = `${done} of ${v.total} done — delivered ${v.delivered}, failed ${v.failed}, `
        + `${v.status === 'CANCELLED' ? 'skipped or cancelled' : 'skipped'} ${v.skipped}`
        + (v.status === 'RUNNING' && v.etaSeconds !== null && v.etaSeconds !== undefined
          ? `; time left: ${duration(v.etaSeconds)}` : '');
      if (shownStatus === v.status) return;
      shownStatus = v.status;
      replace(buttons,
        v.status === 'RUNNING' ? control('pause', 'Pause', 'secondary') : null,
        v.status === 'PAUSED' ? control('resume', 'Resume', 'primary') : null,
        ['RUNNING', 'PAUSED'].includes(v.status) ? control('cancel', 'Cancel', 'danger', true) : null);
    },
  };
}
