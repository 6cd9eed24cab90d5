// One document: what it is, and its transfers with the ledger of every attempt; Retry for failed or skipped ones,
// what to do for held ones (and the e-mail correction, see party-fix.js). Transfers refresh every 3 seconds.

import { h, replace, say, formatTime, externalLink, liveRegion, sentence } from './dom.js';
import * as api from './api.js';
import { documentType, direction, documentStatus, transferStatus, transferTone, failureKind, tenantName } from './labels.js';
import { partyName, money } from './documents-table.js';
import { partyFix, heldAdvice } from './party-fix.js';

const REFRESH_MS = 3000;

export async function renderDocument(el, ctx, documentId) {
  const [doc, connections] = await Promise.all([
    api.get(`/documents/${api.enc(documentId)}`),
    api.get('/connections').then((r) => r.items || []),
  ]);
  const names = Object.fromEntries(connections.map((c) => [c.id, c.name]));
  const message = liveRegion('transfer-message');
  const transfers = h('div', { class: 'transfers', id: 'transfers' });
  const page = { doc, facts: summary(doc, ctx), last: '' };
  const showDoc = (d) => {
    page.doc = d;
    page.facts.replaceWith(page.facts = summary(d, ctx));
  };
  const refresh = async () => {
    const items = (await api.get(`/transfers${api.query({ documentId })}`)).items || [];
    const fingerprint = JSON.stringify(items);
    if (fingerprint === page.last || !ctx.alive()) return true;
    // a change after the first look may come from a correction by the ERP: show the document as it is now
    if (page.last) showDoc(await api.get(`/documents/${api.enc(documentId)}`));
    page.last = fingerprint;
    fix.update(page.doc, items);
    replace(transfers, items.length ? items.map((t) => transferCard(t, page.doc, names, message, refresh))
      : h('p', { class: 'empty' }, 'Not sent anywhere yet. Documents are sent when they reach a step a connection listens to (e.g. finalized).'));
    return true;
  };
  const fix = partyFix(names, (corrected, text) => {
    showDoc(corrected);
    say(message, text, 'ok');
    refresh();
  });
  replace(el, heading(doc), page.facts, fix.node, h('h2', {}, 'Transfers'), message, transfers);
  await refresh();
  ctx.after(REFRESH_MS, () => ctx.poll(refresh, REFRESH_MS));
}

function heading(doc) {
  return [
    h('p', {}, h('a', { href: '#/documents' }, '← All documents')),
    h('h1', { tabindex: '-1' }, `${documentType(doc.type)} ${doc.number}`),
    (doc.warnings || []).map((w) => h('p', { class: 'message warn document-warning', role: 'note', 'data-code': w.code },
      sentence(w.message))),
  ];
}

function summary(doc, ctx) {
  const row = (term, value) => (value ? [h('dt', {}, term), h('dd', {}, value)] : null);
  const state = doc.state || {};
  return h('section', { class: 'card doc-summary', 'aria-label': 'Document' },
    h('dl', { class: 'facts' },
      row('For', tenantName(ctx.tenants, doc.tenantId)),
      row('Direction', direction(doc.direction)),
      row('Status', [documentStatus(state.status), state.paymentStatus ? ` · payment ${state.paymentStatus.toLowerCase()}` : '']
        .join('')),
      row('Issued', doc.issueDate), row('Due', doc.dueDate),
      row(doc.direction === 'INCOMING' ? 'Supplier' : 'Customer', partyName(doc.party)),
      row('E-mail', (doc.party && doc.party.email) || 'none'),
      row('Net', money(doc.totals && doc.totals.net, doc.currency)),
      row('Tax', money(doc.totals && doc.totals.tax, doc.currency)),
      row('Total', money(doc.totals && doc.totals.gross, doc.currency)),
      row('Tags', (doc.tags || []).join(', ')),
      row('Source id', doc.sourceId)),
    (doc.attachments || []).length ? h('ul', { class: 'attachments', 'aria-label': 'Files' }, doc.attachments.map((a) => h('li', {},
      h('a', { href: `/api/v1/documents/${encodeURIComponent(doc.id)}/attachments/${encodeURIComponent(a.sha256)}`,
        download: a.fileName }, a.fileName), h('span', { class: 'meta' }, ` ${a.kind} · ${Math.ceil(a.size / 1024)} KB`)))) : null);
}

function transferCard(t, doc, names, message, refresh) {
  const retryable = t.status === 'FAILED' || t.status === 'SKIPPED';
  const retry = retryable ? h('button', { type: 'button', class: 'primary' }, 'Retry') : null;
  if (retry) {
    retry.addEventListener('click', async () => {
      retry.disabled = true;
      try {
        await api.post(`/transfers/${api.enc(t.id)}/retry`);
        say(message, `Queued again for ${names[t.connectionId] || 'the connection'}.`, 'ok');
        await refresh();
      } catch (e) {
        say(message, `Could not retry: ${e.message}`, 'error');
        retry.disabled = false;
      }
    });
  }
  return h('section', { class: 'card transfer', 'data-transfer': t.id, 'data-status': t.status, 'aria-label': names[t.connectionId] || t.connectionId },
    h('div', { class: 'card-head' },
      h('h3', {}, names[t.connectionId] || t.connectionId, { PAYMENT: ' — payment update', CANCELLATION: ' — cancellation update' }[t.purpose] || ''),
      h('span', { class: ['badge', transferTone(t.status)] }, transferStatus(t.status))),
    h('p', { class: 'meta' }, [`Attempts: ${t.attempts}`, t.trigger ? `sent on: ${t.trigger.toLowerCase()}` : null,
      t.nextAttemptAt && !['DELIVERED', 'FAILED', 'SKIPPED', 'CANCELLED', 'NEEDS_ATTENTION'].includes(t.status)
        ? `next try: ${formatTime(t.nextAttemptAt)}` : null,
      t.backfillJobId ? 'by a backfill' : null].filter(Boolean).join(' · ')),
    t.remoteId ? h('p', {}, 'At the service: ', t.remoteUrl ? externalLink(t.remoteUrl, t.remoteId) : t.remoteId) : null,
    t.status === 'NEEDS_ATTENTION' ? held(t, doc, names) : null,
    t.lastMessage && t.status !== 'NEEDS_ATTENTION' ? h('p', { class: ['message', t.status === 'FAILED' ? 'error' : 'info'] },
      t.lastKind ? `${failureKind(t.lastKind)}: ${t.lastMessage}` : sentence(t.lastMessage)) : null,
    retry ? h('div', { class: 'actions' }, retry) : null,
    ledger(t.ledger || []));
}

/** A held transfer: the document was never offered to the service; why, and what to do. */
function held(t, doc, names) {
  const target = names[t.connectionId] || 'the connection';
  return h('div', { class: 'message warn held', role: 'note' },
    h('p', { class: 'held-reason' }, `Not sent to ${target} yet. `,
      t.lastMessage ? sentence(t.lastMessage).replace(/([^.!?])$/, '$1.') : ''),
    h('p', { class: 'held-advice' }, heldAdvice(doc)));
}

function ledger(attempts) {
  if (!attempts.length) return null;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data ledger' },
    h('caption', {}, 'Ledger of attempts'),
    h('thead', {}, h('tr', {}, ['#', 'Started', 'Took', 'Outcome', 'Message', 'Remote id'].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, attempts.map((a) => h('tr', {},
      h('td', { class: 'num' }, String(a.attempt)), h('td', {}, formatTime(a.startedAt)),
      h('td', { class: 'num' }, `${a.durationMillis} ms`),
      h('td', {}, outcome(a)),
      h('td', {}, a.message || ''), h('td', {}, a.remoteId || ''))))));
}

/** An attempt's outcome in words; a held one never reached the service, so no failure kind is blamed on it. */
function outcome(a) {
  if (a.outcome === 'HELD') return 'Held: not sent';
  return [a.outcome, a.kind ? ` (${failureKind(a.kind)})` : ''].join('');
}
