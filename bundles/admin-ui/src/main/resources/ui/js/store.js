// The store: connector features of this installation as cards with search. Admins install and uninstall them
// (a tracked job); partners install the ones the admin provides into their space (see store-install.js).

import { h, replace, field, liveRegion, say } from './dom.js';
import * as api from './api.js';
import { capability } from './labels.js';
import { confirmJob, followJob, trimJobs } from './store-jobs.js';
import { partnerActions, ownConnection, installedLine } from './store-install.js';

export async function renderStore(el, ctx) {
  const search = h('input', { type: 'search', name: 'q', autocomplete: 'off', placeholder: 'e.g. sevdesk, invoices, payments' });
  const count = liveRegion('count');
  const jobs = h('div', { class: 'jobs', 'aria-label': 'Install and uninstall jobs' });
  const cards = h('div', { class: 'cards', id: 'store-cards' });
  const form = h('form', { class: 'search', role: 'search' },
    field(ctx.isAdmin ? 'Search connectors' : 'Search extensions', search).wrap, h('button', { type: 'submit', class: 'secondary' }, 'Search'));
  replace(el,
    h('h1', { tabindex: '-1' }, 'Store'),
    h('p', { class: 'intro' }, ctx.isAdmin
      ? 'Connectors available in this installation. Install one to offer it to partners; installing or uninstalling never restarts other connectors.'
      : 'Extensions your administrator provides. Install one into your space to send your documents there.'),
    form, jobs, count, cards);

  const following = new Set();
  let loaded = 0;
  const load = async () => {
    const mine = ++loaded;
    const q = search.value.trim();
    const [data, connections] = await Promise.all([api.get(`/store/connectors${api.query({ q })}`),
      ctx.isAdmin ? null : api.get('/connections').then((r) => r.items || [])]);
    if (mine !== loaded || !ctx.alive()) return;
    const items = data.items || [];
    actions.connections = connections || [];
    say(count, countText(items.length, q, ctx.isAdmin ? 'connector' : 'extension'));
    replace(cards, items.map((c) => card(c, ctx, actions)));
    items.filter((c) => c.job && !following.has(c.job.id) && !['SUCCEEDED', 'FAILED'].includes(c.job.status))
      .forEach((c) => watch(c.job, c.name));
  };
  const watch = (job, name) => {
    following.add(job.id);
    followJob(ctx, jobs, job, name, () => { trimJobs(jobs); load().catch(() => {}); });
  };
  const actions = {
    connections: [],
    report: (message) => say(count, message, 'error'),
    async run(connector, action, button) {
      button.disabled = true;
      try {
        const job = await confirmJob(connector, action);
        if (job) watch(job, connector.name);
      } catch (e) {
        say(count, e.message, 'error');
      } finally {
        button.disabled = false;
      }
    },
  };

  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => load().catch((e) => say(count, e.message, 'error')), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    load().catch((e) => say(count, e.message, 'error'));
  });
  await load();
}

function countText(n, q, noun) {
  if (!n) return q ? `No ${noun} matches “${q}”.` : `No ${noun}s yet.`;
  return `${n} ${noun}${n === 1 ? '' : 's'}${q ? ` ${n === 1 ? 'matches' : 'match'} “${q}”` : ''}.`;
}

function card(c, ctx, actions) {
  const titleId = `connector-${c.id}-name`;
  const own = ctx.isAdmin ? null : ownConnection(c.id, actions.connections, ctx);
  const installed = ctx.isAdmin ? c.installed : Boolean(own); // for a partner: installed in its space
  return h('article', { class: 'card connector', 'data-connector': c.id, 'aria-labelledby': titleId },
    h('div', { class: 'card-head' },
      h('h2', { id: titleId }, c.name),
      installed ? h('span', { class: 'badge ok' }, 'Installed') : h('span', { class: 'badge muted' }, 'Not installed')),
    h('p', { class: 'meta' }, [c.vendor, c.version ? `version ${c.version}` : null].filter(Boolean).join(' · ')),
    h('p', { class: 'description' }, c.description || ''),
    h('ul', { class: 'chips', 'aria-label': 'What it can do' }, (c.capabilities || []).map((x) => h('li', { class: 'chip' }, capability(x)))),
    ctx.isAdmin && c.installed && typeof c.connections === 'number'
      ? h('p', { class: 'meta' }, `${c.connections} connection${c.connections === 1 ? '' : 's'}`) : null,
    installedLine(own, actions.connections),
    h('div', { class: 'actions' }, ctx.isAdmin ? adminActions(c, actions) : partnerActions(c, own, ctx, actions.report)));
}

/** An admin installs and uninstalls the connector for the whole platform, and may add a connection for anyone. */
function adminActions(c, actions) {
  const busy = c.job && !['SUCCEEDED', 'FAILED'].includes(c.job.status);
  const add = c.installed
    ? h('a', { class: 'button primary', href: `#/connections/new/${encodeURIComponent(c.id)}` }, 'Add connection')
    : null;
  const action = c.installed ? 'uninstall' : 'install';
  const button = h('button', { type: 'button', class: c.installed ? 'secondary' : 'primary', disabled: busy,
    'aria-label': `${c.installed ? 'Uninstall' : 'Install'} ${c.name}` }, c.installed ? 'Uninstall' : 'Install');
  button.addEventListener('click', () => actions.run(c, action, button));
  return [add, button];
}
