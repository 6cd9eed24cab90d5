// Documents with filters (kept in the address: #/documents?direction=OUTGOING&…), one transfer-status column per
// connection, kept up to date every 3 seconds, and "Transfer to …" for a selection.

import { h, replace, field, hashQuery, liveRegion, say } from './dom.js';
import * as api from './api.js';
import { DOCUMENT_TYPES, DIRECTIONS, DOCUMENT_STATUSES, TRANSFER_FILTERS } from './labels.js';
import { documentsTable } from './documents-table.js';
import { transferToolbar } from './transfer-to.js';

const FILTERS = ['type', 'direction', 'status', 'transferStatus', 'tag', 'issuedFrom', 'issuedTo', 'tenantId'];
const REFRESH_MS = 3000;

export async function renderDocuments(el, ctx) {
  const filters = Object.fromEntries(Object.entries(hashQuery()).filter(([k]) => FILTERS.includes(k)));
  const connections = ((await api.get('/connections')).items || []).filter((c) => (c.role || 'EXPORT') === 'EXPORT');
  const message = liveRegion('documents-message');
  const table = documentsTable(ctx, connections);
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show more');
  const toolbar = transferToolbar(ctx, connections, () => table.selected());
  table.onSelection((ids) => toolbar.setCount(ids.length));
  replace(el,
    h('h1', { tabindex: '-1' }, 'Documents'),
    filterForm(ctx, filters),
    toolbar.node, message, table.node, h('div', { class: 'actions' }, more));

  let cursor = null;
  const loadPage = async () => {
    const page = await api.get(`/documents${api.query({ ...filters, limit: 50, cursor })}`);
    if (!ctx.alive()) return;
    table.add(page.items || []);
    cursor = page.nextCursor || null;
    more.hidden = !cursor;
    const n = table.count();
    say(message, n ? `${n} document${n === 1 ? '' : 's'} shown${cursor ? ' (more below)' : ''}.` : 'No documents match these filters.');
  };
  more.addEventListener('click', () => loadPage().catch((e) => say(message, e.message, 'error')));
  try {
    await loadPage();
  } catch (e) {
    say(message, e.message, 'error');
    return;
  }
  ctx.poll(() => table.refreshStatuses(), REFRESH_MS);
}

function filterForm(ctx, filters) {
  const select = (name, label, options, any) => field(label, h('select', { name, id: `filter-${name}`, value: filters[name] || '' },
    h('option', { value: '' }, any), options.map(([v, l]) => h('option', { value: v }, l)))).wrap;
  const input = (name, label, type, extra = {}) => field(label,
    h('input', { type, name, id: `filter-${name}`, value: filters[name] || '', ...extra })).wrap;
  const form = h('form', { class: 'filters', 'aria-label': 'Filters' },
    select('type', 'Type', DOCUMENT_TYPES, 'All types'),
    select('direction', 'Direction', DIRECTIONS, 'Income and expenses'),
    select('status', 'Status', DOCUMENT_STATUSES, 'Any status'),
    select('transferStatus', 'Transfer', TRANSFER_FILTERS, 'Any transfer'),
    input('tag', 'Tag', 'text', { autocomplete: 'off' }),
    input('issuedFrom', 'Issued from', 'date'),
    input('issuedTo', 'Issued until', 'date'),
    ctx.tenants.length > 1 ? select('tenantId', 'For', ctx.tenants.map((t) => [t.id, t.name]), 'Everyone I see') : null,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply filters'),
      h('a', { class: 'button secondary', href: '#/documents' }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    const target = `#/documents${api.query(data)}`;
    if (location.hash === target) ctx.reload();
    else location.hash = target;
  });
  // open on wide screens and whenever a filter is set; a phone shows just the summary line
  const active = Object.keys(filters).length;
  return h('details', { class: 'card filter-box', open: active > 0 || window.matchMedia('(min-width: 761px)').matches },
    h('summary', {}, active ? `Filters (${active} set)` : 'Filters'), form);
}
