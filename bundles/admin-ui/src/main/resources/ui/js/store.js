// The store: connector features of this installation as cards with search. Admins install and uninstall them
// (a tracked job); partners add installed ones to their space.

import { h, replace, field, liveRegion, say } from './dom.js';
import * as api from './api.js';
import { capability } from './labels.js';
import { confirmJob, followJob, trimJobs } from './store-jobs.js';

export async function renderStore(el, ctx) {
  const search = h('input', { type: 'search', name: 'q', autocomplete: 'off', placeholder: 'e.g. sevdesk, invoices, payments' });
  const count = liveRegion('count');
  const jobs = h('div', { class: 'jobs', 'aria-label': 'Install and uninstall jobs' });
  const cards = h('div', { class: 'cards', id: 'store-cards' });
  const form = h('form', { class: 'search', role: 'search' },
    field('Search connectors', search).wrap, h('button', { type: 'submit', class: 'secondary' }, 'Search'));
  replace(el,
    h('h1', { tabindex: '-1' }, 'Store'),
    h('p', { class: 'intro' }, ctx.isAdmin
      ? 'Connectors available in this installation. Install one to offer it to partners; installing or uninstalling never restarts other connectors.'
      : 'Extensions your administrator has installed. Add one to your space to send your documents there.'),
    form, jobs, count, cards);

  const following = new Set();
  let loaded = 0;
  const load = async () => {
    const mine = ++loaded;
    const q = search.value.trim();
    const data = await api.get(`/store/connectors${api.query({ q })}`);
    if (mine !== loaded || !ctx.alive()) return;
    const items = data.items || [];
    say(count, items.length ? `${items.length} connector${items.length === 1 ? '' : 's'}${q ? ` ${items.length === 1 ? 'matches' : 'match'} “${q}”` : ''}.`
      : (q ? `No connector matches “${q}”.` : 'No connectors yet.'));
    replace(cards, items.map((c) => card(c, ctx, actions)));
    items.filter((c) => c.job && !following.has(c.job.id) && !['SUCCEEDED', 'FAILED'].includes(c.job.status))
      .forEach((c) => watch(c.job, c.name));
  };
  const watch = (job, name) => {
    following.add(job.id);
    followJob(ctx, jobs, job, name, () => { trimJobs(jobs); load().catch(() => {}); });
  };
  const actions = {
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

function card(c, ctx, actions) {
  const titleId = `connector-${c.id}-name`;
  return h('article', { class: 'card connector', 'data-connector': c.id, 'aria-labelledby': titleId },
    h('div', { class: 'card-head' },
      h('h2', { id: titleId }, c.name),
      c.installed ? h('span', { class: 'badge ok' }, 'Installed') : h('span', { class: 'badge muted' }, 'Not installed')),
    h('p', { class: 'meta' }, [c.vendor, c.version ? `version ${c.version}` : null].filter(Boolean).join(' · ')),
    h('p', { class: 'description' }, c.description || ''),
    h('ul', { class: 'chips', 'aria-label': 'What it can do' }, (c.capabilities || []).map((x) => h('li', { class: 'chip' }, capability(x)))),
    c.installed && typeof c.connections === 'number'
      ? h('p', { class: 'meta' }, `${c.connections} connection${c.connections === 1 ? '' : 's'}`) : null,
    h('div', { class: 'actions' }, cardActions(c, ctx, actions)));
}

function cardActions(c, ctx, actions) {
  const busy = c.job && !['SUCCEEDED', 'FAILED'].includes(c.job.status);
  const add = c.installed
    ? h('a', { class: 'button primary', href: `#/connections/new/${encodeURIComponent(c.id)}` },
      ctx.isAdmin ? 'Add connection' : 'Add to my space')
    : null;
  if (!ctx.isAdmin) return [add];
  const action = c.installed ? 'uninstall' : 'install';
  const button = h('button', { type: 'button', class: c.installed ? 'secondary' : 'primary', disabled: busy,
    'aria-label': `${c.installed ? 'Uninstall' : 'Install'} ${c.name}` }, c.installed ? 'Uninstall' : 'Install');
  button.addEventListener('click', () => actions.run(c, action, button));
  return [add, button];
}
