// The documents table: selectable rows and one transfer-status column per connection (active ones, and any that
// already has a status for a shown document). Status cells are updated in place.

import { h, replace } from './dom.js';
import * as api from './api.js';
import { documentType, direction, documentStatus, transferStatus, transferTone } from './labels.js';

const CHUNK = 200;

export function documentsTable(ctx, connections) {
  const docs = [];
  const statuses = {};
  const selected = new Set();
  const cells = new Map();
  let columns = [];
  let listener = () => {};
  const table = h('table', { class: 'data documents-table cards-on-phone', id: 'documents-table' });
  const node = h('div', { class: 'table-wrap' }, table);

  const wantedColumns = () => connections.filter((c) => c.active
    || docs.some((d) => statuses[d.id] && statuses[d.id][c.id]));
  const notify = () => listener([...selected]);

  const render = () => {
    columns = wantedColumns();
    cells.clear();
    const all = h('input', { type: 'checkbox', id: 'select-all', checked: docs.length > 0 && selected.size === docs.length });
    all.addEventListener('change', () => {
      docs.forEach((d) => (all.checked ? selected.add(d.id) : selected.delete(d.id)));
      table.querySelectorAll('tbody input[type=checkbox]').forEach((b) => { b.checked = all.checked; });
      notify();
    });
    replace(table,
      h('caption', { class: 'visually-hidden' }, 'Documents and where they were sent'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'select' }, all, h('label', { for: 'select-all', class: 'visually-hidden' }, 'Select all shown')),
        ['Number', 'Type', 'Issued', 'Customer or supplier', 'Total', 'Status'].map((t) => h('th', { scope: 'col' }, t)),
        columns.map((c) => h('th', { scope: 'col', class: 'connection-col', 'data-connection': c.id }, columnTitle(c, ctx))))),
      h('tbody', {}, docs.map(row)));
  };

  const row = (d) => {
    const boxId = `select-${d.id}`;
    const box = h('input', { type: 'checkbox', id: boxId, checked: selected.has(d.id), value: d.id });
    box.addEventListener('change', () => {
      if (box.checked) selected.add(d.id); else selected.delete(d.id);
      notify();
    });
    return h('tr', { 'data-document': d.id },
      h('td', { class: 'select' }, box, h('label', { for: boxId, class: 'visually-hidden' }, `Select ${d.number}`)),
      h('th', { scope: 'row' }, h('a', { href: `#/documents/${encodeURIComponent(d.id)}` }, d.number),
        (d.warnings || []).length ? h('span', { class: 'badge warn', title: d.warnings.map((w) => w.message).join(' '),
          'data-warning': d.warnings[0].code }, 'Same number as another') : null),
      h('td', { 'data-label': 'Type' }, `${documentType(d.type)} · ${direction(d.direction)}`),
      h('td', { 'data-label': 'Issued' }, d.issueDate || ''),
      h('td', { 'data-label': 'Customer or supplier' }, partyName(d.party)),
      h('td', { class: 'num', 'data-label': 'Total' }, money(d.totals && d.totals.gross, d.currency)),
      h('td', { 'data-label': 'Status' }, documentStatus(d.state && d.state.status)),
      columns.map((c) => statusCell(d, c)));
  };

  const statusCell = (d, c) => {
    const td = h('td', { class: 'transfer', 'data-connection': c.id, 'data-connection-name': c.name,
      'data-document': d.id, 'data-number': d.number, 'data-label': columnTitle(c, ctx) });
    cells.set(`${d.id}|${c.id}`, td);
    paint(td, statuses[d.id] && statuses[d.id][c.id]);
    return td;
  };

  const fetchStatuses = async (ids) => {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      const r = await api.get(`/transfers/status${api.query({ documentIds: part.join(',') })}`);
      Object.assign(statuses, r.documents || {});
    }
  };

  return {
    node,
    count: () => docs.length,
    selected: () => [...selected],
    onSelection(fn) { listener = fn; },
    async add(items) {
      docs.push(...items);
      await fetchStatuses(items.map((d) => d.id));
      render();
    },
    async refreshStatuses() {
      if (!docs.length) return true;
      await fetchStatuses(docs.map((d) => d.id));
      const wanted = wantedColumns();
      if (wanted.length !== columns.length) {
        render();
        return true;
      }
      docs.forEach((d) => columns.forEach((c) => {
        const td = cells.get(`${d.id}|${c.id}`);
        if (td) paint(td, statuses[d.id] && statuses[d.id][c.id]);
      }));
      return true;
    },
  };
}

function paint(td, status) {
  if (td.dataset.status === (status || 'NONE')) return;
  td.dataset.status = status || 'NONE';
  const badge = status ? h('span', { class: ['badge', transferTone(status)] }, transferStatus(status))
    : h('span', { class: 'meta' }, '—');
  // a held document needs someone to act: its page says what to do
  replace(td, badge, status === 'NEEDS_ATTENTION' ? [' ', h('a', { class: 'what-to-do',
    href: `#/documents/${encodeURIComponent(td.dataset.document)}`,
    'aria-label': `What to do for ${td.dataset.number} (${td.dataset.connectionName})` }, 'What to do')] : null);
}

function columnTitle(c, ctx) {
  const sameName = ctx.tenants.length > 1 && c.tenantId !== ctx.session.tenantId;
  const t = ctx.tenants.find((x) => x.id === c.tenantId);
  return sameName && t ? `${c.name} (${t.name})` : c.name;
}

export function partyName(p) {
  if (!p) return '';
  return p.companyName || [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email || '';
}

export function money(amount, currency) {
  if (amount === undefined || amount === null) return '';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(Number(amount));
  } catch (e) {
    return `${amount} ${currency || ''}`.trim();
  }
}
